"""Build gold/gold.jsonl from the readable labels in gold/labels/.

Labels hold exact quotes; this script finds their offsets with
``pipeline.text.grounding.locate_quote`` and refuses to write anything unless every quote is
reproduced exactly by ``text[start:end]``,
every record is a valid ``GoldArticle``, every mechanism is in the controlled vocabulary, every
stated ordinal agrees with ``parse_ordinal(mechanism_text)`` and every participant is named in
the article (at least one token of the canonical name).

    .venv/bin/python gold/build_gold.py            # write gold/gold.jsonl
    .venv/bin/python gold/build_gold.py --check    # exit 1 if gold/gold.jsonl is stale
"""

from __future__ import annotations

import argparse
import json
import runpy
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.text.grounding import locate_quote, name_occurs  # noqa: E402
from pipeline.text.mechanisms import parse_ordinal  # noqa: E402
from schemas.gold import GoldArticle  # noqa: E402
from schemas.vocabulary import MECHANISM_NAMES  # noqa: E402

LABELS = ROOT / "gold" / "labels"
TEST_LABELS = ROOT / "gold" / "test" / "labels"
OUT = ROOT / "gold" / "gold.jsonl"
TEST_OUT = ROOT / "gold" / "test.jsonl"


def label_files(split: str) -> list[Path]:
    """Label files of a split, in a fixed order: dev = the seeds, the first eleven articles,
    then ``dev_*.py``; test = every file in ``gold/test/labels/`` (written before tuning)."""
    if split == "dev":
        fixed = [LABELS / "seeds.py", LABELS / "new_articles.py"]
        return fixed + sorted(LABELS.glob("dev_*.py"))
    return sorted(TEST_LABELS.glob("*.py"))


class GoldError(ValueError):
    pass


def _evidence(text: str, quotes: list[str], where: str) -> list[dict[str, Any]]:
    if not quotes:
        raise GoldError(f"{where}: no evidence")
    out = []
    for quote in quotes:
        span = locate_quote(text, quote)
        if span is None:
            raise GoldError(f"{where}: quote not found: {quote!r}")
        start, end = span
        if text[start:end] != quote:
            raise GoldError(
                f"{where}: located text differs from the quote (first occurrence elsewhere, "
                f"case, or stripped punctuation): {text[start:end]!r} != {quote!r}"
            )
        out.append({"quote": quote, "start": start, "end": end})
    return out


def _meeting(text: str, label: dict[str, Any], where: str) -> dict[str, Any]:
    record = dict(label)
    record["evidence"] = _evidence(text, label["evidence"], where)
    record["participants"] = [
        {"name": name, "title": title, "country": country}
        for name, title, country in label.get("participants", [])
    ]
    if record.get("mechanism") not in MECHANISM_NAMES:
        raise GoldError(
            f"{where}: mechanism {record.get('mechanism')!r} is not one of the controlled "
            "names in schemas/vocabulary.py (a named format outside it is 'bilateral meeting' "
            "with its name in mechanism_text)"
        )
    stated = parse_ordinal(record.get("mechanism_text"))
    if stated is not None and stated != record.get("ordinal"):
        raise GoldError(
            f"{where}: ordinal {record.get('ordinal')} but mechanism_text says {stated}"
        )
    for person in record["participants"]:
        tokens = person["name"].replace(".", " ").split()
        if not any(name_occurs(text, token) for token in tokens if len(token) > 1):
            raise GoldError(f"{where}: participant {person['name']!r} not named in the text")
    date, partial = record.get("date"), record.get("date_partial")
    if date and len(date) == 10 and partial != "--" + date[5:]:
        raise GoldError(f"{where}: full date {date} needs date_partial --{date[5:]}")
    if partial and date and len(date) >= 7 and not partial.startswith("--" + date[5:7]):
        raise GoldError(f"{where}: date_partial {partial} disagrees with date {date}")
    if len(record.get("countries", [])) != 2:
        raise GoldError(f"{where}: countries must be a pair")
    return record


def _milestone(text: str, label: dict[str, Any], where: str) -> dict[str, Any]:
    record = dict(label)
    record["evidence"] = _evidence(text, label["evidence"], where)
    year, date = record.get("year"), record.get("date")
    if year is not None and date and not str(date).startswith(str(year)):
        raise GoldError(f"{where}: date {record['date']} disagrees with year")
    return record


