"""Build gold/gold.jsonl from the readable labels in gold/labels/.

Labels hold exact quotes; this script finds their offsets with ``pipeline.grounding.locate_quote``
and refuses to write anything unless every quote is reproduced exactly by ``text[start:end]``,
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

from pipeline.grounding import locate_quote, name_occurs  # noqa: E402
from pipeline.mechanisms import CONTROLLED_NAMES, parse_ordinal  # noqa: E402
from schemas.gold import GoldArticle  # noqa: E402

LABELS = ROOT / "gold" / "labels"
LABEL_FILES = ("seeds.py", "new_articles.py")  # seeds first, then the new articles
OUT = ROOT / "gold" / "gold.jsonl"


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
    if record.get("mechanism") not in CONTROLLED_NAMES:
        raise GoldError(f"{where}: mechanism {record.get('mechanism')!r} not controlled")
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


def load_labels() -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = []
    for name in LABEL_FILES:
        labels.extend(runpy.run_path(str(LABELS / name))["ARTICLES"])
    ids = [label["article_id"] for label in labels]
    if len(ids) != len(set(ids)):
        raise GoldError("duplicate article_id")
    return labels


def build_lines() -> str:
    """The whole gold.jsonl content, deterministically."""
    lines = [
        json.dumps(build_article(label).model_dump(mode="json"), ensure_ascii=False)
        for label in load_labels()
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with gold.jsonl, no write")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    content = build_lines()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != content:
            print(f"{args.out} is stale: run gold/build_gold.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    n = content.count("\n")
    print(f"wrote {n} articles to {args.out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
