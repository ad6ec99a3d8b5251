"""Collects what the fault-injection and bad-input tests saw and prints it after the run
(not a test module): faults injected by kind, articles ok/partial/failed, records lost, bad inputs
and their outcomes. ``benchmarks/fault_report.py`` prints the same tables on its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest

from tests.fakeserver import Fault
from tests.fault_scenarios import BadInputFigures, BatchFigures, outcome_line

PLUGIN_NAME = "summitry-fault-report"


@dataclass
class Report:
    batches: list[BatchFigures] = field(default_factory=list)
    bad_inputs: list[BadInputFigures] = field(default_factory=list)


REPORT = Report()


def batch_lines(figures: BatchFigures) -> list[str]:
    summary = figures.summary
    faults = ", ".join(f"{kind} {n}" for kind, n in sorted(figures.faults.items()))
    outage = ""
    if figures.outage and figures.outage[1] is not None:
        outage = f"; server down {figures.outage[1] - figures.outage[0]:.2f} s mid-run"
    return [
        f"{figures.name}: {figures.articles} articles, {len(figures.requests)} requests, "
        f"{figures.wall_seconds:.1f} s wall{outage}",
        f"  faults injected ({sum(figures.faults.values())}; {_sources(figures)}): {faults}",
        f"  articles ok {summary.ok}, partial {summary.partial}, failed {summary.failed}; "
        f"records lost {figures.records_lost}; meetings lost silently "
        f"{len(figures.silent_losses())}; calls without an answer listed by their article "
        f"{figures.explained_losses()}",
        f"  usage: {summary.prompt_tokens} prompt + {summary.completion_tokens} completion "
        f"tokens over {summary.attempts} attempts",
    ]


def _sources(figures: BatchFigures) -> str:
    counts = Counter(r.source for r in figures.requests if r.fault is not Fault.OK)
    parts = [f"{counts['mix']} from the seeded mix"]
    if counts["rule"]:
        parts.append(f"{counts['rule']} on {len(figures.doomed)} doomed articles")
    if counts["outage"]:
        parts.append(f"{counts['outage']} dropped as the server went down")
    return ", ".join(parts)


def bad_input_lines(figures: BadInputFigures) -> list[str]:
    lines = ["bad inputs (one folder with good articles; one batch):"]
    width = max(len(case.name) for case in figures.cases)
    for case in figures.cases:
        record = figures.records.get(case.name)
        outcome = outcome_line(record) if record else "NO RECORD"
        lines.append(f"  {case.name:<{width}}  {case.what:<38} -> {outcome}")
    return lines


def report_lines(report: Report = REPORT) -> list[str]:
    lines: list[str] = []
    for figures in report.batches:
        lines += batch_lines(figures)
    for bad in report.bad_inputs:
        lines += bad_input_lines(bad)
    return lines


class _Plugin:
    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        lines = report_lines()
        if lines:
            terminalreporter.write_sep("=", "fault injection and bad inputs")
            for line in lines:
                terminalreporter.write_line(line)


def register(config: pytest.Config) -> None:
    """Print the report at the end of this pytest run (once, whichever module asks first)."""
    if not config.pluginmanager.has_plugin(PLUGIN_NAME):
        config.pluginmanager.register(_Plugin(), PLUGIN_NAME)
