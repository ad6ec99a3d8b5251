"""The decisions file a review page exports: what a reviewer decided, and reading it back.

Format /2 (this one) holds, besides the accept/reject decision per change of /1, what the
reviewer found the run missed (``added`` records, each with its evidence quote), records of
the run marked wrong with a reason (``wrong``), records confirmed correct (``checked``) and
articles ticked as reviewed. Records of the run are named by article, kind and index in the
run the page showed them from (run B); ``review_id`` pins that run's records, so marks made
on one version of a run are never applied to another. /1 files are read as /2 files without
any of the new parts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from pipeline.review.diffing import RecordKind, RunDiff
from schemas import ArticleExtraction

DECISIONS_FORMAT = "summitry-review-decisions/2"
OLDER_FORMATS = ("summitry-review-decisions/1",)
RECORD_KINDS: tuple[str, ...] = get_args(RecordKind)

Decision = str  # "accept" | "reject"


class DecisionsError(ValueError):
    """Decisions that do not fit the runs they name; one line a user can act on."""


@dataclass(frozen=True)
class RecordRef:
    """A record of run B: ``kind`` list of article ``article_id``, position ``index``."""

    article_id: str
    kind: RecordKind
    index: int

    @property
    def record_id(self) -> str:
        return f"{self.article_id}:{self.kind}:{self.index}"


@dataclass(frozen=True)
class WrongMark:
    record: RecordRef
    reason: str


@dataclass(frozen=True)
class AddedRecord:
    """A record the reviewer added: ``record`` holds the fields of a Meeting or Milestone as
    the page's form gave them (evidence quotes with the offsets the page saw)."""

    article_id: str
    kind: RecordKind
    record: dict[str, Any]


@dataclass
class Decisions:
    run_a: str
    run_b: str
    diff_id: str
    decisions: dict[str, Decision]
    review_id: str | None = None
    """None in a /1 file, which carries no marks on run B's records."""
    added: list[AddedRecord] = field(default_factory=list)
    wrong: list[WrongMark] = field(default_factory=list)
    checked: list[RecordRef] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)

    def touched_articles(self, diff: RunDiff) -> list[str]:
        """Articles the reviewer worked on: a change decided, a record added, marked wrong
        or confirmed, or the article ticked as reviewed (in first-seen order)."""
        article_of = {c.change_id: c.article_id for c in diff.record_changes}
        ids = [article_of[c] for c in self.decisions if c in article_of]
        ids += [a.article_id for a in self.added]
        ids += [w.record.article_id for w in self.wrong]
        ids += [r.article_id for r in self.checked]
        ids += self.reviewed
        return list(dict.fromkeys(ids))


def review_id(diff: RunDiff, shown: Sequence[ArticleExtraction]) -> str:
    """What a review page was made of: the diff and the records of the run it shows (for
    one run reviewed alone the diff is empty, so the records alone tell runs apart)."""
    body = json.dumps(
        {
            "diff_id": diff.diff_id,
            "records": sorted(
                (r.model_dump(mode="json") for r in shown),
                key=lambda r: str(r["article_id"]),
            ),
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def _ref(item: object, where: str) -> RecordRef:
    if not isinstance(item, dict):
        raise DecisionsError(f"{where}: not an object")
    article_id, kind, index = item.get("article_id"), item.get("kind"), item.get("index")
    if not isinstance(article_id, str) or kind not in RECORD_KINDS:
        raise DecisionsError(f"{where}: needs article_id and kind ({', '.join(RECORD_KINDS)})")
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise DecisionsError(f"{where}: index must be a record's position (0, 1, …)")
    return RecordRef(article_id, kind, index)


def _list(data: dict[str, Any], key: str, path: Path) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise DecisionsError(f"{path}: {key!r} must be a list")
    return value


def parse_decisions(data: object, path: Path) -> Decisions:
    """A decisions file's content (format /2 or /1) as ``Decisions``; every refusal is one
    line naming the file."""
    known = (DECISIONS_FORMAT, *OLDER_FORMATS)
    if not isinstance(data, dict) or data.get("format") not in known:
        raise DecisionsError(f"{path}: not a decisions file (format {DECISIONS_FORMAT} expected)")
    for key in ("run_a", "run_b", "diff_id", "decisions"):
        if key not in data:
            raise DecisionsError(f"{path}: missing {key!r}")
    decisions = data["decisions"]
    if not isinstance(decisions, dict):
        raise DecisionsError(f"{path}: 'decisions' must map change ids to accept or reject")
    bad = {str(v) for v in decisions.values() if v not in ("accept", "reject")}
    if bad:
        raise DecisionsError(f"{path}: decisions must be 'accept' or 'reject', got {sorted(bad)}")
    result = Decisions(
        run_a=str(data["run_a"]),
        run_b=str(data["run_b"]),
        diff_id=str(data["diff_id"]),
        decisions={str(k): str(v) for k, v in decisions.items()},
    )
    if data["format"] != DECISIONS_FORMAT:
        return result  # /1: decisions on changes only
    result.review_id = str(data["review_id"]) if data.get("review_id") is not None else None
    for number, item in enumerate(_list(data, "wrong", path)):
        reason = item.get("reason", "") if isinstance(item, dict) else ""
        if not isinstance(reason, str):
            raise DecisionsError(f"{path}: wrong[{number}]: reason must be text")
        result.wrong.append(WrongMark(_ref(item, f"{path}: wrong[{number}]"), reason.strip()))
    for number, item in enumerate(_list(data, "checked", path)):
        result.checked.append(_ref(item, f"{path}: checked[{number}]"))
    for number, item in enumerate(_list(data, "added", path)):
        where = f"{path}: added[{number}]"
        if not isinstance(item, dict) or not isinstance(item.get("record"), dict):
            raise DecisionsError(f"{where}: needs article_id, kind and record")
        article_id, kind = item.get("article_id"), item.get("kind")
        if not isinstance(article_id, str) or kind not in RECORD_KINDS:
            raise DecisionsError(f"{where}: needs article_id and kind ({', '.join(RECORD_KINDS)})")
        result.added.append(AddedRecord(article_id, kind, dict(item["record"])))
    result.reviewed = [str(a) for a in _list(data, "reviewed", path)]
    return result


def read_decisions(path: Path) -> Decisions:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DecisionsError(f"{path}: not a decisions file ({exc})") from None
    return parse_decisions(data, path)
