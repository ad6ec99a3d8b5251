"""``summitry diff`` and ``summitry review``: what changed between two runs, and deciding it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from pipeline.cli.display import shown
from pipeline.reports import reconcile_stage
from pipeline.reports.reconciled import (
    RECONCILED_JSON,
    ReconciledFileError,
    load_reconciliation,
)
from pipeline.review.apply import (
    DecisionsError,
    apply_decisions,
    read_decisions,
    write_accepted_run,
)
from pipeline.review.diff_report import headline, to_json, to_markdown, to_text
from pipeline.review.diffing import RunDiff, diff_runs
from pipeline.review.page import render_review_page
from pipeline.runs.folders import Run, RunError, load_run
from pipeline.runs.output import atomic_write_text

console = Console(stderr=True)


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


def _fail(message: str) -> typer.Exit:
    console.print(f"[red]error:[/red] {shown(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


def reconciled_events(run: Run) -> list[dict[str, Any]]:
    """The run's reconciled events and planned meetings, quotes in place whatever the file's
    format (empty when it has none)."""
    path = run.path / RECONCILED_JSON
    if not path.is_file():
        return []
    try:
        reconciliation = load_reconciliation(path)
    except ReconciledFileError as exc:
        raise RunError(str(exc)) from None
    return [e.model_dump(mode="json") for e in (*reconciliation.events, *reconciliation.planned)]


def _load_pair(run_a: Path, run_b: Path) -> tuple[Run, Run, RunDiff]:
    first, second = load_run(run_a), load_run(run_b)
    diff = diff_runs(
        first.run_id,
        first.records,
        second.run_id,
        second.records,
        reconciled_events(first),
        reconciled_events(second),
    )
    return first, second, diff


def _writable_output(output: Path, runs: tuple[Path, ...]) -> Path:
    """Runs are never overwritten, so a page or report may not go inside one, nor be a
    folder; each refusal is one line."""
    target = output.resolve()
    for run in runs:
        folder = run.resolve()
        if target == folder or folder in target.parents:
            raise _fail(f"{output}: inside run folder {run}; runs are never written over")
    if output.is_dir():
        raise _fail(f"{output}: is a folder; give a file name (e.g. {output / 'review.html'})")
    return output


def _write(output: Path, text: str) -> None:
    try:
        atomic_write_text(output, text)
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror or exc})") from None


def diff_command(
    run_a: Annotated[Path, typer.Argument(help="Old run folder (or a runs folder: its latest).")],
    run_b: Annotated[Path, typer.Argument(help="New run folder.")],
    output_format: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Field-level differences between two runs. Exit 0 when equal, 1 when different, 2 on
    error (like diff)."""
    try:
        first, second, diff = _load_pair(run_a, run_b)
    except RunError as exc:
        raise _fail(str(exc)) from None
    if output_format is DiffFormat.html:
        rendered = render_review_page(diff, first, second)
    else:
        render = {"text": to_text, "markdown": to_markdown, "json": to_json}
        rendered = render[output_format.value](diff)
    if output is not None:
        _write(_writable_output(output, (first.path, second.path)), rendered)
        console.print(
            f"{shown(headline(diff))}; wrote {shown(output)}", highlight=False, soft_wrap=True
        )
    else:
        typer.echo(rendered, nl=False)
    raise typer.Exit(0 if diff.equal else 1)


def review_command(
    args: Annotated[
        list[str],
        typer.Argument(help="RUN_A RUN_B (write the review page) | apply DECISIONS_FILE"),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where the review page goes.")
    ] = Path("review.html"),
    runs_root: Annotated[
        Path | None,
        typer.Option("--runs", help="Where the accepted run goes (default: next to run B)."),
    ] = None,
) -> None:
    """Review two runs in the browser, then turn the exported decisions into an accepted run:

    summitry review RUN_A RUN_B [-o review.html]

    summitry review apply decisions.json [--runs runs]
    """
    try:
        if len(args) == 2 and args[0] == "apply":
            _apply(Path(args[1]), runs_root)
            return
        if len(args) != 2:
            raise _fail("usage: summitry review RUN_A RUN_B | summitry review apply DECISIONS")
        first, second, diff = _load_pair(Path(args[0]), Path(args[1]))
    except (RunError, DecisionsError) as exc:
        raise _fail(str(exc)) from None
    _write(
        _writable_output(output, (first.path, second.path)), render_review_page(diff, first, second)
    )
    typer.echo(f"{headline(diff)}")
    typer.echo(f"review page: {output} ({len(diff.record_changes)} changes to decide)")


def _apply(decisions_path: Path, runs_root: Path | None) -> None:
    data = read_decisions(decisions_path)
    first, second, diff = _load_pair(Path(data["run_a"]), Path(data["run_b"]))
    if diff.diff_id != data["diff_id"]:
        raise DecisionsError(
            f"{decisions_path}: made for another diff ({data['diff_id']}); the runs now differ "
            f"as {diff.diff_id}; review them again"
        )
    outcome = apply_decisions(diff, first, second, data["decisions"])
    run_dir = write_accepted_run(
        outcome,
        first,
        second,
        decisions_path,
        diff.diff_id,
        runs_root=runs_root or second.path.parent,
        reconcile_stage=reconcile_stage,
    )
    typer.echo(
        f"accepted {outcome.accepted}, rejected {outcome.rejected}, "
        f"undecided (kept old) {outcome.undecided}"
    )
    typer.echo(f"accepted run: {run_dir}")
