"""The review page in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright): it loads without console errors, shows the highlighted evidence, and clicking
accept/reject changes the exported decisions, which ``review apply`` then accepts; on one run
reviewed alone a reviewer adds a missed meeting from a selection, marks a record wrong, uses
the keys, finds it all again after a reload, and the exported file applies.

Skipped when no Chromium is installed, except in CI (``SUMMITRY_REQUIRE_BROWSER=1``), where
a skip would hide a broken page, so it fails instead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.review.diffing import diff_runs
from pipeline.review.page import render_review_page
from pipeline.runs.folders import load_run
from tests.runfactory import ROME_QUOTE, baseline_records, single_run_records, write_run
from tests.test_review import candidate_records

SCREENSHOT = Path("/tmp/summitry-review-add.png")
"""One look at the page a reviewer works on (the one-run page after adding a record)."""

pytestmark = pytest.mark.browser


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


def _select(page: object, article_id: str, quote: str) -> None:
    """Select ``quote`` in the article's text as a reviewer's mouse would."""
    page.evaluate(  # type: ignore[attr-defined]
        """([articleId, quote]) => {
            const box = document.querySelector(`.article[data-article-id="${articleId}"] .text`);
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.textContent.indexOf(quote);
                if (at === -1) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + quote.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return;
            }
            throw new Error("quote not in one text node");
        }""",
        [article_id, quote],
    )


def _select_across(page: object, article_id: str, quote: str) -> None:
    """Select ``quote`` where it spans several nodes (highlighted evidence and plain text)."""
    page.evaluate(  # type: ignore[attr-defined]
        """([articleId, quote]) => {
            const box = document.querySelector(`.article[data-article-id="${articleId}"] .text`);
            const at = box.textContent.indexOf(quote);
            const place = (offset) => {
                const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (offset <= node.textContent.length) return [node, offset];
                    offset -= node.textContent.length;
                }
                throw new Error("offset past the text");
            };
            const range = document.createRange();
            range.setStart(...place(at));
            range.setEnd(...place(at + quote.length));
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
        }""",
        [article_id, quote],
    )


def test_one_run_reviewed_added_to_and_marked_in_chromium(browser: object, tmp_path: Path) -> None:
    """One run on its own: select the meeting the model missed and add it (prefilled), mark
    a record wrong, check one with the keys; reload and find it all restored; export, and
    ``review apply`` gives a run holding the reviewer's record."""
    run = write_run(tmp_path / "runs" / "r1", single_run_records())
    page_file = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", str(run), "-o", str(page_file)])
    assert result.exit_code == 0, result.output
    context = browser.new_context(accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    assert page.locator(".article").count() == 3 and page.locator(".record").count() == 4
    assert page.locator("mark.rec").count() >= 4

    # a selection across a highlighted record is counted in the article's own offsets
    _select_across(
        page,
        "delhi",
        "Masataka Okano the same day. India and Japan upgraded ties to a Special Strategic",
    )
    page.locator("#selection-tools").wait_for(state="visible")
    page.locator("#add-milestone").click()
    assert page.locator("#add-kind").input_value() == "milestone"
    assert page.locator("#add-name").input_value() == "Special Strategic and Global Partnership"
    assert page.locator("#add-year").input_value() == "2014"
    assert page.locator("#add-milestone-countries").input_value() == "India, Japan"
    assert page.locator("#add-quote").input_value().endswith("a Special Strategic")
    page.locator("#add-cancel").click()

    _select(page, "rome", ROME_QUOTE)
    page.locator("#selection-tools").wait_for(state="visible")
    page.locator("#add-meeting").click()
    form = page.locator("#add-form")
    assert form.is_visible()
    assert page.locator("#add-kind").input_value() == "meeting"
    assert page.locator("#add-quote").input_value() == ROME_QUOTE
    assert page.locator("#add-date").input_value() == "2023-05-04"
    assert page.locator("#add-date-text").input_value() == "4 May 2023"
    assert page.locator("#add-participants").input_value().splitlines() == [
        "Marco Bellini; Italian Foreign Minister; Italy",
        "Grace Wanjiru; Kenyan Cabinet Secretary; Kenya",
    ]
    assert page.locator("#add-countries").input_value() == "Italy, Kenya"
    assert page.locator("#add-mechanism").input_value() == "Joint Commission"
    assert page.locator("#add-ordinal").input_value() == "1"
    assert page.locator("#add-location").input_value() == "Rome"
    page.locator("#add-topics").fill("trade, security")  # the reviewer edits the form
    page.locator("#add-save").click()
    assert not form.is_visible()
    added_line = page.locator('.article[data-article-id="rome"] .added').inner_text()
    assert "Marco Bellini, Grace Wanjiru · 4 May 2023 · Joint Commission · Rome" in added_line

    wrong = page.locator('.record[data-record-id="delhi:meeting:1"]')
    wrong.locator(".mark-wrong").click()
    reason = wrong.locator(".reason")
    assert reason.evaluate("el => el === document.activeElement")
    page.keyboard.type("a working-level consultation, not a ministers' meeting")
    assert wrong.locator(".state").inner_text() == "wrong"  # typing 'a' and 'r' decided nothing
    page.keyboard.press("Escape")
    page.keyboard.press("j")
    first = page.locator('.record[data-record-id="delhi:meeting:0"]')
    assert "current" in (first.get_attribute("class") or "")
    page.keyboard.press("a")
    assert first.locator(".state").inner_text() == "correct"
    page.keyboard.press("j")
    page.keyboard.press("j")
    milestone = page.locator('.record[data-record-id="delhi:milestone:0"]')
    assert "current" in (milestone.get_attribute("class") or "")

    def exported() -> dict[str, object]:
        return json.loads(page.locator("#decisions-json").inner_text())

    before = exported()
    assert before["checked"] == [{"article_id": "delhi", "kind": "meeting", "index": 0}]
    assert before["wrong"] == [
        {
            "article_id": "delhi",
            "kind": "meeting",
            "index": 1,
            "reason": "a working-level consultation, not a ministers' meeting",
        }
    ]
    (added,) = before["added"]  # type: ignore[misc]
    assert added["kind"] == "meeting" and added["record"]["topics"] == ["trade", "security"]

    page.reload()
    page.wait_for_load_state("load")
    assert page.locator("#restored").is_visible()
    assert exported() == before
    assert first.locator(".state").inner_text() == "correct"
    assert wrong.locator(".reason").input_value().startswith("a working-level")
    assert page.locator('.article[data-article-id="rome"] .added').count() == 1
    page.locator('.article[data-article-id="rome"]').scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    # the page fits the window: nothing (a long line of the exported JSON) widens it
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")

    with page.expect_download() as download_info:
        page.locator("#export").click()
    name = download_info.value.suggested_filename
    assert page.locator("#apply-command").inner_text() == f"summitry review apply {name}"
    decisions = tmp_path / name
    download_info.value.save_as(decisions)
    context.close()
    assert not problems, problems

    result = CliRunner().invoke(app, ["review", "apply", str(decisions)])
    assert result.exit_code == 0, result.output
    assert "added by the reviewer 1, dropped as wrong 1" in result.stdout
    accepted = load_run(tmp_path / "runs" / "latest")
    by_id = {r.article_id: r for r in accepted.records}
    (meeting,) = by_id["rome"].meetings
    assert meeting.source == "reviewer" and meeting.topics == ["trade", "security"]
    text = accepted.text_of("rome")
    assert text is not None
    assert text[meeting.evidence[0].start : meeting.evidence[0].end] == ROME_QUOTE
    assert [m.mechanism for m in by_id["delhi"].meetings] == ["Strategic Dialogue"]
    assert "not a ministers' meeting" in by_id["delhi"].dropped[0]
