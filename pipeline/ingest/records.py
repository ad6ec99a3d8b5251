"""Record files: many articles in one file — a crawler's JSONL (plain or gzipped), a CSV
from a spreadsheet, a Parquet export. Each is read streaming, one record at a time, so a
corpus of any size never sits in memory; every record becomes an ``Article`` or an
``ArticleError`` naming the file and its line or row, and one bad record never stops the
rest of the file.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.ingest.articles import (
    Article,
    ArticleError,
    SourceFormat,
    html_to_article_text,
    looks_like_html,
)
from pipeline.ingest.metadata import FieldNames, meta_from_fields

__all__ = [
    "RECORD_SUFFIXES",
    "RawRecord",
    "is_record_file",
    "iter_raw_records",
    "record_article",
    "record_kind",
]

RECORD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".csv", ".parquet")
PARQUET_BATCH_ROWS = 256


def is_record_file(path: Path) -> bool:
    return path.name.lower().endswith(RECORD_SUFFIXES)


def record_kind(path: Path) -> str:
    """``line`` for JSONL (what an editor shows), ``row`` for CSV and Parquet."""
    return "line" if path.name.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson")) else "row"


@dataclass(frozen=True)
class RawRecord:
    """One record as read: its fields, or why it (or the rest of the file) is unreadable.

    ``number`` is the JSONL line or the CSV/Parquet data row (1-based, header not counted);
    0 for an error about the whole file."""

    number: int
    fields: dict[str, Any] | None = None
    error: str | None = None
    chosen: dict[str, str | None] | None = None
    """Fields used for each role, decided once per file (CSV header, Parquet schema)."""


def iter_raw_records(path: Path, names: FieldNames) -> Iterator[RawRecord]:
    lowered = path.name.lower()
    try:
        if lowered.endswith(".csv"):
            yield from _csv_records(path, names)
        elif lowered.endswith(".parquet"):
            yield from _parquet_records(path, names)
        else:
            yield from _jsonl_records(path)
    except OSError as exc:
        yield RawRecord(0, error=f"{path.name}: cannot read ({exc.strerror or exc})")


def _jsonl_records(path: Path) -> Iterator[RawRecord]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except ValueError as exc:  # JSON and UTF-8 errors alike
                    reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
                    yield RawRecord(number, error=f"{path.name} line {number}: not JSON ({reason})")
                    continue
                if not isinstance(value, dict):
                    kind = type(value).__name__
                    yield RawRecord(
                        number, error=f"{path.name} line {number}: a JSON {kind}, not an object"
                    )
                    continue
                yield RawRecord(number, value)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield RawRecord(
            number + 1,
            error=f"{path.name}: broken gzip after line {number} ({exc}); rest of file not read",
        )


def _no_text_field(path: Path, names: FieldNames, noun: str, available: list[str]) -> RawRecord:
    """The one error of a CSV or Parquet file none of whose columns holds the text."""
    return RawRecord(
        0,
        error=f"{path.name}: no text {noun} (looked for {names.wanted('text')}; "
        f"{noun}s: {', '.join(available[:8]) or 'none'}); set --text-field",
    )


def _csv_records(path: Path, names: FieldNames) -> Iterator[RawRecord]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are longer than 128 KiB
    number = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or [])
            chosen = names.resolve(header)
            if chosen["text"] is None:
                yield _no_text_field(path, names, "column", header)
                return
            for number, row in enumerate(reader, 1):
                yield RawRecord(number, dict(row), chosen=chosen)
    except UnicodeDecodeError:
        yield RawRecord(
            number + 1,
            error=f"{path.name} row {number + 1}: not UTF-8; rest of file not read "
            "(re-save the CSV as UTF-8)",
        )
    except csv.Error as exc:
        yield RawRecord(
            number + 1, error=f"{path.name} row {number + 1}: {exc}; rest of file not read"
        )


def _parquet_records(path: Path, names: FieldNames) -> Iterator[RawRecord]:
    import pyarrow as pa  # imported here: only Parquet corpora need it
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield RawRecord(0, error=f"{path.name}: not a Parquet file ({exc})")
        return
    columns = list(parquet.schema_arrow.names)
    chosen = names.resolve(columns)
    if chosen["text"] is None:
        yield _no_text_field(path, names, "field", columns)
        return
    wanted = [c for c in dict.fromkeys(chosen.values()) if c is not None]
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
            for row in batch.to_pylist():
                number += 1
                yield RawRecord(number, row, chosen=chosen)
    except (pa.ArrowException, OSError) as exc:
        yield RawRecord(
            number + 1, error=f"{path.name} row {number + 1}: {exc}; rest of file not read"
        )


def _id_value(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def record_article(path: Path, raw: RawRecord, names: FieldNames, fallback_id: str) -> Article:
    """The article of one record; raises ArticleError naming the file and line/row."""
    kind = record_kind(path)
    where = f"{path.name} {kind} {raw.number}"
    if raw.error is not None:
        raise ArticleError(raw.error)
    assert raw.fields is not None
    chosen = raw.chosen or names.resolve(list(raw.fields))
    text_field = chosen["text"]
    value = raw.fields.get(text_field) if text_field is not None else None
    if text_field is None or (value is None and text_field not in raw.fields):
        raise ArticleError(f"{where}: no text field (looked for {names.wanted('text')})")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ArticleError(f"{where}: empty text in field {text_field!r}")
    if not isinstance(value, str):
        raise ArticleError(
            f"{where}: field {text_field!r} holds a {type(value).__name__}, not text"
        )
    text, source_format = value, "text"
    if looks_like_html(text):  # crawlers often store the page, not its text
        text = html_to_article_text(text, where)
        source_format = "html"
    format_: SourceFormat = "html" if source_format == "html" else "text"
    id_field = chosen["id"]
    article_id = (_id_value(raw.fields.get(id_field)) if id_field else None) or fallback_id
    return Article(
        article_id=article_id,
        path=path,
        text=text,
        content_sha256=hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest(),
        source_format=format_,
        meta=meta_from_fields(raw.fields, chosen, where),
        record=raw.number,
        record_kind=kind,
    )
