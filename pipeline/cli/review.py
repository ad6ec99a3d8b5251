"""``summitry diff`` and ``summitry review``: what changed between two runs, and deciding it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli.common import colour_on, console, fail, out, require_paths
from pipeline.cli.display import shown
from pipeline.reports import reconcile_stage
from pipeline.reports.reconciled import (
    RECONCILED_JSON,
    ReconciledFileError,
    load_reconciliation,
)
from pipeline.review.apply import ApplyOutcome, apply_decisions, write_accepted_run
from pipeline.review.decisions import Decisions, DecisionsError, read_decisions, review_id
from pipeline.review.diff_report import headline, to_json, to_markdown, to_text
from pipeline.review.diffing import RunDiff, diff_runs
from pipeline.review.page import render_review_page
from pipeline.runs.folders import Run, RunError, load_run
from pipeline.runs.output import atomic_write_text


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


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


def run_label(typed: Path, run: Run) -> str:
    """A run as the user named it, with its id when the path does not end in it
    ("runs (20261201T101500Z-ab12)" for a runs folder's latest run)."""
    return str(typed) if typed.name == run.run_id else f"{typed} ({run.run_id})"


def _load_pair(run_a: Path, run_b: Path) -> tuple[Run, Run, RunDiff]:
    first, second = load_run(run_a), load_run(run_b)
    diff = diff_runs(
        run_label(run_a, first),
        first.records,
        run_label(run_b, second),
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
            raise fail(f"{output}: inside run folder {run}; runs are never written over")
    if output.is_dir():
        raise fail(f"{output}: is a folder; give a file name (e.g. {output / 'review.html'})")
    return output


def _write(output: Path, text: str) -> None:
    try:
        atomic_write_text(output, text)
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror or exc})") from None


def diff_command(
    run_a: Annotated[
        Path,
        typer.Argument(metavar="RUN_A", help="Old run folder (or a runs folder: its latest)."),
    ],
    run_b: Annotated[Path, typer.Argument(metavar="RUN_B", help="New run folder.")],
    output_format: Annotated[
        DiffFormat,
        typer.Option(
            "--format",
            "-f",
            help="text (coloured on a terminal), markdown (a pull-request comment), json "
            "(scripts) or html (the review page).",
        ),
    ] = DiffFormat.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write here (default: standard output)."
        ),
    ] = None,
) -> None:
    """Field-level differences between two runs.

    Exit 0 when equal, 1 when different, 2 on error (like diff).
    """
    require_paths(run_a, run_b)
    try:
        first, second, diff = _load_pair(run_a, run_b)
    except RunError as exc:
        raise fail(str(exc)) from None
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
    elif output_format is DiffFormat.text and colour_on(out):
        for line in rendered.splitlines():
            style = diff_line_style(line)
            out.print(shown(line), style=style, highlight=False, emoji=False, soft_wrap=True)
    else:  # piped, NO_COLOR, or a format for other programs: exactly the rendering
        typer.echo(rendered, nl=False)
    raise typer.Exit(0 if diff.equal else 1)


_LINE_STYLES = (
    ("==", "bold cyan"),
    ("  + ", "green"),
    ("  - ", "red"),
    ("  ~ ", "yellow"),
    ("  error now:", "red"),
    ("      old evidence:", "dim"),
    ("      new evidence:", "dim"),
)


def diff_line_style(line: str) -> str:
    """The colour of one line of the text diff, read from how the line starts (the first
    line is the headline)."""
    for start, style in _LINE_STYLES:
        if line.startswith(start):
            return style
    return "" if line.startswith(" ") else "bold"


