"""The reconciled files an analyst opens: the Markdown summary, the CSV tables, and the
compact reconciled.json (format 2) next to the format-1 files of older runs."""

from __future__ import annotations

import csv
import io
import json
import re
import types
import typing
from pathlib import Path
from typing import Any, cast

import pytest
from pydantic import BaseModel

from pipeline.cli.review import reconciled_events
from pipeline.reconcile.events import reconcile
from pipeline.reports.markdown import to_markdown
from pipeline.reports.reconciled import (
    ReconciledFileError,
    each_source_ref,
    load_reconciliation,
    parse_reconciliation,
    source_paths,
    to_json,
)
from pipeline.reports.run_files import reconcile_run
from pipeline.reports.tables import (
    EVENTS_CSV,
    MILESTONES_CSV,
    PARTICIPANTS_CSV,
    events_csv,
    milestones_csv,
    participants_csv,
    safe_cell,
)
from pipeline.runs.folders import Run
from pipeline.runs.output import write_extractions
from schemas import ArticleExtraction, Evidence, Meeting, Milestone, Participant
from schemas.reconciled import Reconciliation, SourceRef

TEXTS = {
    "north-wire": (
        "Valdoria, 21 March: Ministers Ilsa Brandt and Tomas Okoro held the Strategic "
        "Dialogue in Lisbon. Ilsa Brandt later met Renata Vasq in Oslo on 2 May 2031. "
        "The two countries signed the Harbour Accord in 2029."
    ),
    "north-daily": (
        "Ilsa Brandt met Renata Vasq in Oslo on 2 May 2031, the ministry said. "
        "The Harbour Accord of 2029 was recalled."
    ),
    "south-post": (
        "Officials said Tomas Okoro and Ilsa Brandt held Foreign Office Consultations in "
        "Madrid, date not given. Earlier, on 9 Jan 2030, Okoro saw Brandt in Rome."
    ),
    "hostile": (
        '=HYPERLINK("http://evil.example") met @Admin in +Town at the Strategic Dialogue.\n'
        "-Other line"
    ),
}


def _evidence(article: str, quote: str) -> Evidence:
    start = TEXTS[article].index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def _meeting(article: str, quote: str, people: list[str], **fields: Any) -> Meeting:
    return Meeting(
        countries=fields.pop("countries", ["Norway", "Portugal"]),
        participants=[Participant(name=n) for n in people],
        evidence=[_evidence(article, quote)],
        **fields,
    )


def _article(article: str, title: str | None = None, **lists: Any) -> ArticleExtraction:
    return ArticleExtraction(
        article_id=article,
        source_path=f"corpus/{article}.txt",
        content_sha256=f"sha-{article}",
        schema_hash="s",
        prompt_hash="p",
        model="m",
        status="ok",
        title=title,
        outlet=f"{article.split('-')[0]}.example" if title else None,
        published="2031-05-03" if title else None,
        **lists,
    )


