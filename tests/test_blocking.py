"""Blocking never drops a pair the scorer would accept: derived from the weights, then checked
by brute force on invented records (name variants, weak dates, missing countries)."""

from __future__ import annotations

import random
from itertools import combinations, product

from pipeline.reconcile.events import collect, link_records, people_index
from pipeline.reconcile.linkage import (
    THRESHOLD,
    WEAK_DATE_THRESHOLD,
    WEAK_DATES,
    WEIGHTS,
    LinkRecord,
    candidate_pairs,
    index_keys,
    probe_keys,
    score_pair,
)
from pipeline.text.dates import PartialDate
from schemas import ArticleExtraction, Evidence, Meeting, Participant

SHARED = frozenset({"nested_1", "nested_2plus", "same"})  # people relations with a shared person


def test_people_keys_cover_every_combination_a_weak_date_can_be_accepted_with() -> None:
    """A report with a weak date (none, no year or no month) meets its partners only through
    the month-day key (``same_month_day``) or its people keys; every other date relation it can
    have, with every combination of the other features that reaches the threshold, must be
    one those keys find: the same mechanism and ordinal, a shared person with the same
    mechanism or ordinal, or the same people."""
    weak_relations = ("unknown", "coarse", "near_conflict", "conflict")
    accepted = 0
    for date, people, mechanism, ordinal, location in product(
        weak_relations,
        WEIGHTS["people"],
        WEIGHTS["mechanism"],
        WEIGHTS["ordinal"],
        WEIGHTS["location"],
    ):
        features = {
            "date": date,
            "people": people,
            "mechanism": mechanism,
            "ordinal": ordinal,
            "location": location,
        }
        score = sum(WEIGHTS[name][value] for name, value in features.items())
        threshold = WEAK_DATE_THRESHOLD if date in WEAK_DATES else THRESHOLD
        if score < threshold:
            continue
        accepted += 1
        same_mechanism, same_ordinal = mechanism == "same", ordinal == "same"
        assert (
            (same_mechanism and same_ordinal)
            or (people in SHARED and (same_mechanism or same_ordinal))
            or people == "same"
        ), features
    assert accepted > 10  # the check is not vacuous


PAIRS: tuple[tuple[str, ...], ...] = (
    ("Chile", "Kenya"),
    ("Chile", "Norway"),
    ("Kenya", "Norway"),
    ("Kenya",),
    ("Norway",),
    (),
)
PEOPLE = {f"k{i}": "Kenya" for i in range(4)} | {f"n{i}": "Norway" for i in range(4)}
PEOPLE |= {f"c{i}": "Chile" for i in range(3)}


def _random_date(rng: random.Random) -> PartialDate | None:
    year, month, day = rng.choice((2023, 2024)), rng.choice((2, 3)), rng.choice((1, 2, 4, 28))
    return rng.choice(
        (
            None,
            PartialDate(year),
            PartialDate(year, month),
            PartialDate(year, month, day),
            PartialDate(None, month, day),
            PartialDate(None, month),
        )
    )


def _random_record(rng: random.Random, n: int) -> LinkRecord:
    persons = frozenset(rng.sample(sorted(PEOPLE), rng.choice((0, 1, 2, 2, 3))))
    return LinkRecord(
        rid=f"r{n:04d}",
        article_id=f"a{n // 2}",
        pair=rng.choice(PAIRS),
        date=_random_date(rng),
        mechanism=rng.choice((None, None, "Joint Commission", "Strategic Dialogue")),
        ordinal=rng.choice((None, None, 2, 3)),
        persons=persons,
        person_countries=frozenset(PEOPLE[p] for p in sorted(persons) if rng.random() < 0.8),
        location=rng.choice((None, "nairobi", "nairobi city", "oslo")),
    )


def _accepted(a: LinkRecord, b: LinkRecord) -> bool:
    """Would the scorer merge them? A report that names no country at all (nor do its people)
    is in no country block and never compared, by design (see ``linkage``): left out here."""
    return bool(a.pair and b.pair) and a.article_id != b.article_id and score_pair(a, b).accepted


def test_blocking_finds_every_accepted_pair_of_random_records() -> None:
    """Brute force over a small universe where most pairs collide: every date precision,
    one- and no-country records, shared and disjoint people, vetoes."""
    rng = random.Random(16)
    records = [_random_record(rng, n) for n in range(500)]
    found = set(candidate_pairs(records).pairs)
    must = {
        (i, j) for i, j in combinations(range(len(records)), 2) if _accepted(records[i], records[j])
    }
    weak = {(i, j) for i, j in must if records[i].date is None or records[j].date is None}
    assert len(must) > 300 and len(weak) > 50  # plenty of merges, weak dates among them
    assert must <= found, sorted(must - found)[:5]


