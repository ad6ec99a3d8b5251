"""The extraction cache: an embedded SQLite database of finished articles.

A result is reused only when *everything* that can change the answer is the same: the article
bytes, the schema (JSON schemas + validation code version), the prompt templates, the model and
the generation parameters. Those five parts are stored as columns too, so that ``plan`` can say
*which* of them changed since an article was last extracted.

SQLite in WAL mode with a busy timeout lets several processes (two ``extract`` runs on one
folder, say) write at once without corrupting the file; every write is one short transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from schemas import ArticleExtraction

DEFAULT_CACHE_PATH = Path(".summitry") / "cache.sqlite"
CACHE_ENV = "SUMMITRY_CACHE_DB"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    cache_key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    schema_hash TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    model_id TEXT NOT NULL,
    params_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    record_json TEXT NOT NULL,
    chars INTEGER NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    wall_seconds REAL NOT NULL,
    stored_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS extractions_by_article ON extractions (article_id);
"""


@dataclass(frozen=True)
class CacheKey:
    """The five things an answer depends on; ``digest`` is the primary key."""

    content_sha256: str
    schema_hash: str
    prompt_hash: str
    model_id: str
    params_hash: str

    @property
    def digest(self) -> str:
        joined = "\0".join(
            (
                self.content_sha256,
                self.schema_hash,
                self.prompt_hash,
                self.model_id,
                self.params_hash,
            )
        )
        return hashlib.sha256(joined.encode()).hexdigest()


@dataclass(frozen=True)
class CachedEntry:
    key: CacheKey
    article_id: str
    status: str
    record_json: str
    chars: int
    prompt_tokens: int
    completion_tokens: int
    wall_seconds: float

    def record(self) -> ArticleExtraction:
        return ArticleExtraction.model_validate_json(self.record_json)


def default_cache_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    return Path(env[CACHE_ENV]) if env.get(CACHE_ENV) else DEFAULT_CACHE_PATH


class ExtractionCache:
    """Thread-safe (one connection per thread) and process-safe (SQLite locking, WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        connection = self._connection()
        with connection:
            connection.executescript(_SCHEMA)

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA busy_timeout=30000")
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def put(
        self,
        key: CacheKey,
        record: ArticleExtraction,
        *,
        chars: int,
        wall_seconds: float,
    ) -> None:
        """Store (or replace) one result; committed before returning, so a kill right after
        loses nothing."""
        row = (
            key.digest,
            record.article_id,
            key.content_sha256,
            key.schema_hash,
            key.prompt_hash,
            key.model_id,
            key.params_hash,
            record.status,
            record.model_dump_json(),
            chars,
            record.usage.prompt_tokens,
            record.usage.completion_tokens,
            wall_seconds,
            time.time(),
        )
        connection = self._connection()
        with connection:
            connection.execute(
                "INSERT OR REPLACE INTO extractions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", row
            )

    def get(self, key: CacheKey) -> CachedEntry | None:
        cursor = self._connection().execute(
            f"SELECT {_COLUMNS} FROM extractions WHERE cache_key = ?", (key.digest,)
        )
        row = cursor.fetchone()
        return _entry(row) if row else None

    def latest_by_article(self, article_ids: list[str]) -> dict[str, CachedEntry]:
        """The most recently stored entry of each article id (for saying *what* changed)."""
        found: dict[str, CachedEntry] = {}
        connection = self._connection()
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            cursor = connection.execute(
                f"SELECT {_COLUMNS} FROM extractions WHERE article_id IN ({marks}) "
                "ORDER BY stored_at, rowid",
                chunk,
            )
            for row in cursor:
                entry = _entry(row)
                found[entry.article_id] = entry  # later rows win
        return found

    def entries(self, keys: list[CacheKey]) -> dict[str, CachedEntry]:
        """Entries by cache key digest, fetched in batches (one query per 500 keys)."""
        found: dict[str, CachedEntry] = {}
        connection = self._connection()
        digests = [k.digest for k in keys]
        for start in range(0, len(digests), 500):
            chunk = digests[start : start + 500]
            marks = ",".join("?" * len(chunk))
            cursor = connection.execute(
                f"SELECT {_COLUMNS} FROM extractions WHERE cache_key IN ({marks})", chunk
            )
            for row in cursor:
                entry = _entry(row)
                found[entry.key.digest] = entry
        return found

    def mean_cost_per_char(self) -> tuple[float, float, float] | None:
        """Prompt tokens, completion tokens and seconds per character of past extractions
        (``ok`` ones), to estimate what a plan will cost; None with no history."""
        row = (
            self._connection()
            .execute(
                "SELECT SUM(chars), SUM(prompt_tokens), SUM(completion_tokens), SUM(wall_seconds) "
                "FROM extractions WHERE status = 'ok' AND chars > 0 AND wall_seconds > 0"
            )
            .fetchone()
        )
        if not row or not row[0]:
            return None
        chars = float(row[0])
        return row[1] / chars, row[2] / chars, row[3] / chars

    def count(self) -> int:
        return int(self._connection().execute("SELECT COUNT(*) FROM extractions").fetchone()[0])

    def integrity_ok(self) -> bool:
        result = self._connection().execute("PRAGMA integrity_check").fetchone()
        return bool(result and result[0] == "ok")


_INSERT = f"INSERT OR REPLACE INTO extractions VALUES ({','.join('?' * 14)})"
_COLUMNS = (
    "content_sha256, schema_hash, prompt_hash, model_id, params_hash, article_id, status, "
    "record_json, chars, prompt_tokens, completion_tokens, wall_seconds"
)


def _entry(row: tuple[object, ...]) -> CachedEntry:
    (
        content,
        schema,
        prompt,
        model,
        params,
        article_id,
        status,
        record_json,
        chars,
        pt,
        ct,
        wall,
    ) = row
    return CachedEntry(
        key=CacheKey(str(content), str(schema), str(prompt), str(model), str(params)),
        article_id=str(article_id),
        status=str(status),
        record_json=str(record_json),
        chars=int(chars),  # type: ignore[call-overload]
        prompt_tokens=int(pt),  # type: ignore[call-overload]
        completion_tokens=int(ct),  # type: ignore[call-overload]
        wall_seconds=float(wall),  # type: ignore[arg-type]
    )


def params_hash(values: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()[:16]
