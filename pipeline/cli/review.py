"""``summitry diff`` and ``summitry review``: what changed between two runs, and deciding it."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.cli.common import colour_on, console, fail, out, require_paths
from pipeline.cli.display import shown
from pipeline.reconcile import reconcile_stage
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

RECONCILED_FILE = "reconciled.json"


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


def reconciled_events(run: Run) -> list[dict[str, Any]]:
    """The run's reconciled events and planned meetings (empty when it has none)."""
    path = run.path / RECONCILED_FILE
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RunError(f"{path}: unreadable ({exc})") from None
    events = [*data.get("events", []), *data.get("planned", [])]
    return [e for e in events if isinstance(e, dict)]


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
            metavar="RUN_A RUN_B | apply DECISIONS",
            help="Two runs (writes the review page), or apply and a decisions file.",
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
    """Review two runs in the browser, then turn the exported decisions into an accepted run:

    summitry review RUN_A RUN_B [-o review.html]

    summitry review apply decisions.json [--runs runs]
    """
    try:
        if len(args) == 2 and args[0] == "apply":
            require_paths(Path(args[1]))
            _apply(Path(args[1]), runs_root)
            return
        if len(args) != 2:
            raise fail("usage: summitry review RUN_A RUN_B | summitry review apply DECISIONS")
        require_paths(Path(args[0]), Path(args[1]))
        first, second, diff = _load_pair(Path(args[0]), Path(args[1]))
    except (RunError, DecisionsError) as exc:
        raise fail(str(exc)) from None
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
