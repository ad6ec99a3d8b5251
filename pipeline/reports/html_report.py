"""``summitry show``: one self-contained HTML page of a run (no network, opens from disk).

The page is jinja2 + one small vanilla script (``templates/report.js``) that draws the
timeline, the event list and the article view from the JSON view of ``report_view``. Article
text is untrusted: it enters the page only inside the packed (gzip + base64) JSON, and reaches
the DOM only through ``textContent``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from pipeline.reconcile.events import reconcile
from pipeline.reports.embedding import packed_json
from pipeline.reports.reconciled import load_reconciliation
from pipeline.reports.report_view import build_report_view
from pipeline.reports.run_files import RECONCILED_JSON
from pipeline.runs.folders import Run, read_texts
from pipeline.runs.output import atomic_write_text
from schemas.reconciled import Reconciliation

REPORT_FILE = "report.html"


def _resource(name: str) -> str:
    return resources.files("pipeline.reports").joinpath(f"templates/{name}").read_text("utf-8")


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(_resource("report.html.j2"))


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def _summary(view: dict[str, Any]) -> str:
    counts = view["counts"]
    held = sum(1 for e in view["events"] if e["status"] == "held")
    planned = len(view["events"]) - held
    return " · ".join(
        (
            _count(counts["articles"], "article"),
            _count(held, "meeting"),
            f"{planned} planned",
            _count(len(view["milestones"]), "milestone"),
            _count(len(view["pairs"]), "country pair"),
            _count(counts["people"], "person", "people"),
        )
    )


ARTICLES_PER_CHUNK = 64
ITEMS_PER_CHUNK = 256
"""Article texts and records, and the sourced fields of events and milestones, are packed in
chunks unpacked the first time one of them is opened: the page opens at the cost of what its
timeline and table draw, not of its texts and sources (most of a large run's bytes)."""

ARTICLE_SUMMARY_KEYS = ("id", "label")
ITEM_DETAIL_KEYS = ("fields", "people", "conflicts", "merged", "members")


def _chunked(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def split_view(view: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[list[Any]]]]:
    """The view as the page opens it — articles reduced to id, label and counts, events and
    milestones to what the timeline, table and filters need (with participant ``names``) —
    and the rest in chunks: ``articles`` (in article order) and ``details`` (in the order of
    events then milestones)."""
    articles = view["articles"]
    summaries = [
        {
            **{k: a[k] for k in ARTICLE_SUMMARY_KEYS},
            "n_records": len(a["records"]),
            "n_dropped": len(a["dropped"]),
        }
        for a in articles
    ]
    items = [*view["events"], *view["milestones"]]
    details = [{k: item[k] for k in ITEM_DETAIL_KEYS if k in item} for item in items]

    def brief(item: dict[str, Any]) -> dict[str, Any]:
        kept = {k: v for k, v in item.items() if k not in ITEM_DETAIL_KEYS}
        if "people" in item:
            kept["names"] = [p["name"] for p in item["people"]]
        return kept

    main = {
        **view,
        "articles": summaries,
        "events": [brief(e) for e in view["events"]],
        "milestones": [brief(m) for m in view["milestones"]],
        "article_chunk": ARTICLES_PER_CHUNK,
        "detail_chunk": ITEMS_PER_CHUNK,
    }
    chunks = {
        "articles": _chunked(articles, ARTICLES_PER_CHUNK),
        "details": _chunked(details, ITEMS_PER_CHUNK),
    }
    return main, chunks


def render_report(view: dict[str, Any]) -> str:
    """The page for a view built by ``build_report_view`` (deterministic: same view, same
    bytes)."""
    main, chunks = split_view(view)
    return _template().render(
        run_id=view["run"],
        summary=_summary(view),
        css=Markup(_resource("report.css")),
        script=Markup(_resource("report.js")),
        data=packed_json(main),
        chunks={kind: [packed_json(c) for c in parts] for kind, parts in chunks.items()},
    )


def run_reconciliation(run: Run) -> Reconciliation:
    """The run's ``reconciled.json`` when it has one, else reconciled now (a run made with
    ``--no-reconcile``); never written back, the run folder stays as the run left it."""
    path = run.path / RECONCILED_JSON
    if path.is_file():
        return load_reconciliation(path)
    return reconcile(run.records)


def write_report(run: Run, output: Path | None = None) -> Path:
    """Render the run's report to ``output`` (default: ``report.html`` in the run folder)."""
    view = build_report_view(run_reconciliation(run), run.records, read_texts(run.path), run.run_id)
    target = output if output is not None else run.path / REPORT_FILE
    atomic_write_text(target, render_report(view))
    return target
