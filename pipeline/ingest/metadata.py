"""What a corpus says about an article besides its text: publication date, headline, URL,
outlet — from a record's fields, a Markdown front matter or a web page's ``<meta>`` tags.

Crawlers and archives name these fields differently (news-please ``date_publish`` and
``maintext``, trafilatura ``date`` and ``sitename``, a spreadsheet ``Published``); the usual
names are detected, and every one can be set by the user. The publication date is the one
field code reasons with (it is the reference date of relative expressions), so it is parsed
strictly: a value that does not name a day is reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timezone
from typing import Any

__all__ = [
    "NO_META",
    "USUAL_FIELDS",
    "ArticleMeta",
    "FieldNames",
    "UnparsableDate",
    "meta_from_fields",
    "publication_date",
    "split_front_matter",
]

# The usual names, most specific first; matched case-insensitively.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "docid", "uuid", "guid", "_id"),
    "text": ("text", "maintext", "body", "content", "article", "article_text", "raw_text"),
    "date": (
        "published",
        "date_publish",
        "published_at",
        "publication_date",
        "pubdate",
        "date_published",
        "datepublished",
        "date",
        "publish_date",
    ),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "canonical_url", "source_url", "uri"),
    "source": ("source", "outlet", "source_domain", "sitename", "site_name", "publisher", "site"),
}


@dataclass(frozen=True)
class FieldNames:
    """Which field of a record holds what. ``None``: the first usual name that is present."""

    id: str | None = None
    text: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    def resolve(self, available: list[str]) -> dict[str, str | None]:
        """The field used for each role among the fields a record or file has."""
        by_lower = {name.lower(): name for name in available}
        chosen: dict[str, str | None] = {}
        for role in (f.name for f in fields(self)):
            wanted: str | None = getattr(self, role)
            if wanted is not None:
                chosen[role] = wanted if wanted in available else by_lower.get(wanted.lower())
                continue
            chosen[role] = next(
                (by_lower[name] for name in DEFAULT_FIELDS[role] if name in by_lower), None
            )
        return chosen

    def wanted(self, role: str) -> str:
        """How to name the field of ``role`` in a message: the user's name or the usual ones."""
        given: str | None = getattr(self, role)
        return repr(given) if given else " / ".join(DEFAULT_FIELDS[role][:4])


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    """ISO date (YYYY-MM-DD) the corpus gives for the article's publication."""
    warnings: tuple[str, ...] = field(default=())
    """One line per metadata value that could not be used (a date that does not parse)."""

    def merged(self, other: ArticleMeta) -> ArticleMeta:
        """``self`` with the values it lacks taken from ``other``."""
        return replace(
            self,
            title=self.title or other.title,
            url=self.url or other.url,
            outlet=self.outlet or other.outlet,
            published=self.published or other.published,
            warnings=self.warnings + other.warnings,
        )


NO_META = ArticleMeta()
USUAL_FIELDS = FieldNames()
"""Every role read from the first usual field name that is present."""


class UnparsableDate(ValueError):
    pass


_EPOCH_SECONDS = (10**8, 10**10)  # 1973 … 2286: a number in this range is seconds
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


def publication_date(value: Any) -> str:
    """The day a metadata value names, as ISO ``YYYY-MM-DD``; raises UnparsableDate.

    Accepts dates and datetimes (Parquet timestamps), epoch seconds or milliseconds, ISO
    strings with or without a time and zone ("2024-05-03T22:10:00-04:00" is the 3rd: the
    day as the outlet wrote it, not in UTC), and written dates ("May 3, 2024", "03.05.2024",
    "3 mai 2024") read by dateparser day first. A value without a year is refused.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
        if seconds > _EPOCH_SECONDS[1]:
            seconds /= 1000.0  # milliseconds
        if not _EPOCH_SECONDS[0] <= seconds <= _EPOCH_SECONDS[1]:
            raise UnparsableDate(f"{value!r} is not a date")
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
    if not isinstance(value, str) or not value.strip():
        raise UnparsableDate(f"{value!r} is not a date")
    text = value.strip()
    iso = _ISO_DAY.match(text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            raise UnparsableDate(f"{text!r} is not a date") from None
    if not _HAS_YEAR.search(text):
        raise UnparsableDate(f"{text!r} has no year")
    import dateparser  # imported here: ~0.3 s, and most corpora give ISO dates

    parsed = dateparser.parse(
        text,
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "STRICT_PARSING": True,
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise UnparsableDate(f"{text!r} does not parse as a date")
    return parsed.date().isoformat()


def _text_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # news-please and others: a list of authors or sources
        value = ", ".join(str(v) for v in value if v)
    text = " ".join(str(value).split())
    return text or None


def meta_from_fields(
    record: Mapping[str, Any], chosen: Mapping[str, str | None], where: str
) -> ArticleMeta:
    """Metadata of one record; ``where`` ("corpus.jsonl line 4") prefixes any warning."""
    published, warnings = None, []
    date_field = chosen.get("date")
    if date_field is not None and record.get(date_field) not in (None, ""):
        try:
            published = publication_date(record[date_field])
        except UnparsableDate as exc:
            warnings.append(f"{where}: date field {date_field!r}: {exc}; not used")

    def value(role: str) -> str | None:
        name = chosen.get(role)
        return _text_value(record.get(name)) if name is not None else None

    return ArticleMeta(
        title=value("title"),
        url=value("url"),
        outlet=value("source"),
        published=published,
        warnings=tuple(warnings),
    )


_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n")


def split_front_matter(text: str, name: str, names: FieldNames) -> tuple[str, ArticleMeta]:
    """A Markdown file's body and the metadata of its front matter (YAML ``---`` or TOML
    ``+++``, read by python-frontmatter). Text without one comes back unchanged; a front
    matter that does not parse is kept as text, with a warning."""
    if not _FRONT_MATTER.match(text):
        return text, ArticleMeta()
    import frontmatter  # imported here: only Markdown with front matter needs it

    try:
        post = frontmatter.loads(text)
    except Exception as exc:  # YAML and TOML errors have no common base
        reason = " ".join(str(exc).split())[:120]
        return text, ArticleMeta(
            warnings=(f"{name}: front matter does not parse ({reason}); read as text",)
        )
    metadata = {str(k): v for k, v in post.metadata.items()}
    chosen = names.resolve(list(metadata))
    return post.content, meta_from_fields(metadata, chosen, name)


def html_meta(html: str, name: str) -> ArticleMeta:
    """Headline, URL, site name and publication date of a saved web page, from its markup
    only (``<meta>``, JSON-LD, ``<time>``: trafilatura + htmldate without content guessing,
    so a date mentioned in the story never becomes its publication date)."""
    from trafilatura import extract_metadata  # imported here: only web pages need it

    try:
        found = extract_metadata(html, extensive=False)
    except Exception:  # a page whose markup defeats the parser has no usable metadata
        return ArticleMeta()
    published, warnings = None, []
    if found.date:
        try:
            published = publication_date(found.date)
        except UnparsableDate as exc:
            warnings.append(f"{name}: page date {exc}; not used")
    return ArticleMeta(
        title=_text_value(found.title),
        url=_text_value(found.url),
        outlet=_text_value(found.sitename or found.hostname),
        published=published,
        warnings=tuple(warnings),
    )
