"""A small invented run for the HTML report's tests: two outlets on one Chile–Norway meeting,
a planned visit, a meeting whose year nobody wrote, and a partnership ladder with one step
out of order."""

from __future__ import annotations

from pathlib import Path

from pipeline.reports.run_files import reconcile_run
from pipeline.runs.folders import write_manifest, write_texts
from pipeline.runs.output import EXTRACTIONS_FILE, write_extractions
from schemas import ArticleExtraction, Evidence, Meeting, Milestone, Participant
from tests.runfactory import extraction

TEXTS = {
    "valpo": (
        "Valparaíso, 3 May 2031 (Wire): Chile's Foreign Minister Ana Rivas met Norway's "
        "Foreign Minister Erik Dahl in Valparaíso on Saturday for the 4th Political "
        "Consultations. Chile and Norway raised their ties to a Strategic Partnership in 2024. "
        "The two countries had agreed a Comprehensive Partnership in 2019. A reader's note: "
        "<script>alert('x')</script> & <b>markup</b> stays text."
    ),
    "oslo": (
        "OSLO — Erik Dahl and Ana Rivas held talks on 3 May 2031, the ministry said. Dahl will "
        "visit Santiago in June 2031. The two ministers first met on 9 March at a fisheries "
        "fair. In 2027 the pair announced an Enhanced Partnership."
    ),
}
TITLES = {"valpo": "Chile and Norway hold consultations", "oslo": None}


def evidence(article: str, quote: str) -> Evidence:
    start = TEXTS[article].index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def _people(*names: str) -> list[Participant]:
    countries = {"Ana Rivas": "Chile", "Erik Dahl": "Norway", "Dahl": "Norway"}
    return [Participant(name=n, title="Foreign Minister", country=countries[n]) for n in names]


def _meeting(article: str, quote: str, **fields: object) -> Meeting:
    return Meeting(countries=["Chile", "Norway"], evidence=[evidence(article, quote)], **fields)  # type: ignore[arg-type]


def _upgrade(article: str, quote: str, name: str, year: int) -> Milestone:
    return Milestone(
        name=name,
        kind="partnership_upgrade",
        year=year,
        countries=["Chile", "Norway"],
        evidence=[evidence(article, quote)],
    )


def report_records() -> list[ArticleExtraction]:
    valpo_quote = (
        "Chile's Foreign Minister Ana Rivas met Norway's Foreign Minister Erik Dahl in "
        "Valparaíso on Saturday for the 4th Political Consultations"
    )
    records = {
        "valpo": {
            "meetings": [
                _meeting(
                    "valpo",
                    valpo_quote,
                    date="2031-05-03",
                    location="Valparaíso",
                    mechanism="Political Consultations",
                    ordinal=4,
                    participants=_people("Ana Rivas", "Erik Dahl"),
                )
            ],
            "milestones": [
                _upgrade(
                    "valpo",
                    "Chile and Norway raised their ties to a Strategic Partnership in 2024",
                    "Strategic Partnership",
                    2024,
                ),
                _upgrade(
                    "valpo",
                    "The two countries had agreed a Comprehensive Partnership in 2019",
                    "Comprehensive Partnership",
                    2019,
                ),
            ],
            "dropped": ["meetings[1] dropped: 'Wire' is not a person"],
        },
        "oslo": {
            "meetings": [
                _meeting(
                    "oslo",
                    "Erik Dahl and Ana Rivas held talks on 3 May 2031",
                    date="2031-05-03",
                    participants=_people("Erik Dahl", "Ana Rivas"),
                ),
                _meeting(
                    "oslo",
                    "The two ministers first met on 9 March at a fisheries fair",
                    date_partial="--03-09",
                    participants=_people("Ana Rivas", "Erik Dahl"),
                ),
            ],
            "planned_meetings": [
                _meeting(
                    "oslo",
                    "Dahl will visit Santiago in June 2031",
                    date="2031-06",
                    location="Santiago",
                    participants=_people("Dahl"),
                )
            ],
            "milestones": [
                _upgrade(
                    "oslo",
                    "In 2027 the pair announced an Enhanced Partnership",
                    "Enhanced Partnership",
                    2027,
                )
            ],
        },
    }
    return [
        extraction(article, title=TITLES[article], outlet=f"{article}.example", **lists)
        for article, lists in records.items()
    ]


def write_report_run(folder: Path) -> Path:
    """The run folder as ``extract`` leaves it, reconciled."""
    folder.mkdir(parents=True)
    records = report_records()
    write_extractions(folder / EXTRACTIONS_FILE, records)
    write_texts(folder, {r.article_id: TEXTS[r.article_id] for r in records})
    write_manifest(folder, {"kind": "extract", "complete": True, "run_id": folder.name})
    reconcile_run(folder)
    return folder
