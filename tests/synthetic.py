"""Synthetic diplomacy articles for fault-injection runs (not a test module).

Each article is made from a seed and its number, so a run is reproducible. The people are
invented and unique per article (every model call is then a distinct request, and a record
can be traced to its article); countries and cities are real, as the record builder expects.
Most articles report two meetings (a lead meeting and further talks) and a partnership
milestone; some report nothing.
"""

from __future__ import annotations

import random
from pathlib import Path

COUNTRIES = ("India", "Japan", "France", "Germany", "Brazil", "Kenya", "Vietnam", "Australia")
CITIES = ("New Delhi", "Tokyo", "Paris", "Berlin", "Nairobi", "Hanoi", "Canberra", "Oslo")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("March", "April", "May", "June", "July")
_ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z")
_VOWELS = ("a", "e", "i", "o", "u")


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        parts = [
            "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 3)))
            for _ in range(2)
        ]
        name = " ".join(p.capitalize() for p in parts)
        if name not in used:
            used.add(name)
            return name


def synthetic_article(index: int, seed: int = 0) -> str:
    rng = random.Random(f"{seed}:{index}")
    used: set[str] = set()
    first, second = rng.sample(COUNTRIES, 2)
    city = rng.choice(CITIES)
    lead, host, other = _name(rng, used), _name(rng, used), _name(rng, used)
    weekday, month = rng.choice(WEEKDAYS), rng.choice(MONTHS)
    if index % 7 == 6:  # no meeting at all: no model call is needed
        return (
            f"{city.upper()}, {month} {rng.randint(1, 28)} (FNS): Markets in {first} were "
            "calm on the day, traders said.\n\nThe currency held steady against the dollar.\n"
        )
    return (
        f"{city.upper()}, {month} {rng.randint(1, 28)} (FNS): Foreign Minister {lead} of "
        f"{first} met Foreign Minister {host} of {second} in {city} on {weekday}.\n\n"
        "The two sides discussed trade, energy and maritime security, officials said.\n\n"
        f"Foreign Minister {lead} also held talks with Trade Minister {other} of {second} "
        f"on {rng.choice(WEEKDAYS)}, the ministry said.\n\n"
        f"{first} and {second} elevated their ties to a Strategic Partnership in "
        f"{rng.randint(2000, 2020)} and signed a trade pact in {rng.randint(1990, 1999)}.\n\n"
        f"The visit was the first by a minister from {first} in four years, according to the "
        "statement.\n"
    )


def write_articles(folder: Path, count: int, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"a{index:03d}.txt"
        path.write_text(synthetic_article(index, seed), encoding="utf-8")
        paths.append(path)
    return paths
