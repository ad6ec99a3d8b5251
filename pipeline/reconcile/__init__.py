"""Cross-source reconciliation: one record per real-world event, with sources and conflicts.

Pure: ``pipeline.reconcile.events.reconcile`` turns records into a Reconciliation; the files
of a run folder are written by the renderings stage (``pipeline.reports.reconcile_stage``)."""
