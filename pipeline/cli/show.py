"""``summitry show``: the HTML report of one run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import fail, require_paths
from pipeline.runs.folders import RunError, load_run


def show_command(
    run: Annotated[Path, typer.Argument(help="A run folder, or a runs folder (its latest run).")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Where the page goes (default: report.html in the run folder)."
        ),
    ] = None,
) -> None:
    """Write one self-contained HTML page of a run: a timeline per country pair, every
    reconciled event with its sources, and each article with its records highlighted."""
    from pipeline.reports.html_report import write_report
    from pipeline.reports.reconciled import ReconciledFileError

    require_paths(run)
    try:
        loaded = load_run(run)
    except RunError as exc:
        raise fail(str(exc)) from None
    try:
        path = write_report(loaded, output)
    except (RunError, ReconciledFileError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        where = exc.filename if exc.filename is not None else (output or loaded.path)
        raise fail(f"{where}: cannot write the report ({exc.strerror or exc})") from None
    typer.echo(f"report: {path}")
