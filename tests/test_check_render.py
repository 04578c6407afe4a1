"""render/annotations.py: the four spellings of a CheckResult."""

from __future__ import annotations

import json
from dataclasses import replace
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
    fingerprints,
    render_check,
    render_check_markdown,
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
        evidence=(Evidence("002", "5:01 PM ET", "17:01 America/New_York = 22:01Z",
                           human="5:01 PM ET / 22:01 GMT", outlet="npr.org", path="sources/002 npr.txt",
                           location=Location(Position(7, 12), Position(7, 22))),
                  Evidence("004", "5:01 pm (22:01 GMT)", "22:01Z", "Sean Parnell", human="22:01 GMT")),
        location=Location(Position(line, 5), Position(line, 5 + len(raw))), label="Deadline",
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
                             "title=sourcediff%3A Deadline contradicts the sources::")
    assert "100%25 sure%2C" not in out[0] and "100%25 sure,%0Areally" in out[0]
    assert out[0].count("5:01 PM ET") == 0, "the message is the finding's one line, sources not listed again"
    assert out[1].startswith("::warning ") and out[2].startswith("::notice ")
    assert all("\n" not in line and "\r" not in line for line in out)


def test_github_says_when_nothing_was_checked() -> None:
    [line] = render_github(EMPTY).splitlines()
    assert line.startswith("::notice ") and "does not touch the draft" in line


def test_text_lists_findings_with_sources_and_a_summary() -> None:
    out = render_text(RESULT)
    assert "drafts/the story, v2.md:14:5: error [time/diverge] time “6:01 PM ET”" in out
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
    assert first["sources"][0] == {
        "source": "002", "text": "5:01 PM ET", "value": "17:01 America/New_York = 22:01Z", "speaker": None,
        "display": "5:01 PM ET / 22:01 GMT", "outlet": "npr.org", "path": "sources/002 npr.txt",
        "line": 7, "column": 12}
    assert first["sources"][1]["line"] is None and first["title"] == "Deadline contradicts the sources"
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


def test_sarif_related_locations_name_every_source_mention() -> None:
    first = sarif_log(RESULT)["runs"][0]["results"][0]
    related = first["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2]
    where = related[0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "sources/002%20npr.txt"
    assert (where["region"]["startLine"], where["region"]["startColumn"]) == (7, 12)
    assert "002 (npr.org)" in related[0]["message"]["text"]
    assert "physicalLocation" not in related[1], "a source read from standard input has no file"


def test_fingerprints_survive_moved_lines_and_tell_repeats_apart() -> None:
    moved = replace(RESULT, findings=tuple(
        replace(f, location=Location(Position(f.location.start.line + 3, 1),
                                     Position(f.location.start.line + 3, 9)))
        for f in RESULT.findings if f.location))
    assert fingerprints(moved) == fingerprints(RESULT)
    twice = replace(RESULT, findings=(RESULT.findings[0], RESULT.findings[0]))
    a, b = fingerprints(twice)
    assert a != b and a == fingerprints(RESULT)[0]
    ids = sarif_log(RESULT)["runs"][0]["results"][0]["partialFingerprints"]
    assert list(ids.values()) == [fingerprints(RESULT)[0]]


def test_markdown_summary_lists_every_finding_even_past_the_annotation_cap() -> None:
    many = tuple(replace(RESULT.findings[1], raw=f"{n},500",
                         message=f"Figure “{n},500” — stated by no source",
                         location=Location(Position(n, 1), Position(n, 6))) for n in range(1, 26))
    result = replace(RESULT, findings=many)
    md = render_check_markdown(result)
    rows = [line for line in md.splitlines() if line.startswith("| ⚠️ warning")]
    assert len(rows) == 25 and "| 25 | Figure “25,500” — stated by no source |" in md
    assert md.startswith("### sourcediff check: `drafts/the story, v2.md`")
    github = render_github(result).splitlines()
    assert len(github) == 26 and "job summary" in github[-1] and github[-1].startswith("::notice ")


def test_markdown_escapes_what_markdown_acts_on() -> None:
    evil = replace(RESULT.findings[0], message="Amount “$300 | <b>x</b>” — sources say $200 million")
    md = render_check_markdown(replace(RESULT, findings=(evil,)))
    assert "\\$300 \\| &lt;b&gt;x&lt;/b&gt;" in md


def test_markdown_says_when_nothing_was_checked_or_nothing_found() -> None:
    md = render_check_markdown(EMPTY)
    assert "Nothing to check: the diff does not touch the draft." in md and "| Line |" not in md
    clean = render_check_markdown(CheckResult(path="drafts/story.md", findings=(), checked=6))
    assert "**0 errors, 0 warnings, 0 notes** (6 facts checked)" in clean and "No problems found." in clean
