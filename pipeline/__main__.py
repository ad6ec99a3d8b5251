"""``python -m pipeline`` is the same as ``summitry``."""

from pipeline.cli import app

app(prog_name="summitry")
