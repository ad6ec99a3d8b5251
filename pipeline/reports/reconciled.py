"""``reconciled.json``: the Reconciliation on disk, each evidence quote stored once.

Format "1" repeated a source's full quote in every field it supports (the date, the place,
the mechanism and each participant of one report each carried the same sentence), so the file
grew with fields x sources x quote length. Format "2" (``StoredReconciliation``) keeps one
``quotes`` table keyed by article id and offsets; a source on disk keeps its record id (which
begins with the article id), its offsets and the value as reported, and null fields are left
out everywhere. The in-memory model is the same for both formats, so code reading a
Reconciliation never sees the compaction.

Where SourceRefs sit is read from the schema (``source_paths``), so the file is written by
pydantic's own serialiser with the quotes excluded: the stdlib's indenting encoder, or a
Python walk over the dumped document, took several times as long at 10k records. Same
input, byte-identical file: fields in schema order, lists already in a stable order, the
quote table sorted by article id and offsets, nothing taken from the clock or machine.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any

import pydantic_core
from pydantic import BaseModel, ValidationError

from schemas.reconciled import FORMAT_VERSION, Reconciliation, SourceRef, StoredReconciliation

RECONCILED_JSON = "reconciled.json"
READABLE_FORMATS = ("1", "2")
QUOTES = "quotes"

Quotes = dict[str, dict[str, str]]


class ReconciledFileError(ValueError):
    """A ``reconciled.json`` that cannot be read; the message is one line naming the file."""


# --- where the SourceRefs are ------------------------------------------------------------------
@dataclass(frozen=True)
class SourcePath:
    """A field holding SourceRefs somewhere below it: ``many`` when it is a list, ``below``
    the paths inside its model (empty when the field holds SourceRefs themselves)."""

    name: str
    many: bool
    below: tuple[SourcePath, ...]


def _models_in(annotation: Any) -> tuple[bool, set[type[BaseModel]]]:
    """(is a list, the models it holds) of a field annotation."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return False, {annotation}
    if origin in (typing.Union, UnionType):
        found = [_models_in(a) for a in typing.get_args(annotation)]
        return any(m for m, _ in found), {t for _, ts in found for t in ts}
    if origin is list:
        return True, _models_in(typing.get_args(annotation)[0])[1]
    if origin is dict:
        return False, {t for a in typing.get_args(annotation) for t in _models_in(a)[1]}
    return False, set()


@cache
def source_paths(model: type[BaseModel]) -> tuple[SourcePath, ...]:
    """The fields of ``model`` that lead to SourceRefs (a schema change is followed here)."""
    paths = []
    for name, field in model.model_fields.items():
        many, models = _models_in(field.annotation)
        if SourceRef in models:
            assert models == {SourceRef}, f"{model.__name__}.{name}: SourceRefs among others"
            paths.append(SourcePath(name, many, ()))
            continue
        below = tuple(p for m in models for p in source_paths(m))
        if below:
            assert typing.get_origin(field.annotation) is not dict, f"{name}: dict of sources"
            assert len(models) == 1, f"{model.__name__}.{name}: several models with sources"
            paths.append(SourcePath(name, many, below))
    return tuple(paths)


def each_source_ref(node: Any, paths: Iterable[SourcePath], get: Callable[[Any, str], Any]) -> Any:
    """Every SourceRef (model or dict, by ``get``) below ``node``."""
    for path in paths:
        value = get(node, path.name)
        if value is None:
            continue
        for item in value if path.many else (value,):
            if path.below:
                yield from each_source_ref(item, path.below, get)
            else:
                yield item


def _exclude(paths: Iterable[SourcePath], leave_out: set[str]) -> dict[str, Any]:
    """pydantic's ``exclude`` for ``leave_out`` of every SourceRef below these paths."""
    spec: dict[str, Any] = {}
    for path in paths:
        inner: Any = (
            _exclude(path.below, leave_out) if path.below else dict.fromkeys(leave_out, True)
        )
        spec[path.name] = {"__all__": inner} if path.many else inner
    return spec


# --- writing -----------------------------------------------------------------------------------
def _span(start: int, end: int) -> str:
    return f"{start}-{end}"


def _span_order(span: str) -> tuple[int, ...]:
    return tuple(int(n) for n in span.split("-"))


