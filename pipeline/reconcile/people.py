"""One canonical person per real person across the corpus, with every surface form seen.

Outlets write "S Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar" or "EAM Jaishankar" for
one man. Linking meetings on canonical person ids (instead of fuzzy-matching names pair by
pair) makes every meeting comparison a set operation, and puts each naming decision in one
place where it can be reviewed. Rules, most specific first:

* names are compared without titles, honorifics, dots and accents; the last token is the
  surname (surnames within 90 rapidfuzz ratio, both >= 6 letters, count as variants);
* a fuller form and a shorter one are the same person when the given names agree token by
  token in order, an initial matching its full word ("S" ~ "Subrahmanyam"), and the countries
  do not differ; a form that fits two different people becomes its own, ambiguous, person;
* a bare surname goes to the person the same article names in full, else to the only person
  of that surname in the corpus, else it stays apart as an ambiguous person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from pipeline.text.names import split_name_and_title
from pipeline.text.normalise import fold, is_honorific
from schemas.reconciled import CanonicalPerson, SurfaceForm

SURNAME_VARIANT_RATIO = 90
SURNAME_VARIANT_MIN_LEN = 6

_STRIP = ".,;:()\"'“”‘’"
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Mention:
    """A participant as one article names them."""

    article_id: str
    name: str
    title: str | None = None
    country: str | None = None


@dataclass
class _Person:
    given: tuple[str, ...]
    country: str | None
    ambiguous: bool = False
    mentions: list[Mention] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.articles.add(mention.article_id)


@dataclass(frozen=True)
class PeopleIndex:
    """``person_id`` answers for any (article id, name as written) seen in the input."""

    people: list[CanonicalPerson]
    ids: dict[tuple[str, str], str]
    by_id: dict[str, CanonicalPerson]

    def person_id(self, article_id: str, name: str) -> str | None:
        return self.ids.get((article_id, name))


_fold = fold


@cache
def title_in_name(raw: str) -> str | None:
    """The title a model glued into a name ("EAM Jaishankar" -> "EAM")."""
    return split_name_and_title(raw)[1]


@cache
def name_tokens(raw: str) -> tuple[str, ...]:
    """'Dr. S. Jaishankar' -> ('s', 'jaishankar'); 'EAM Jaishankar' -> ('jaishankar',)."""
    name, _title = split_name_and_title(raw)
    tokens = [_fold(t.strip(_STRIP)) for t in name.replace(".", " ").replace(",", " ").split()]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and is_honorific(tokens[0]):
        tokens.pop(0)
    return tuple(tokens)


def _token_fits(short: str, long: str) -> bool:
    if short == long:
        return True
    if len(short) == 1:
        return long.startswith(short)
    return len(long) == 1 and short.startswith(long)


def given_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every given name of the shorter list fits, in order, one of the longer list's."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    position = 0
    for token in short:
        while position < len(long) and not _token_fits(token, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


def _countries_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _surname_groups(surnames: Iterable[str]) -> dict[str, str]:
    """Map each surname to its group's representative (the alphabetically first variant)."""
    ordered = sorted(set(surnames))
    parent = {s: s for s in ordered}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    by_letter: dict[str, list[str]] = defaultdict(list)
    for s in ordered:
        if len(s) >= SURNAME_VARIANT_MIN_LEN:
            by_letter[s[0]].append(s)
    for bucket in by_letter.values():
        for i, surname in enumerate(bucket[:-1]):
            rest = bucket[i + 1 :]
            for _match, _score, j in process.extract(
                surname, rest, scorer=fuzz.ratio, score_cutoff=SURNAME_VARIANT_RATIO, limit=None
            ):
                a, b = root(surname), root(rest[j])
                parent[max(a, b)] = min(a, b)
    return {s: root(s) for s in ordered}


def _slug(text: str) -> str:
    return _SLUG.sub("-", _fold(text)).strip("-") or "person"


@cache
def _fullness(name: str) -> tuple[int, int]:
    """More words first, then more words that are not initials ("Subrahmanyam" > "S")."""
    tokens = name_tokens(name)
    return len(tokens), sum(len(t) > 1 for t in tokens)


@cache
def _title_free(raw: str) -> str:
    """'EAM S. Jaishankar' -> 'S. Jaishankar'; cached: a minister is written the same few ways
    in thousands of mentions."""
    return " ".join(split_name_and_title(raw)[0].split())


def _canonical_name(person: _Person) -> str:
    """The most frequent title-free surface among the person's fullest forms."""
    best = max(_fullness(m.name) for m in person.mentions)
    surfaces = Counter(_title_free(m.name) for m in person.mentions if _fullness(m.name) == best)
    return min(surfaces, key=lambda s: (-surfaces[s], -len(s), s))


