"""render/annotations.py: the four spellings of a CheckResult."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sourcediff.check import CHECK_SCHEMA, CheckResult, Evidence, Finding, Level, Rule
from sourcediff.diffinput import Location, Position
from sourcediff.model import Kind, Span
from sourcediff.render.annotations import (
    CheckFormat,
    escape_data,
    escape_property,
    render_check,
    render_github,
    render_json,
    render_sarif,
    render_text,
    sarif_log,
)

SCHEMA = Path(__file__).parent / "data" / "check" / "sarif-schema-2.1.0.json"


def finding(rule: Rule, level: Level, line: int, message: str, raw: str = "6:01 PM ET") -> Finding:
    return Finding(
        rule=rule, level=level, kind=Kind.TIME, span=Span(10, 10 + len(raw)), raw=raw,
        value="18:01 America/New_York = 23:01Z", message=message, fact="f1",
        evidence=(Evidence("002", "5:01 PM ET", "17:01 America/New_York = 22:01Z"),
                  Evidence("004", "5:01 pm (22:01 GMT)", "22:01Z", "Sean Parnell")),
        location=Location(Position(line, 5), Position(line, 5 + len(raw))),
    )


RESULT = CheckResult(
    path="drafts/the story, v2.md",
    findings=(
        finding(Rule.DIVERGE, Level.ERROR, 14,
                "time “6:01 PM ET” contradicts the sources: 100% sure,\nreally"),
        finding(Rule.UNSUPPORTED, Level.WARNING, 20, "number “2,500” is stated by no source", raw="2,500"),
        finding(Rule.DISPUTED, Level.NOTE, 22, "sources disagree on this money"),
    ),
    checked=7,
)
EMPTY = CheckResult(path="drafts/story.md", findings=(), checked=0,
                    status="the diff does not touch the draft")


def test_github_escaping_rules() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("a:b,c") == "a:b,c"


def test_github_commands_one_per_finding_with_levels_and_positions() -> None:
    out = render_github(RESULT).splitlines()
    assert len(out) == 3
    assert out[0].startswith("::error file=drafts/the story%2C v2.md,line=14,col=5,endLine=14,endColumn=15,"
                             "title=sourcediff time/diverge::")
    assert "100%25 sure%2C" not in out[0] and "100%25 sure,%0Areally" in out[0]
    assert "%0A002: “5:01 PM ET” = 17:01 America/New_York = 22:01Z" in out[0]
    assert out[1].startswith("::warning ") and out[2].startswith("::notice ")
    assert all("\n" not in line and "\r" not in line for line in out)


def test_github_says_when_nothing_was_checked() -> None:
    [line] = render_github(EMPTY).splitlines()
    assert line.startswith("::notice ") and "does not touch the draft" in line


def test_text_lists_findings_with_sources_and_a_summary() -> None:
    out = render_text(RESULT)
    assert "drafts/the story, v2.md:14:5: error [time/diverge] time “6:01 PM ET”" in out
    assert "    004: “5:01 pm (22:01 GMT)” = 22:01Z (speaker: Sean Parnell)" in out
    assert out.rstrip().endswith("1 error, 1 warning, 1 note (7 facts checked)")
    assert "nothing to check: the diff does not touch the draft" in render_text(EMPTY)


def test_json_has_a_schema_and_every_field_a_script_needs() -> None:
    data = json.loads(render_json(RESULT))
    assert data["schema"] == CHECK_SCHEMA and data["exit_code"] == 1
    assert data["summary"] == {"error": 1, "warning": 1, "note": 1}
    first = data["findings"][0]
    assert {k: first[k] for k in ("rule", "level", "kind", "line", "column", "text", "fact")} == {
        "rule": "diverge", "level": "error", "kind": "time", "line": 14, "column": 5,
        "text": "6:01 PM ET", "fact": "f1"}
    assert first["sources"][1] == {"source": "004", "text": "5:01 pm (22:01 GMT)", "value": "22:01Z",
                                   "speaker": "Sean Parnell"}
    assert json.loads(render_json(EMPTY))["status"] == "the diff does not touch the draft"


def _validator() -> Any:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("result", [RESULT, EMPTY])
def test_sarif_validates_against_the_official_schema(result: CheckResult) -> None:
    log = json.loads(render_sarif(result))
    errors = sorted(_validator().iter_errors(log), key=str)
    assert not errors, errors[0].message


def test_the_schema_check_can_fail() -> None:
    log = sarif_log(RESULT)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(_validator().iter_errors(log))


def test_sarif_content() -> None:
    run = sarif_log(RESULT)["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    first = run["results"][0]
    assert rules[first["ruleIndex"]] == first["ruleId"] == "diverge"
    assert first["level"] == "error"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/the%20story%2C%20v2.md"
    assert location["region"]["startLine"] == 14 and location["region"]["snippet"]["text"] == "6:01 PM ET"
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    assert run["invocations"][0]["exitCode"] == 1


def test_render_check_dispatches_every_format() -> None:
    for fmt in CheckFormat:
        assert render_check(RESULT, fmt)