def review_command(
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="RUN | RUN_A RUN_B | apply DECISIONS",
            help="One run (check it), two runs (review the changes), or apply and a decisions "
            "file.",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", metavar="FILE", help="Where the review page goes."),
    ] = Path("review.html"),
    runs_root: Annotated[
        Path | None,
        typer.Option(
            "--runs", metavar="DIR", help="Where the accepted run goes (default: next to run B)."
        ),
    ] = None,
) -> None:
    """Review runs in the browser, then turn the exported decisions into an accepted run:

    summitry review RUN [-o review.html]            every article and record of one run

    summitry review RUN_A RUN_B [-o review.html]    what changed from A to B

    summitry review apply decisions.json [--runs runs]
    """
    try:
        if len(args) == 2 and args[0] == "apply":
            require_paths(Path(args[1]))
            _apply(Path(args[1]), runs_root)
            return
        if len(args) not in (1, 2):
            raise fail(
                "usage: summitry review RUN | summitry review RUN_A RUN_B | "
                "summitry review apply DECISIONS"
            )
        require_paths(*(Path(a) for a in args))
        first, second, diff = _load_pair(Path(args[0]), Path(args[-1]))
    except (RunError, DecisionsError) as exc:
        raise fail(str(exc)) from None
    _write(
        _writable_output(output, (first.path, second.path)), render_review_page(diff, first, second)
    )
    if diff.equal:
        records = sum(
            len(r.meetings) + len(r.planned_meetings) + len(r.milestones) for r in second.records
        )
        typer.echo(
            f"review page: {output} ({len(second.records)} articles, {records} records to check)"
        )
        return
    typer.echo(f"{headline(diff)}")
    typer.echo(f"review page: {output} ({len(diff.record_changes)} changes to decide)")


@dataclass
class AcceptedReview:
    """What a decisions file makes of the runs it names (nothing written yet)."""

    decisions: Decisions
    run_a: Run
    run_b: Run
    diff: RunDiff
    outcome: ApplyOutcome


def accepted_review(decisions_path: Path) -> AcceptedReview:
    """The accepted records a decisions file gives, checked against the runs as they are
    now: the diff must be the one reviewed, and (format /2) run B's records the ones the
    marks were made on. Used by ``review apply`` and ``gold add``; errors name the file."""
    decisions = read_decisions(decisions_path)
    first, second, diff = _load_pair(Path(decisions.run_a), Path(decisions.run_b))
    if diff.diff_id != decisions.diff_id:
        raise DecisionsError(
            f"{decisions_path}: made for another diff ({decisions.diff_id}); the runs now differ "
            f"as {diff.diff_id}; review them again"
        )
    if decisions.review_id is not None and decisions.review_id != review_id(diff, second.records):
        raise DecisionsError(
            f"{decisions_path}: made on other records of {second.run_id} than it holds now; "
            "review it again"
        )
    try:
        outcome = apply_decisions(
            diff,
            first,
            second,
            decisions.decisions,
            added=decisions.added,
            wrong=decisions.wrong,
        )
    except DecisionsError as exc:
        raise DecisionsError(f"{decisions_path}: {exc}") from None
    return AcceptedReview(decisions, first, second, diff, outcome)


def _apply(decisions_path: Path, runs_root: Path | None) -> None:
    review = accepted_review(decisions_path)
    outcome = review.outcome
    run_dir = write_accepted_run(
        outcome,
        review.run_a,
        review.run_b,
        decisions_path,
        review.diff.diff_id,
        runs_root=runs_root or review.run_b.path.parent,
        reconcile_stage=reconcile_stage,
    )
    typer.echo(
        f"accepted {outcome.accepted}, rejected {outcome.rejected}, "
        f"undecided (kept old) {outcome.undecided}"
    )
    if review.decisions.added or review.decisions.wrong:
        edits = outcome.edits
        kept = f" ({edits.wrong_not_kept} not in the accepted run anyway)"
        typer.echo(
            f"added by the reviewer {edits.added}, dropped as wrong {edits.dropped_as_wrong}"
            + (kept if edits.wrong_not_kept else "")
        )
    typer.echo(f"accepted run: {run_dir}")
