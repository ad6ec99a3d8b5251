"""What the ``summitry`` commands share: the consoles, one-line failures, the call cache,
the options that name a corpus and a model, planning a corpus with its messages, the check
of a configured endpoint, and how help and missing inputs read."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from typer.core import TyperArgument, TyperOption

from pipeline.cli.display import shown
from pipeline.config import Settings
from pipeline.ingest.articles import ARTICLE_SUFFIXES, ArticleError
from pipeline.ingest.metadata import DEFAULT_FIELDS, USUAL_FIELDS, FieldNames
from pipeline.ingest.records import RECORD_SUFFIXES
from pipeline.model.call_cache import CACHE_ENV, CacheError, CallCache, default_cache_path
from pipeline.model.endpoint import EndpointProbe, probe_endpoints
from pipeline.runs.folders import package_version
from pipeline.runs.planning import Plan
from pipeline.runs.workflow import plan_corpus


class Strategy(str, Enum):
    sentences = "sentences"
    article = "article"


console = Console(stderr=True)


class _ConsoleLog(logging.Handler):
    """Summitry's own log lines (an endpoint rested, one back) as one console line each."""

    def emit(self, record: logging.LogRecord) -> None:
        note(record.getMessage())


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


def colour_on(console: Console) -> bool:
    """Colour only for a person at a terminal: not when piped or redirected, not with
    NO_COLOR set (https://no-color.org), not on a terminal without colours."""
    if os.environ.get("NO_COLOR"):
        return False
    return console.is_terminal and not console.no_color and console.color_system is not None


def note(message: str) -> None:
    console.print(f"[yellow]note[/yellow] {shown(message)}", highlight=False, soft_wrap=True)


def require_paths(*paths: Path) -> None:
    """The one wording, in every command, for an input path that is not there; said before
    any work starts (no cache, run folder or output is made for it)."""
    for path in paths:
        if not os.path.lexists(path):
            raise fail(f"{path}: no such file or folder")


# --- help -----------------------------------------------------------------------------------

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}
"""For every ``typer.Typer``: ``-h`` is ``--help`` on every command and sub-app."""


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"summitry {package_version()}")
        raise typer.Exit()


VersionOption = Annotated[
    bool,
    typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
]

_PLAIN_TYPES = {"bool": "", "str": "TEXT", "int": "INTEGER", "float": "NUMBER"}


def plain_type_label(label: str) -> str:
    """typer's type column (``<bool>``, ``<list[Path]>``, ``<int range>``) as a user reads
    it: no Python type names; a flag needs none, a list is its repeated item, choices stay."""
    inner = label.strip().removeprefix("<").removesuffix(">")
    while inner.startswith("list[") and inner.endswith("]"):
        inner = inner[len("list[") : -1]
    key = inner.lower().removesuffix(" range")
    if key in _PLAIN_TYPES:
        return _PLAIN_TYPES[key]
    if key.endswith("path"):  # Path, PosixPath
        return "PATH"
    return inner if "|" in inner else inner.upper()


def _use_plain_type_labels() -> None:
    """typer (0.29) prints each parameter's Python type beside it in ``--help``; both kinds
    of parameter print it through ``display_type``, so wrapping that one method makes every
    command read the same, including commands added later. An argument with a metavar has
    its name column already, and a flag takes no value: both get no type."""
    for cls in (TyperArgument, TyperOption):
        if getattr(cls.display_type, "plain_labels", False):
            continue
        typer_label = cls.display_type

        def display_type(self: Any, ctx: Any, typer_label: Any = typer_label) -> str:
            if isinstance(self, TyperArgument) and self.metavar is not None:
                return ""
            if isinstance(self, TyperOption) and self.is_flag:
                return ""
            return plain_type_label(typer_label(self, ctx))

        display_type.plain_labels = True  # type: ignore[attr-defined]
        cls.display_type = display_type  # type: ignore[method-assign]


_use_plain_type_labels()


# --- the call cache -------------------------------------------------------------------------


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


def open_existing_cache(cache_path: Path | None) -> CallCache | None:
    """The call cache if its file exists, else None (every call new): a dry run such as
    ``plan`` creates no cache file or folder."""
    path = cache_path or default_cache_path()
    return open_cache(path) if path.exists() else None


# --- a configured endpoint ------------------------------------------------------------------


def reachability(probes: Sequence[EndpointProbe]) -> tuple[str | None, str | None]:
    """(error, note) from probing the configured endpoints: an error when none can be
    reached, a note naming those that cannot when others can; an endpoint the probe could
    not judge counts as reachable (its calls have their own retries and reasons)."""
    down = [p for p in probes if p.reachable is False]
    if not down:
        return None, None
    where = ", ".join(f"{p.url} ({p.reason})" for p in down)
    if len(down) == len(probes):
        server = "are the servers" if len(down) > 1 else "is the server"
        return (
            f"cannot reach {where}; {server} running? Check --base-url (or "
            "SUMMITRY_BASE_URLS, OPENAI_BASE_URL)",
            None,
        )
    up = len(probes) - len(down)
    return None, (
        f"cannot reach {where}; starting with the other {up} endpoint(s), and trying again "
        "as the run goes"
    )


def check_endpoints(urls: Sequence[str]) -> None:
    """Before work goes to configured servers: exit 2 with one line when none can be
    reached (nothing has been written yet); a note when some cannot."""
    error, unreachable = reachability(probe_endpoints(urls))
    if error is not None:
        raise fail(error)
    if unreachable is not None:
        note(unreachable)


# --- options --------------------------------------------------------------------------------


FollowSymlinksOption = Annotated[
    bool,
    typer.Option(
        "--follow-symlinks", help="Read article files that link outside the article folder."
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        metavar="NAME", help="Model name (default: $SUMMITRY_MODEL, else local, the embedded one)."
    ),
]
BaseUrlOption = Annotated[
    list[str] | None,
    typer.Option(
        metavar="URL",
        help="OpenAI-compatible endpoint; repeat it for several serving one model (default: "
        "$SUMMITRY_BASE_URLS, else $OPENAI_BASE_URL, else the embedded server).",
    ),
]
StrategyOption = Annotated[
    Strategy, typer.Option(help="sentences: a call per candidate sentence; article: one call.")
]
CacheOption = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        metavar="FILE",
        help=f"Call cache database (default: ${CACHE_ENV}, else .summitry/cache.sqlite).",
    ),
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache", help="Ask the model every call again (the new answers are still stored)."
    ),
]

SUFFIXES_READ = " ".join((*ARTICLE_SUFFIXES, *RECORD_SUFFIXES))
INPUT_KINDS = (
    f"Folders (read recursively), article files ({' '.join(ARTICLE_SUFFIXES)}) and record "
    f"files ({' '.join(RECORD_SUFFIXES)})"
)
"""Every kind of input a corpus command reads, for its help and its messages."""

InputsArgument = Annotated[
    list[Path],
    typer.Argument(metavar="PATH", help=f"{INPUT_KINDS}."),
]
NoRecursiveOption = Annotated[
    bool, typer.Option("--no-recursive", help="Read only the top of each folder.")
]


def field_option(role: str) -> Any:
    return typer.Option(
        f"--{role}-field",
        metavar="FIELD",
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
    cache: CallCache | None,
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
        raise fail(f"{where}: no articles found ({SUFFIXES_READ}){skipped}")
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
