"""``summitry show`` without a browser: axis geometry, partnership-ladder warnings, the page's
data view, and the page itself (self-contained, deterministic, article text never raw)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.reports.embedding import unpack_json
from pipeline.reports.html_report import (
    ARTICLES_PER_CHUNK,
    render_report,
    run_reconciliation,
    split_view,
)
from pipeline.reports.report_view import article_label, build_report_view, pair_label
from pipeline.reports.timeline import Upgrade, extent, ladder_flags, level_rank
from pipeline.runs.folders import load_run, read_texts
from pipeline.text.dates import PartialDate
from tests.reportfactory import TEXTS, write_report_run


def test_a_day_is_a_point_a_month_or_year_an_interval_and_no_year_no_place() -> None:
    day = extent(PartialDate(2031, 1, 1))
    assert day is not None and day.start == day.end == 2031.0
    month = extent(PartialDate(2031, 2))
    assert month is not None and 2031.08 < month.start < month.end < 2031.17
    year = extent(PartialDate(2031))
    assert year is not None and (year.start, year.end) == (2031.0, 2032.0)
    assert extent(PartialDate(None, 3, 9)) is None
    assert extent(None) is None
    late = extent(PartialDate(2032, 12, 31))  # a leap year's last day stays inside the year
    assert late is not None and 2032.99 < late.start < 2033.0


def test_partnership_levels_rank_strategic_first_then_qualifiers() -> None:
    names = [
        "Comprehensive Partnership",
        "Strategic Partnership",
        "Comprehensive Strategic Partnership",
        "Comprehensive Strategic and Global Partnership",
    ]
    assert [level_rank(n) for n in names] == sorted(level_rank(n) for n in names)
    assert len({level_rank(n) for n in names}) == len(names)


def test_ladder_flags_duplicated_and_out_of_order_upgrades_only() -> None:
    def up(mid: str, name: str, year: int) -> Upgrade:
        return Upgrade(mid, name, name.casefold(), year)

    climbing = [
        up("a", "Friendship Partnership", 2001),
        up("b", "Strategic Partnership", 2010),
        up("c", "Comprehensive Strategic Partnership", 2020),
    ]
    assert ladder_flags(climbing) == []
    falling = [*climbing, up("d", "Enhanced Partnership", 2022)]
    (flag,) = ladder_flags(falling)
    assert (flag.milestone_id, flag.earlier_id) == ("d", "c")
    assert flag.reason.startswith("out of order")
    repeated = [*climbing, up("e", "Strategic Partnership", 2023)]
    (flag,) = ladder_flags(repeated)
    assert (flag.milestone_id, flag.earlier_id) == ("e", "b")
    assert flag.reason.startswith("duplicated level")
    # Within one year the order is unknown: two levels of one year are not out of order.
    same_year = [up("f", "Strategic Partnership", 2015), up("g", "Partnership", 2015)]
    assert ladder_flags(same_year) == []


def test_labels_name_pairs_alphabetically_and_articles_by_headline_or_first_line() -> None:
    assert pair_label(["Norway", "Chile"]) == pair_label(["Chile", "Norway"]) == "Chile–Norway"
    assert pair_label([]) == "countries unknown"
    assert article_label("Talks in Lima", "LIMA — text", "x") == "Talks in Lima"
    assert article_label(None, "\n\n  LIMA — first line\nsecond", "x") == "LIMA — first line"
    assert article_label(None, "", "x") == "x"
    long = article_label(None, "word " * 60, "x")
    assert long.endswith("…") and len(long) <= 90


@pytest.fixture()
def report_run(tmp_path: Path) -> Path:
    return write_report_run(tmp_path / "runs" / "r1")


def _view(run_dir: Path) -> dict:
    run = load_run(run_dir)
    return build_report_view(run_reconciliation(run), run.records, read_texts(run_dir), "r1")


def test_the_view_places_records_at_their_precision_and_flags_the_ladder(
    report_run: Path,
) -> None:
    view = _view(report_run)
    by_date = {e["date"]: e for e in view["events"]}
    assert set(by_date) == {"3 May 2031", "Jun 2031", "9 Mar (year unknown)"}
    held = by_date["3 May 2031"]
    assert held["support"] == 2 and held["axis"][0] == held["axis"][1]
    assert by_date["Jun 2031"]["status"] == "planned"
    assert by_date["Jun 2031"]["axis"][1] > by_date["Jun 2031"]["axis"][0]
    assert by_date["9 Mar (year unknown)"]["axis"] is None
    flagged = {m["name"]: m["flags"] for m in view["milestones"]}
    assert flagged["Comprehensive Partnership"] == flagged["Strategic Partnership"] == []
    (flag,) = flagged["Enhanced Partnership"]
    assert "not above 'Strategic Partnership' (2024)" in flag["reason"]


def test_every_source_points_at_its_quote_in_the_article_text(report_run: Path) -> None:
    view = _view(report_run)
    texts = {a["id"]: a["text"] for a in view["articles"]}
    ids = [a["id"] for a in view["articles"]]
    held = next(e for e in view["events"] if e["date"] == "3 May 2031")
    quoted = set()
    for source in held["evidence"]:
        article, start, end = view["spans"][source if isinstance(source, int) else source[0]]
        quoted.add(texts[ids[article]][start:end])
    assert any("Political Consultations" in q for q in quoted)
    assert "Erik Dahl and Ana Rivas held talks on 3 May 2031" in quoted
    valpo = next(a for a in view["articles"] if a["id"] == "valpo")
    assert valpo["label"] == "Chile and Norway hold consultations"
    assert valpo["dropped"] == ["meetings[1] dropped: 'Wire' is not a person"]
    records = {r["id"]: r for r in valpo["records"]}
    assert records["valpo/meetings/0"]["event"] == held["id"]
    assert ["ordinal", "4"] in records["valpo/meetings/0"]["fields"]


def test_the_page_is_self_contained_deterministic_and_never_holds_raw_article_text(
    report_run: Path,
) -> None:
    view = _view(report_run)
    page = render_report(view)
    assert page == render_report(_view(report_run))
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "<script>alert" not in page and "<b>markup" not in page
    assert TEXTS["valpo"][:40] not in page  # texts travel packed, never as markup
    packed = re.search(r'id="report-data"[^>]*>([^<]+)<', page)
    assert packed is not None
    main = unpack_json(packed.group(1))
    assert [a["id"] for a in main["articles"]] == ["oslo", "valpo"]
    assert "text" not in main["articles"][0] and "fields" not in main["events"][0]
    chunk = re.search(r'data-kind="articles" data-chunk="0"[^>]*>([^<]+)<', page)
    assert chunk is not None
    assert unpack_json(chunk.group(1))[1]["text"] == TEXTS["valpo"]


def test_articles_and_details_are_split_into_chunks_in_order() -> None:
    articles = [{"id": f"a{i}", "label": f"A{i}", "records": [], "dropped": []} for i in range(130)]
    events = [{"id": f"e{i}", "fields": [i], "people": [{"name": "X"}]} for i in range(3)]
    view = {"articles": articles, "events": events, "milestones": [{"id": "m", "fields": []}]}
    main, chunks = split_view(view)
    assert [len(c) for c in chunks["articles"]] == [ARTICLES_PER_CHUNK, ARTICLES_PER_CHUNK, 2]
    assert chunks["articles"][2][1]["id"] == "a129"
    assert main["events"][2] == {"id": "e2", "names": ["X"]}
    assert [d["fields"] for d in chunks["details"][0]] == [[0], [1], [2], []]


def test_show_writes_the_report_into_the_run_and_fails_in_one_line_without_a_run(
    report_run: Path, tmp_path: Path
) -> None:
    result = CliRunner().invoke(app, ["show", str(report_run)])
    assert result.exit_code == 0, result.output
    assert f"report: {report_run / 'report.html'}" in result.output
    assert (report_run / "report.html").stat().st_size > 1000
    target = tmp_path / "elsewhere.html"
    result = CliRunner().invoke(app, ["show", str(report_run), "-o", str(target)])
    assert result.exit_code == 0 and target.is_file()
    missing = CliRunner().invoke(app, ["show", str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert len(missing.output.strip().splitlines()) == 1
    assert "nope" in missing.output


def test_show_names_a_broken_reconciled_file_in_one_line(report_run: Path) -> None:
    (report_run / "reconciled.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(report_run)])
    assert result.exit_code == 2
    assert "reconciled.json" in result.output
    assert len(result.output.strip().splitlines()) == 1