def _records() -> list[ArticleExtraction]:
    accord = "The Harbour Accord"
    return [
        _article(
            "north-wire",
            "Ministers meet twice in spring",
            meetings=[
                _meeting(
                    "north-wire",
                    "Ministers Ilsa Brandt and Tomas Okoro held the Strategic Dialogue in Lisbon",
                    ["Ilsa Brandt", "Tomas Okoro"],
                    date_partial="--03-21",
                    location="Lisbon",
                    mechanism="Strategic Dialogue",
                ),
                _meeting(
                    "north-wire",
                    "Ilsa Brandt later met Renata Vasq in Oslo on 2 May 2031",
                    ["Ilsa Brandt", "Renata Vasq"],
                    date="2031-05-02",
                    location="Oslo",
                ),
            ],
            milestones=[
                Milestone(
                    name="Harbour Accord",
                    kind="agreement",
                    year=2029,
                    countries=["Norway", "Portugal"],
                    evidence=[_evidence("north-wire", "signed the Harbour Accord in 2029")],
                )
            ],
        ),
        _article(
            "north-daily",
            "Brandt and Vasq talk in Oslo",
            meetings=[
                _meeting(
                    "north-daily",
                    "Ilsa Brandt met Renata Vasq in Oslo on 2 May 2031",
                    ["Ilsa Brandt", "Renata Vasq"],
                    date="2031-05-02",
                    location="Oslo",
                )
            ],
            milestones=[
                Milestone(
                    name="Harbour Accord",
                    kind="agreement",
                    year=2029,
                    countries=["Norway", "Portugal"],
                    evidence=[_evidence("north-daily", f"{accord} of 2029")],
                )
            ],
        ),
        _article(
            "south-post",
            meetings=[
                _meeting(
                    "south-post",
                    "Tomas Okoro and Ilsa Brandt held Foreign Office Consultations in Madrid",
                    ["Tomas Okoro", "Ilsa Brandt"],
                    location="Madrid",
                    mechanism="Foreign Office Consultations",
                ),
                _meeting(
                    "south-post",
                    "on 9 Jan 2030, Okoro saw Brandt in Rome",
                    ["Tomas Okoro", "Ilsa Brandt"],
                    date="2030-01-09",
                    location="Rome",
                ),
            ],
        ),
        _article(
            "hostile",
            meetings=[
                _meeting(
                    "hostile",
                    TEXTS["hostile"],
                    ['=HYPERLINK("http://evil.example")', "@Admin"],
                    countries=["Chile", "Peru"],
                    date="2031-06-01",
                    location="+Town",
                    mechanism="Strategic Dialogue",
                    topics=["-Other\nline", "plain"],
                )
            ],
        ),
    ]


@pytest.fixture(scope="module")
def result() -> Reconciliation:
    return reconcile(_records())


def _v1_text(r: Reconciliation) -> str:
    """A reconciled.json as format 1 wrote it: the model dumped whole, quotes in every source."""
    return r.model_copy(update={"format_version": "1"}).model_dump_json(indent=2) + "\n"


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")  # how Excel knows the file is UTF-8
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


# --- reconciled.md ---------------------------------------------------------------------------
def _summary_lines(markdown: str) -> list[str]:
    summary = markdown.split("## Summary", 1)[1].split("## Held meetings", 1)[0]
    return [line for line in summary.splitlines() if line.startswith("| ") and "`" in line]


def test_the_summary_lists_meetings_by_date_undated_then_yearless(
    result: Reconciliation,
) -> None:
    markdown = to_markdown(result)
    dates = [line.split(" | ")[0].removeprefix("| ") for line in _summary_lines(markdown)]
    assert dates == [
        "9 Jan 2030",
        "2 May 2031",
        "1 Jun 2031",
        "date unknown",
        "21 Mar (year unknown)",
    ]
    oslo = next(line for line in _summary_lines(markdown) if "2 May 2031" in line)
    cells = [c.strip() for c in oslo.strip("|").split(" | ")]
    assert cells[1:7] == [
        "Norway – Portugal",
        "bilateral meeting",
        "Ilsa Brandt; Renata Vasq",
        "Oslo",
        "2 (1 outlet)",  # north-wire and north-daily: one outlet twice
        "“Brandt and Vasq talk in Oslo”; “Ministers meet twice in spring”",
    ]
    # the details follow the summary's order
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert [h.split(" · ")[1] for h in headings[:5]] == dates


def test_markdown_never_prints_the_machine_form_of_a_date(result: Reconciliation) -> None:
    markdown = to_markdown(result)
    assert re.search(r"--\d\d(-\d\d)?\b", markdown) is None
    assert "21 Mar (year unknown)" in markdown
    assert "3 May 2031" in markdown  # publication dates too
    assert "2031-05-02" not in markdown


def test_markdown_names_articles_by_headline_where_known(result: Reconciliation) -> None:
    markdown = to_markdown(result)
    details = markdown.split("## Held meetings", 1)[1]
    assert "- **Place**: Oslo — “Brandt and Vasq talk in Oslo”; “Ministers meet twice" in details
    assert "- **Place**: Rome — south-post" in details  # no headline: the id


