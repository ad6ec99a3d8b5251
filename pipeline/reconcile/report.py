"""``reconciled.json`` and ``reconciled.md``: deterministic renderings of a Reconciliation.

Same input, byte-identical files: fields come in schema order, lists arrive already in a
stable order, and nothing depends on the clock or the machine. The Markdown is for a
reviewer: each event says what was merged, who reported which value (and in which words),
where sources disagree, and which features decided each merge.
"""

from __future__ import annotations

from schemas.reconciled import (
    ArticleInfo,
    CanonicalPerson,
    Conflict,
    MergeReason,
    ReconciledMeeting,
    ReconciledMilestone,
    Reconciliation,
    SourcedValue,
)


def to_json(reconciliation: Reconciliation) -> str:
    """Fields in schema order (id first: easier to read than sorted keys, and as stable),
    dict entries in the fixed order the code builds them. pydantic's serialiser, because the
    stdlib's indenting encoder is pure Python and took half the run time at 10k records."""
    return reconciliation.model_dump_json(indent=2) + "\n"


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _who(value: SourcedValue) -> str:
    """'a; b (as "2025-07")': the articles behind a value, with their wording when it differs."""
    parts = []
    for s in value.sources:
        said = s.reported
        shown = said is not None and said != str(value.value)
        parts.append(f'{s.article_id} (as "{_cell(said)}")' if shown else s.article_id)
    return "; ".join(dict.fromkeys(parts))


def _field(label: str, value: SourcedValue | None) -> str | None:
    if value is None:
        return None
    return f"- **{label}**: {_cell(value.value)} — {_who(value)}"


def _conflict(c: Conflict) -> str:
    options = " · ".join(
        f"{'**' + _cell(v.value) + '**' if v.value == c.chosen else _cell(v.value)} "
        f"({', '.join(sorted({s.article_id for s in v.sources}))})"
        for v in c.values
    )
    return f"- **Conflict on {c.field}** ({c.rule}): {options}"


def _reason(r: MergeReason) -> str:
    features = ", ".join(f"{k} {f.value} {f.weight:+d}" for k, f in r.features.items())
    return f"  - {' + '.join(r.records)}: {r.score} ≥ {r.threshold} ({features})"


def _support(support: int, outlets: int | None) -> str:
    said = f"reported by {support} article{'s' if support != 1 else ''}"
    if outlets is not None and outlets < support:
        said += f" from {outlets} outlet{'s' if outlets != 1 else ''}"
    return said


def _meeting(e: ReconciledMeeting, articles: dict[str, ArticleInfo]) -> list[str]:
    countries = e.countries.value if isinstance(e.countries.value, list) else []
    number = e.ordinal.value if e.ordinal is not None else None
    ordinal = f"{_ordinal(number)} " if isinstance(number, int) else ""
    date = str(e.date.value) if e.date is not None else "date unknown"
    title = f"### {' – '.join(countries) or 'countries unknown'} · {date} · {ordinal}"
    lines = [
        title + _cell(e.mechanism.value),
        "",
        f"`{e.id}` · {_support(e.support, e.outlets)}",
        "",
    ]
    fields = [
        _field("Date", e.date),
        _field("Place", e.location),
        _field("Mechanism", e.mechanism),
        _field("Ordinal", e.ordinal),
    ]
    lines += [f for f in fields if f]
    for p in e.participants:
        forms = "; ".join(
            dict.fromkeys(f'"{_cell(s.reported)}" ({s.article_id})' for s in p.sources)
        )
        country = f" ({p.country})" if p.country else ""
        lines.append(f"- **Participant**: {_cell(p.name)}{country} — {forms}")
    if e.topics:
        lines.append(f"- **Topics**: {', '.join(_cell(t.value) for t in e.topics)}")
    lines += [_conflict(c) for c in e.conflicts]
    if e.became:
        lines.append(f"- **Became**: `{e.became}`")
    if e.planned_as:
        lines.append(f"- **Planned as**: `{e.planned_as}`")
    if e.ambiguous_with:
        listed = ", ".join(f"`{i}`" for i in e.ambiguous_with)
        lines.append(f"- **A report here also fits**: {listed} (left apart, review)")
    lines.append("- **Sources**:")
    for s in e.sources:
        span = f" [{s.start}–{s.end}]" if s.start is not None else ""
        info = articles.get(s.article_id)
        about = f" ({_about(info)})" if info is not None else ""
        lines.append(f'  - {s.record}{span}{about}: "{_cell(s.quote or "")}"')
    if e.merge_reasons:
        lines.append("- **Merged because**:")
        lines += [_reason(r) for r in e.merge_reasons]
    return [*lines, ""]


