"""A ``RunDiff`` as text (terminal), Markdown (a pull-request comment) or JSON (scripts)."""

from __future__ import annotations

import html
import json
from typing import Any

from pipeline.review.diffing import ArticleDiff, FieldChange, Record, RecordChange, RunDiff
from pipeline.text.dates import human_date

MAX_VALUE_CHARS = 160
"""Long values (a list of five participants) are shortened for display only; JSON is whole."""

_SIGN = {"added": "+", "removed": "-", "changed": "~"}


def describe_record(record: Record | None) -> str:
    """One line naming a record: who, when, what."""
    if not record:
        return ""
    if "name" in record and "kind" in record:  # a milestone
        year = record.get("year")
        return f"{record['name']} ({year if year is not None else 'year unknown'})"
    names = ", ".join(p.get("name", "?") for p in record.get("participants", [])) or "?"
    when = record.get("date") or record.get("date_partial")
    shown_date = human_date(record.get("date"), record.get("date_partial")) if when else None
    bits = [names, shown_date or record.get("date_text") or "date unknown"]
    if record.get("mechanism"):
        bits.append(str(record["mechanism"]))
    return " / ".join(str(b) for b in bits)


def _brief(item: Any) -> str:
    """A value as a reviewer wants to read it: evidence as quotes, a reconciled (sourced)
    value as the value and its support, a person as the name."""
    if isinstance(item, dict):
        if "value" in item and "sources" in item:
            return f"{_brief(item['value'])} ({item.get('support', len(item['sources']))} src)"
        if "quote" in item:
            return f'"{item.get("quote", "")}" @{item.get("start")}'
        if "name" in item and ("person_id" in item or "title" in item or "country" in item):
            extra = ", ".join(str(item[k]) for k in ("title", "country") if item.get(k))
            return f"{item['name']} ({extra})" if extra else str(item["name"])
        return json.dumps(item, ensure_ascii=False, sort_keys=True)
    if isinstance(item, list):
        return "; ".join(_brief(x) for x in item) if item else "[]"
    return str(item)


def show_value(value: Any) -> str:
    if value is None:
        return "null"
    text = " ".join(_brief(value).split())
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def quotes(record: Record | None) -> list[str]:
    return [e.get("quote", "") for e in (record or {}).get("evidence", [])]


def headline(diff: RunDiff) -> str:
    if diff.equal:
        return f"{diff.run_a} and {diff.run_b}: no differences"
    c = diff.counts()
    return (
        f"{diff.run_a} -> {diff.run_b}: {c['articles_changed']} article(s) changed "
        f"({c['records_added']} added, {c['records_removed']} removed, "
        f"{c['records_changed']} changed records), {c['articles_unchanged']} unchanged; "
        f"events: {c['events_added']} added, {c['events_removed']} removed, "
        f"{c['events_changed']} changed"
    )


# --- text ---------------------------------------------------------------------------------


DATE_FIELDS = frozenset({"date", "date_partial"})


def field_value(field: str, value: Any) -> str:
    """A changed field's value for people: dates in their human form ("9 Mar (year
    unknown)", never "--03-09"); the JSON rendering keeps the stored form."""
    if field in DATE_FIELDS and isinstance(value, str):
        return human_date(value)
    if field in DATE_FIELDS and isinstance(value, dict) and isinstance(value.get("value"), str):
        sources = value.get("support", len(value.get("sources", [])))
        return f"{human_date(value['value'])} ({sources} src)"
    return show_value(value)


def _text_fields(fields: tuple[FieldChange, ...], indent: str) -> list[str]:
    return [
        f"{indent}{f.field}: {field_value(f.field, f.old)} -> {field_value(f.field, f.new)}"
        for f in fields
    ]


def _text_change(change: RecordChange) -> list[str]:
    record = change.new if change.new is not None else change.old
    lines = [
        f"  {_SIGN[change.change]} {change.kind} [{change.change_id}] {describe_record(record)}"
    ]
    lines += _text_fields(change.fields, "      ")
    for quote in quotes(change.old) if change.change != "added" else []:
        lines.append(f'      old evidence: "{quote}"')
    for quote in quotes(change.new) if change.change != "removed" else []:
        lines.append(f'      new evidence: "{quote}"')
    return lines


def _article_title(article: ArticleDiff) -> str:
    status = f"{article.old_status or 'absent'} -> {article.new_status or 'absent'}"
    text = " (article text changed)" if article.text_changed else ""
    headline = f" “{' '.join(article.title.split())}”" if article.title else ""
    return f"== {article.article_id}{headline}: {status}{text}"


