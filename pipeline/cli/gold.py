"""``summitry gold``: the evaluation set grows from review work."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import console, fail
from pipeline.cli.display import shown
from pipeline.cli.review import accepted_review
from pipeline.evaluation.reviewed_gold import DEFAULT_GOLD_FILE, append_gold, reviewed_articles
from pipeline.evaluation.scoring import EvalInputError
from pipeline.review.decisions import DecisionsError
from pipeline.runs.folders import RunError

gold_app = typer.Typer(help="Grow the gold set from review work.", no_args_is_help=True)


@gold_app.command("add")
def add_command(
    decisions_path: Annotated[
        Path, typer.Argument(metavar="DECISIONS_FILE", help="Exported from a review page.")
    ],
    gold: Annotated[
        Path, typer.Option("--gold", help="Gold JSONL file to append to (created if missing).")
    ] = DEFAULT_GOLD_FILE,
) -> None:
    """Append the articles reviewed in DECISIONS_FILE to a gold file: the accepted run's
    records for them, with the reviewer's additions and without records marked wrong.
    Refuses an article the gold file already holds."""
    try:
        review = accepted_review(decisions_path)
        shown_records = {r.article_id: r for r in review.run_b.records}
        source_of = review.outcome.source_of

        def text_of(article_id: str) -> str | None:
            run = review.run_b if source_of.get(article_id) == "b" else review.run_a
            return run.text_of(article_id)

        note = f"reviewed on the review page of run {review.run_b.run_id} ({decisions_path.name})"
        articles, skipped = reviewed_articles(
            review.outcome.records,
            review.decisions,
            review.diff,
            shown_records,
            text_of,
            note,
        )
        if not articles:
            raise fail(
                f"{decisions_path}: no reviewed article to add (decide a change, check, add or "
                "mark a record, or tick 'article reviewed' on the page)"
            )
        append_gold(gold, articles)
    except (RunError, DecisionsError, EvalInputError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{gold}: cannot write ({exc.strerror or exc})") from None
    for line in skipped:
        console.print(f"[yellow]note[/yellow] {shown(line)} (not added)", highlight=False)
    meetings = sum(len(a.meetings) for a in articles)
    planned = sum(len(a.planned_meetings) for a in articles)
    milestones = sum(len(a.milestones) for a in articles)
    typer.echo(
        f"added {len(articles)} reviewed article(s) to {gold}: {meetings} meetings, "
        f"{planned} planned meetings, {milestones} milestones"
    )
