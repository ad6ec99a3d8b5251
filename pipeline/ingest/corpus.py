"""A corpus as users have it: folders (by date, nested), loose files, record files (JSONL,
CSV, Parquet), or several of these given together.

``discover`` lists the files (recursively, hidden folders, run folders and links that leave
the folder skipped and counted); ``iter_corpus`` reads them one article at a time — every
article, or a one-line reason naming the file and its line or row; ``CorpusReader`` reads a
planned article again when its turn comes, so neither planning nor a run ever holds the
texts of the whole corpus.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.ingest.articles import (
    ARTICLE_SUFFIXES,
    Article,
    ArticleError,
    outside_folder,
    read_article,
)
from pipeline.ingest.metadata import USUAL_FIELDS, FieldNames
from pipeline.ingest.records import (
    RawRecord,
    is_record_file,
    iter_raw_records,
    record_article,
    record_kind,
)

__all__ = [
    "ArticleRef",
    "CorpusEntry",
    "CorpusFile",
    "CorpusReader",
    "Discovery",
    "discover",
    "files_of",
    "iter_corpus",
]

RUN_FOLDER_MARKERS = ("manifest.json", "extractions.jsonl", "extractions.partial.jsonl")
"""A folder holding one of these is a Summitry run: its texts are not new articles."""


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    root: Path
    """The folder it was found in (ids are relative to it), or its own folder."""

    @property
    def relative(self) -> str:
        try:
            return self.path.relative_to(self.root).as_posix()
        except ValueError:
            return self.path.name


@dataclass
class Discovery:
    files: list[CorpusFile] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    """What the walk left out, by reason ("hidden", "run folders", …): ``Plan.skipped_line``."""


def is_run_folder(folder: Path) -> bool:
    return any((folder / marker).exists() for marker in RUN_FOLDER_MARKERS)


def _is_corpus_file(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES or is_record_file(path)


def _walk(root: Path, recursive: bool, follow: bool, found: Discovery) -> None:
    seen_real: set[str] = {os.path.realpath(root)}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=follow):
        folder = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            sub = folder / name
            if not recursive:
                found.skipped["folders (--no-recursive)"] += 1
            elif name.startswith("."):
                found.skipped["hidden folders"] += 1
            elif is_run_folder(sub):
                found.skipped["run folders"] += 1
            elif sub.is_symlink() and not follow:
                if outside_folder(sub, root):
                    found.skipped["links leaving the folder"] += 1
                else:
                    found.skipped["links inside the folder"] += 1
            elif follow and os.path.realpath(sub) in seen_real:
                found.skipped["links looping back"] += 1
            else:
                seen_real.add(os.path.realpath(sub))
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = folder / name
            if name.startswith("."):
                found.skipped["hidden files"] += 1
            elif not _is_corpus_file(path):
                found.skipped["other files"] += 1
            elif path.is_file() or path.is_symlink():
                found.files.append(CorpusFile(path, root))


def discover(
    inputs: Sequence[Path], *, recursive: bool = True, follow_symlinks: bool = False
) -> Discovery:
    """Every article and record file under ``inputs`` (folders and files), in a stable order:
    each input in the order given, a folder's files by path. Raises ArticleError for an input
    that does not exist or is not a kind of file Summitry reads."""
    found = Discovery()
    for given in inputs:
        if given.is_dir():
            _walk(given, recursive, follow_symlinks, found)
        elif given.is_file():
            if not _is_corpus_file(given):
                kinds = ", ".join((*ARTICLE_SUFFIXES, ".jsonl(.gz)", ".csv", ".parquet"))
                raise ArticleError(f"{given}: not a kind of file Summitry reads ({kinds})")
            found.files.append(CorpusFile(given, given.parent))
        else:
            raise ArticleError(f"{given}: no such file or folder")
    return found


def files_of(paths: Sequence[Path]) -> Discovery:
    """Article files given one by one (scripts and tests), each relative to its folder."""
    return Discovery(files=[CorpusFile(p, p.parent) for p in paths])


def file_ids(files: Sequence[CorpusFile]) -> list[str]:
    """One id per article file, unique among them: its path inside its folder without the
    suffix ("2024/05/talks" for 2024/05/talks.txt; "x" for a top-level x.txt, as before
    folders were read recursively, so old runs keep their ids); with the suffix where two
    share that ("x.txt", "x.md"); with the folder's name in front where still not unique."""
    stems = [Path(f.relative).with_suffix("").as_posix() for f in files]
    by_stem, by_rel = Counter(stems), Counter(f.relative for f in files)
    ids = []
    for file, stem in zip(files, stems, strict=True):
        if by_stem[stem] == 1:
            ids.append(stem)
        elif by_rel[file.relative] == 1:
            ids.append(file.relative)
        else:
            ids.append(f"{file.root.name}/{file.relative}")
    return ids


