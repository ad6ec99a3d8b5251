"""Cross-source reconciliation: per-article records -> one record per real-world event.

Pure steps; the only I/O is reading a run folder's records (``read_run_extractions``), and
the files are written by the renderings stage (``pipeline.reports.run_files``):

1. collect every meeting, planned meeting and milestone of every ``ok`` article in a stable
   order (article id, section, index), so the order of input lines never matters;
2. canonical people over all participants (``pipeline.reconcile.people``);
3. held and planned meetings, separately: blocking and explained pair scores
   (``pipeline.reconcile.linkage``), constrained clustering
   (``pipeline.reconcile.clustering``), and each cluster's fields fused with their sources and
   conflicts (``pipeline.reconcile.fusion``);
4. planned -> held: each planned event linked to the held event it became, scored like a pair
   of reports, one-to-one, and not at all when two held events fit equally well;
5. milestones deduplicated (``pipeline.reconcile.milestone_dedup``).
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.reconcile.clustering import cluster
from pipeline.reconcile.fusion import (
    NO_OUTLETS,
    fuse_dates,
    fuse_locations,
    fuse_ranked,
    fuse_topics,
    independent_sources,
    reported,
    sourced,
)
from pipeline.reconcile.lean import lean
from pipeline.reconcile.linkage import (
    UNNAMED_MECHANISMS,
    LinkRecord,
    PairScore,
    candidate_pairs,
    link_record,
    score_pair,
)
from pipeline.reconcile.milestone_dedup import MilestoneReport, reconcile_milestones
from pipeline.reconcile.people import Mention, PeopleIndex, canonical_people, title_in_name
from pipeline.runs.output import EXTRACTIONS_FILE, read_extractions
from pipeline.text.mechanisms import DEFAULT_MECHANISM
from pipeline.text.places import normalise_country
from schemas import ArticleExtraction, Evidence, Meeting
from schemas.reconciled import (
    ArticleInfo,
    Conflict,
    Counts,
    FeatureScore,
    MemberRef,
    MergeReason,
    PlannedLink,
    ReconciledMeeting,
    ReconciledParticipant,
    Reconciliation,
    Section,
    SourceRef,
)


@dataclass(frozen=True)
class MeetingReport:
    member: MemberRef
    rid: str
    meeting: Meeting
    source: SourceRef  # first evidence quote
    evidence: tuple[SourceRef, ...]  # every evidence quote


@dataclass(frozen=True)
class _Event:
    record: ReconciledMeeting
    rep: LinkRecord  # the merged values, for planned -> held linking
    rids: tuple[str, ...]


def record_id(article_id: str, section: str, index: int) -> str:
    return f"{article_id}/{section}/{index}"


def _refs(article_id: str, rid: str, evidence: Sequence[Evidence]) -> tuple[SourceRef, ...]:
    refs = tuple(
        lean(SourceRef(article_id=article_id, record=rid, quote=e.quote, start=e.start, end=e.end))
        for e in evidence
    )
    return refs or (lean(SourceRef(article_id=article_id, record=rid)),)


def _one_per_article(extractions: Iterable[ArticleExtraction]) -> list[ArticleExtraction]:
    """Articles with records (``ok`` and ``partial``) by id; a repeated id keeps one line
    chosen by content, not by order."""
    by_id: dict[str, list[ArticleExtraction]] = defaultdict(list)
    for record in extractions:
        if record.status != "failed":
            by_id[record.article_id].append(record)
    return [
        max(found, key=lambda r: r.model_dump_json()) if len(found) > 1 else found[0]
        for _, found in sorted(by_id.items())
    ]


def collect(
    articles: Sequence[ArticleExtraction],
) -> tuple[list[MeetingReport], list[MeetingReport], list[MilestoneReport]]:
    """Held meetings, planned meetings and milestones of ``articles``, each with its record
    id and sources."""
    held: list[MeetingReport] = []
    planned: list[MeetingReport] = []
    milestones: list[MilestoneReport] = []
    for article in articles:
        aid = article.article_id
        sections: tuple[tuple[Section, list[Meeting], list[MeetingReport]], ...] = (
            ("meetings", article.meetings, held),
            ("planned_meetings", article.planned_meetings, planned),
        )
        for section, meetings, into in sections:
            for index, meeting in enumerate(meetings):
                rid = record_id(aid, section, index)
                refs = _refs(aid, rid, meeting.evidence)
                member = lean(MemberRef(article_id=aid, section=section, index=index))
                into.append(MeetingReport(member, rid, meeting, refs[0], refs))
        for index, milestone in enumerate(article.milestones):
            rid = record_id(aid, "milestones", index)
            member = lean(MemberRef(article_id=aid, section="milestones", index=index))
            milestones.append(
                MilestoneReport(member, milestone, _refs(aid, rid, milestone.evidence)[0])
            )
    return held, planned, milestones


def people_index(reports: Iterable[MeetingReport]) -> PeopleIndex:
    """Canonical people over every participant of ``reports``."""
    return canonical_people(
        Mention(r.member.article_id, p.name, p.title, normalise_country(p.country))
        for r in reports
        for p in r.meeting.participants
    )


def _persons(report: MeetingReport, people: PeopleIndex) -> list[tuple[str, str | None]]:
    """(canonical id, country) of each participant; the canonical country wins."""
    ids = (people.person_id(report.member.article_id, p.name) for p in report.meeting.participants)
    return [(pid, people.by_id[pid].country) for pid in sorted({i for i in ids if i is not None})]


def link_records(reports: Sequence[MeetingReport], people: PeopleIndex) -> list[LinkRecord]:
    """What linkage compares, one per report, in the order of ``reports``."""
    return [
        link_record(r.rid, r.member.article_id, r.meeting, _persons(r, people)) for r in reports
    ]


def _mechanism_rank(mechanism: str) -> int:
    if mechanism == DEFAULT_MECHANISM:
        return 0
    return 1 if mechanism in UNNAMED_MECHANISMS else 2


@cache
def _feature_score(value: str, weight: int) -> FeatureScore:
    """One shared instance per (value, weight): there are a few dozen, and a merge reason per
    merge holds five (about a tenth of the result's objects at 100k records otherwise)."""
    return FeatureScore(value=value, weight=weight)


def _reason(score: PairScore, records: Sequence[str] | None = None) -> MergeReason:
    return lean(
        MergeReason(
            records=list(records or score.records),
            score=score.score,
            threshold=score.threshold,
            features={k: _feature_score(f.value, f.weight) for k, f in score.features.items()},
        )
    )


def _participants(
    reports: Sequence[MeetingReport], people: PeopleIndex
) -> list[ReconciledParticipant]:
    refs: dict[str, list[SourceRef]] = defaultdict(list)
    titles: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        for p in r.meeting.participants:
            pid = people.person_id(r.member.article_id, p.name)
            if pid is None:
                continue
            refs[pid].append(reported(r.source, p.name))
            titles[pid].update(t for t in (p.title, title_in_name(p.name)) if t)
    out = [
        lean(
            ReconciledParticipant(
                person_id=pid,
                name=people.by_id[pid].name,
                country=people.by_id[pid].country,
                titles=sorted(titles[pid]),
                sources=sorted(refs[pid], key=lambda s: (s.article_id, s.record, s.reported or "")),
            )
        )
        for pid in refs
    ]
    return sorted(out, key=lambda p: (p.country or "~", p.name, p.person_id))


def _event(
    status: str,
    reports: Sequence[MeetingReport],
    records: Sequence[LinkRecord],
    reasons: Sequence[PairScore],
    people: PeopleIndex,
    outlets: Mapping[str, str] = NO_OUTLETS,
) -> _Event:
    """Fuse one cluster's reports into a sourced record (``ambiguous_with`` filled later);
    ``records[i]`` is the link record of ``reports[i]``, whose country pair and date are
    reused rather than parsed again."""
    rids = tuple(sorted(r.rid for r in reports))
    digest = hashlib.sha256("\n".join(rids).encode()).hexdigest()[:10]
    event_id = f"{'ev' if status == 'held' else 'pl'}-{digest}"
    pairs = [(r, rec.pair) for r, rec in zip(reports, records, strict=True)]
    countries, country_conflict = fuse_ranked(
        "countries", [(", ".join(p), len(p), r.source) for r, p in pairs if p], outlets
    )
    dates = [(rec.date, r.source) for r, rec in zip(reports, records, strict=True)]
    date, chosen_date, date_conflict = fuse_dates(
        [(d, s) for d, s in dates if d is not None], outlets
    )
    location, location_conflict = fuse_locations(
        [(r.meeting.location, r.source) for r in reports if r.meeting.location], outlets
    )
    mechanisms = []
    for r in reports:
        name = r.meeting.mechanism or DEFAULT_MECHANISM
        as_written = reported(r.source, r.meeting.mechanism_text or name)
        mechanisms.append((name, _mechanism_rank(name), as_written))
    mechanism, mechanism_conflict = fuse_ranked("mechanism", mechanisms, outlets)
    ordinal, ordinal_conflict = fuse_ranked(
        "ordinal",
        [(r.meeting.ordinal, 1, r.source) for r in reports if r.meeting.ordinal is not None],
        outlets,
    )
    topics = fuse_topics([(t, r.source) for r in reports for t in r.meeting.topics])
    participants = _participants(reports, people)
    conflicts: list[Conflict] = [
        c
        for c in (
            country_conflict,
            date_conflict,
            location_conflict,
            mechanism_conflict,
            ordinal_conflict,
        )
        if c is not None
    ]
    pair = tuple(str(countries.value).split(", ")) if countries else ()
    countries_value = sourced(
        list(pair), countries.sources if countries else [r.source for r in reports]
    )
    assert mechanism is not None
    record = lean(
        ReconciledMeeting(
            id=event_id,
            status="held" if status == "held" else "planned",
            countries=countries_value,
            date=date,
            location=location,
            mechanism=mechanism,
            ordinal=ordinal,
            participants=participants,
            topics=topics,
            support=len({r.member.article_id for r in reports}),
            outlets=independent_sources([r.source for r in reports], outlets),
            members=sorted((r.member for r in reports), key=lambda m: (m.article_id, m.index)),
            sources=[s for r in sorted(reports, key=lambda r: r.rid) for s in r.evidence],
            conflicts=conflicts,
            merge_reasons=[_reason(s) for s in reasons],
        )
    )
    named = str(mechanism.value)
    rep = LinkRecord(
        rid=event_id,
        article_id="",
        pair=pair,
        date=chosen_date,
        mechanism=None if named in UNNAMED_MECHANISMS else named,
        ordinal=ordinal.value if ordinal is not None and isinstance(ordinal.value, int) else None,
        persons=frozenset(p.person_id for p in participants),
        person_countries=frozenset(p.country for p in participants if p.country),
        location=str(location.value).casefold() if location is not None else None,
    )
    return _Event(record, rep, rids)


def reconcile_meetings(
    status: str,
    reports: Sequence[MeetingReport],
    people: PeopleIndex,
    outlets: Mapping[str, str] = NO_OUTLETS,
) -> tuple[list[_Event], int, int]:
    """Events of one status, the number of oversized blocks skipped, and ambiguous records."""
    ordered = sorted(reports, key=lambda r: r.rid)
    records = link_records(ordered, people)
    blocking = candidate_pairs(records)
    result = cluster(records, blocking.pairs)
    events = [
        _event(
            status,
            [ordered[i] for i in members],
            [records[i] for i in members],
            reasons,
            people,
            outlets,
        )
        for members, reasons in zip(result.clusters, result.reasons, strict=True)
    ]
    event_of = {rid: e.record.id for e in events for rid in e.rids}
    fits_also: dict[str, set[str]] = defaultdict(set)
    for i, partners in result.ambiguous.items():
        fits_also[event_of[ordered[i].rid]].update(event_of[ordered[j].rid] for j in partners)
    finished = [
        _Event(
            lean(e.record.model_copy(update={"ambiguous_with": sorted(fits_also[e.record.id])})),
            e.rep,
            e.rids,
        )
        if e.record.id in fits_also
        else e
        for e in events
    ]
    return finished, blocking.skipped_keys, len(result.ambiguous)


def link_planned(planned: Sequence[_Event], held: Sequence[_Event]) -> list[PlannedLink]:
    """One-to-one links, best score first; a planned event with two equally good held
    candidates is not linked."""
    p_reps = [e.rep for e in planned]
    h_reps = [e.rep for e in held]
    scores: dict[int, list[tuple[PairScore, int]]] = defaultdict(list)
    for i, j in candidate_pairs(p_reps, h_reps).pairs:
        s = score_pair(p_reps[i], h_reps[j])
        if s.accepted:
            scores[i].append((s, j))
    options = []
    for i, found in scores.items():
        best = max(s.score for s, _ in found)
        top = [(s, j) for s, j in found if s.score == best]
        if len(top) == 1:
            options.append((top[0][0], i, top[0][1]))
    options.sort(key=lambda o: (-o[0].score, p_reps[o[1]].rid, h_reps[o[2]].rid))
    used_p: set[int] = set()
    used_h: set[int] = set()
    links = []
    for s, i, j in options:
        if i in used_p or j in used_h:
            continue
        used_p.add(i)
        used_h.add(j)
        ids = [p_reps[i].rid, h_reps[j].rid]
        links.append(PlannedLink(planned=ids[0], held=ids[1], reason=_reason(s, ids)))
    return sorted(links, key=lambda link: link.planned)


def _event_order(e: ReconciledMeeting) -> tuple[object, ...]:
    date = str(e.date.value) if e.date is not None else "~"
    return (list(e.countries.value) if isinstance(e.countries.value, list) else [], date, e.id)


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many small objects are built.

    Each full collection scans every live object, and their number grows with the corpus,
    so with the collector on the run time grew 14x for 10x the records (measured: 5.4 s vs
    2.7 s at 10k records); reconciliation builds no reference cycles worth collecting
    (plain refcounting frees its garbage), so pausing costs no memory that matters.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def reconcile(extractions: Iterable[ArticleExtraction]) -> Reconciliation:
    """The whole reconciliation, a pure function of the (unordered) extraction records."""
    with without_cycle_collection():
        return _reconcile(extractions)


def outlet_key(outlet: str) -> str:
    """One spelling per outlet: "www.Example.org " and "example.org" are one."""
    key = " ".join(outlet.split()).casefold()
    return key.removeprefix("www.")


def article_outlets(articles: Iterable[ArticleExtraction]) -> dict[str, str]:
    """Article id -> outlet, for the articles whose corpus names one."""
    return {a.article_id: outlet_key(a.outlet) for a in articles if a.outlet}


def article_index(articles: Iterable[ArticleExtraction]) -> dict[str, ArticleInfo]:
    """What reports show instead of a bare id, for the articles the corpus describes."""
    return {
        a.article_id: ArticleInfo(title=a.title, outlet=a.outlet, published=a.published, url=a.url)
        for a in articles
        if a.title or a.outlet or a.published or a.url
    }


def _reconcile(extractions: Iterable[ArticleExtraction]) -> Reconciliation:
    articles = _one_per_article(extractions)
    outlets = article_outlets(articles)
    held_reports, planned_reports, milestone_reports = collect(articles)
    people = people_index([*held_reports, *planned_reports])
    held, held_skipped, held_ambiguous = reconcile_meetings("held", held_reports, people, outlets)
    planned, planned_skipped, planned_ambiguous = reconcile_meetings(
        "planned", planned_reports, people, outlets
    )
    links = link_planned(planned, held)
    became = {link.planned: link.held for link in links}
    planned_as = {link.held: link.planned for link in links}
    events = sorted(
        (
            lean(e.record.model_copy(update={"planned_as": planned_as.get(e.record.id)}))
            for e in held
        ),
        key=_event_order,
    )
    planned_events = sorted(
        (lean(e.record.model_copy(update={"became": became.get(e.record.id)})) for e in planned),
        key=_event_order,
    )
    milestones = reconcile_milestones(milestone_reports, outlets)
    conflicts = sum(len(e.conflicts) for e in (*events, *planned_events)) + sum(
        len(m.conflicts) for m in milestones
    )
    counts = Counts(
        articles=len(articles),
        input_meetings=len(held_reports),
        input_planned=len(planned_reports),
        input_milestones=len(milestone_reports),
        events=len(events),
        planned=len(planned_events),
        links=len(links),
        milestones=len(milestones),
        people=len(people.people),
        conflicts=conflicts,
        merges=sum(len(e.merge_reasons) for e in (*events, *planned_events)),
        ambiguous=held_ambiguous + planned_ambiguous,
        skipped_blocks=held_skipped + planned_skipped,
    )
    return Reconciliation(
        counts=counts,
        events=events,
        planned=planned_events,
        links=links,
        milestones=milestones,
        people=people.people,
        articles=article_index(articles),
    )


# --- I/O edge ----------------------------------------------------------------------------------
class ReconcileInputError(Exception):
    """A run folder that cannot be reconciled; the message is one line."""


def read_run_extractions(out_dir: Path) -> list[ArticleExtraction]:
    if not out_dir.is_dir():
        raise ReconcileInputError(f"{out_dir}: no such folder")
    path = out_dir / EXTRACTIONS_FILE
    if not path.is_file():
        raise ReconcileInputError(f"{path}: not found (run `summitry extract` first)")
    try:
        return read_extractions(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ReconcileInputError(f"{path}: cannot read ({exc.__class__.__name__})") from exc
    except ValueError as exc:  # a bad line, already named "path:line: why" by read_extractions
        raise ReconcileInputError(" ".join(str(exc).split())) from exc