def build_article(label: dict[str, Any]) -> GoldArticle:
    article_id = label["article_id"]
    path = ROOT / label["source_path"]
    if path.stem != article_id:
        raise GoldError(f"{article_id}: article_id must be the file stem of {path.name}")
    text = path.read_text(encoding="utf-8")
    if label.get("dateline") and label["dateline"] not in text:
        raise GoldError(f"{article_id}: dateline {label['dateline']!r} not in the text")
    record = {
        "article_id": article_id,
        "source_path": label["source_path"],
        "dateline": label.get("dateline"),
        "meetings": [
            _meeting(text, m, f"{article_id} meetings[{i}]")
            for i, m in enumerate(label.get("meetings", []))
        ],
        "planned_meetings": [
            _meeting(text, m, f"{article_id} planned_meetings[{i}]")
            for i, m in enumerate(label.get("planned_meetings", []))
        ],
        "milestones": [
            _milestone(text, m, f"{article_id} milestones[{i}]")
            for i, m in enumerate(label.get("milestones", []))
        ],
        "excluded": list(label.get("excluded", [])),
        "notes": label.get("notes"),
    }
    extra = set(label) - set(record)
    if extra:
        raise GoldError(f"{article_id}: unknown label keys {sorted(extra)}")
    article = GoldArticle.model_validate(record)
    # Catch misspelt record keys, which pydantic would silently ignore.
    for kind in ("meetings", "planned_meetings", "milestones"):
        model_fields = type(getattr(article, kind)[0]).model_fields if record[kind] else {}
        for i, raw in enumerate(record[kind]):
            unknown = set(raw) - set(model_fields)
            if unknown:
                raise GoldError(f"{article_id} {kind}[{i}]: unknown keys {sorted(unknown)}")
    return article


def load_labels(files: list[Path]) -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = []
    for path in files:
        labels.extend(runpy.run_path(str(path))["ARTICLES"])
    ids = [label["article_id"] for label in labels]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise GoldError(f"duplicate article_id {duplicates}")
    return labels


def build_lines(files: list[Path]) -> str:
    """The whole JSONL content of one split, deterministically."""
    lines = [
        json.dumps(build_article(label).model_dump(mode="json"), ensure_ascii=False)
        for label in load_labels(files)
    ]
    return "".join(line + "\n" for line in lines)


def check_splits() -> None:
    """Dev and test never share an article id, a source file or a same-event key."""
    dev, test = (load_labels(label_files(s)) for s in ("dev", "test"))
    for key in ("article_id", "source_path"):
        shared = {d[key] for d in dev} & {t[key] for t in test}
        if shared:
            raise GoldError(f"dev and test share {key} {sorted(shared)}")

    def events(labels: list[dict[str, Any]]) -> set[str]:
        return {
            m["event"]
            for label in labels
            for kind in ("meetings", "planned_meetings")
            for m in label.get(kind, [])
            if m.get("event")
        }

    shared_events = events(dev) & events(test)
    if shared_events:
        raise GoldError(f"dev and test share same-event keys {sorted(shared_events)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the JSONL, no write")
    parser.add_argument(
        "--validate", type=Path, metavar="LABELS_PY", help="check one label file, write nothing"
    )
    args = parser.parse_args(argv)
    try:
        if args.validate:
            content = build_lines([args.validate.resolve()])
            print(f"{args.validate}: {content.count(chr(10))} articles valid")
            return 0
        check_splits()
        outputs = {OUT: build_lines(label_files("dev")), TEST_OUT: build_lines(label_files("test"))}
    except GoldError as exc:
        print(f"gold: {exc}", file=sys.stderr)
        return 1
    stale = 0
    for out, content in outputs.items():
        if args.check:
            current = out.read_text(encoding="utf-8") if out.exists() else ""
            if current != content:
                print(f"{out.relative_to(ROOT)} is stale: run gold/build_gold.py", file=sys.stderr)
                stale = 1
            continue
        out.write_text(content, encoding="utf-8")
        print(f"wrote {content.count(chr(10))} articles to {out.relative_to(ROOT)}")
    return stale


if __name__ == "__main__":
    raise SystemExit(main())
