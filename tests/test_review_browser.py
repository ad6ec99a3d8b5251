"""The review page in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright): it loads without console errors, shows the highlighted evidence, and clicking
accept/reject changes the exported decisions, which ``review apply`` then accepts.

Skipped when no Chromium is installed, except in CI (``SUMMITRY_REQUIRE_BROWSER=1``), where
a skip would hide a broken page, so it fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.review.diffing import diff_runs
from pipeline.review.page import render_review_page
from pipeline.runs.folders import load_run
from tests.runfactory import baseline_records, write_run
from tests.test_review import candidate_records

CHROMIUM = os.environ.get("SUMMITRY_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("SUMMITRY_REQUIRE_BROWSER") == "1"
# This machine's network is closed: without these flags Chromium keeps trying to reach
# Google's services at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


def _missing_reason() -> str | None:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"{CHROMIUM} not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    reason = _missing_reason()
    if reason:
        if REQUIRED:
            pytest.fail(f"browser test required but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture()
def review_page(tmp_path: Path) -> tuple[Path, Path]:
    first = write_run(tmp_path / "runs" / "r1", baseline_records())
    second = write_run(tmp_path / "runs" / "r2", candidate_records())
    run_a, run_b = load_run(first), load_run(second)
    page = tmp_path / "review.html"
    diff = diff_runs(run_a.run_id, run_a.records, run_b.run_id, run_b.records)
    page.write_text(render_review_page(diff, run_a, run_b), encoding="utf-8")
    return page, tmp_path


def test_review_page_in_chromium(browser: object, review_page: tuple[Path, Path]) -> None:
    page_file, workdir = review_page
    context = browser.new_context(accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")

    # Highlighted evidence: the refined meeting's quote is in both runs, the dropped one
    # only in the old run; the injected markup is shown as text, not run.
    assert page.locator("mark.old.new").count() >= 1
    assert page.locator("mark.old:not(.new)").count() >= 1
    assert "<script>alert('x')</script>" in page.locator(".text").first.inner_text()
    assert page.locator(".change").count() == 3

    def exported() -> dict[str, object]:
        return json.loads(page.locator("#decisions-json").inner_text())

    assert exported()["decisions"] == {}
    card = page.locator('.change[data-change-id="delhi:meeting:0>0"]')
    card.locator('button[data-decision="accept"]').click()
    assert exported()["decisions"] == {"delhi:meeting:0>0": "accept"}
    assert card.locator(".state").inner_text() == "accepted"
    other = page.locator('.change[data-change-id="delhi:meeting:1>-"]')
    other.locator('button[data-decision="reject"]').click()
    card.locator('button[data-decision="reject"]').click()  # a change of mind
    assert exported()["decisions"] == {
        "delhi:meeting:0>0": "reject",
        "delhi:meeting:1>-": "reject",
    }
    card.locator('button[data-decision="accept"]').click()
    assert page.locator("#decided-count").inner_text() == "2"

    with page.expect_download() as download_info:
        page.locator("#export").click()
    decisions = workdir / "decisions.json"
    download_info.value.save_as(decisions)
    context.close()
    assert not problems, problems

    result = CliRunner().invoke(app, ["review", "apply", str(decisions)])
    assert result.exit_code == 0, result.output
    assert "accepted 1, rejected 1, undecided (kept old) 1" in result.stdout
    accepted = load_run(workdir / "runs" / "latest")
    delhi = next(r for r in accepted.records if r.article_id == "delhi")
    assert [m.date for m in delhi.meetings] == ["2024-02-08", "2024-02-07"]