def _about(info: ArticleInfo) -> str:
    """ "Headline" · outlet · date: how a reader recognises an article."""
    parts = [f"“{_cell(info.title)}”" if info.title else None, info.outlet, info.published]
    return " · ".join(_cell(p) for p in parts if p)


def _articles(articles: dict[str, ArticleInfo]) -> list[str]:
    lines = ["| article | headline | outlet | published |", "|---|---|---|---|"]
    for article_id in sorted(articles):
        info = articles[article_id]
        cells = (info.title, info.outlet, info.published)
        lines.append(
            f"| `{_cell(article_id)}` | " + " | ".join(_cell(c or "—") for c in cells) + " |"
        )
    return [*lines, ""]


def _milestones(milestones: list[ReconciledMilestone]) -> list[str]:
    lines = [
        "| countries | milestone | year | kind | articles | other names |",
        "|---|---|---|---|---|---|",
    ]
    for m in milestones:
        year = _cell(m.year.value) + (" ⚠" if m.conflicts else "") if m.year else "—"
        others = "; ".join(_cell(n.value) for n in m.names[1:])
        lines.append(
            f"| {' – '.join(m.countries)} | {_cell(m.name)} | {year} | {_cell(m.kind.value)} "
            f"| {m.support} | {others} |"
        )
    lines.append("")
    for m in milestones:
        for c in m.conflicts:
            lines.append(f"- `{m.id}` {_cell(m.name)}: " + _conflict(c).removeprefix("- "))
    return [*lines, ""] if any(m.conflicts for m in milestones) else lines


def _people(people: list[CanonicalPerson]) -> list[str]:
    lines = ["| person | country | written as | titles |", "|---|---|---|---|"]
    for p in people:
        forms = "; ".join(f"{_cell(f.form)} ({len(f.articles)})" for f in p.surface_forms)
        name = _cell(p.name) + (" (ambiguous)" if p.ambiguous else "")
        lines.append(f"| {name} | {p.country or '—'} | {forms} | {_cell(', '.join(p.titles))} |")
    return [*lines, ""]


def to_markdown(r: Reconciliation) -> str:
    c = r.counts
    lines = [
        "# Reconciled meetings and milestones",
        "",
        f"Input: {c.articles} articles, {c.input_meetings} meetings, {c.input_planned} planned "
        f"meetings, {c.input_milestones} milestones.",
        f"Output: {c.events} events, {c.planned} planned, {c.links} planned → held links, "
        f"{c.milestones} milestones, {c.people} people, {c.conflicts} conflicts, "
        f"{c.ambiguous} ambiguous reports left apart.",
        "",
        "## Held meetings",
        "",
    ]
    for e in r.events:
        lines += _meeting(e, r.articles)
    lines += ["## Planned meetings", ""]
    for e in r.planned:
        lines += _meeting(e, r.articles)
    lines += ["## Planned → held", ""]
    for link in r.links:
        lines.append(f"- `{link.planned}` → `{link.held}`")
        lines.append(_reason(link.reason))
    lines += ["", "## Milestones", "", *_milestones(r.milestones), "## People", ""]
    lines += _people(r.people)
    if r.articles:
        lines += ["## Articles", "", *_articles(r.articles)]
    return "\n".join(lines).rstrip("\n") + "\n"