# --- CSV tables --------------------------------------------------------------------------------
def test_events_csv_has_a_row_per_event_with_dates_and_source_counts(
    result: Reconciliation,
) -> None:
    rows = _rows(events_csv(result))
    assert len(rows) == len(result.events) + len(result.planned)
    oslo = next(r for r in rows if r["date"] == "2031-05-02")
    assert oslo["date_human"] == "2 May 2031"
    assert (oslo["articles"], oslo["outlets"]) == ("2", "1")
    assert oslo["article_ids"] == "north-daily; north-wire"
    assert oslo["people"] == "Ilsa Brandt; Renata Vasq"
    yearless = next(r for r in rows if r["date_human"] == "21 Mar (year unknown)")
    assert yearless["date"] == "'--03-21"  # ISO's yearless form, kept as text
    assert [r["date_human"] for r in rows][:3] == ["9 Jan 2030", "2 May 2031", "1 Jun 2031"]


def test_participants_and_milestones_link_to_events_and_articles(
    result: Reconciliation,
) -> None:
    events = {r["event_id"]: r for r in _rows(events_csv(result))}
    people = _rows(participants_csv(result))
    assert len(people) == sum(len(e.participants) for e in (*result.events, *result.planned))
    assert {p["event_id"] for p in people} <= set(events)
    for p in people:
        assert p["person_id"] in events[p["event_id"]]["person_ids"].split("; ")
        assert set(p["article_ids"].split("; ")) <= set(
            events[p["event_id"]]["article_ids"].split("; ")
        )
    brandt_in_oslo = next(
        p for p in people if p["name"] == "Ilsa Brandt" and p["date"] == "2031-05-02"
    )
    assert (brandt_in_oslo["articles"], brandt_in_oslo["outlets"]) == ("2", "1")
    (accord,) = _rows(milestones_csv(result))
    assert accord["name"] == "Harbour Accord" and accord["date"] == "2029"
    assert (accord["articles"], accord["outlets"]) == ("2", "1")
    assert accord["article_ids"] == "north-daily; north-wire"


def test_csv_cells_are_one_line_and_never_a_formula(result: Reconciliation) -> None:
    for text in (events_csv(result), participants_csv(result), milestones_csv(result)):
        rows = _rows(text)
        assert text.count("\n") == len(rows) + 1  # no line breaks inside any cell
        for row in rows:
            for cell in row.values():
                assert not cell.startswith(("=", "+", "-", "@")), cell
    hostile = next(r for r in _rows(events_csv(result)) if r["countries"] == "Chile; Peru")
    assert hostile["place"] == "'+Town"
    assert hostile["people"].startswith("'=HYPERLINK(")
    assert hostile["topics"] == "'-Other line; plain"
    written = {p["written_as"] for p in _rows(participants_csv(result))}
    assert {'\'=HYPERLINK("http://evil.example")', "'@Admin"} <= written
    assert safe_cell("a\r\n=b\tc") == "a =b c" and safe_cell(None) == "" and safe_cell(3) == 3


# --- reconciled.json --------------------------------------------------------------------------
def test_format_2_stores_each_quote_once_and_loads_back_the_same_model(
    result: Reconciliation,
) -> None:
    text = to_json(result)
    data = json.loads(text)
    assert data["format_version"] == "2"
    quote = "Ilsa Brandt met Renata Vasq in Oslo on 2 May 2031"
    assert text.count(json.dumps(quote)[1:-1]) == 1  # the north-daily sentence, once
    assert data["quotes"]["north-daily"]["0-49"] == quote
    assert parse_reconciliation(text) == result
    assert to_json(parse_reconciliation(text)) == text  # byte-identical round trip
    assert len(text.encode()) < len(_v1_text(result).encode())


def test_a_format_1_file_still_loads(tmp_path: Path, result: Reconciliation) -> None:
    old = tmp_path / "reconciled.json"
    old.write_text(_v1_text(result), encoding="utf-8")
    loaded = load_reconciliation(old)
    assert loaded == result
    ref = loaded.events[0].sources[0]
    assert ref.quote and ref.start is not None and ref.article_id


