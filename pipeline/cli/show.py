"""``summitry show``: the HTML report of one run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline.cli.display import shown
from pipeline.runs.folders import RunError, load_run

console = Console(stderr=True)


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

    try:
        loaded = load_run(run)
    except RunError as exc:
        console.print(f"[red]error:[/red] {shown(exc)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    try:
        path = write_report(loaded, output)
    except OSError as exc:
        target = output or loaded.path
        console.print(
            f"[red]error:[/red] {shown(target)}: cannot write ({shown(exc.strerror)})",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(2) from None
    typer.echo(f"report: {path}")
