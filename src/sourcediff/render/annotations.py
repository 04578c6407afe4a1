"""A CheckResult as text for people, GitHub Actions, SARIF consumers and scripts.

Renderers never compute: every position, level and message comes from the
CheckResult; this module only spells it in four formats. GitHub workflow
commands show as annotations on the pull request's diff; SARIF 2.1.0 is what
code-scanning dashboards ingest; JSON (schema ``sourcediff/check@1``) is for
scripts.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from sourcediff import __version__
from sourcediff.check import CHECK_SCHEMA, CheckResult, Finding, Level, Rule
from sourcediff.render.safe_text import printable

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

# What each rule means, for SARIF rule descriptors and the text legend.
RULE_HELP = {
    Rule.DIVERGE: "The draft states a value that contradicts what the sources say about the same fact.",
    Rule.QUOTE: "A quotation in the draft is not word for word what a source quotes, or has another speaker.",
    Rule.UNSUPPORTED: "The draft states a fact that none of the sources states.",
    Rule.DISPUTED: "The sources disagree among themselves; the draft follows some of them.",
}
_GITHUB_COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTE: "notice"}


class CheckFormat(StrEnum):
    text = "text"
    github = "github"
    sarif = "sarif"
    json = "json"


def render_check(result: CheckResult, fmt: CheckFormat) -> str:
    """The result in the format asked for."""
    if fmt is CheckFormat.github:
        return render_github(result)
    if fmt is CheckFormat.sarif:
        return render_sarif(result)
    if fmt is CheckFormat.json:
        return render_json(result)
    return render_text(result)


def _summary(result: CheckResult) -> str:
    counts = ", ".join(f"{result.count(level)} {level.value}{'s' if result.count(level) != 1 else ''}"
                       for level in Level)
    return f"{result.path}: {counts} ({result.checked} facts checked)"


def _line_col(f: Finding) -> tuple[int, int]:
    return (f.location.start.line, f.location.start.column) if f.location else (1, 1)


# --------------------------------------------------------------------------- text


def render_text(result: CheckResult) -> str:
    """One line per finding, compiler style, with what each source says indented below."""
    lines: list[str] = []
    if result.status:
        lines.append(f"{result.path}: nothing to check: {result.status}")
    for f in result.findings:
        line, col = _line_col(f)
        tag = f"{f.kind.value}/{f.rule.value}"
        lines.append(f"{result.path}:{line}:{col}: {f.level.value} [{tag}] {f.message}")
        lines.append(f"    draft: “{f.raw}” = {f.value}" + (f" (speaker: {f.speaker})" if f.speaker else ""))
        for e in f.evidence:
            who = f" (speaker: {e.speaker})" if e.speaker else ""
            lines.append(f"    {e.source}: “{e.raw}” = {e.value}{who}")
    lines.append(_summary(result))
    return printable("\n".join(lines)) + "\n"  # a quote holding ESC must not drive the terminal


# --------------------------------------------------------------------------- GitHub


def escape_data(text: str) -> str:
    """Escape a workflow command's message: %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value: also ':' and ',' that delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: CheckResult) -> str:
    """GitHub Actions workflow commands, one per finding, and a notice when nothing was checked."""
    out: list[str] = []
    if result.status:
        out.append(f"::notice title={escape_property('sourcediff')}::"
                   f"{escape_data(result.path + ': nothing to check: ' + result.status)}")
    for f in result.findings:
        props = {"file": result.path, "line": str(_line_col(f)[0]), "col": str(_line_col(f)[1])}
        if f.location:
            props["endLine"] = str(f.location.end.line)
            props["endColumn"] = str(f.location.end.column)
        props["title"] = f"sourcediff {f.kind.value}/{f.rule.value}"
        head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
        out.append(f"::{_GITHUB_COMMAND[f.level]} {head}::{escape_data(_github_message(f))}")
    return "".join(line + "\n" for line in out)


def _github_message(f: Finding) -> str:
    said = "\n".join(f"{e.source}: “{e.raw}” = {e.value}" for e in f.evidence)
    return f.message + ("\n" + said if said else "")


# --------------------------------------------------------------------------- JSON and SARIF


def _evidence(f: Finding) -> list[dict[str, Any]]:
    return [{"source": e.source, "text": e.raw, "value": e.value, "speaker": e.speaker} for e in f.evidence]


def finding_to_dict(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "rule": f.rule.value, "level": f.level.value, "kind": f.kind.value, "fact": f.fact or None,
        "line": loc.start.line if loc else None, "column": loc.start.column if loc else None,
        "end_line": loc.end.line if loc else None, "end_column": loc.end.column if loc else None,
        "start": f.span.start, "end": f.span.end,
        "text": f.raw, "value": f.value, "speaker": f.speaker,
        "message": f.message, "sources": _evidence(f),
    }


def result_to_dict(result: CheckResult) -> dict[str, Any]:
    return {
        "schema": CHECK_SCHEMA,
        "tool": {"name": "sourcediff", "version": __version__},
        "file": result.path,
        "status": result.status or None,
        "checked": result.checked,
        "exit_code": result.exit_code,
        "summary": {level.value: result.count(level) for level in Level},
        "findings": [finding_to_dict(f) for f in result.findings],
    }


def render_json(result: CheckResult) -> str:
    return json.dumps(result_to_dict(result), indent=2, ensure_ascii=False) + "\n"


def _uri(path: str) -> str:
    """A relative file path as a URI reference (forward slashes, percent-encoded)."""
    return quote(PurePath(path).as_posix(), safe="/")


def _sarif_result(f: Finding, rules: list[Rule], uri: str) -> dict[str, Any]:
    region: dict[str, Any] = {"snippet": {"text": f.raw}}
    if f.location:
        region.update(startLine=f.location.start.line, startColumn=f.location.start.column,
                      endLine=f.location.end.line, endColumn=f.location.end.column)
    else:
        region.update(startLine=1)
    return {
        "ruleId": f.rule.value,
        "ruleIndex": rules.index(f.rule),
        "level": f.level.value,
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "properties": {"kind": f.kind.value, "fact": f.fact, "value": f.value, "sources": _evidence(f)},
    }


def sarif_log(result: CheckResult) -> dict[str, Any]:
    """The result as a SARIF 2.1.0 log with one run."""
    rules = list(Rule)
    uri = _uri(result.path)
    descriptors = [{"id": r.value, "name": r.value.title(), "shortDescription": {"text": RULE_HELP[r]}}
                   for r in rules]
    invocation: dict[str, Any] = {"executionSuccessful": True, "exitCode": result.exit_code}
    if result.status:
        invocation["toolExecutionNotifications"] = [
            {"level": "note", "message": {"text": f"nothing to check: {result.status}"}}]
    run = {
        "tool": {"driver": {"name": "sourcediff", "version": __version__, "rules": descriptors}},
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": uri}}],
        "invocations": [invocation],
        "results": [_sarif_result(f, rules, uri) for f in result.findings],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(result: CheckResult) -> str:
    return json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n"
