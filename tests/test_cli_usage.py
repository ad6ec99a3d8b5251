"""The CLI as a new user meets it: --version and -h, help without Python types and with
defaults, one wording for a missing input, a dead endpoint said at once, a plan that writes
nothing, eval of a part of the gold set, and diff labels and colour."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

import pipeline.cli.review as review_cli
from pipeline.cli.common import INPUT_KINDS, plain_type_label, reachability
from pipeline.cli.main import app
from pipeline.model.endpoint import EndpointProbe, probe_endpoint
from pipeline.review.diff_report import to_text
from pipeline.review.diffing import diff_runs
from pipeline.runs.folders import load_run, package_version, update_latest
from schemas.gold import GoldArticle, GoldMeeting
from schemas.v1 import ArticleExtraction, Meeting, Participant
from tests.fakeserver import FakeModelServer
from tests.runfactory import baseline_records, write_run
from tests.synthetic import write_articles

WIDE = {"COLUMNS": "300"}
"""One help row per line, so an option's row holds its whole help."""


def _commands(
    command: click.Command, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


def _said(text: str) -> str:
    return " ".join(text.split())


# --- --version, -h, help texts --------------------------------------------------------------


def test_version_comes_from_the_package_metadata() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"summitry {package_version()}\n"
    assert re.fullmatch(r"summitry \d+\.\d+\.\d+\S*\n", result.stdout)


def test_the_walk_finds_every_command_and_sub_app() -> None:
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"", "extract", "plan", "eval", "diff", "review", "batch", "batch submit"} <= names


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS], ids=" ".join)
def test_minus_h_is_help_everywhere(path: tuple[str, ...]) -> None:
    short = CliRunner().invoke(app, [*path, "-h"], env=WIDE)
    long = CliRunner().invoke(app, [*path, "--help"], env=WIDE)
    assert short.exit_code == long.exit_code == 0, short.output
    assert "Usage:" in short.stdout and short.stdout == long.stdout


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_help_shows_no_python_types_and_every_default(
    path: tuple[str, ...], command: click.Command
) -> None:
    shown = CliRunner().invoke(app, [*path, "--help"], env=WIDE).stdout
    for python in ("<bool>", "list[", "Optional", "NoneType", "PosixPath", "<str>", "<path>"):
        assert python not in shown, f"{' '.join(path)} --help shows {python}"
    rows = shown.splitlines()
    for param in command.params:
        if not isinstance(param, click.Option) or param.hidden or param.required:
            continue
        if param.is_flag and not param.secondary_opts:
            continue  # off unless given: nothing to show
        name = max(param.opts, key=len)
        row = next(r for r in rows if f" {name} " in r)
        if param.default is None:
            assert "(default: " in row, f"{name}: its default is not said: {row}"
        else:
            assert "[default: " in row, f"{name}: its default is not shown: {row}"


def test_extract_help_names_every_kind_of_input() -> None:
    shown = _said(CliRunner().invoke(app, ["extract", "--help"], env=WIDE).stdout)
    assert "Folders (read recursively)" in shown
    for kind in (".txt", ".md", ".html", ".jsonl", ".ndjson", ".jsonl.gz", ".csv", ".parquet"):
        assert f" {kind} " in shown or f" {kind})" in shown or f"({kind} " in shown, kind
    assert INPUT_KINDS in shown


@pytest.mark.parametrize(
    ("typer_label", "plain"),
    [
        ("<bool>", ""),
        ("<list[Path]>", "PATH"),
        ("<path>", "PATH"),
        ("<PosixPath>", "PATH"),
        ("<list[str]>", "TEXT"),
        ("<int range>", "INTEGER"),
        ("<float>", "NUMBER"),
        ("<sentences|article>", "sentences|article"),
    ],
)
def test_type_labels_read_as_words_not_python(typer_label: str, plain: str) -> None:
    assert plain_type_label(typer_label) == plain


# --- one wording for a missing input --------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "{missing}"],
        ["plan", "{missing}"],
        ["reconcile", "{missing}"],
        ["eval", "{missing}", "{run}"],
        ["eval", "{gold}", "{missing}"],
        ["diff", "{run}", "{missing}"],
        ["review", "{missing}", "{run}"],
        ["review", "apply", "{missing}"],
        ["batch", "export", "{missing}", "-o", "{tmp}/requests.jsonl"],
        ["batch", "import", "{missing}"],
        ["batch", "status", "{missing}"],
        ["batch", "submit", "{missing}"],
    ],
    ids=lambda c: " ".join(a for a in c if not a.startswith("{") and not a.startswith("-")),
)
def test_a_missing_input_reads_the_same_in_every_command(
    tmp_path: Path, isolated_cache: Path, command: list[str]
) -> None:
    run = write_run(tmp_path / "runs" / "r1", baseline_records())
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    missing = tmp_path / "no such" / "thing"
    values = {"missing": missing, "run": run, "gold": gold, "tmp": tmp_path}
    args = [a.format(**values) for a in command]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"error: {missing}: no such file or folder\n"
    assert not isolated_cache.parent.exists()  # nothing made for it, not even the cache