def to_text(diff: RunDiff) -> str:
    lines = [headline(diff)]
    for article in diff.articles:
        lines.append(_article_title(article))
        if article.status_changed and article.new_error:
            lines.append(f"  error now: {article.new_error}")
        for change in article.changes:
            lines += _text_change(change)
    if diff.events:
        lines.append("== reconciled events")
        for event in diff.events:
            record = event.new if event.new is not None else event.old
            lines.append(f"  {_SIGN[event.change]} [{event.change_id}] {event_label(record)}")
            lines += _text_fields(event.fields, "      ")
    return "\n".join(lines) + "\n"


def _plain(value: Any) -> Any:
    return value.get("value") if isinstance(value, dict) and "value" in value else value


def event_label(event: Record | None) -> str:
    """A reconciled event in one line: who, when, which mechanism, how many sources."""
    if not event:
        return ""
    names = ", ".join(str(p.get("name", "?")) for p in event.get("participants", [])) or "?"
    date = _plain(event.get("date"))
    bits = [names, human_date(str(date)) if date else "date unknown"]
    if _plain(event.get("mechanism")):
        bits.append(str(_plain(event.get("mechanism"))))
    support = event.get("support")
    return " / ".join(bits) + (f" ({support} article(s))" if support else "")


# --- Markdown -----------------------------------------------------------------------------


def _cell(value: Any) -> str:
    """A value in Markdown prose, a table cell or ``<summary>``: raw HTML from file names
    or quotes is escaped (GitHub would render it), pipes kept from splitting the table."""
    text = html.escape(show_value(value), quote=False)
    return text.replace("|", "\\|").replace("\n", " ")


def _code(value: Any) -> str:
    """A value in a code span, where Markdown shows HTML as written."""
    return show_value(value).replace("`", "'").replace("\n", " ")


def _md_change(change: RecordChange) -> list[str]:
    record = change.new if change.new is not None else change.old
    lines = [
        f"**{_SIGN[change.change]} {change.change} {change.kind}** `{change.change_id}` — "
        f"{_cell(describe_record(record))}",
        "",
    ]
    if change.fields:
        lines += ["| field | old | new |", "|---|---|---|"]
        lines += [
            f"| {f.field} | {_cell(field_value(f.field, f.old))} "
            f"| {_cell(field_value(f.field, f.new))} |"
            for f in change.fields
        ]
        lines.append("")
    for label, record_quotes in (("old", quotes(change.old)), ("new", quotes(change.new))):
        if (label == "old" and change.change == "added") or (
            label == "new" and change.change == "removed"
        ):
            continue
        lines += [f"> {label}: “{_cell(q)}”" for q in record_quotes]
    lines.append("")
    return lines


def to_markdown(diff: RunDiff) -> str:
    c = diff.counts()
    lines = [f"### Summitry diff: `{diff.run_a}` → `{diff.run_b}`", ""]
    if diff.equal:
        return "\n".join([*lines, "No differences.", ""])
    lines += [
        "| articles changed | unchanged | records + | records − | records ~ | events ± ~ |",
        "|---|---|---|---|---|---|",
        f"| {c['articles_changed']} | {c['articles_unchanged']} | {c['records_added']} | "
        f"{c['records_removed']} | {c['records_changed']} | "
        f"+{c['events_added']} −{c['events_removed']} ~{c['events_changed']} |",
        "",
    ]
    for article in diff.articles:
        title = _article_title(article).removeprefix("== ")
        lines += [f"<details><summary><b>{_cell(title)}</b></summary>", ""]
        if article.status_changed and article.new_error:
            lines += [f"Error now: `{_code(article.new_error)}`", ""]
        for change in article.changes:
            lines += _md_change(change)
        lines += ["</details>", ""]
    if diff.events:
        lines += ["#### Reconciled events", "", "| change | event | fields |", "|---|---|---|"]
        for event in diff.events:
            record = event.new if event.new is not None else event.old
            fields = "; ".join(
                f"{f.field}: {_cell(field_value(f.field, f.old))} → "
                f"{_cell(field_value(f.field, f.new))}"
                for f in event.fields
            )
            lines.append(f"| {event.change} | {_cell(event_label(record))} | {fields} |")
        lines.append("")
    return "\n".join(lines)


def to_json(diff: RunDiff) -> str:
    return json.dumps(diff.to_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
