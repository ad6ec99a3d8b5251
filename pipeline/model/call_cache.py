"""The call cache: every model answer ever received, keyed by the exact request that got it.

One row per request: the key is a hash of the model's identity and the complete request body
(messages — re-asks included —, response schema, generation parameters), so an answer is
replayed only for the very same question. Everything downstream of the answers (validation,
records, merging, reconciliation) is code and re-runs on every run: a rule change needs no
version bump and no model call, and a validator that now rejects a cached answer produces a
re-ask, which is a new request and is asked. Only answers are stored, never failures: a
timeout, an HTTP error or a truncated or non-JSON answer leaves no row, so the next run asks
that exact call again.

Each row also says what it was asked for (article, task, unit, round) and the parts of the
request (prompt template, content, schema, model, parameters) as separate hashes, so that
``plan`` can tell *why* a call is new by comparing it with that article's previous call for
the same unit. SQLite in WAL mode with a busy timeout: several processes and threads write at
once safely; every write is one short transaction, committed before the answer is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_CACHE_PATH = Path(".summitry") / "cache.sqlite"
CACHE_ENV = "SUMMITRY_CACHE_DB"
CACHE_FORMAT = "calls/1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    request_key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    task TEXT NOT NULL,
    unit INTEGER NOT NULL,
    round INTEGER NOT NULL,
    model_id TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    schema_hash TEXT NOT NULL,
    params_hash TEXT NOT NULL,
    response_json TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    wall_seconds REAL NOT NULL,
    stored_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS calls_by_unit ON calls (article_id, task, unit, stored_at);
CREATE TABLE IF NOT EXISTS cache_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batch_calls (
    request_key TEXT PRIMARY KEY,
    batch_round INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    task TEXT NOT NULL,
    unit INTEGER NOT NULL,
    round INTEGER NOT NULL,
    model_id TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    schema_hash TEXT NOT NULL,
    params_hash TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS batch_jobs (
    batch_id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    requests_file TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at REAL NOT NULL
);
"""
_BATCH_COLUMNS = (
    "request_key, batch_round, article_id, task, unit, round, model_id, prompt_hash, "
    "content_hash, schema_hash, params_hash, state, reason"
)
BatchState = str
"""``pending`` (exported, no answer yet), ``answered`` (imported into ``calls``), ``failed``
(the batch answered with an error; exported again by the next round)."""
_COLUMNS = (
    "request_key, article_id, task, unit, round, model_id, prompt_hash, content_hash, "
    "schema_hash, params_hash, response_json, prompt_tokens, completion_tokens, wall_seconds"
)
_LEGACY_TABLE = "extractions"


class CacheError(Exception):
    """A cache file that cannot be used; the message is one line naming the file."""


def digest(value: object) -> str:
    """Stable short hash of any JSON-able value (dict keys sorted)."""
    payload = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class CallLabel:
    """What a call is for, as the caller knows it: not part of the key, but what ``plan``
    compares to explain a change. ``prompt_hash`` identifies the task's prompt templates,
    ``content_hash`` the values rendered into them (the sentences)."""

    article_id: str = ""
    task: str = ""
    unit: int = -1
    prompt_hash: str = ""
    content_hash: str = ""


@dataclass(frozen=True)
class CallIdentity:
    """Everything a request is made of, split into the parts that can change."""

    key: str
    label: CallLabel
    model_id: str
    schema_hash: str
    params_hash: str
    round: int = 0


@dataclass(frozen=True)
class StoredCall:
    identity: CallIdentity
    response_json: str
    prompt_tokens: int
    completion_tokens: int
    wall_seconds: float


_GENERATION_KEYS = ("temperature", "max_tokens", "seed", "top_p", "stop")


