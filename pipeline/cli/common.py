"""What the ``summitry`` commands share: the consoles, one-line failures, the call cache,
the options that name a corpus and a model, and planning a corpus with its messages."""

from __future__ import annotations

import logging
import sqlite3
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from pipeline.cli.display import shown
from pipeline.config import Settings
from pipeline.ingest.articles import ArticleError
from pipeline.ingest.metadata import DEFAULT_FIELDS, USUAL_FIELDS, FieldNames
from pipeline.model.call_cache import CACHE_ENV, CacheError, CallCache, default_cache_path
from pipeline.runs.planning import Plan
from pipeline.runs.workflow import plan_corpus


class Strategy(str, Enum):
    sentences = "sentences"
    article = "article"


console = Console(stderr=True)


class _ConsoleLog(logging.Handler):
    """Summitry's own log lines (an endpoint rested, one back) as one console line each."""

    def emit(self, record: logging.LogRecord) -> None:
        console.print(
            f"[yellow]note[/yellow] {shown(record.getMessage())}", highlight=False, soft_wrap=True
        )


_log = logging.getLogger("summitry")
if not any(isinstance(h, _ConsoleLog) for h in _log.handlers):
    _log.addHandler(_ConsoleLog())
    _log.setLevel(logging.INFO)
    _log.propagate = False
out = Console()


def os_reason(exc: OSError) -> str:
    """One line for a file-system error: the path it is about and what went wrong
    ("out/run: Not a directory", "runs/x/extractions.jsonl: No space left on device")."""
    where = exc.filename if exc.filename is not None else "output"
    return f"{where}: {exc.strerror or exc}; finished work is kept in the call cache"


def fail(message: str, code: int = 2) -> typer.Exit:
    console.print(f"[red]error:[/red] {shown(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def open_cache(cache_path: Path | None) -> CallCache:
    path = cache_path or default_cache_path()
    try:
        cache = CallCache(path)
    except (CacheError, sqlite3.Error) as exc:
        raise fail(str(exc)) from None
    if cache.legacy_entries:
        console.print(
            f"note: {shown(path)} held {cache.legacy_entries} whole-article results of an older "
            "Summitry; they are records, not model answers, so they were set aside "
            "(table legacy_extractions) and those calls are asked once more",
            highlight=False,
        )
    return cache


FollowSymlinksOption = Annotated[
    bool,
    typer.Option(
        "--follow-symlinks", help="Read article files that link outside the article folder."
    ),
]
ModelOption = Annotated[str | None, typer.Option(help="Model name (env SUMMITRY_MODEL).")]
BaseUrlOption = Annotated[
    list[str] | None,
    typer.Option(
        help="OpenAI-compatible endpoint; repeat it for several serving one model (env "
        "SUMMITRY_BASE_URLS or OPENAI_BASE_URL); default: embedded."
    ),
]
StrategyOption = Annotated[
    Strategy, typer.Option(help="sentences: a call per candidate sentence; article: one call.")
]
CacheOption = Annotated[
    Path | None,
    typer.Option(
        "--cache", help=f"Cache database (env {CACHE_ENV}; default .summitry/cache.sqlite)."
    ),
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache", help="Ask the model every call again (the new answers are still stored)."
    ),
]


InputsArgument = Annotated[
    list[Path],
    typer.Argument(
        help="Folders (read recursively), article files (.txt .md .html) and record files "
        "(.jsonl .jsonl.gz .csv .parquet)."
    ),
]
NoRecursiveOption = Annotated[
    bool, typer.Option("--no-recursive", help="Read only the top of each folder.")
]


def field_option(role: str) -> Any:
    return typer.Option(
        f"--{role}-field",
        help=f"Record field holding the {role} (default: the usual names, e.g. "
        f"{', '.join(DEFAULT_FIELDS[role][:3])}).",
        rich_help_panel="Record fields (JSONL, CSV, Parquet, front matter)",
    )


IdField = Annotated[str | None, field_option("id")]
TextField = Annotated[str | None, field_option("text")]
DateField = Annotated[str | None, field_option("date")]
TitleField = Annotated[str | None, field_option("title")]
UrlField = Annotated[str | None, field_option("url")]
SourceField = Annotated[str | None, field_option("source")]


def plan_or_fail(
    inputs: list[Path],
    settings: Settings,
    cache: CallCache,
    *,
    reuse: bool = True,
    recursive: bool = True,
    names: FieldNames = USUAL_FIELDS,
) -> Plan:
    try:
        plan = plan_corpus(inputs, settings, cache, reuse=reuse, recursive=recursive, names=names)
    except ArticleError as exc:
        raise fail(str(exc)) from None
    if not plan.items:
        where = ", ".join(str(p) for p in inputs)
        skipped = f" (skipped: {plan.skipped_line()})" if plan.skipped else ""
        raise fail(f"{where}: no articles found (.txt .md .html .jsonl .csv .parquet){skipped}")
    return plan


def plan_line(plan: Plan) -> str:
    reasons = ", ".join(f"{n} {r}" for r, n in sorted(plan.reason_counts.items()))
    bad = len(plan.of("unreadable")) + len(plan.of("refused"))
    skipped = f"; skipped {plan.skipped_line()}" if plan.skipped else ""
    return (
        f"plan: {plan.new_calls} new calls for {len(plan.of('ask'))} articles, "
        f"{plan.cached_calls} from the cache; {bad} unreadable or refused ({reasons})"
        f"{skipped}"
    )


MAX_WARNINGS_SHOWN = 20
MAX_PLAN_ROWS = 200
"""Articles listed one per row by ``plan``; a larger corpus is summarised per source file."""


def print_warnings(plan: Plan) -> None:
    """Metadata the plan could not use (a date that does not parse), one line each."""
    warnings = [w for item in plan.items for w in item.warnings]
    for warning in warnings[:MAX_WARNINGS_SHOWN]:
        console.print(f"[yellow]warning[/yellow] {shown(warning)}", highlight=False)
    if len(warnings) > MAX_WARNINGS_SHOWN:
        console.print(
            f"… and {len(warnings) - MAX_WARNINGS_SHOWN} more warnings (plan --json lists all)"
        )
