"""``reconciled.md``: a Reconciliation for a reader, deterministic.

It opens with a summary table of the meetings in date order (see ``chronology``), then each
event's details: what was merged, who reported which value (and in which words), where
sources disagree, and which features decided each merge. Articles are named by headline
where the corpus gives one, dates as people write them (``human_date``: "21 Mar (year
unknown)", never the stored ``--03-21``). Same input, byte-identical text: lists arrive in a
stable order and nothing depends on the clock or the machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from pipeline.reports.chronology import chronological, countries_of, event_date
from pipeline.text.dates import human_date
from schemas.reconciled import (
    ArticleInfo,
    CanonicalPerson,
    Conflict,
    MergeReason,
    ReconciledMeeting,
    ReconciledMilestone,
    Reconciliation,
    SourcedValue,
    Value,
)

RECONCILED_MARKDOWN = "reconciled.md"

Articles = Mapping[str, ArticleInfo]
ORDER_NOTE = "By date; undated ones after the dated, then those whose year no source gives."
Shown = Callable[[object], str]


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _as_date(value: object) -> str:
    return _cell(human_date(str(value)))


def _shown_for(field: str) -> Shown:
    return _as_date if field == "date" else _cell


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def article_label(article_id: str, articles: Articles) -> str:
    """How a reader recognises an article: its headline when the corpus gives one."""
    info = articles.get(article_id)
    if info is not None and info.title:
        return f"“{_cell(info.title)}”"
    return _cell(article_id)


def _who(value: SourcedValue, articles: Articles, shown: Shown) -> str:
    """'a; b (as "Jul 2025")': the articles behind a value, with their wording when it
    differs."""
    parts = []
    for s in value.sources:
        said = s.reported
        label = article_label(s.article_id, articles)
        differs = said is not None and said != str(value.value)
        parts.append(f'{label} (as "{shown(said)}")' if differs else label)
    return "; ".join(dict.fromkeys(parts))


def _field(
    label: str, value: SourcedValue | None, articles: Articles, shown: Shown = _cell
) -> str | None:
    if value is None:
        return None
    return f"- **{label}**: {shown(value.value)} — {_who(value, articles, shown)}"


def _conflict(c: Conflict, articles: Articles) -> str:
    shown = _shown_for(c.field)

    def option(v: SourcedValue) -> str:
        said = f"**{shown(v.value)}**" if v.value == c.chosen else shown(v.value)
        who = ", ".join(
            article_label(a, articles) for a in sorted({s.article_id for s in v.sources})
        )
        return f"{said} ({who})"

    return f"- **Conflict on {c.field}** ({c.rule}): " + " · ".join(option(v) for v in c.values)


def _reason(r: MergeReason) -> str:
    features = ", ".join(f"{k} {f.value} {f.weight:+d}" for k, f in r.features.items())
    return f"  - {' + '.join(r.records)}: {r.score} ≥ {r.threshold} ({features})"


def _support(support: int, outlets: int | None) -> str:
    said = f"reported by {support} article{'s' if support != 1 else ''}"
    if outlets is not None and outlets < support:
        said += f" from {outlets} outlet{'s' if outlets != 1 else ''}"
    return said


def _date_of(e: ReconciledMeeting) -> str:
    date = event_date(e)
    return _as_date(date) if date is not None else "date unknown"


def _format_of(e: ReconciledMeeting) -> str:
    """'16th Strategic Dialogue': the mechanism with its ordinal, as a heading says it."""
    number: Value | None = e.ordinal.value if e.ordinal is not None else None
    ordinal = f"{_ordinal(number)} " if isinstance(number, int) else ""
    return ordinal + _cell(e.mechanism.value)


def _meeting(e: ReconciledMeeting, articles: Articles) -> list[str]:
    countries = " – ".join(countries_of(e)) or "countries unknown"
    lines = [
        f"### {countries} · {_date_of(e)} · {_format_of(e)}",
        "",
        f"`{e.id}` · {_support(e.support, e.outlets)}",
        "",
    ]
    fields = [
        _field("Date", e.date, articles, _as_date),
        _field("Place", e.location, articles),
        _field("Mechanism", e.mechanism, articles),
        _field("Ordinal", e.ordinal, articles),
    ]
    lines += [f for f in fields if f]
    for p in e.participants:
        forms = "; ".join(
            dict.fromkeys(
                f'"{_cell(s.reported)}" ({article_label(s.article_id, articles)})'
                for s in p.sources
            )
        )
        country = f" ({p.country})" if p.country else ""
        lines.append(f"- **Participant**: {_cell(p.name)}{country} — {forms}")
    if e.topics:
        lines.append(f"- **Topics**: {', '.join(_cell(t.value) for t in e.topics)}")
    lines += [_conflict(c, articles) for c in e.conflicts]
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
    published = human_date(info.published) if info.published else None
    parts = [f"“{_cell(info.title)}”" if info.title else None, info.outlet, published]
    return " · ".join(_cell(p) for p in parts if p)


def _sources_count(e: ReconciledMeeting) -> str:
    if e.outlets is not None and e.outlets < e.support:
        return f"{e.support} ({e.outlets} outlet{'s' if e.outlets != 1 else ''})"
    return str(e.support)


def _summary(events: Iterable[ReconciledMeeting], articles: Articles) -> list[str]:
    """One row per event: what an analyst scans before reading any details."""
    lines = [
        "| date | countries | mechanism | people | place | sources | reported in | event |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for e in events:
        reported_in = dict.fromkeys(article_label(m.article_id, articles) for m in e.members)
        cells = (
            _date_of(e),
            " – ".join(countries_of(e)) or "—",
            _format_of(e),
            "; ".join(_cell(p.name) for p in e.participants) or "—",
            _cell(e.location.value) if e.location is not None else "—",
            _sources_count(e),
            "; ".join(reported_in),
            f"`{e.id}`",
        )
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _articles(articles: Articles) -> list[str]:
    lines = ["| article | headline | outlet | published |", "|---|---|---|---|"]
    for article_id in sorted(articles):
        info = articles[article_id]
        published = human_date(info.published) if info.published else None
        cells = (info.title, info.outlet, published)
        lines.append(
            f"| `{_cell(article_id)}` | " + " | ".join(_cell(c or "—") for c in cells) + " |"
        )
    return [*lines, ""]


def _milestones(milestones: list[ReconciledMilestone], articles: Articles) -> list[str]:
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
            lines.append(
                f"- `{m.id}` {_cell(m.name)}: " + _conflict(c, articles).removeprefix("- ")
            )
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
    held, planned = chronological(r.events), chronological(r.planned)
    lines = [
        "# Reconciled meetings and milestones",
        "",
        f"Input: {c.articles} articles, {c.input_meetings} meetings, {c.input_planned} planned "
        f"meetings, {c.input_milestones} milestones.",
        f"Output: {c.events} events, {c.planned} planned, {c.links} planned → held links, "
        f"{c.milestones} milestones, {c.people} people, {c.conflicts} conflicts, "
        f"{c.ambiguous} ambiguous reports left apart.",
        "",
        "## Summary",
        "",
    ]
    for title, events in (("Held meetings", held), ("Planned meetings", planned)):
        if events:
            lines += [f"{title}. {ORDER_NOTE}", "", *_summary(events, r.articles)]
    lines += ["## Held meetings", ""]
    for e in held:
        lines += _meeting(e, r.articles)
    lines += ["## Planned meetings", ""]
    for e in planned:
        lines += _meeting(e, r.articles)
    lines += ["## Planned → held", ""]
    for link in r.links:
        lines.append(f"- `{link.planned}` → `{link.held}`")
        lines.append(_reason(link.reason))
    lines += ["", "## Milestones", "", *_milestones(r.milestones, r.articles), "## People", ""]
    lines += _people(r.people)
    if r.articles:
        lines += ["## Articles", "", *_articles(r.articles)]
    return "\n".join(lines).rstrip("\n") + "\n"
