"""Writing results so that finished work is never lost.

Each finished article is appended to ``extractions.partial.jsonl`` (flushed and fsynced) the
moment it is done; at the end ``extractions.jsonl`` is written in file-name order to a
temporary file and renamed into place, so a reader never sees a half-written file.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from schemas import ArticleExtraction, load_extraction

EXTRACTIONS_FILE = "extractions.jsonl"
PARTIAL_FILE = "extractions.partial.jsonl"


def to_json_line(record: ArticleExtraction) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=False)


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def write_extractions(path: Path, records: Iterable[ArticleExtraction]) -> None:
    # Corpus order whatever order the work finished in: by file, then line or row in it.
    ordered = sorted(records, key=lambda r: (r.source_path, r.source_record or 0, r.article_id))
    atomic_write_text(path, "".join(to_json_line(r) + "\n" for r in ordered))


class ExtractionsFileError(ValueError):
    """A line of an ``extractions.jsonl`` that is not a record; the message names the line."""


def read_extractions(path: Path) -> list[ArticleExtraction]:
    """Records of any known schema version, lifted to the current one (no re-extraction).

    Raises OSError when unreadable and ExtractionsFileError (one line, ``path:line: why``)
    when a line is not a record.
    """
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(load_extraction(json.loads(line)))
            except ValidationError as exc:
                err = exc.errors()[0]
                where = ".".join(str(x) for x in err["loc"]) or "line"
                raise ExtractionsFileError(f"{path}:{number}: {where}: {err['msg']}") from None
            except ValueError as exc:  # JSON syntax or unknown schema version
                reason = " ".join(str(exc).split())
                raise ExtractionsFileError(f"{path}:{number}: {reason}") from None
    return records


class CheckpointWriter:
    """Thread-safe append of finished records, one complete line per write."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._handle = path.open("a", encoding="utf-8")

    def append(self, record: ArticleExtraction) -> None:
        line = to_json_line(record) + "\n"
        with self._lock:
            self._handle.write(line)
            self._handle.flush()
            os.fsync(self._handle.fileno())

    def close(self) -> None:
        with self._lock:
            self._handle.close()
