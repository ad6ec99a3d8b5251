"""What the review page's "add a record" form is prefilled with: candidate values per
sentence, computed when the page is rendered by the project's own text code (dates resolved
against the story's date, titled people, countries and demonyms, meeting formats and their
ordinals, capitals, held/planned verbs, dated partnership milestones).

A reviewer's selection is arbitrary, so the page cannot ask Python about it; instead every
sentence carries its candidates with their offsets, and the page keeps those that lie inside
the selection. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extraction.candidates import Sentence, split_sentences
from pipeline.extraction.rule_milestones import milestones_in_sentence
from pipeline.text.dates import Dateline, date_phrases, landmark_date, resolve_date
from pipeline.text.mechanisms import MECHANISMS, ordinal_near, summit_is_the_meeting
from pipeline.text.names import (
    country_named_with,
    is_person_name,
    split_name_and_title,
    titled_people,
)
from pipeline.text.places import country_mentions, is_capital
from pipeline.text.status import written_status
from pipeline.text.story_date import article_reference_date

Candidate = dict[str, Any]

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")
"""Two or more capitalised words in a row: where an untitled name ("Vikram Misri") or a
city ("New Delhi") may stand."""
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _spans_of(sentence: str, phrases: list[str]) -> list[tuple[int, int, str]]:
    """Each phrase (given in text order, not overlapping) with its place in the sentence."""
    found, cursor = [], 0
    for phrase in phrases:
        at = sentence.find(phrase, cursor)
        if at == -1:
            continue
        found.append((at, at + len(phrase), phrase))
        cursor = at + len(phrase)
    return found


def _dates(sentence: Sentence, dateline: Dateline | None) -> list[Candidate]:
    out = []
    for start, end, phrase in _spans_of(sentence.text, date_phrases(sentence.text)):
        if dateline is not None and dateline.start <= sentence.start + start < dateline.end:
            continue  # the dateline dates the story, not a meeting in it
        resolved = resolve_date(phrase, dateline)
        out.append(
            {
                "start": sentence.start + start,
                "end": sentence.start + end,
                "text": phrase,
                "iso": resolved.iso,
                "partial": resolved.partial,
            }
        )
    return out


def _people(sentence: Sentence, article_text: str) -> list[Candidate]:
    text = sentence.text
    named: list[tuple[int, int, str, str | None]] = []
    for name, title in titled_people(text):
        at = text.find(name)
        if at != -1:
            named.append((at, at + len(name), name, title))
    for match in _CAPITALISED_RUN.finditer(text):
        if any(s < match.end() and match.start() < e for s, e, _, _ in named):
            continue
        bare, leading_title = split_name_and_title(match.group(0))
        at = text.find(bare, match.start())
        if leading_title is None and at != -1 and is_person_name(bare) and not is_capital(bare):
            named.append((at, at + len(bare), bare, None))
    return [
        {
            "start": sentence.start + start,
            "end": sentence.start + end,
            "name": name,
            "title": title,
            "country": country_named_with(name.split()[-1], article_text),
        }
        for start, end, name, title in sorted(named)
    ]


def _mechanisms(sentence: Sentence) -> list[Candidate]:
    """Every format the sentence writes, with its controlled name (specific rows first, a
    generic "summit" only where it names the meeting itself) and its ordinal."""
    text = sentence.text
    found: list[tuple[int, int, str]] = []
    for mechanism in sorted(MECHANISMS, key=lambda m: m.generic):
        if mechanism.generic and not summit_is_the_meeting(text):
            continue
        for match in mechanism.pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), mechanism.name))
    return [
        {
            "start": sentence.start + start,
            "end": sentence.start + end,
            "name": name,
            "text": text[start:end],
            "ordinal": ordinal_near(text[start:end], text),
        }
        for start, end, name in sorted(found)
    ]


def _places(sentence: Sentence, dateline: Dateline | None) -> list[Candidate]:
    """Capitals the sentence names, and the dateline's city where the body names it."""
    out = []
    for match in _CAPITALISED_WORD.finditer(sentence.text):
        at = sentence.start + match.start()
        if dateline is not None and dateline.start <= at < dateline.end:
            continue
        place = match.group(0)
        story_place = dateline.place if dateline is not None else None
        if is_capital(place) or (story_place and place == story_place):
            out.append({"start": at, "end": at + len(place), "name": place})
    return out


def _milestones(sentence: Sentence) -> list[Candidate]:
    out = []
    for found in milestones_in_sentence(sentence):
        at = sentence.text.find(found.name)
        start = sentence.start + (at if at != -1 else 0)
        end = start + len(found.name) if at != -1 else sentence.end
        out.append(
            {
                "start": start,
                "end": end,
                "name": found.name,
                "kind": found.kind,
                "year": found.year,
                "date": landmark_date(sentence.text, found.year),
            }
        )
    return out


def dom_offsets(text: str) -> list[int]:
    """Offset in the page's text of each offset of ``text``: an HTML parser reads "\\r\\n" as
    one "\\n", so a selection's offsets in the browser run short by one per such pair."""
    shift, out = 0, []
    for index in range(len(text) + 1):
        out.append(index - shift)
        if index < len(text) and text[index] == "\r" and text[index + 1 : index + 2] == "\n":
            shift += 1
    return out


def _in_page_offsets(candidate: Any, offsets: list[int]) -> Any:
    if isinstance(candidate, list):
        return [_in_page_offsets(item, offsets) for item in candidate]
    if not isinstance(candidate, dict):
        return candidate
    moved = {k: _in_page_offsets(v, offsets) for k, v in candidate.items()}
    for key in ("start", "end"):
        if isinstance(moved.get(key), int):
            moved[key] = offsets[min(moved[key], len(offsets) - 1)]
    return moved


def sentence_candidates(text: str, published: str | None = None) -> list[Candidate]:
    """Per sentence of the article: its span, its held/planned verbs, and every date,
    person, country, format, place and milestone it writes, with offsets as the page counts
    them. ``published`` is the corpus's publication date (the reference for "on Monday")."""
    dateline, _ = article_reference_date(text, published)
    sentences = []
    for sentence in split_sentences(text):
        sentences.append(
            {
                "start": sentence.start,
                "end": sentence.end,
                "status": written_status(sentence.text),
                "dates": _dates(sentence, dateline),
                "people": _people(sentence, text),
                "countries": [
                    {"start": sentence.start + s, "end": sentence.start + e, "name": name}
                    for s, e, name in country_mentions(sentence.text)
                ],
                "mechanisms": _mechanisms(sentence),
                "places": _places(sentence, dateline),
                "milestones": _milestones(sentence),
            }
        )
    if "\r" in text:
        return list(_in_page_offsets(sentences, dom_offsets(text)))
    return sentences
