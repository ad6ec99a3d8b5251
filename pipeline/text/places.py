"""Countries, their other names, demonyms and capitals, from maintained data (``countryinfo``).

Articles are about every pair of countries, so nothing here lists the countries of our own
articles: the 250 countries and territories of ``countryinfo`` (names, alternative spellings
and ISO codes, demonyms, capitals) are read once and indexed. On top of the data, a few
English forms it lacks are derived by rule (a plural name's adjective: "Philippines" ->
"Philippine"; a directional demonym's last word: "South Korean" -> "Korean" when only one
country has it as its own demonym's last word...) or written out where English usage is
fixed and the data cannot say it ("Korean" alone means South Korea in news English, "Britain"
is the United Kingdom).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from pipeline.text.normalise import fold

__all__ = [
    "Country",
    "capital_of",
    "countries_mentioned",
    "country_mentions",
    "country_of",
    "demonym_country",
    "is_capital",
    "is_country",
    "normalise_country",
    "same_place",
]

# English usage the data cannot give: short forms and adjectives of the press. Not a list of
# the countries we have seen: each line is the standard reading of that word for any article.
_USAGE: dict[str, str] = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "the united states": "United States",
    "britain": "United Kingdom",
    "u.k.": "United Kingdom",
    "korea": "South Korea",
    "korean": "South Korea",
    "rok": "South Korea",
    "dprk": "North Korea",
    "prc": "China",
    "mainland china": "China",
    "saudi": "Saudi Arabia",
    "ksa": "Saudi Arabia",
    "emirates": "United Arab Emirates",
    "holland": "Netherlands",
    "dutch": "Netherlands",
    "kiwi": "New Zealand",
    "kazakh": "Kazakhstan",
    "uzbek": "Uzbekistan",
    "tajik": "Tajikistan",
    "kyrgyz": "Kyrgyzstan",
    "bharat": "India",
    "nippon": "Japan",
    "turkiye": "Turkey",
    "türkiye": "Turkey",
    "czechia": "Czech Republic",
    "cote d'ivoire": "Ivory Coast",
    "côte d'ivoire": "Ivory Coast",
    "ivorian": "Ivory Coast",
    "viet nam": "Vietnam",
    "burma": "Myanmar",
    "north macedonia": "Republic of Macedonia",
    "east timor": "Timor-Leste",
    "vatican": "Vatican City",
    "holy see": "Vatican City",
}

# Names of the data that English news writes otherwise.
_CANONICAL: dict[str, str] = {
    "Republic of Macedonia": "North Macedonia",
    "Ivory Coast": "Côte d'Ivoire",
}


@dataclass(frozen=True)
class Country:
    name: str
    iso2: str
    capital: str | None
    demonym: str | None
    population: int = 0


def _fold(text: str) -> str:
    return " ".join(fold(text).split())


@cache
def _countries() -> tuple[Country, ...]:
    from countryinfo import all_countries  # ~50 ms, once

    found: dict[str, Country] = {}
    for entry in all_countries():
        info = entry.info()
        name = info.get("name")
        iso = info.get("ISO")
        iso2 = iso.get("alpha2") if isinstance(iso, dict) else iso
        if not name or not iso2 or iso2 in found:
            continue
        population = info.get("population")
        capital = info.get("capital")
        if isinstance(capital, list):  # a few countries list several; the first is the seat
            capital = capital[0] if capital else None
        found[iso2] = Country(
            name=_CANONICAL.get(name, name),
            iso2=str(iso2),
            capital=str(capital) if capital else None,
            demonym=info.get("demonym") or None,
            population=population if isinstance(population, int) else 0,
        )
    # Most populous first: where two share a form (the British Indian Ocean Territory's
    # demonym is "Indian"), the form reads as the country it usually means.
    return tuple(sorted(found.values(), key=lambda c: (-c.population, c.name)))


@cache
def _index() -> dict[str, Country]:
    """Every written form (folded) -> its country: names, alternative spellings of four
    letters or more (two- and three-letter codes are words too: "IN", "CAN"), demonyms, and
    the derived adjectives."""
    from countryinfo import all_countries

    by_name = {c.name: c for c in _countries()}
    by_iso = {c.iso2: c for c in _countries()}
    index: dict[str, Country] = {}

    def add(form: str | None, country: Country, *, overwrite: bool = False) -> None:
        if not form:
            return
        key = _fold(form)
        if key and (overwrite or key not in index):
            index[key] = country

    for country in _countries():
        add(country.name, country, overwrite=True)
        add(country.demonym, country)
        if country.name.endswith("s") and len(country.name) > 6 and " " not in country.name:
            add(country.name[:-1], country)  # "Philippines" -> "Philippine"
    for entry in all_countries():  # alternative spellings after the names: names win
        info = entry.info()
        iso = info.get("ISO")
        iso2 = iso.get("alpha2") if isinstance(iso, dict) else iso
        spelled = by_iso.get(str(iso2))
        if spelled is None:
            continue
        for alternative in info.get("altSpellings") or []:
            if len(alternative) >= 4 or alternative in ("UAE", "USA", "UK"):
                add(alternative, spelled)
    for written, name in _USAGE.items():
        usual = by_name.get(_CANONICAL.get(name, name))
        if usual is not None:
            index[_fold(written)] = usual
    return index


def country_of(value: str | None) -> Country | None:
    """The country a name, alternative name, code-like short form or demonym stands for."""
    if not value:
        return None
    cleaned = value.strip().strip(".,;:()\"'“”‘’ ").removeprefix("the ").removeprefix("The ")
    cleaned = re.sub(r"['’]s$", "", cleaned)  # "Japan's"
    return _index().get(_fold(cleaned))


@lru_cache(maxsize=4096)
def normalise_country(value: str | None) -> str | None:
    """The country's English short name ('Japanese' -> 'Japan', 'U.S.' -> 'United States'),
    else the value tidied (an unknown name is kept, never dropped). Cached: reconciliation
    asks it for every participant of every report, with a few hundred distinct values."""
    if value is None:
        return None
    cleaned = " ".join(value.split()).strip(".,;:()\"'“”‘’ ")
    if not cleaned:
        return None
    country = country_of(cleaned)
    if country is not None:
        return country.name
    return cleaned if not cleaned.islower() else cleaned.title()


def is_country(value: str) -> bool:
    return country_of(value) is not None


def demonym_country(word: str) -> str | None:
    """'Philippine' / 'Filipino' / 'Emirati' -> the country; None for any other word."""
    country = country_of(word)
    return country.name if country is not None else None


@cache
def _capitals() -> frozenset[str]:
    names = {_fold(c.capital.removesuffix(" D.C.")) for c in _countries() if c.capital}
    return frozenset(names)


def is_capital(value: str) -> bool:
    """A capital city's name ("Hanoi", "Washington"): a place, not a person."""
    return _fold(value.strip(".,;:()\"'“”‘’ ")) in _capitals()


