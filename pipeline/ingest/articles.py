"""Finding and reading articles. The only place that touches article files.

What comes in is not always clean UTF-8 prose: legacy Windows/Latin-1 files, a saved web
page instead of its text, binary files with a text suffix. Each is either turned into article
text by a rule that cannot invent characters, or refused with one line naming the file.
Whatever ``Article.text`` is, evidence offsets refer to it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.ingest.metadata import (
    NO_META,
    USUAL_FIELDS,
    ArticleMeta,
    FieldNames,
    html_meta,
    split_front_matter,
)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

SourceFormat = Literal["text", "html"]


class ArticleError(Exception):
    """An article that cannot be processed; the message is one line a user can act on."""


@dataclass(frozen=True)
class Article:
    article_id: str
    path: Path
    text: str
    content_sha256: str
    encoding: str = "utf-8"
    """How the file's bytes were decoded: ``utf-8``, ``utf-16``, ``cp1252`` or ``latin-1``."""
    source_format: SourceFormat = "text"
    """``html``: the file was a web page and ``text`` is the article text extracted from it."""
    meta: ArticleMeta = NO_META
    """Publication date, headline, URL and outlet, where the corpus gives them."""
    record: int | None = None
    """Line (JSONL) or row (CSV, Parquet) in ``path`` for an article read from a record file."""
    record_kind: str = "line"

    @property
    def name(self) -> str:
        """How messages name the article: its file, and the line or row of a record."""
        if self.record is None:
            return self.path.name
        return f"{self.path.name} {self.record_kind} {self.record}"


def discover_articles(folder: Path) -> list[Path]:
    """Article files in stable order (by file name), so output order never depends on the OS."""
    if not folder.is_dir():
        raise ArticleError(f"{folder}: not a folder")
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES),
        key=lambda p: p.name,
    )


def outside_folder(path: Path, folder: Path) -> bool:
    """A link (or a path with ``..``) whose real file lies outside the article folder."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return True
    return False


def content_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Bytes 0x80-0x9F: printable in cp1252 (curly quotes, dashes, euro), C1 controls in latin-1.
_CP1252_ONLY = re.compile(rb"[\x80-\x9f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_NON_ASCII_SHARE = 0.2
"""Western European news text is a few percent accented letters; far more than this in a
single-byte decoding means the guess is wrong (an Asian or Cyrillic legacy encoding)."""
MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with, or an ArticleError saying why it is not text.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are exact. Otherwise the single-byte
    Windows encoding cp1252 (a superset of the printable latin-1) is used, but only when the
    result reads like Western text: a wrong guess would put invented characters into
    evidence quotes, so anything doubtful is refused instead.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), name), "utf-16"
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: broken UTF-16 text; re-save the file as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: binary file, not article text")
    try:
        return _checked(data.decode("utf-8-sig"), name), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if len(_BINARY_CONTROL.findall(data)) > MAX_CONTROL_SHARE * len(data):
        raise ArticleError(f"{name}: binary file, not article text")
    if _mostly_utf8(data):
        raise ArticleError(
            f"{name}: mixed encodings (UTF-8 with invalid bytes, first at byte {first_bad}); "
            "re-save the file as UTF-8"
        )
    encoding = "cp1252" if _CP1252_ONLY.search(data) else "latin-1"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: not text in cp1252
        text = ""
    letters = [c for c in text if c.isalpha()]
    if not text or sum(not c.isascii() for c in letters) > MAX_NON_ASCII_SHARE * len(letters):
        raise ArticleError(
            f"{name}: not UTF-8 (byte {first_bad}) and not Western cp1252/latin-1 text "
            "either; re-save the file as UTF-8"
        )
    return _checked(text, name), encoding


def _mostly_utf8(data: bytes) -> bool:
    """More valid UTF-8 multi-byte characters than invalid bytes: UTF-8 with a few bytes from
    elsewhere pasted in. Decoding it as cp1252 would turn every "’" into "â€™"."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    return sum(not c.isascii() for c in text) - invalid > invalid


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise ArticleError(f"{name}: empty article")
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise ArticleError(f"{name}: binary file, not article text")
    return text


def decode_article(data: bytes, name: str) -> str:
    """Decode bytes as article text, or say in one line why they are not one."""
    return decode_text(data, name)[0]


_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_BLOCK = re.compile(r"<(?:p|div|article|section|h[1-6]|br|li|span|a)\b[^>]*>", re.I)
MIN_HTML_BLOCKS = 3


def looks_like_html(text: str) -> bool:
    """A saved web page rather than text: it opens like one, or starts with a tag and is
    made of block tags. Markdown with a stray ``<br>`` is not."""
    if _HTML_START.match(text):
        return True
    return text.lstrip().startswith("<") and len(_HTML_BLOCK.findall(text, 0, 20000)) >= (
        MIN_HTML_BLOCKS
    )


def html_to_article_text(html: str, name: str) -> str:
    """The article text of a web page (trafilatura: main content, without navigation,
    related links, comments or footers), paragraphs one per line."""
    import trafilatura  # imported here: only web pages need it

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, include_images=False
    )
    if not text or not text.strip():
        raise ArticleError(f"{name}: web page without article text")
    return text


def read_article(
    path: Path,
    article_id: str | None = None,
    *,
    folder: Path | None = None,
    names: FieldNames = USUAL_FIELDS,
) -> Article:
    """Read one article; raises ArticleError with a one-line reason naming the file.

    A Markdown front matter and a web page's meta tags become the article's metadata
    (``names`` says which front-matter keys hold what); the text is what follows them.
    With ``folder``, a file whose real path is outside it (a symlink to ``/etc/passwd``)
    is refused: its text would go to the model and into the run's texts."""
    if folder is not None and outside_folder(path, folder):
        raise ArticleError(
            f"{path.name}: links outside the article folder (to {path.resolve()}); not read "
            "(--follow-symlinks reads it)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    text, encoding = decode_text(data, path.name)
    source_format: SourceFormat = "text"
    meta = ArticleMeta()
    if looks_like_html(text):
        meta = html_meta(text, path.name)
        text, source_format = html_to_article_text(text, path.name), "html"
    elif path.suffix.lower() == ".md":
        text, meta = split_front_matter(text, path.name, names)
        if not text.strip():
            raise ArticleError(f"{path.name}: empty article (front matter only)")
    return Article(
        article_id=article_id or path.stem,
        path=path,
        text=text,
        content_sha256=content_sha256(data),
        encoding=encoding,
        source_format=source_format,
        meta=meta,
    )
