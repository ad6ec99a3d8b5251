"""Finding and reading articles. The only place that touches article files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md")


class ArticleError(Exception):
    """An article that cannot be processed; the message is one line a user can act on."""


@dataclass(frozen=True)
class Article:
    article_id: str
    path: Path
    text: str
    content_sha256: str


def discover_articles(folder: Path) -> list[Path]:
    """Article files in stable order (by file name), so output order never depends on the OS."""
    if not folder.is_dir():
        raise ArticleError(f"{folder}: not a folder")
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES),
        key=lambda p: p.name,
    )


def content_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_article(data: bytes, name: str) -> str:
    """Decode bytes as article text, or say in one line why they are not one.

    UTF-8 first (with or without BOM); a NUL byte means binary. Other text is not guessed
    at here: a wrong guess would put invented characters into evidence quotes.
    """
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{name}: not UTF-8 text (byte {exc.start}); re-save the file as UTF-8"
        ) from None
    if not text.strip():
        raise ArticleError(f"{name}: empty article")
    return text


def read_article(path: Path) -> Article:
    """Read one article; raises ArticleError with a one-line reason naming the file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    return Article(
        article_id=path.stem,
        path=path,
        text=decode_article(data, path.name),
        content_sha256=content_sha256(data),
    )
