"""Cross-source reconciliation: one record per real-world event, with sources and conflicts."""

from __future__ import annotations

from pathlib import Path


def reconcile_stage(run_dir: Path) -> None:
    """Reconcile a finished run folder (``reconciled.json`` and ``.md``); the heavy modules are
    imported only when a run gets this far."""
    from pipeline.reconcile.events import reconcile_run

    reconcile_run(run_dir)
