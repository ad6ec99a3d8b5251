"""The rules that turn a model's meeting into a record, in the order they apply.

``ANSWER_RULES`` read and mend the model's answer (what it copied from the text);
``build_meeting`` makes the record (code resolves dates, formats, ordinals, names, countries,
evidence offsets); ``RECORD_RULES`` judge the record (is it a meeting at all, held or
planned). Every rule is a small named function with a docstring saying what it fixes; the
lists are the only place the order is decided.
"""

from __future__ import annotations

import re

from pipeline.extraction.validation import meeting_problems
from pipeline.records.drafts import ArticleFacts, Drop, MeetingDraft, MeetingRule
from pipeline.text.dates import (
    Dateline,
    body_date_phrase,
    date_written_in,
    resolve_date,
    says_when,
    widen_date_phrase,
)
from pipeline.text.grounding import locate_quote, phrase_occurs
from pipeline.text.mechanisms import (
    DEFAULT_MECHANISM,
    controlled_mechanism,
    ordinal_near,
    parse_ordinal,
)
from pipeline.text.milestone_names import expand_acronym
from pipeline.text.names import (
    country_named_with,
    expand_short_name,
    is_person_name,
    meeting_objects,
    meeting_subjects,
    mentioned_in_passing,
    name_in_capitals,
    split_name_and_title,
    titled_people,
)
from pipeline.text.places import (
    capital_of,
    countries_mentioned,
    country_of,
    is_country,
    normalise_country,
)
from pipeline.text.status import reports_past_talks, writes_a_plan, written_status
from schemas import Evidence, Meeting, ModelMeeting, ModelParticipant, Participant

# --------------------------------------------------------------------------------------------
# Helpers shared by the rules
# --------------------------------------------------------------------------------------------

_CITY_ALIASES = {"delhi": "New Delhi"}
"""The seeds' convention: 'Delhi' is written for the capital, New Delhi."""
_CAPITAL_WORDS = {"the national capital", "national capital", "the capital", "the capital city"}
_NOT_A_PLACE = {"virtual", "virtually", "online", "video conference", "videoconference"}


def evidence_for(article_text: str, quote: str) -> Evidence | None:
    span = locate_quote(article_text, quote)
    if span is None:
        return None
    start, end = span
    return Evidence(quote=article_text[start:end], start=start, end=end)


def normalise_location(location: str | None, host_country: str | None) -> str | None:
    """The city: "Tokyo, Japan" -> "Tokyo"; a country is no city; "the national capital" is
    the host country's capital (from the country data)."""
    if not location:
        return None
    cleaned = location.strip().removeprefix("in ").split(",")[0].strip()
    key = cleaned.lower()
    if key in _NOT_A_PLACE or is_country(cleaned):
        return None
    if key in _CAPITAL_WORDS:
        return capital_of(host_country)
    return _CITY_ALIASES.get(key, cleaned)


_VENUE = re.compile(
    r"\b(house|palace|building|bhavan|mansion|block|cent(?:re|er)|hall|office|ministry|hotel|"
    r"department|"
    r"post|secretariat|chancellery|residence|lodge|castle|villa|headquarters|complex|"
    r"parliament|kremlin|embassy|airport|resort|camp|base)\b",
    re.IGNORECASE,
)
_IN_CITY = re.compile(r"\bin\s+(?P<city>(?:[A-Z][\w'’.-]*\s?){1,3})$")


def _city_in(sentences: list[str], story_place: str | None) -> str | None:
    """The city a meeting's sentences name (a capital, or the dateline's city), else the
    dateline's city: a venue with no city named is where the story was filed."""
    for sentence in sentences:
        for country in countries_mentioned(sentence):
            capital = capital_of(country)
            if capital and phrase_occurs(sentence, capital):
                return capital
        if story_place and phrase_occurs(sentence, story_place):
            return story_place
    return story_place


def _title_country(title: str | None) -> str | None:
    """'Vietnamese Deputy Foreign Minister' -> 'Vietnam' (the title names its country)."""
    for word in (title or "").replace("'s", " ").split():
        country = country_of(word) if word[:1].isupper() else None
        if country is not None:
            return country.name
    return None