def test_blocking_between_two_lists_finds_every_accepted_pair() -> None:
    """The planned -> held form (``left`` x ``right``), brute force."""
    rng = random.Random(61)
    left = [_random_record(rng, n) for n in range(200)]
    right = [_random_record(rng, n) for n in range(1000, 1300)]
    found = set(candidate_pairs(left, right).pairs)
    must = {
        (i, j)
        for i, a in enumerate(left)
        for j, b in enumerate(right)
        if a.pair and b.pair and score_pair(a, b).accepted
    }
    assert len(must) > 100 and must <= found


def test_weak_dates_look_up_people_with_their_mechanism_not_a_bare_person() -> None:
    """The key that made candidates quadratic: an undated report of a minister no longer meets
    every other report of that minister, only those that could be accepted."""
    undated = LinkRecord("a", "a", ("Kenya", "Norway"), None, "Joint Commission", None,
                         frozenset({"k0"}), frozenset({"Kenya"}), None)  # fmt: skip
    other = LinkRecord("b", "b", ("Kenya", "Norway"), PartialDate(2024, 2, 1), None, None,
                       frozenset({"k0", "n0"}), frozenset({"Kenya", "Norway"}), None)  # fmt: skip
    assert not probe_keys(undated) & index_keys(other)
    assert not score_pair(undated, other).accepted  # nested_1 alone: 2 < 6
    same_format = LinkRecord("c", "c", ("Kenya", "Norway"), PartialDate(2024, 2, 1),
                             "Joint Commission", None, frozenset({"k0", "n0"}),
                             frozenset({"Kenya", "Norway"}), "oslo")  # fmt: skip
    assert probe_keys(undated) & index_keys(same_format)


# --- end to end, from articles: the people index decides who is one person ----------------
_KENYANS = (
    ("Wanjiru", "Kamau-Odhiambo"),  # invented names throughout
    ("Baraka", "Otieno"),
)
_NORWEGIANS = (
    ("Sigrid", "Halvorsenius"),
    ("Eirik", "Vestergaard"),
)


def _written(given: str, surname: str, rng: random.Random) -> str:
    """How an outlet writes the name: full, initial, bare surname, family name first in
    capitals, a transliteration variant of a long surname, a title glued in front."""
    variant = surname.replace("ius", "ios") if surname.endswith("ius") else surname
    return rng.choice(
        (
            f"{given} {surname}",
            f"{given[0]}. {surname}",
            surname,
            f"{surname.upper()} {given}",
            f"{given} {variant}",
            f"Minister {surname}",
        )
    )


def _meeting(rng: random.Random, event: int, quote: str) -> Meeting:
    day = 1 + event % 20
    date, partial = rng.choice(
        (
            (f"2024-03-{day:02d}", None),
            (f"2024-03-{day + 1:02d}", None),  # a source off by a day
            ("2024-03", None),
            (None, f"--03-{day:02d}"),
            ("2024", None),
            (None, None),
        )
    )
    kenyan, norwegian = _KENYANS[event % 2], _NORWEGIANS[event // 2 % 2]
    participants = [
        Participant(name=_written(*kenyan, rng), country=rng.choice(("Kenya", None))),
        Participant(name=_written(*norwegian, rng), country=rng.choice(("Norway", "Norwegian"))),
    ]
    countries = rng.choice((["Kenya", "Norway"], ["Kenya"], [], ["Norway", "Kenya"]))
    mechanism = rng.choice(("Joint Commission", None)) if event % 3 else None
    return Meeting(
        date=date,
        date_partial=partial,
        location=rng.choice(("Nairobi", None)),
        countries=countries,
        mechanism=mechanism,
        ordinal=rng.choice((None, 4)) if mechanism else None,
        participants=participants,
        evidence=[Evidence(quote=quote, start=0, end=len(quote))],
    )


def _articles(count: int, seed: int) -> list[ArticleExtraction]:
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        events = rng.sample(range(8), rng.choice((1, 2)))
        articles.append(
            ArticleExtraction(
                article_id=f"invented-{n:03d}",
                source_path=f"invented-{n:03d}.txt",
                content_sha256=f"sha-{n}",
                schema_hash="s",
                prompt_hash="p",
                model="m",
                status="ok",
                meetings=[_meeting(rng, e, f"Talks {e} were held.") for e in events],
            )
        )
    return articles


def test_blocking_finds_every_accepted_pair_of_name_variants_and_missing_countries() -> None:
    held, _, _ = collect(_articles(120, seed=5))
    people = people_index(held)
    records = link_records(sorted(held, key=lambda r: r.rid), people)
    assert any(len(r.pair) < 2 for r in records) and any(r.date is None for r in records)
    found = set(candidate_pairs(records).pairs)
    must = {
        (i, j) for i, j in combinations(range(len(records)), 2) if _accepted(records[i], records[j])
    }
    weak = {(i, j) for i, j in must if records[i].date is None or records[j].date is None}
    assert len(must) > 200 and weak
    assert must <= found, sorted(must - found)[:5]