@dataclass(frozen=True)
class ArticleRef:
    """Where an article is: enough to name it in a message and to read it again."""

    article_id: str
    path: Path
    root: Path
    record: int | None = None
    """Line or row in a record file (None: the article is the file)."""

    @property
    def name(self) -> str:
        if self.record is None:
            return self.path.name
        return f"{self.path.name} {record_kind(self.path)} {self.record}"


@dataclass(frozen=True)
class CorpusEntry:
    ref: ArticleRef
    article: Article | None = None
    error: str | None = None


def _record_entries(
    file: CorpusFile, names: FieldNames, raw_records: Iterator[RawRecord] | None = None
) -> Iterator[CorpusEntry]:
    records = raw_records if raw_records is not None else iter_raw_records(file.path, names)
    for raw in records:
        fallback = f"{file.relative}:{raw.number}"
        if raw.number == 0:  # the whole file is unreadable
            ref = ArticleRef(file.relative, file.path, file.root, None)
            yield CorpusEntry(ref, error=raw.error)
            continue
        try:
            article = record_article(file.path, raw, names, fallback)
        except ArticleError as exc:
            yield CorpusEntry(
                ArticleRef(fallback, file.path, file.root, raw.number), error=str(exc)
            )
            continue
        yield CorpusEntry(ArticleRef(article.article_id, file.path, file.root, raw.number), article)


def _read_file(file: CorpusFile, article_id: str, names: FieldNames, confine: bool) -> CorpusEntry:
    ref = ArticleRef(article_id, file.path, file.root)
    try:
        folder = file.root if confine else None
        return CorpusEntry(ref, read_article(file.path, article_id, folder=folder, names=names))
    except ArticleError as exc:
        return CorpusEntry(ref, error=str(exc))


def iter_corpus(
    discovery: Discovery, names: FieldNames = USUAL_FIELDS, *, confine: bool = True
) -> Iterator[CorpusEntry]:
    """Every article of the corpus, one at a time, in discovery order. ``confine``: an
    article file whose real path leaves its folder (a symlink to ``/etc/passwd``) is refused
    in one line rather than read."""
    article_files = [f for f in discovery.files if not is_record_file(f.path)]
    ids = dict(zip((f.path for f in article_files), file_ids(article_files), strict=True))
    for file in discovery.files:
        if is_record_file(file.path):
            yield from _record_entries(file, names)
        else:
            yield _read_file(file, ids[file.path], names, confine)


class CorpusReader:
    """Reads planned articles again for the run, in plan order. A record file is read
    forward once (a cursor per file), so a run over a 10 GB JSONL reads it twice in all —
    once to plan, once to extract — and holds one record at a time."""

    def __init__(self, names: FieldNames = USUAL_FIELDS, *, confine: bool = True) -> None:
        self.names = names
        self.confine = confine
        self._cursors: dict[Path, tuple[Iterator[RawRecord], int]] = {}

    def load(self, ref: ArticleRef, digest: str) -> Article:
        """The article ``ref`` names, as planned; raises ArticleError if it is gone or its
        text changed since the plan was made (the plan's calls are for the old text)."""
        if ref.record is None:
            folder = ref.root if self.confine else None
            article = read_article(ref.path, ref.article_id, folder=folder, names=self.names)
        else:
            article = self._record(ref)
        if article.content_sha256 != digest:
            raise ArticleError(f"{ref.name}: changed since it was planned; run again")
        return article

    def _record(self, ref: ArticleRef) -> Article:
        assert ref.record is not None
        cursor, last = self._cursors.get(ref.path, (None, 0))
        if cursor is None or ref.record <= last:
            cursor, last = iter_raw_records(ref.path, self.names), 0
        for raw in cursor:
            last = raw.number
            if raw.number < ref.record:
                continue
            self._cursors[ref.path] = (cursor, last)
            if raw.number > ref.record or raw.number == 0:
                break
            article = record_article(ref.path, raw, self.names, ref.article_id)
            return replace(article, article_id=ref.article_id)
        self._cursors.pop(ref.path, None)
        raise ArticleError(f"{ref.name}: no longer in the file; run again")

    def close(self) -> None:
        self._cursors.clear()