def build_participants(
    meeting: ModelMeeting, known_names: tuple[str, ...], article_text: str
) -> list[Participant]:
    people: list[Participant] = []
    seen: set[str] = set()
    for raw in meeting.participants:
        name, title_from_name = split_name_and_title(raw.name)
        name = name_in_capitals(name, article_text) or name  # "MORIYAMA" alone
        if not is_person_name(name):
            continue
        expanded = expand_short_name(name, list(known_names), article_text)
        title = raw.title or title_from_name
        bare = " " not in expanded and not title
        if bare and expanded not in {n for n, _ in titled_people(meeting.quote)}:
            continue  # one bare word, no office, no fuller name: "Washington", not a person
        if expanded.lower() in seen:
            continue
        seen.add(expanded.lower())
        surname = expanded.split()[-1]
        # The article's own tie ("Vietnamese Foreign Minister Tran Quoc Hung") before the
        # model's guess, which follows the venue or the topic as often as the person.
        country = (
            _title_country(title)
            or country_named_with(surname, article_text)
            or normalise_country(raw.country)
        )
        people.append(Participant(name=expanded, title=title, country=country))
    return people


def record_countries(
    given: list[str], participants: list[Participant], sentence: str, article: tuple[str, ...]
) -> list[str]:
    """The two countries, only ever ones the article names, and only ones this record has a
    reason for: named in its sentence, a participant's, or the article's main pair (its two
    most-mentioned countries). A small model fills an unknown pair with countries from a
    neighbouring sentence ("the two countries" after a sentence about a G7 summit)."""
    named_in_article = set(article)
    in_sentence = countries_mentioned(sentence)
    from_participants = [p.country for p in participants if p.country]
    main_pair = list(article[:2])
    trusted = {
        normalise_country(c) for c in (*in_sentence, *from_participants, *main_pair)
    } & named_in_article
    # A country the sentence mentions is a side only after the participants' countries and
    # the article's main pair: "met on the sidelines of the G7 summit in Kananaskis, Canada"
    # or "discussed Ukraine" names a venue or a topic, not a side.
    main_in_sentence = [c for c in main_pair if c in in_sentence]
    countries: list[str] = []
    for value in (*from_participants, *given, *main_in_sentence, *main_pair, *in_sentence):
        country = normalise_country(value)
        if country and country in trusted and country not in countries:
            countries.append(country)
    return countries[:2]


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def _after_story_date(meeting: Meeting, story_date: Dateline | None) -> bool:
    if story_date is None or story_date.date.year is None or not meeting.date:
        return False
    published = story_date.date.iso() or ""
    return meeting.date > published[: len(meeting.date)]  # ISO strings sort by date


# --------------------------------------------------------------------------------------------
# Rules on the answer
# --------------------------------------------------------------------------------------------


