"""Strip news-site furniture from article text before it reaches the model.

Scraped articles carry navigation, notification prompts, related-link headlines and agency
boilerplate. Left in, they waste the small model's context and invite it to extract meetings
from unrelated headlines. Cleaning only ever *deletes* characters of the original, so every
character of the cleaned text maps back to the identical character of the original; evidence
offsets found in the cleaned text can therefore be reported against the source article.

Rules are deliberately conservative: a line is dropped only when it matches a furniture pattern
as a whole (after trimming whitespace), never because it merely mentions e.g. "X" or "Enable".
The one exception is a line that gives orders to the model (``pipeline.ingest.injection``): it goes
whole, reason ``instruction_to_model``, because any part of it left in could still steer it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.ingest.injection import is_instruction_like

__all__ = [
    "FURNITURE_RULES",
    "INLINE_RULES",
    "INSTRUCTION_REASON",
    "CleanedText",
    "FurnitureRule",
    "RemovedSpan",
    "strip_furniture",
]


@dataclass(frozen=True)
class RemovedSpan:
    """A deleted stretch of the original, kept so reviewers can audit what the model never saw."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class CleanedText:
    """Cleaned article text plus the offset mapping back to the original.

    `_segments` holds (text_start, original_start, length) for each maximal run of characters
    copied verbatim from the original, sorted by `text_start`; mapping is a bisect over it.
    """

    original: str
    text: str
    removed: tuple[RemovedSpan, ...]
    _segments: tuple[tuple[int, int, int], ...] = field(default=(), repr=False, compare=False)
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        segments = self._segments
        if not segments and self.text:
            if self.text != self.original:
                raise ValueError("a CleanedText whose text differs from original needs segments")
            segments = ((0, 0, len(self.text)),)
            object.__setattr__(self, "_segments", segments)
        object.__setattr__(self, "_starts", tuple(seg[0] for seg in segments))

    def to_original(self, offset: int) -> int:
        """Map an offset in `text` to the original; `len(text)` maps just past the last kept char.

        O(log n) in the number of kept segments.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside cleaned text of length {len(self.text)}")
        if not self._segments:
            return 0
        if offset == len(self.text):
            _, orig_start, length = self._segments[-1]
            return orig_start + length
        idx = bisect.bisect_right(self._starts, offset) - 1
        text_start, orig_start, _ = self._segments[idx]
        return orig_start + (offset - text_start)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to the original.

        The end is mapped from the last included character, so a span that ends right before a
        removed block does not swallow that block.
        """
        if start > end:
            raise ValueError(f"span start {start} is after end {end}")
        orig_start = self.to_original(start)
        if end == start:
            return orig_start, orig_start
        return orig_start, self.to_original(end - 1) + 1


class FurnitureRule(NamedTuple):
    """One furniture pattern, matched against a whole line with surrounding whitespace trimmed.

    `follow`, when set, also removes up to `follow_max` subsequent non-blank lines that fully
    match it (blank lines in between are skipped) — for headers such as "ALSO READ" or
    "Recommended Video" whose payload sits on the following lines.
    """

    pattern: re.Pattern[str]
    reason: str
    follow: re.Pattern[str] | None = None
    follow_max: int = 0


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_I = re.IGNORECASE

INSTRUCTION_REASON = "instruction_to_model"

# A related-link headline: short, no sentence-final punctuation. Prose lines end in '.', '"' etc.
# and are usually longer, so a following paragraph of article text stops the header's payload.
_HEADLINE = _rx(r"(?=.{1,160}\Z)[^\n]*[^\s.!?:;\"”’]")

# Single-word prompt lines are only dropped as exact, whole-line matches.
_NOTIFICATION_LINES = (
    r"for (?:quick|daily) alerts",
    r"allow notifications",
    r"oneindia app download",
    r"google oneindia news",
    r"get instant news updates",
    r"enable",
    r"x",
    r"\|",
    r"notification settings x?",
    r"time settings",
    r"done",
    r"clear notifications? x?",
    r"do you want to clear all the notifications from your inbox\?",
    r"settings x",
)