def identify_request(model_id: str, request: dict[str, Any], label: CallLabel) -> CallIdentity:
    """The identity of one HTTP request body. The model name in the body is replaced by the
    model's identity (the embedded server's alias is always "local"; its GGUF file is not)."""
    body = {k: v for k, v in request.items() if k != "model"}
    messages = body.get("messages") or []
    whole = json.dumps({"model": model_id, "request": body}, sort_keys=True, default=str)
    return CallIdentity(
        key=hashlib.sha256(whole.encode()).hexdigest(),
        label=label,
        model_id=model_id,
        schema_hash=digest(body.get("response_format")),
        params_hash=digest({k: body.get(k) for k in _GENERATION_KEYS}),
        round=sum(1 for m in messages if isinstance(m, dict) and m.get("role") == "assistant"),
    )


def default_cache_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    return Path(env[CACHE_ENV]) if env.get(CACHE_ENV) else DEFAULT_CACHE_PATH


class CallCache:
    """Thread-safe (a pool of connections) and process-safe (SQLite locking, WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.legacy_entries = 0
        """Whole-article results of an older Summitry found in this file and set aside."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheError(f"{path}: cannot create the cache folder ({exc.strerror})") from None
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        try:
            with self._connection() as connection:
                with connection:
                    self.legacy_entries = _set_aside_legacy(connection)
                    connection.executescript(_SCHEMA)
                    connection.execute(
                        "INSERT OR IGNORE INTO cache_meta VALUES ('format', ?)", (CACHE_FORMAT,)
                    )
                row = connection.execute(
                    "SELECT value FROM cache_meta WHERE key='format'"
                ).fetchone()
        except sqlite3.Error as exc:
            self.close()
            raise CacheError(f"{path}: cannot open the cache ({exc})") from None
        if row is None or row[0] != CACHE_FORMAT:
            self.close()
            found = row[0] if row else "none"
            raise CacheError(
                f"{path}: cache format {found!r}, this Summitry reads {CACHE_FORMAT!r}; "
                "use another --cache file"
            )

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A pooled connection, borrowed for one statement or transaction. Short-lived
        threads (each article's calls run in their own pool) reuse connections instead of
        opening one each and leaking it."""
        try:
            connection = self._idle.get_nowait()
        except queue.Empty:
            connection = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA busy_timeout=30000")
            with self._lock:
                self._connections.append(connection)
        try:
            yield connection
        finally:
            self._idle.put(connection)

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._idle = queue.SimpleQueue()

    def __enter__(self) -> CallCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def put(
        self,
        identity: CallIdentity,
        response_json: str,
        *,
        prompt_tokens: int,
        completion_tokens: int,
        wall_seconds: float,
    ) -> None:
        """Store one answer; committed before returning, so a kill right after loses nothing.
        An answer already stored for the same request is kept (the first one wins)."""
        label = identity.label
        row = (
            identity.key,
            label.article_id,
            label.task,
            label.unit,
            identity.round,
            identity.model_id,
            label.prompt_hash,
            label.content_hash,
            identity.schema_hash,
            identity.params_hash,
            response_json,
            prompt_tokens,
            completion_tokens,
            wall_seconds,
            time.time(),
        )
        try:
            with self._connection() as connection, connection:
                connection.execute(
                    f"INSERT OR IGNORE INTO calls VALUES ({','.join('?' * len(row))})", row
                )
        except sqlite3.Error as exc:
            raise CacheError(f"{self.path}: cannot store a model answer ({exc})") from None

    def get(self, key: str) -> StoredCall | None:
        found = self.get_many([key])
        return found.get(key)

    def get_many(self, keys: list[str]) -> dict[str, StoredCall]:
        """Stored answers by request key, fetched 500 keys per query."""
        found: dict[str, StoredCall] = {}
        with self._connection() as connection:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                cursor = connection.execute(
                    f"SELECT {_COLUMNS} FROM calls WHERE request_key IN ({marks})", chunk
                )
                for row in cursor:
                    stored = _stored(row)
                    found[stored.identity.key] = stored
        return found

    def previous_call(self, article_id: str, task: str, unit: int) -> CallIdentity | None:
        """The latest first-round call stored for this article's task and unit."""
        with self._connection() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM calls WHERE article_id=? AND task=? AND unit=? "
                "AND round=0 ORDER BY stored_at DESC, rowid DESC LIMIT 1",
                (article_id, task, unit),
            ).fetchone()
        return _stored(row).identity if row else None

    def articles_seen(self, article_ids: list[str]) -> set[str]:
        """Which of these articles have any stored call."""
        seen: set[str] = set()
        with self._connection() as connection:
            for start in range(0, len(article_ids), 500):
                chunk = article_ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                cursor = connection.execute(
                    f"SELECT DISTINCT article_id FROM calls WHERE article_id IN ({marks})", chunk
                )
                seen.update(str(row[0]) for row in cursor)
        return seen

    def task_rates(self) -> dict[str, CallRates]:
        """Mean tokens and seconds per first-round call of each task, and how many re-asks
        each first-round call needed on average: what a plan's new calls will cost."""
        with self._connection() as connection:
            rows = connection.execute(
                "SELECT task, SUM(round = 0), SUM(round > 0), AVG(prompt_tokens), "
                "AVG(completion_tokens), AVG(wall_seconds) FROM calls GROUP BY task"
            ).fetchall()
        return {
            str(task): CallRates(
                prompt_tokens=float(pt or 0),
                completion_tokens=float(ct or 0),
                seconds=float(wall or 0),
                reasks_per_call=(float(reasks) / float(first)) if first else 0.0,
            )
            for task, first, reasks, pt, ct, wall in rows
        }

    # -- batch rounds: calls written to a batch file, answered later ----------------------

    def next_batch_round(self) -> int:
        with self._connection() as connection:
            row = connection.execute("SELECT MAX(batch_round) FROM batch_calls").fetchone()
        return int(row[0] or 0) + 1

    def add_batch_calls(self, identities: list[CallIdentity], batch_round: int) -> None:
        """Calls written to a batch file in ``batch_round``; a call exported before keeps
        its first round unless it failed (then it is pending again, in this round)."""
        now = time.time()
        rows = [
            (
                i.key,
                batch_round,
                i.label.article_id,
                i.label.task,
                i.label.unit,
                i.round,
                i.model_id,
                i.label.prompt_hash,
                i.label.content_hash,
                i.schema_hash,
                i.params_hash,
                "pending",
                None,
                now,
            )
            for i in identities
        ]
        with self._connection() as connection, connection:
            connection.executemany(
                "INSERT INTO batch_calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(request_key) DO UPDATE SET batch_round=excluded.batch_round, "
                "state='pending', reason=NULL, updated_at=excluded.updated_at "
                "WHERE batch_calls.state='failed'",
                rows,
            )

    def batch_calls(self, keys: list[str]) -> dict[str, tuple[CallIdentity, int, str]]:
        """Exported calls by key: identity, export round, state."""
        found: dict[str, tuple[CallIdentity, int, str]] = {}
        with self._connection() as connection:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                cursor = connection.execute(
                    f"SELECT {_BATCH_COLUMNS} FROM batch_calls WHERE request_key IN ({marks})",
                    chunk,
                )
                for row in cursor:
                    key, batch_round, aid, task, unit, round_, model_id = row[:7]
                    prompt_hash, content_hash, schema_hash, params_hash, state = row[7:12]
                    label = CallLabel(
                        str(aid), str(task), int(unit), str(prompt_hash), str(content_hash)
                    )
                    identity = CallIdentity(
                        str(key),
                        label,
                        str(model_id),
                        str(schema_hash),
                        str(params_hash),
                        int(round_),
                    )
                    found[str(key)] = (identity, int(batch_round), str(state))
        return found

    def set_batch_state(self, key: str, state: BatchState, reason: str | None = None) -> None:
        with self._connection() as connection, connection:
            connection.execute(
                "UPDATE batch_calls SET state=?, reason=?, updated_at=? WHERE request_key=?",
                (state, reason, time.time(), key),
            )

    def batch_counts(self) -> dict[int, dict[str, int]]:
        """Calls per export round and state."""
        with self._connection() as connection:
            rows = connection.execute(
                "SELECT batch_round, state, COUNT(*) FROM batch_calls GROUP BY 1, 2 ORDER BY 1"
            ).fetchall()
        counts: dict[int, dict[str, int]] = {}
        for batch_round, state, n in rows:
            counts.setdefault(int(batch_round), {})[str(state)] = int(n)
        return counts

    def batch_failures(self, limit: int = 20) -> list[tuple[str, str]]:
        """(key, reason) of calls whose batch answer was an error, latest first."""
        with self._connection() as connection:
            rows = connection.execute(
                "SELECT request_key, reason FROM batch_calls WHERE state='failed' "
                "ORDER BY updated_at DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [(str(k), str(r or "")) for k, r in rows]

    def add_batch_job(self, batch_id: str, provider: str, requests_file: str) -> None:
        with self._connection() as connection, connection:
            connection.execute(
                "INSERT OR REPLACE INTO batch_jobs VALUES (?,?,?,?,?)",
                (batch_id, provider, requests_file, "submitted", time.time()),
            )

    def batch_jobs(self, state: str | None = None) -> list[tuple[str, str, str, str]]:
        """(batch id, provider, requests file, state), oldest first."""
        query = "SELECT batch_id, provider, requests_file, state FROM batch_jobs"
        params: tuple[str, ...] = ()
        if state is not None:
            query, params = query + " WHERE state=?", (state,)
        with self._connection() as connection:
            rows = connection.execute(query + " ORDER BY created_at", params).fetchall()
        return [(str(a), str(b), str(c), str(d)) for a, b, c, d in rows]

    def set_batch_job_state(self, batch_id: str, state: str) -> None:
        with self._connection() as connection, connection:
            connection.execute("UPDATE batch_jobs SET state=? WHERE batch_id=?", (state, batch_id))

    def count(self) -> int:
        with self._connection() as connection:
            return int(connection.execute("SELECT COUNT(*) FROM calls").fetchone()[0])

    def integrity_ok(self) -> bool:
        with self._connection() as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()
        return bool(result and result[0] == "ok")


@dataclass(frozen=True)
class CallRates:
    prompt_tokens: float
    completion_tokens: float
    seconds: float
    reasks_per_call: float


def _set_aside_legacy(connection: sqlite3.Connection) -> int:
    """A cache written by an older Summitry holds whole-article *records*, which cannot be
    replayed as model answers: rename its table out of the way (kept, never read) and say how
    many entries it had."""
    tables = {
        str(row[0])
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if _LEGACY_TABLE not in tables:
        return 0
    count = int(connection.execute(f"SELECT COUNT(*) FROM {_LEGACY_TABLE}").fetchone()[0])
    if "legacy_extractions" in tables:
        connection.execute(f"DROP TABLE {_LEGACY_TABLE}")
    else:
        connection.execute(f"ALTER TABLE {_LEGACY_TABLE} RENAME TO legacy_extractions")
    return count


def _stored(row: tuple[Any, ...]) -> StoredCall:
    (
        key,
        article_id,
        task,
        unit,
        round_,
        model_id,
        prompt_hash,
        content_hash,
        schema_hash,
        params_hash,
        response_json,
        prompt_tokens,
        completion_tokens,
        wall,
    ) = row
    label = CallLabel(str(article_id), str(task), int(unit), str(prompt_hash), str(content_hash))
    identity = CallIdentity(
        str(key), label, str(model_id), str(schema_hash), str(params_hash), int(round_)
    )
    return StoredCall(
        identity, str(response_json), int(prompt_tokens), int(completion_tokens), float(wall)
    )
