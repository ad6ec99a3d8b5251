"""Run directories: every ``extract`` keeps its output, none is ever overwritten.

Layout of one run::

    runs/<UTC time>-<plan hash>/
        extractions.jsonl    one record per article (file-name order)
        reconciled.json/.md  the cross-source view of this run
        events.csv, milestones.csv, participants.csv   the same, for spreadsheets
        texts.jsonl          the article texts the evidence offsets point into
        manifest.json        what produced the run; written last, so a run without one is
                             incomplete (killed) and is never chosen as ``latest``
    runs/latest -> <newest complete run>
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from pipeline.runs.output import EXTRACTIONS_FILE, atomic_write_text, read_extractions
from schemas import ArticleExtraction

MANIFEST_FILE = "manifest.json"
TEXTS_FILE = "texts.jsonl"
LATEST = "latest"
MANIFEST_FORMAT = 1


class RunError(Exception):
    """A run folder that cannot be used; the message is one line naming it."""


@dataclass
class Run:
    path: Path
    manifest: dict[str, Any]
    records: list[ArticleExtraction]
    _texts: dict[str, str] | None = field(default=None, repr=False)

    @property
    def run_id(self) -> str:
        return str(self.manifest.get("run_id", self.path.name))

    def text_of(self, article_id: str) -> str | None:
        """The article text the run's offsets refer to (None when the run kept none)."""
        if self._texts is None:
            self._texts = read_texts(self.path)
        return self._texts.get(article_id)


def new_run_dir(runs_root: Path, fingerprint: str, now: float | None = None) -> Path:
    """A fresh folder named by UTC time and a short hash of what the run will do."""
    stamp = datetime.fromtimestamp(now or time.time(), tz=timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = f"{stamp}-{fingerprint[:8]}"
    runs_root.mkdir(parents=True, exist_ok=True)
    for suffix in ("", *(f"-{n}" for n in range(2, 1000))):
        candidate = runs_root / f"{base}{suffix}"
        try:
            candidate.mkdir()
        except FileExistsError:
            continue
        return candidate
    raise RunError(f"{runs_root}: too many runs named {base}")


def claim_out_dir(out_dir: Path) -> Path:
    """An explicit ``--out`` folder: must be new or empty, so a run is never overwritten."""
    if out_dir.exists() and any(out_dir.iterdir()):
        raise RunError(f"{out_dir}: not empty; runs are never overwritten (choose a new folder)")
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir


def plan_fingerprint(cache_digests: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(cache_digests)).encode()).hexdigest()


def write_texts(run_dir: Path, texts: dict[str, str]) -> None:
    """All article texts of a run in one file (one JSON line each): one write, not one per
    article, which mattered for a 1,000-article rerun."""
    lines = (
        json.dumps({"article_id": k, "text": texts[k]}, ensure_ascii=False) + "\n"
        for k in sorted(texts)
    )
    atomic_write_text(run_dir / TEXTS_FILE, "".join(lines))


class TextsWriter:
    """The run's article texts, one JSON line each, written as each article starts (the run
    never holds all texts). It becomes ``texts.jsonl`` on close, even after an interruption,
    so what finished can be reviewed."""

    def __init__(self, run_dir: Path) -> None:
        self.path = run_dir / TEXTS_FILE
        self._partial = run_dir / (TEXTS_FILE + ".partial")
        self._handle: TextIO | None = None
        self._written: set[str] = set()

    def add(self, article_id: str, text: str) -> None:
        if article_id in self._written:
            return
        if self._handle is None:
            self._partial.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self._partial.open("w", encoding="utf-8")
        line = json.dumps({"article_id": article_id, "text": text}, ensure_ascii=False)
        self._handle.write(line + "\n")
        self._written.add(article_id)

    def close(self) -> None:
        if self._handle is None:
            return
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._handle = None
        os.replace(self._partial, self.path)


def read_texts(run_dir: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    try:
        with (run_dir / TEXTS_FILE).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    item = json.loads(line)
                    texts[str(item["article_id"])] = str(item["text"])
    except (OSError, ValueError, KeyError):
        return texts  # a run without (readable) texts: the review shows quotes only
    return texts


def update_latest(runs_root: Path, run_dir: Path) -> None:
    """Point ``latest`` at ``run_dir`` atomically (a symlink, replaced by rename)."""
    link = runs_root / LATEST
    temporary = runs_root / f".{LATEST}.{os.getpid()}"
    temporary.unlink(missing_ok=True)
    try:
        temporary.symlink_to(run_dir.name, target_is_directory=True)
        os.replace(temporary, link)
    except OSError:
        temporary.unlink(missing_ok=True)
        atomic_write_text(runs_root / f"{LATEST}.txt", run_dir.name + "\n")


def package_version() -> str:
    try:
        return metadata.version("summitry")
    except metadata.PackageNotFoundError:
        return "unknown"


def git_revision() -> str | None:
    """The source tree's commit (with ``+dirty`` when modified), when run from a checkout."""
    source = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "-C", str(source), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(source), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}+dirty" if dirty else head


def write_manifest(run_dir: Path, manifest: dict[str, Any]) -> None:
    body = {"manifest_format": MANIFEST_FORMAT, "run_id": run_dir.name, **manifest}
    atomic_write_text(
        run_dir / MANIFEST_FILE, json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False)
    )


def resolve_run_path(path: Path) -> Path:
    """A run folder, a runs root (its ``latest``), or a ``latest`` link."""
    if (path / MANIFEST_FILE).is_file() or (path / EXTRACTIONS_FILE).is_file():
        return path
    if (path / LATEST).exists():
        return (path / LATEST).resolve()
    pointer = path / f"{LATEST}.txt"
    if pointer.is_file():
        return path / pointer.read_text(encoding="utf-8").strip()
    raise RunError(f"{path}: not a run folder (no {MANIFEST_FILE} or {EXTRACTIONS_FILE})")


def load_run(path: Path) -> Run:
    """Read a run of any known schema version (records are lifted to the current schema)."""
    run_dir = resolve_run_path(path)
    manifest: dict[str, Any] = {}
    manifest_path = run_dir / MANIFEST_FILE
    if manifest_path.is_file():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RunError(f"{manifest_path}: unreadable manifest ({exc})") from None
    try:
        records = read_extractions(run_dir / EXTRACTIONS_FILE)
    except OSError as exc:
        raise RunError(f"{run_dir / EXTRACTIONS_FILE}: cannot read ({exc.strerror})") from None
    except ValueError as exc:
        raise RunError(str(exc)) from None
    return Run(path=run_dir, manifest=manifest, records=records)