def grounded_in_article(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """Its sentence is in the article and every person it names is."""
    problems = meeting_problems(draft.raw, facts.text)
    if problems:
        raise Drop("; ".join(problems))


def date_written_in_article(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A date the article does not write is the model's invention, and words that say no
    time ("during his visit") are no date: left unknown."""
    date = draft.raw.date
    if date and not says_when(date):
        draft.note(f": date {date!r} says no time; date left unknown")
        draft.raw = draft.raw.model_copy(update={"date": None})
    elif date and not date_written_in(facts.text, date):
        draft.note(f": date {date!r} is not in the article; date left unknown")
        draft.raw = draft.raw.model_copy(update={"date": None})


def widen_partial_date(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """ "January" copied from "in January 2022" is "January 2022": the year decides whether it
    is history or a plan."""
    written = widen_date_phrase(draft.date_sentence, draft.raw.date)
    if written != draft.raw.date:
        draft.note(f": date {draft.raw.date!r} read as {written!r}")
        draft.raw = draft.raw.model_copy(update={"date": written})


def sentence_date_over_dateline(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A lead sentence starts with the dateline; a model copying it as the meeting's date
    misses the sentence's own "yesterday" or "on Saturday"."""
    own = body_date_phrase(draft.date_sentence, facts.story_date, draft.raw.date)
    if own:
        draft.note(f": date {draft.raw.date!r} is the dateline's; the sentence's {own!r} used")
        draft.raw = draft.raw.model_copy(update={"date": own})


_HEAD_NOUNS = (
    "commission",
    "dialogue",
    "council",
    "consultations",
    "committee",
    "mechanism",
    "forum",
    "summit",
    "retreat",
)
_REFERENCE = re.compile(
    r"\bthe\s+(?:(?:next|last|previous|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?"
    r"(?:(?:round|session|meeting|edition)\s+of\s+the\s+)?(?P<head>"
    + "|".join(_HEAD_NOUNS)
    + r")\b",
    re.IGNORECASE,
)


def format_named_elsewhere(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A format named by its acronym ("the 10th JCBC") is the one the article spells out,
    and one called by its head noun ("the commission last met in 2019", "the next round of
    the dialogue") is the one format of that kind the article's other meetings name."""
    raw = draft.raw
    if controlled_mechanism(raw.mechanism) != DEFAULT_MECHANISM:
        return
    # The model's format, or, for a meeting it names nobody in, its sentence's own acronym
    # ("The 10th JCBC was held in Hanoi").
    written = raw.mechanism or ""
    source = written if written or raw.participants else draft.sentence
    for word in re.findall(r"\b[A-Z][A-Za-z]*[A-Z]+\b", source):
        if f"({word})" in source:
            continue  # already spelled out
        expanded = expand_acronym(word, facts.text)
        if expanded != word and (written or controlled_mechanism(expanded) != DEFAULT_MECHANISM):
            named = written.replace(word, expanded) if written else expanded
            before = re.search(rf"(\S+)\s+{re.escape(word)}\b", draft.sentence)
            if before and parse_ordinal(named) is None and parse_ordinal(before.group(1)):
                named = f"{before.group(1)} {named}"  # "the 10th JCBC": its ordinal too
            draft.note(f": format {word!r} is the article's {expanded!r}")
            draft.raw = raw.model_copy(update={"mechanism": named})
            return
    # The sentence's own "the commission" speaks for a meeting only when it names nobody:
    # "A and B met one-on-one before the dialogue" is not the dialogue.
    reference = _REFERENCE.search(raw.mechanism or "")
    if reference is None and not raw.participants:
        reference = _REFERENCE.search(draft.sentence)
    if reference is None:
        return
    head = reference.group("head").lower()
    same_kind = {
        controlled_mechanism(f): f
        for f in facts.formats
        if head in f.lower() and not _MANY_SIDES.search(f)
    }
    if len(same_kind) == 1:
        (named,) = same_kind.values()
        draft.note(f": {reference.group(0)!r} is the article's {named!r}")
        draft.raw = raw.model_copy(update={"mechanism": named})


def mechanism_written_in_article(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A format name the article does not write is ignored."""
    if draft.raw.mechanism and not phrase_occurs(facts.text, draft.raw.mechanism):
        draft.note(f": mechanism {draft.raw.mechanism!r} is not in the article; ignored")
        draft.raw = draft.raw.model_copy(update={"mechanism": None})


def _answer_date(draft: MeetingDraft, facts: ArticleFacts) -> str | None:
    return resolve_date(draft.raw.date, facts.story_date).iso


def _after_story(iso: str | None, story_date: Dateline | None) -> bool:
    if story_date is None or story_date.date.year is None or not iso:
        return False
    published = story_date.date.iso() or ""
    return iso > published[: len(iso)]  # ISO strings sort by date


def plan_written_as_held(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """Called held, but its sentence writes only a plan ("will meet", "is scheduled")."""
    if draft.status == "held" and written_status(draft.sentence) == "planned":
        draft.note(": called held, but its sentence writes only a plan; planned")
        draft.status = "planned"


def plan_checked_against_words(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """Called planned: a past meeting verb and no word of a plan make it held; no word of
    either (and no date after the story's) make it a mention, not a meeting ("underscored
    the importance of holding the 2+2 Dialogue")."""
    if draft.status != "planned":
        return
    sentence = draft.sentence
    written = written_status(sentence)
    later = _after_story(_answer_date(draft, facts), facts.story_date)
    if written == "held" and not later:
        draft.note(": called planned, but its sentence says it happened; held")
        draft.status = "held"
    elif written is None and not writes_a_plan(sentence) and not later:
        if not reports_past_talks(sentence):
            raise Drop("called planned, but its sentence writes no plan")
        draft.note(": called planned, but its sentence tells it in the past; held")
        draft.status = "held"


_PAST_ONLY_RULES = frozenset({"relative_yesterday", "relative_days_ago", "weekday_last_week"})


def dated_in_the_past_is_held(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A "plan" dated "yesterday" or "two days earlier", in a sentence that writes nothing
    of the future ("agreed to fund a study that would …, after their meeting yesterday"),
    took place: a conditional "would" elsewhere in the sentence made the model call it
    planned."""
    date = draft.raw.date
    if draft.status != "planned" or not date or not phrase_occurs(draft.sentence, date):
        return  # only the sentence's own words: a neighbour's "yesterday" dates its own news
    if resolve_date(date, facts.story_date).rule not in _PAST_ONLY_RULES:
        return
    if writes_a_plan(draft.sentence, counting_would=False):
        return
    draft.note(f": called planned, but dated {draft.raw.date!r} with no word of a plan; held")
    draft.status = "held"


def past_plan_is_history(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A "planned" meeting dated in a year before the story's own year happened."""
    story, iso = facts.story_date, _answer_date(draft, facts)
    if draft.status != "planned" or story is None or story.date.year is None or not iso:
        return
    if int(iso[:4]) < story.date.year:
        draft.note(
            f": 'planned' for {iso}, a year before the article was written: history, so held"
        )
        draft.status = "held"


def present_people(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """Who the sentence says met, where the model's list is short of it: a person named only
    as the recipient of greetings is dropped; a meeting (held or planned) with fewer than two
    people takes the sentence's titled people, the names right before its meeting verb
    ("Marchand paid a courtesy call on Prime Minister X", "A and B last met") and the name
    it meets with ("a follow-up meeting with Echeverría")."""
    raw, sentence = draft.raw, draft.sentence
    present = [p for p in raw.participants if not mentioned_in_passing(sentence, p.name)]
    for person in raw.participants:
        if person not in present:
            draft.note(f": {person.name!r} is only mentioned in passing; not a participant")
    kept = raw.model_copy(update={"participants": present})
    have = {
        p.name.split()[-1].lower() for p in build_participants(kept, facts.known_names, facts.text)
    }
    if len(have) < 2:
        subjects = [(name, None) for name in meeting_subjects(sentence)]
        subjects += [(name, None) for name in meeting_objects(sentence)]
        candidates: list[tuple[str, str | None]] = [*titled_people(sentence), *subjects]
        for name, title in candidates:
            surname = name.split()[-1].lower()
            if surname in have or mentioned_in_passing(sentence, name):
                continue
            have.add(surname)
            present.append(ModelParticipant(name=name, title=title, country=None))
            draft.note(f": the sentence's {name!r} added (the model left them out)")
    if present != raw.participants:
        draft.raw = raw.model_copy(update={"participants": present})


ANSWER_RULES: tuple[MeetingRule, ...] = (
    grounded_in_article,
    date_written_in_article,
    widen_partial_date,
    sentence_date_over_dateline,
    mechanism_written_in_article,
    format_named_elsewhere,
    plan_written_as_held,
    plan_checked_against_words,
    dated_in_the_past_is_held,
    past_plan_is_history,
    present_people,
)


# --------------------------------------------------------------------------------------------
# The record
# --------------------------------------------------------------------------------------------


def build_meeting(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """The record: participants cleaned, countries with a reason, the date resolved against
    the story's date, the controlled format and ordinal, and evidence offsets for its
    sentence and each neighbouring sentence a fact was read from."""
    raw = draft.raw
    participants = build_participants(raw, facts.known_names, facts.text)
    countries = record_countries(
        raw.countries, participants, " ".join(draft.sentences), facts.countries
    )
    resolved = resolve_date(raw.date, facts.story_date)
    evidence = [e for q in (raw.quote, *raw.context_quotes) if (e := evidence_for(facts.text, q))]
    host = countries[0] if countries else None  # "the national capital" of the first named
    draft.record = Meeting(
        date=resolved.iso,
        date_partial=resolved.partial,
        date_text=raw.date,
        location=normalise_location(raw.location, host),
        countries=countries,
        mechanism=controlled_mechanism(raw.mechanism, raw.quote),
        mechanism_text=raw.mechanism,
        ordinal=ordinal_near(raw.mechanism, raw.quote),
        participants=participants,
        topics=_unique([t.strip() for t in raw.topics if t.strip()]),
        evidence=_unique_spans(evidence),
    )


def _unique_spans(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out = []
    for item in evidence:
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            out.append(item)
    return out


# --------------------------------------------------------------------------------------------
# Rules on the record
# --------------------------------------------------------------------------------------------


def _record(draft: MeetingDraft) -> Meeting:
    assert draft.record is not None, "record rules run after build_meeting"
    return draft.record


_RELAYS = re.compile(
    r"\b(spokes(?:person|man|woman)|press secretary|reporter|correspondent|editor|analyst)\b",
    re.IGNORECASE,
)
_MANY_SIDES = re.compile(r"\b(trilateral|quadrilateral|multilateral|three-way|four-way)\b", re.I)


def relayers_are_not_participants(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A spokesperson, reporter or analyst who announced or described the meeting did not
    take part in it."""
    meeting = _record(draft)
    kept = [p for p in meeting.participants if not _RELAYS.search(p.title or "")]
    for person in meeting.participants:
        if person not in kept:
            draft.note(f": {person.name!r} ({person.title}) relayed it; not a participant")
    meeting.participants = kept


def bilateral_only(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A meeting of three or more countries (a trilateral, a multilateral session) is not a
    bilateral meeting: its people represent three countries, or its format says so."""
    meeting = _record(draft)
    sides = {p.country for p in meeting.participants if p.country}
    if len(sides) >= 3:
        raise Drop(f"its people represent {len(sides)} countries: not bilateral")
    if meeting.mechanism_text and _MANY_SIDES.search(meeting.mechanism_text):
        raise Drop(f"{meeting.mechanism_text!r} is not a bilateral format")


def location_is_a_city(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A venue is no city: "the Prime Minister's Office in Suva" is Suva; "Hyderabad House"
    is the city the sentences or the dateline name."""
    meeting = _record(draft)
    place = meeting.location
    if not place or not _VENUE.search(place):
        return
    named = _IN_CITY.search(place)
    story_place = facts.story_date.place if facts.story_date else None
    city = named.group("city").strip() if named else _city_in(draft.sentences, story_place)
    if city != place:
        draft.note(f": location {place!r} is a venue; city {city!r}")
        meeting.location = city


def plan_is_for_later(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """A planned meeting dated to a day on or before the story's is dated by the day the
    plan was made ("agreed on Tuesday to meet again in the autumn"): only its year stands."""
    meeting, story = _record(draft), facts.story_date
    published = story.date.iso() if story is not None else None
    if draft.status != "planned" or not meeting.date or len(meeting.date) < 10 or not published:
        return
    if len(published) == 10 and meeting.date <= published:
        draft.note(f": planned, yet dated {meeting.date}, not after the story; year only")
        meeting.date, meeting.date_partial = meeting.date[:4], None


def both_sides_named(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """One person and no named format is not a bilateral meeting anyone can check."""
    meeting = _record(draft)
    if len(meeting.participants) == 1 and meeting.mechanism == DEFAULT_MECHANISM:
        raise Drop(f"only one side ({meeting.participants[0].name}) is named")


def someone_or_a_format(draft: MeetingDraft, facts: ArticleFacts) -> None:
    """After cleaning, nobody named and no named format: nothing is left to report (an
    anonymous, unnamed "meeting" is nothing a reader can check). Judged on the record, after
    the rules that find the sentence's own people and the format an acronym stands for, so a
    lead whose people the model gave as countries, or "the 10th JCBC was held in Hanoi",
    stays."""
    meeting = _record(draft)
    if not meeting.participants and meeting.mechanism == DEFAULT_MECHANISM:
        raise Drop("no person and no named format")


RECORD_RULES: tuple[MeetingRule, ...] = (
    location_is_a_city,
    plan_is_for_later,
    relayers_are_not_participants,
    bilateral_only,
    both_sides_named,
    someone_or_a_format,
)

MEETING_STEPS: tuple[MeetingRule, ...] = (*ANSWER_RULES, build_meeting, *RECORD_RULES)
"""Every step a meeting goes through, in order (``build_meeting`` cannot be switched off)."""
