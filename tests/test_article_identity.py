"""Article ids are unique per run, files outside the folder are not read, and an incomplete
run says so in its exit status."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.ingest.articles import outside_folder
from pipeline.ingest.corpus import file_ids, files_of
from tests.fakeserver import FakeModelServer
from tests.synthetic import synthetic_article


def test_ids_are_stems_unless_two_files_share_one() -> None:
    paths = [Path("a/x.txt"), Path("a/x.md"), Path("a/y.txt"), Path("b/y.txt"), Path("a/z.md")]
    assert file_ids(files_of(paths).files) == ["x.txt", "x.md", "a/y.txt", "b/y.txt", "z"]


def test_two_files_with_one_stem_are_two_articles_in_texts_and_records(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt").write_text(synthetic_article(0, 1), encoding="utf-8")
    (folder / "x.md").write_text(synthetic_article(1, 1), encoding="utf-8")
    with FakeModelServer() as server:
        result = CliRunner().invoke(
            app,
            [
                *("extract", str(folder), "--out", str(tmp_path / "run")),
                *("--base-url", server.base_url),
            ],
        )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "run" / "extractions.jsonl").open()]
    texts = [json.loads(line) for line in (tmp_path / "run" / "texts.jsonl").open()]
    assert sorted(r["article_id"] for r in records) == ["x.md", "x.txt"]
    assert len({t["article_id"] for t in texts}) == 2
    by_id = {t["article_id"]: t["text"] for t in texts}
    for record in records:  # every quote points into its own article's text
        text = by_id[record["article_id"]]
        for meeting in record["meetings"]:
            for evidence in meeting["evidence"]:
                assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_a_link_out_of_the_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("Foreign Minister Arlen Baskov met Cira Dunmore in Paris on Monday.\n")
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "good.txt").write_text(synthetic_article(0, 2), encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "good.txt")  # a link inside is fine
    assert outside_folder(folder / "passwd.txt", folder)
    assert not outside_folder(folder / "inside.txt", folder)
    with FakeModelServer() as server:
        args = ["extract", str(folder), "--base-url", server.base_url]
        refused = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "one")])
        asked = [r.user_text for r in server.requests]
        followed = CliRunner().invoke(
            app, [*args, "--out", str(tmp_path / "two"), "--follow-symlinks"]
        )
    assert refused.exit_code == 1  # not every article was read
    line = " ".join(refused.output.split())
    assert "passwd.txt: links outside the article folder" in line
    assert not any("Baskov" in text for text in asked)  # its text never reached the model
    texts = (tmp_path / "one" / "texts.jsonl").read_text(encoding="utf-8")
    assert "Baskov" not in texts
    assert followed.exit_code == 0, followed.output


def test_a_partial_article_makes_the_run_exit_1_and_names_it(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(synthetic_article(0, 3), encoding="utf-8")
    with FakeModelServer(context_tokens=120) as server:  # every prompt is too long: HTTP 400
        result = CliRunner().invoke(
            app,
            [
                *("extract", str(folder), "--out", str(tmp_path / "run")),
                *("--base-url", server.base_url),
            ],
        )
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "partial a.txt:" in said and "HTTP 400" in said
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert manifest["counts"]["partial"] == 1 and manifest["counts"]["failed_calls"] >= 1


def test_an_output_folder_under_a_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(synthetic_article(0, 4), encoding="utf-8")
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    for option in (["--out", str(blocker)], ["--runs", str(blocker / "runs")]):
        with FakeModelServer() as server:  # the endpoint answers: the folder is what fails
            result = CliRunner().invoke(
                app, ["extract", str(folder), *option, "--base-url", server.base_url]
            )
        assert result.exit_code == 2, result.output
        said = " ".join(result.output.split())
        assert "Not a directory" in said and "Traceback" not in said


def test_markup_and_escape_codes_in_names_are_printed_literally(tmp_path: Path) -> None:
    folder = tmp_path / "in [" / "b] folder"  # the path reads "in [/b] folder"
    folder.mkdir(parents=True)
    (folder / "[red]a.txt").write_bytes(b"\x00\x01binary")  # fails, and says its name
    (folder / "good\x1b[2Jname.txt").write_text(synthetic_article(0, 5), encoding="utf-8")
    with FakeModelServer() as server:
        result = CliRunner().invoke(
            app,
            [
                *("extract", str(folder), "--out", str(tmp_path / "x [" / "b] run")),
                *("--base-url", server.base_url),
            ],
        )
    assert result.exit_code == 1, result.output  # one article failed: not a crash
    said = " ".join(result.output.split())
    assert "[red]a.txt" in said and "Traceback" not in said
    assert "x [/b] run" in said  # the run line after a finished run
    assert "\x1b" not in result.output