PLACE_RATIO = 90
"""Token-set similarity at which two written places are one ("New Delhi" / "Delhi")."""


def same_place(a: str, b: str) -> bool:
    """Two written place names name one place: equal after folding, or one's words within
    the other's ("Quezon City" / "Quezon")."""
    first, second = _fold(a), _fold(b)
    return first == second or fuzz.token_set_ratio(first, second) >= PLACE_RATIO


def capital_of(country: str | None) -> str | None:
    found = country_of(country)
    if found is None or not found.capital:
        return None
    return found.capital.removesuffix(" D.C.")  # "Washington D.C." is written "Washington"


@cache
def _mention_pattern() -> re.Pattern[str]:
    forms = sorted(_index(), key=len, reverse=True)
    escaped = [re.escape(form).replace(r"\ ", r"\s+") for form in forms]
    return re.compile(r"(?<![\w'’])(" + "|".join(escaped) + r")(?!\w)", re.IGNORECASE)


def countries_mentioned(text: str) -> list[str]:
    """Countries a text names (by name, short form or demonym), most mentioned first.

    "US" and "UK" count only in capitals, so the pronoun "us" is not the United States.
    """
    counts: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    folded = _fold_keep_length(text)
    for match in _mention_pattern().finditer(folded):
        word = text[match.start() : match.end()]
        if word.lower() in ("us", "uk") and not word.isupper():
            continue
        country = country_of(word)
        if country is None:
            continue
        counts[country.name] = counts.get(country.name, 0) + 1
        first_seen.setdefault(country.name, match.start())
    return sorted(counts, key=lambda c: (-counts[c], first_seen[c]))


def country_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every country mention in ``text`` as (start, end, country name), in text order."""
    folded = _fold_keep_length(text)
    found = []
    for match in _mention_pattern().finditer(folded):
        word = text[match.start() : match.end()]
        if _lower_us(word):
            continue
        country = country_of(word)
        if country is not None:
            found.append((match.start(), match.end(), country.name))
    return found


def _fold_keep_length(text: str) -> str:
    """Folded for matching, offsets kept (the text itself where folding would shift them)."""
    folded = fold(text)
    return folded if len(folded) == len(text) else text


def _lower_us(word: str) -> bool:
    return word.lower() in ("us", "uk") and not word.isupper()
