"""What a run found, for readers: the reconciled JSON and Markdown, the analyst CSVs and the
HTML report of ``summitry show``. Every renderer here reads reconciled records and writes
files; none decides anything."""
