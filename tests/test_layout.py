"""The folder layout is the data flow: a stage imports only itself and earlier stages.

Every ``import`` in ``pipeline/`` (top-level and function-local) is read with ``ast``; a stage
importing a later one fails here, naming the file, the line and both stages.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIPELINE = ROOT / "pipeline"

STAGES = (
    "text",  # pure text knowledge: dates, names, places, formats, grounding
    "ingest",  # reading, decoding, cleaning articles
    "model",  # the model endpoint: client, call cache, embedded server, model store
    "extraction",  # candidate sentences, prompts, asking the model, answer validation
    "records",  # records from answers: dates, people, formats, merging
    "runs",  # one article end to end, plans, batches, run folders
    "reconcile",  # across sources
    "reports",  # what a run found, for readers: reconciled JSON/Markdown, the HTML report
    "review",  # diffs, review page, accepted runs
    "evaluation",  # scoring against gold
    "cli",
)
FOUNDATION = {"pipeline.config"}
"""Imported by every stage; imports no stage itself."""


def _stage(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "pipeline" and parts[1] in STAGES:
        return parts[1]
    return None


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "pipeline":
                found += [(node.lineno, f"pipeline.{alias.name}") for alias in node.names]
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_every_module_is_in_a_stage() -> None:
    loose = [
        p.name
        for p in PIPELINE.glob("*.py")
        if p.stem not in ("__init__", "__main__") and _module_name(p) not in FOUNDATION
    ]
    assert loose == [], f"modules outside a stage folder: {loose}"
    folders = sorted(p.name for p in PIPELINE.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert set(folders) <= set(STAGES), f"unknown stage folders: {set(folders) - set(STAGES)}"


def test_imports_only_go_down_the_flow() -> None:
    order = {stage: rank for rank, stage in enumerate(STAGES)}
    violations = []
    for path in sorted(PIPELINE.rglob("*.py")):
        module = _module_name(path)
        own = _stage(module)
        for line, imported in _imports(path):
            if module in FOUNDATION and imported.startswith("pipeline."):
                violations.append(f"{path.relative_to(ROOT)}:{line} foundation imports {imported}")
                continue
            target = _stage(imported)
            if own is None or target is None:
                continue
            if order[target] > order[own]:
                violations.append(
                    f"{path.relative_to(ROOT)}:{line} ({own}) imports {imported} ({target}), "
                    "a later stage"
                )
    assert violations == [], "\n".join(violations)


def test_the_text_stage_is_pure() -> None:
    """Text knowledge reads no files and talks to no model: no I/O modules imported."""
    io_modules = {"openai", "instructor", "sqlite3", "httpx", "subprocess", "socket"}
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((PIPELINE / "text").rglob("*.py"))
        for line, name in _imports(path)
        if name.split(".")[0] in io_modules
    ]
    assert offenders == []