def _article_of(record: str) -> str:
    """The article id a record id begins with: '<article_id>/<section>/<index>'."""
    return record.rsplit("/", 2)[0]


def _quote_table(refs: Iterable[SourceRef]) -> tuple[Quotes | None, bool]:
    """The quotes by article and offsets, or None when some quote cannot be keyed so (no
    offsets, offsets without a quote, two quotes at one place); and whether every record id
    names its article (so sources can leave the article id out)."""
    quotes: Quotes = {}
    keyed, implied = True, True
    for ref in refs:
        implied = implied and _article_of(ref.record) == ref.article_id
        if ref.start is None or ref.end is None:
            keyed = keyed and ref.quote is None
        elif ref.quote is None:
            keyed = False
        else:
            spans = quotes.setdefault(ref.article_id, {})
            keyed = keyed and spans.setdefault(_span(ref.start, ref.end), ref.quote) == ref.quote
    if not keyed:
        return None, implied
    ordered = {
        a: {s: quotes[a][s] for s in sorted(quotes[a], key=_span_order)} for a in sorted(quotes)
    }
    return ordered, implied


def to_json(reconciliation: Reconciliation) -> str:
    """The file's text (format 2)."""
    paths = source_paths(Reconciliation)
    quotes, implied = _quote_table(each_source_ref(reconciliation, paths, getattr))
    leave_out = ({"quote"} if quotes is not None else set()) | (
        {"article_id"} if implied else set()
    )
    fields = {name: getattr(reconciliation, name) for name in Reconciliation.model_fields}
    stored = StoredReconciliation.model_construct(
        **{**fields, "format_version": FORMAT_VERSION}, quotes=quotes
    )
    text = stored.model_dump_json(indent=2, exclude=_exclude(paths, leave_out), exclude_none=True)
    return text + "\n"


# --- reading -----------------------------------------------------------------------------------
def _dict_get(node: Any, name: str) -> Any:
    return node.get(name) if isinstance(node, dict) else None


def _restore(data: dict[str, Any], where: str) -> None:
    """Put back, in place, what format 2 leaves out of each source."""
    quotes = data.pop(QUOTES, None)
    if quotes is not None and not isinstance(quotes, dict):
        raise ReconciledFileError(f"{where}: {QUOTES} is not a table")
    for ref in each_source_ref(data, source_paths(Reconciliation), _dict_get):
        if not isinstance(ref, dict) or not isinstance(ref.get("record"), str):
            continue  # validation names what is wrong with it
        article_id = ref.setdefault("article_id", _article_of(ref["record"]))
        start, end = ref.get("start"), ref.get("end")
        if quotes is None or "quote" in ref or start is None or end is None:
            continue
        quote = quotes.get(str(article_id), {}).get(_span(start, end))
        if quote is None:
            raise ReconciledFileError(
                f"{where}: no quote {_span(start, end)} of article {article_id} in {QUOTES}"
            )
        ref["quote"] = quote


def from_stored(data: dict[str, Any], where: str) -> Reconciliation:
    """The in-memory Reconciliation of a parsed file of any readable format."""
    version = data.get("format_version")
    if version not in READABLE_FORMATS:
        raise ReconciledFileError(
            f"{where}: format_version {version!r} unknown (this Summitry reads "
            f"{', '.join(READABLE_FORMATS)}); reconcile the run again"
        )
    if version != "1":
        _restore(data, where)
    data["format_version"] = FORMAT_VERSION
    try:
        return Reconciliation.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        at = ".".join(str(p) for p in first["loc"])
        raise ReconciledFileError(f"{where}: not a reconciliation ({at}: {first['msg']})") from None


def parse_reconciliation(text: str | bytes, where: str = RECONCILED_JSON) -> Reconciliation:
    """The text of a reconciled.json (format 1 or 2); ``where`` names it in errors."""
    try:
        data = pydantic_core.from_json(text)
    except ValueError as exc:
        raise ReconciledFileError(f"{where}: not JSON ({' '.join(str(exc).split())})") from None
    if not isinstance(data, dict):
        raise ReconciledFileError(f"{where}: not a reconciliation (not a JSON object)")
    return from_stored(data, where)


def load_reconciliation(path: Path) -> Reconciliation:
    """The one reader of ``reconciled.json`` files, old (format 1) and current alike."""
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise ReconciledFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_reconciliation(text, str(path))
