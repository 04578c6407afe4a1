"""The JSON report keeps its published contract (docs/report.schema.json) and its offsets hold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from sourcediff import compare, load

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs/report.schema.json").read_text(encoding="utf-8"))


def seeds_report() -> dict[str, Any]:
    articles = [load(p) for p in sorted((ROOT / "seeds").iterdir())]
    data: dict[str, Any] = json.loads(compare(articles).to_json())
    return data


def test_seeds_report_validates_against_the_published_schema() -> None:
    jsonschema.validate(seeds_report(), SCHEMA)


def test_schema_rejects_a_renamed_field() -> None:
    data = seeds_report()
    data["verdicts"] = data.pop("facts")
    try:
        jsonschema.validate(data, SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("a report without 'facts' passed the schema")


def test_every_offset_points_at_its_text() -> None:
    articles = {a.id: a for a in (load(p) for p in sorted((ROOT / "seeds").iterdir()))}
    data = seeds_report()
    for claim in data["claims"]:
        for p in claim["passages"]:
            assert articles[p["source"]].text[p["start"]:p["end"]] == p["text"]
    for fact in data["facts"]:
        for m in fact["mentions"]:
            assert articles[m["source"]].text[m["start"]:m["end"]] == m["text"]
    counts = data["summary"]
    assert sum(counts.values()) == len(data["facts"])