# The single table of whole-line furniture; first matching rule wins, so keep specific rules
# above general ones. Extend here.
FURNITURE_RULES: tuple[FurnitureRule, ...] = (
    # "Also Read | <unrelated headline>" on one line.
    FurnitureRule(_rx(r"also\s+read\s*[|:\-–—]\s*\S.*", _I), "also_read"),
    # "ALSO READ" header followed by a list of unrelated headlines.
    FurnitureRule(_rx(r"also\s+read\s*[|:]?", _I), "also_read", _HEADLINE, 12),
    FurnitureRule(_rx(r"(?:" + "|".join(_NOTIFICATION_LINES) + r")", _I), "notification_prompt"),
    # "Recommended Video" followed by the video's title line.
    FurnitureRule(_rx(r"recommended\s+videos?", _I), "recommended_video", _HEADLINE, 1),
    FurnitureRule(_rx(r"(?:https?://|www\.|pic\.twitter\.com/)\S+"), "url_line"),
    # Devdiscourse-style "- Country:" followed by "- Japan" tag lines.
    FurnitureRule(
        _rx(r"-\s*(?:country|countries|tags?|topics?)\s*:", _I),
        "site_tag",
        _rx(r"-\s*[A-Z][\w'&()-]*(?: [A-Za-z][\w'&()-]*){0,3}"),
        8,
    ),
    FurnitureRule(
        _rx(r"\(The above story is verified and authored by .*\)", _I), "agency_boilerplate"
    ),
    FurnitureRule(
        # Bare form only when short and comma-free: "With inputs from Japan, India drafted ..."
        # is a sentence.
        _rx(
            r"\(\s*with (?:additional )?inputs? from [^()\n]{1,80}\)"
            r"|with (?:additional )?inputs? from [^(),.\n]{1,40}\.?",
            _I,
        ),
        "agency_boilerplate",
    ),
    FurnitureRule(
        _rx(
            r"\((?:except for the headline, )?this (?:story|report) has not been edited by .*\)", _I
        ),
        "agency_boilerplate",
    ),
    FurnitureRule(
        _rx(r"\(only the headline of this report may have been reworked by .*\)", _I),
        "agency_boilerplate",
    ),
    FurnitureRule(
        _rx(
            r"\(?(?:disclaimer:\s*)?this (?:story|article|report) (?:is|has been) "
            r"(?:auto-generated|published) from an? (?:syndicated|agency) (?:news )?feed.*",
            _I,
        ),
        "agency_boilerplate",
    ),
    FurnitureRule(
        _rx(
            r"\(?(?:photo|image|picture|pic|video)s?(?:\s+(?:credit|courtesy|source)s?)?"
            r"\s*[:|]\s*[^()\n]{1,60}\)?",
            _I,
        ),
        "photo_credit",
    ),
    FurnitureRule(
        _rx(
            r"\(?(?:file|representative|representational) (?:photo|image|picture|pic)s?"
            r"(?:\s*[:|]\s*[^()\n]{1,80}| of [^()\n]{1,80})?\)?",
            _I,
        ),
        "photo_credit",
    ),
    FurnitureRule(_rx(r"follow us on [^.\n]{1,80}\.?", _I), "social_prompt"),
    FurnitureRule(
        _rx(r"subscribe to (?:our|the) (?:daily |weekly )?newsletters?[.!]?", _I), "social_prompt"
    ),
    FurnitureRule(
        _rx(r"advertisement|story continues below (?:this )?advertisement", _I), "advertisement"
    ),
    # "On Quad meet, ... cliquesOn Quad meet, ... cliques": a related link rendered twice, glued.
    # A sentence repeated with a space ("Talks resumed. Talks resumed.") is scraped content.
    FurnitureRule(_rx(r"(?P<h>\S.{10,}?[^\s.!?\"”])(?P=h)"), "duplicated_headline"),
)

# Furniture that sits inside an otherwise-kept line, e.g. "... talks. (Photo: ANI)".
INLINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        _rx(
            r"[^\S\n]*\((?:photo|image|picture|pic)s?(?:\s+(?:credit|courtesy|source)s?)?"
            r"\s*:\s*[^()\n]{1,60}\)",
            _I,
        ),
        "photo_credit",
    ),
    (
        _rx(r"[^\S\n]*\((?:file|representative|representational) (?:photo|image)\)", _I),
        "photo_credit",
    ),
)

# A lone caption such as "S Jaishankar": 2-4 capitalised tokens or initials, nothing else.
_NAME_TOKEN = r"(?:[A-Z]\.?|[A-Z][a-z]+(?:[-'’][A-Za-z]+)*)"
_NAME_LINE = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_MULTI_NEWLINE = re.compile(r"\n(?:[^\S\n]*\n)+")


class _Line(NamedTuple):
    start: int  # offset of the first character
    end: int  # offset just past the newline (or end of text)
    body: str  # content with surrounding whitespace trimmed