def test_v2_is_smaller_than_v1_on_the_fixture_run() -> None:
    from pipeline.runs.output import read_extractions

    fixture = Path(__file__).parent / "fixtures" / "reconcile" / "extractions.jsonl"
    r = reconcile(read_extractions(fixture))
    v1, v2 = len(_v1_text(r).encode()), len(to_json(r).encode())
    print(f"reconciled.json of the fixture: v1 {v1} bytes, v2 {v2} bytes ({v2 / v1:.0%})")
    assert v2 < 0.8 * v1
    assert parse_reconciliation(to_json(r)) == r


def test_unreadable_files_fail_in_one_line_naming_the_file(
    tmp_path: Path, result: Reconciliation
) -> None:
    path = tmp_path / "reconciled.json"
    data = json.loads(to_json(result))
    cases = [
        "{not json",
        json.dumps({**data, "format_version": "9"}),
        json.dumps({**data, "quotes": {}}),
        json.dumps({k: v for k, v in data.items() if k != "counts"}),
    ]
    for text in cases:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ReconciledFileError) as caught:
            load_reconciliation(path)
        message = str(caught.value)
        assert message.startswith(str(path)) and "\n" not in message


def _every_source_ref(node: object) -> list[SourceRef]:
    """Every SourceRef inside ``node``, found without the schema's help."""
    if isinstance(node, SourceRef):
        return [node]
    if isinstance(node, BaseModel):
        return [
            r for name in type(node).model_fields for r in _every_source_ref(getattr(node, name))
        ]
    if isinstance(node, (list, tuple)):
        return [r for item in node for r in _every_source_ref(item)]
    if isinstance(node, dict):
        return [r for item in node.values() for r in _every_source_ref(item)]
    return []


def test_the_schema_paths_reach_every_source_ref(result: Reconciliation) -> None:
    """Format 2 leaves quotes out along the schema's paths: none may be missed."""
    found = list(each_source_ref(result, source_paths(Reconciliation), getattr))
    assert [id(r) for r in found] == [id(r) for r in _every_source_ref(result)]
    assert len(found) > 20


def _nullable(annotation: Any) -> bool:
    return type(None) in typing.get_args(annotation)


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    seen.add(model)
    for field in model.model_fields.values():
        for arg in (field.annotation, *typing.get_args(field.annotation)):
            for inner in (arg, *typing.get_args(arg)):
                if isinstance(inner, type) and issubclass(inner, BaseModel) and inner not in seen:
                    _models(inner, seen)
    return seen


def test_leaving_nulls_out_loses_nothing() -> None:
    """Format 2 omits null fields: each must read back as null, i.e. default to None."""
    for model in _models(Reconciliation, set()):
        for name, field in model.model_fields.items():
            if _nullable(field.annotation):
                assert field.default is None, f"{model.__name__}.{name}"


# --- the run folder ---------------------------------------------------------------------------
def test_reconcile_run_writes_every_file_byte_identically(tmp_path: Path) -> None:
    write_extractions(tmp_path / "extractions.jsonl", _records())
    written = []
    for _ in range(2):
        outcome = reconcile_run(tmp_path)
        paths = [outcome.json_path, outcome.markdown_path, *outcome.table_paths]
        written.append({p.name: p.read_bytes() for p in paths})
    assert written[0] == written[1]
    assert set(written[0]) == {
        "reconciled.json",
        "reconciled.md",
        EVENTS_CSV,
        MILESTONES_CSV,
        PARTICIPANTS_CSV,
    }


def test_diff_reads_events_of_both_formats_alike(tmp_path: Path, result: Reconciliation) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for folder, text in ((old, _v1_text(result)), (new, to_json(result))):
        folder.mkdir()
        (folder / "reconciled.json").write_text(text, encoding="utf-8")
    events = [reconciled_events(cast(Run, types.SimpleNamespace(path=f))) for f in (old, new)]
    assert events[0] == events[1] and len(events[0]) == len(result.events) + len(result.planned)
    assert all(s["quote"] for e in events[1] for s in e["sources"])
