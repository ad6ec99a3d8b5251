"""``python -m pipeline`` is the same as ``summitry``."""

from pipeline.cli.main import app

app(prog_name="summitry")