def _majority_country(person: _Person) -> str | None:
    counts = Counter(m.country for m in person.mentions if m.country)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], c))


def _assign_group(mentions: list[Mention]) -> list[_Person]:
    """People of one surname group: full forms first (fullest first), then bare surnames.

    Indexes keep a large group (one surname, thousands of people) near-linear: a form can
    only fit a person who has its first given name, or its initial, among their given names.
    """
    full = [m for m in mentions if len(name_tokens(m.name)) > 1]
    bare = [m for m in mentions if len(name_tokens(m.name)) == 1]
    full.sort(key=lambda m: (-len(name_tokens(m.name)), -len(m.name), m.name, m.article_id))
    people: list[_Person] = []
    by_token: dict[str, list[int]] = defaultdict(list)
    by_letter: dict[str, list[int]] = defaultdict(list)
    ambiguous_by_given: dict[tuple[str, ...], _Person] = {}
    for mention in full:
        given = name_tokens(mention.name)[:-1]
        first = given[0]
        index = by_letter[first] if len(first) == 1 else [*by_token[first], *by_token[first[0]]]
        fits = [
            people[k]
            for k in sorted(set(index))
            if given_names_compatible(people[k].given, given)
            and (_countries_agree(people[k].country, mention.country) or people[k].given == given)
        ]
        if len(fits) == 1:
            person = fits[0]
            person.country = person.country or mention.country
        elif given in ambiguous_by_given:
            person = ambiguous_by_given[given]
        else:
            person = _Person(given, mention.country, ambiguous=len(fits) > 1)
            people.append(person)
            if person.ambiguous:
                ambiguous_by_given[given] = person
            else:
                for token in set(given):
                    by_token[token].append(len(people) - 1)
                    by_letter[token[0]].append(len(people) - 1)
        person.add(mention)
    named = [p for p in people if not p.ambiguous]
    by_article: dict[str, list[_Person]] = defaultdict(list)
    by_country: dict[str | None, list[_Person]] = defaultdict(list)
    for person in named:
        for article in sorted(person.articles):
            by_article[article].append(person)
        by_country[person.country].append(person)
    leftovers: dict[bool, _Person] = {}
    for mention in sorted(bare, key=lambda m: (m.article_id, m.name)):
        in_article = by_article.get(mention.article_id, [])
        if mention.country is None:
            in_country = named
        else:
            in_country = [*by_country.get(mention.country, []), *by_country.get(None, [])]
        if len(in_article) == 1:
            in_article[0].add(mention)
        elif not in_article and len(in_country) == 1:
            in_country[0].add(mention)
        else:
            ambiguous = bool(named)
            person = leftovers.setdefault(ambiguous, _Person((), mention.country, ambiguous))
            person.add(mention)
    return people + [leftovers[k] for k in sorted(leftovers)]


def canonical_people(mentions: Iterable[Mention]) -> PeopleIndex:
    """Canonical persons (sorted by id) and the id of every (article, surface name)."""
    usable = sorted(
        {m for m in mentions if name_tokens(m.name)},
        key=lambda m: (m.article_id, m.name, m.title or "", m.country or ""),
    )
    groups_of = _surname_groups(name_tokens(m.name)[-1] for m in usable)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in usable:
        groups[groups_of[name_tokens(mention.name)[-1]]].append(mention)
    people: list[CanonicalPerson] = []
    ids: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    for key in sorted(groups):
        for person in _assign_group(groups[key]):
            name = _canonical_name(person)
            country = _majority_country(person)
            base = _slug(name) + ("-ambiguous" if person.ambiguous else "")
            pid, n = base, 1
            while pid in taken:
                n += 1
                pid = f"{base}-{n}"
            taken.add(pid)
            forms: dict[str, set[str]] = defaultdict(set)
            titles: set[str] = set()
            for m in person.mentions:
                forms[m.name].add(m.article_id)
                ids[(m.article_id, m.name)] = pid
                split_title = title_in_name(m.name)
                titles.update(t for t in (m.title, split_title) if t)
            people.append(
                CanonicalPerson(
                    id=pid,
                    name=name,
                    country=country,
                    surface_forms=[
                        SurfaceForm(form=f, articles=sorted(forms[f])) for f in sorted(forms)
                    ],
                    titles=sorted(titles),
                    articles=sorted({m.article_id for m in person.mentions}),
                    ambiguous=person.ambiguous,
                )
            )
    people.sort(key=lambda p: p.id)
    return PeopleIndex(people, ids, {p.id: p for p in people})
