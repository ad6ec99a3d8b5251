"""What a run found, for readers: the reconciled JSON and Markdown, the analyst CSVs and the
HTML report of ``summitry show``. Every renderer here reads reconciled records and writes
files; none decides anything."""

from __future__ import annotations

from pathlib import Path


def reconcile_stage(run_dir: Path) -> None:
    """Reconcile a finished run folder and write its reconciled files (see ``run_files``);
    the heavy modules are imported only when a run gets this far."""
    from pipeline.reports.run_files import reconcile_run

    reconcile_run(run_dir)
