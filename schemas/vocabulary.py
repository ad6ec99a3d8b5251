"""The controlled names of meeting formats: part of the output contract, not of the code.

A record's ``mechanism`` is one of these names; what the article wrote is kept in
``mechanism_text``. The names are general (they cover every country pair that uses the format);
a named format that is none of them is ``bilateral meeting`` with its name in ``mechanism_text``.
Code that *recognises* the formats in text lives in ``pipeline.text.mechanisms``; the gold
builder checks labels against this list, so labels never depend on what the code recognises.
"""

from __future__ import annotations

DEFAULT_MECHANISM = "bilateral meeting"

MECHANISM_DESCRIPTIONS: dict[str, str] = {
    "2+2 Dialogue": "foreign and defence ministers (or their deputies) of both sides together",
    "Vice-Ministerial Dialogue": "vice/deputy foreign ministers or a foreign secretary and a "
    "vice minister ('Foreign Secretary-Vice Minister Dialogue', 'Vice Foreign Ministers' "
    "Dialogue')",
    "Foreign Office Consultations": "senior officials of the two foreign ministries "
    "('Foreign Office Consultations', 'political consultations', 'Foreign Ministry "
    "Consultations')",
    "Dialogue on Economic Security": "a dialogue named for economic security",
    "Strategic Dialogue": "a format named 'Strategic Dialogue' (any level, incl. foreign "
    "ministers' strategic dialogue), but not the two below",
    "Strategic and Economic Dialogue": "a format named 'Strategic and Economic Dialogue'",
    "Comprehensive Strategic Dialogue": "a format named 'Comprehensive Strategic Dialogue'",
    "Joint Commission": "a 'Joint Commission', 'Joint Ministerial Commission' or "
    "'Intergovernmental Commission' meeting",
    "Annual Summit": "a summit the text calls annual or numbers as a recurring summit series",
    "Virtual Summit": "a summit held by video link",
    "bilateral summit": "any other meeting of heads of state or government called a summit",
    "Act East Forum": "the India-Japan Act East Forum",
    "courtesy call": "a courtesy call, or 'called on' a leader",
    DEFAULT_MECHANISM: "any other meeting or talks; a named format outside this list keeps "
    "its name in mechanism_text",
}

MECHANISM_NAMES: tuple[str, ...] = tuple(MECHANISM_DESCRIPTIONS)