# --- a configured endpoint that cannot be reached -------------------------------------------


def _closed_port_url() -> str:
    """An address where nothing listens: a port the system just handed out, closed again."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    write_articles(folder, 1, seed=11)
    return folder


def test_a_dead_endpoint_is_one_line_at_once_and_no_run_folder(
    corpus: Path, tmp_path: Path
) -> None:
    dead = _closed_port_url()
    runs = tmp_path / "runs"
    started = time.monotonic()
    result = CliRunner().invoke(
        app, ["extract", str(corpus), "--runs", str(runs), "--base-url", dead]
    )
    elapsed = time.monotonic() - started
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert errors == [
        f"error: cannot reach {dead} (connection refused); is the server running? Check "
        "--base-url (or SUMMITRY_BASE_URLS, OPENAI_BASE_URL)"
    ]
    assert not runs.exists() and "Traceback" not in result.output
    assert elapsed < 10  # before the check: 4 tries with backoff for every call of the article


def test_out_is_not_created_either(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["extract", str(corpus), "--out", str(out), "--base-url", _closed_port_url()]
    )
    assert result.exit_code == 2 and not out.exists()


def test_with_several_endpoints_one_that_answers_is_enough(corpus: Path, tmp_path: Path) -> None:
    dead = _closed_port_url()
    with FakeModelServer() as server:
        result = CliRunner().invoke(
            app,
            [
                *("extract", str(corpus), "--out", str(tmp_path / "run")),
                *("--base-url", server.base_url, "--base-url", dead, "--model", "fake-model"),
            ],
        )
    assert result.exit_code == 0, result.output
    assert (
        f"note cannot reach {dead} (connection refused); starting with the other 1 endpoint(s)"
        in _said(result.stderr)
    )
    assert (tmp_path / "run" / "extractions.jsonl").is_file()


def test_a_run_the_cache_answers_needs_no_server(corpus: Path, tmp_path: Path) -> None:
    with FakeModelServer() as server:
        args = ["extract", str(corpus), "--base-url", server.base_url, "--model", "fake-model"]
        first = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "first")])
        assert first.exit_code == 0, first.output
        server.go_down()  # same address, connections refused now
        again = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "again")])
    assert again.exit_code == 0, again.output
    assert "plan: 0 new calls" in _said(again.stderr) and "cannot reach" not in again.output


def test_batch_submit_checks_the_provider_first(tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_text("{}\n", encoding="utf-8")
    dead = _closed_port_url()
    result = CliRunner().invoke(app, ["batch", "submit", str(requests), "--base-url", dead])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: cannot reach {dead} (connection refused)")
    assert len(result.stderr.splitlines()) == 1


def test_the_probe_says_yes_no_or_cannot_tell() -> None:
    with FakeModelServer() as server:
        assert probe_endpoint(server.base_url).reachable is True
    dead = _closed_port_url()
    assert probe_endpoint(dead) == EndpointProbe(dead, False, "connection refused")
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
        assert probe_endpoint(url, timeout_s=0.3).reachable is None


def test_reachability_lines() -> None:
    up, down = EndpointProbe("http://a/v1", True), EndpointProbe("http://b/v1", False, "refused")
    unsure = EndpointProbe("http://c/v1", None)
    assert reachability([up, unsure]) == (None, None)
    assert reachability([unsure]) == (None, None)  # cannot tell: the run decides
    error, note = reachability([down])
    assert note is None and error is not None and error.startswith("cannot reach http://b/v1")
    error, note = reachability([down, down])
    assert error is not None and "are the servers running?" in error
    error, note = reachability([up, down])
    assert error is None and note is not None and "http://b/v1 (refused)" in note


# --- plan writes nothing --------------------------------------------------------------------


def _files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*")}


@pytest.mark.parametrize("cache", ["default", "given", "existing"])
def test_plan_creates_no_file_or_folder(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SUMMITRY_CACHE_DB")  # the default: .summitry/cache.sqlite here
    args = ["plan", str(corpus), "--base-url", _closed_port_url()]
    if cache == "given":
        args += ["--cache", str(tmp_path / "elsewhere" / "cache.sqlite")]
    if cache == "existing":
        with FakeModelServer() as server:
            filled = CliRunner().invoke(
                app, ["extract", str(corpus), "--out", "run", "--base-url", server.base_url]
            )
            assert filled.exit_code == 0, filled.output
        args = ["plan", str(corpus), "--base-url", server.base_url]
    before = _files(tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert _files(tmp_path) == before
    if cache == "existing":
        assert "0 new calls" in _said(result.output)


# --- eval scores what the run holds ---------------------------------------------------------


def _gold_meeting(n: int, event: str | None = None) -> GoldMeeting:
    return GoldMeeting(
        date=f"2031-03-{n + 1:02d}",
        location="Lima",
        countries=["Chile", "Peru"],
        mechanism="bilateral meeting",
        participants=[Participant(name=f"Arlo Venn{n}"), Participant(name=f"Mira Toll{n}")],
        event=event,
    )


def _gold(count: int) -> list[GoldArticle]:
    """Invented articles, one meeting each; a00 and a01 report one event, and so do a04 and
    a10 (a10 is outside the five-article run)."""
    shared = {0: (0, "e1"), 1: (0, "e1"), 4: (4, "e2"), 10: (4, "e2")}
    articles = []
    for n in range(count):
        meeting_no, event = shared.get(n, (n, None))
        articles.append(
            GoldArticle(
                article_id=f"a{n:02d}",
                source_path=f"articles/a{n:02d}.txt",
                meetings=[_gold_meeting(meeting_no, event)],
            )
        )
    return articles


def _perfect(article: GoldArticle) -> ArticleExtraction:
    meetings = [
        Meeting.model_validate(m.model_dump(exclude={"optional", "date_resolved", "event"}))
        for m in article.meetings
    ]
    return ArticleExtraction(
        article_id=article.article_id,
        source_path=article.source_path,
        content_sha256="0" * 64,
        schema_hash="s",
        prompt_hash="p",
        model="m",
        status="ok",
        meetings=meetings,
    )


def test_eval_scores_the_articles_of_the_run_unless_all_gold(tmp_path: Path) -> None:
    gold = _gold(16)
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text("".join(a.model_dump_json() + "\n" for a in gold), encoding="utf-8")
    run = tmp_path / "run"
    run.mkdir()
    (run / "extractions.jsonl").write_text(
        "".join(_perfect(a).model_dump_json() + "\n" for a in gold[:5]), encoding="utf-8"
    )
    part = json.loads(CliRunner().invoke(app, ["eval", str(gold_file), str(run), "--json"]).stdout)
    assert part["articles"] == 5 and part["missing_predictions"] == []
    meetings = part["overall"]["counts"]["meetings_all"]
    assert (meetings["tp"], meetings["fp"], meetings["fn"]) == (5, 0, 0)
    assert part["same_event_pairs"]["fn"] == 0  # the a04/a10 pair is not this run's to find

    every = CliRunner().invoke(app, ["eval", str(gold_file), str(run), "--json", "--all-gold"])
    whole = json.loads(every.stdout)
    assert whole["articles"] == 16
    assert whole["missing_predictions"] == [f"a{n:02d}" for n in range(5, 16)]
    meetings = whole["overall"]["counts"]["meetings_all"]
    assert (meetings["tp"], meetings["fp"], meetings["fn"]) == (5, 0, 11)
    assert whole["same_event_pairs"]["fn"] == part["same_event_pairs"]["fn"] + 1

    table = CliRunner().invoke(app, ["eval", str(gold_file), str(run)], env=WIDE)
    assert "summitry eval (5 gold articles)" in table.stdout


# --- diff: runs by their path, colour only on a terminal ------------------------------------


@pytest.fixture()
def two_runs(tmp_path: Path) -> tuple[Path, Path]:
    changed = baseline_records()
    moved = changed[0].meetings[0].model_copy(update={"date": "2024-02-08"})
    changed[0] = changed[0].model_copy(update={"meetings": [moved, *changed[0].meetings[1:]]})
    first = write_run(tmp_path / "runs" / "r1", baseline_records(), run_id="r1")
    second = write_run(tmp_path / "runs" / "r2", changed, run_id="r2")
    update_latest(tmp_path / "runs", second)
    return first, second


def test_diff_names_runs_as_typed_and_pipes_the_plain_rendering(
    two_runs: tuple[Path, Path],
) -> None:
    first, second = two_runs
    runs_root = second.parent
    result = CliRunner().invoke(app, ["diff", str(first), str(runs_root)])
    assert result.exit_code == 1, result.output
    headline = result.stdout.splitlines()[0]
    assert headline.startswith(f"{first} -> {runs_root} (r2): 1 article(s) changed")
    a, b = load_run(first), load_run(runs_root)
    expected = to_text(diff_runs(str(first), a.records, f"{runs_root} (r2)", b.records))
    assert result.stdout == expected  # piped: exactly the text rendering, no escape codes
    assert "\x1b" not in result.stdout


def test_diff_colours_a_terminal_but_not_no_color_or_markdown(
    two_runs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["diff", str(two_runs[0]), str(two_runs[1])]
    plain = CliRunner().invoke(app, args).stdout
    terminal = Console(force_terminal=True, color_system="standard", width=80)
    monkeypatch.setattr(review_cli, "out", terminal)
    coloured = CliRunner().invoke(app, args).stdout
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain  # same lines, unwrapped
    assert "\x1b" not in CliRunner().invoke(app, [*args, "-f", "markdown"]).stdout
    assert "\x1b" not in CliRunner().invoke(app, [*args, "-f", "json"]).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert CliRunner().invoke(app, args).stdout == plain


def test_diff_line_styles() -> None:
    style = review_cli.diff_line_style
    assert style("r1 -> r2: 1 article(s) changed") == "bold"
    assert style("== delhi: ok -> ok") == "bold cyan"
    assert (style("  + meeting [x] a"), style("  - meeting [x] a")) == ("green", "red")
    assert style("      date: 2024-02-07 -> 2024-02-08") == ""