def _lines(text: str) -> list[_Line]:
    return [_Line(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]


def _is_name_caption(lines: list[_Line], idx: int, original: str) -> bool:
    """A lone name line is a photo caption only when dropping it cannot lose information.

    It must stand alone as a paragraph (blank lines around it, so lists of attendees survive)
    and the same name must occur elsewhere in the article.
    """
    body = lines[idx].body
    if not _NAME_LINE.fullmatch(body):
        return False
    before_blank = idx == 0 or not lines[idx - 1].body
    after_blank = idx == len(lines) - 1 or not lines[idx + 1].body
    if not (before_blank and after_blank):
        return False
    line = lines[idx]
    name = re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")
    return any(not (line.start <= m.start() < line.end) for m in name.finditer(original))


def _line_removals(original: str) -> list[RemovedSpan]:
    lines = _lines(original)
    removed: list[RemovedSpan] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.body:
            i += 1
            continue
        rule = next((r for r in FURNITURE_RULES if r.pattern.fullmatch(line.body)), None)
        if rule is None:
            if is_instruction_like(line.body):
                removed.append(RemovedSpan(line.start, line.end, INSTRUCTION_REASON))
            elif (
                i + 1 < len(lines)
                and lines[i + 1].body
                and is_instruction_like(f"{line.body} {lines[i + 1].body}")
                and not is_instruction_like(lines[i + 1].body)
            ):  # an order broken over two lines ("Ignore all previous" / "instructions …")
                removed.append(RemovedSpan(line.start, lines[i + 1].end, INSTRUCTION_REASON))
                i += 2
                continue
            elif _is_name_caption(lines, i, original):
                removed.append(RemovedSpan(line.start, line.end, "photo_caption"))
            i += 1
            continue
        end = line.end
        i += 1
        if rule.follow is not None:
            taken, j = 0, i
            while j < len(lines) and taken < rule.follow_max:
                nxt = lines[j]
                if not nxt.body:
                    j += 1
                    continue
                if not rule.follow.fullmatch(nxt.body):
                    break
                end, taken, j, i = nxt.end, taken + 1, j + 1, j + 1
        removed.append(RemovedSpan(line.start, end, rule.reason))
    return removed


def _inline_removals(original: str, kept: bytearray) -> list[RemovedSpan]:
    removed: list[RemovedSpan] = []
    for line in _lines(original):
        if not kept[line.start]:
            continue
        segment = original[line.start : line.end]
        for pattern, reason in INLINE_RULES:
            for m in pattern.finditer(segment):
                removed.append(RemovedSpan(line.start + m.start(), line.start + m.end(), reason))
    return removed


def _runs(mask: bytearray) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of maximal runs of kept (non-zero) positions."""
    for m in re.finditer(rb"[^\x00]+", bytes(mask)):
        yield m.start(), m.end()


def _build(original: str, mask: bytearray) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    segments: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    pos = 0
    for start, end in _runs(mask):
        segments.append((pos, start, end - start))
        pieces.append(original[start:end])
        pos += end - start
    return "".join(pieces), tuple(segments)


def _drop_text_range(
    segments: tuple[tuple[int, int, int], ...], mask: bytearray, start: int, end: int
) -> None:
    """Clear `mask` for the original positions behind cleaned-text range [start, end)."""
    for text_start, orig_start, length in segments:
        lo, hi = max(start, text_start), min(end, text_start + length)
        if lo < hi:
            mask[orig_start + lo - text_start : orig_start + hi - text_start] = bytes(hi - lo)


def _tidy_whitespace(original: str, mask: bytearray) -> None:
    """Trim the ends and squeeze blank-line runs to one blank line, by deleting characters only.

    Deleting (rather than rewriting) keeps every remaining character identical to its original.
    """
    text, segments = _build(original, mask)
    drops: list[tuple[int, int]] = []
    lead = len(text) - len(text.lstrip())
    if lead:
        drops.append((0, lead))
    trail = len(text.rstrip())
    if trail < len(text):
        drops.append((trail, len(text)))
    for m in _MULTI_NEWLINE.finditer(text):
        # Keep the run's first and last newline: one paragraph break.
        if m.end() - m.start() > 2:
            drops.append((m.start() + 1, m.end() - 1))
    for start, end in drops:
        _drop_text_range(segments, mask, start, end)


def strip_furniture(original: str) -> CleanedText:
    """Remove site furniture from `original`, keeping paragraph structure and an offset map."""
    mask = bytearray(b"\x01") * len(original)
    removed = _line_removals(original)
    for span in removed:
        mask[span.start : span.end] = bytes(span.end - span.start)
    inline = _inline_removals(original, mask)
    for span in inline:
        mask[span.start : span.end] = bytes(span.end - span.start)
    _tidy_whitespace(original, mask)
    text, segments = _build(original, mask)
    all_removed = tuple(sorted(removed + inline, key=lambda s: (s.start, s.end)))
    return CleanedText(original=original, text=text, removed=all_removed, _segments=segments)
