"""A CheckResult as text for people, GitHub Actions, SARIF consumers and scripts.

Renderers never compute: every position, level and message comes from the
CheckResult; this module only spells it in four formats. GitHub workflow
commands show as annotations on the pull request's diff; SARIF 2.1.0 is what
code-scanning dashboards ingest; JSON (schema ``sourcediff/check@1``) is for
scripts; Markdown is a CI job summary or pull-request comment that lists every
finding, because platforms show only the first few annotations of each type.
Every format prints the same one-line message (``checkwords.message``).
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from sourcediff import __version__
from sourcediff.check import CHECK_SCHEMA, CheckResult, Evidence, Finding, Level, Rule
from sourcediff.render.safe_text import json_document, printable
from sourcediff.text import fold

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

# What each rule means, for SARIF rule descriptors and the text legend.
RULE_HELP = {
    Rule.DIVERGE: "The draft states a value that contradicts what the sources say about the same fact.",
    Rule.QUOTE: "A quotation in the draft is not word for word what a source quotes, or has another speaker.",
    Rule.UNSUPPORTED: "The draft states a fact that none of the sources states.",
    Rule.DISPUTED: "The sources disagree among themselves; the draft follows some of them.",
}
_GITHUB_COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTE: "notice"}
# GitHub shows at most this many annotations of each type per step; past it,
# the output says where the full list is.
GITHUB_ANNOTATION_CAP = 10


class CheckFormat(StrEnum):
    text = "text"
    github = "github"
    sarif = "sarif"
    json = "json"
    markdown = "markdown"


def render_check(result: CheckResult, fmt: CheckFormat) -> str:
    """The result in the format asked for."""
    if fmt is CheckFormat.github:
        return render_github(result)
    if fmt is CheckFormat.sarif:
        return render_sarif(result)
    if fmt is CheckFormat.json:
        return render_json(result)
    if fmt is CheckFormat.markdown:
        return render_check_markdown(result)
    return render_text(result)


def _summary(result: CheckResult) -> str:
    counts = ", ".join(f"{result.count(level)} {level.value}{'s' if result.count(level) != 1 else ''}"
                       for level in Level)
    return f"{result.path}: {counts} ({result.checked} facts checked)"


def _line_col(f: Finding) -> tuple[int, int]:
    return (f.location.start.line, f.location.start.column) if f.location else (1, 1)


# --------------------------------------------------------------------------- text


def render_text(result: CheckResult) -> str:
    """One line per finding, compiler style: the message already names each source and its line."""
    lines: list[str] = []
    if result.status:
        lines.append(f"{result.path}: nothing to check: {result.status}")
    for f in result.findings:
        line, col = _line_col(f)
        tag = f"{f.kind.value}/{f.rule.value}"
        lines.append(f"{result.path}:{line}:{col}: {f.level.value} [{tag}] {f.message}")
    lines.append(_summary(result))
    return printable("\n".join(lines)) + "\n"  # a quote holding ESC must not drive the terminal


def title(f: Finding) -> str:
    """A short heading for a finding: what is wrong, not which rule fired."""
    if f.rule is Rule.DIVERGE:
        return f"{f.label} contradicts the sources"
    if f.rule is Rule.DISPUTED:
        return f"Sources disagree on this {f.label.lower()}"
    if f.rule is Rule.UNSUPPORTED:
        return f"{f.label} stated by no source"
    if f.changes_speaker:
        return "Quote given to another speaker"
    return "Quote not word for word" if f.evidence else "Quote found in no source"


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
        props["title"] = f"sourcediff: {title(f)}"
        head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
        out.append(f"::{_GITHUB_COMMAND[f.level]} {head}::{escape_data(f.message)}")
    if any(result.count(level) > GITHUB_ANNOTATION_CAP for level in Level):
        note = (f"{_summary(result)}; GitHub shows only the first {GITHUB_ANNOTATION_CAP} annotations of "
                "each type: the job summary (--format markdown) lists them all")
        out.append(f"::notice title={escape_property('sourcediff')}::{escape_data(note)}")
    # A quote holding ESC must not drive the terminal or the CI log showing these lines.
    return printable("".join(line + "\n" for line in out))


# --------------------------------------------------------------------------- JSON and SARIF


def _evidence(f: Finding) -> list[dict[str, Any]]:
    return [{"source": e.source, "text": e.raw, "value": e.value, "speaker": e.speaker, "display": e.human,
             "outlet": e.outlet or None, "path": e.path or None,
             "line": e.location.start.line if e.location else None,
             "column": e.location.start.column if e.location else None} for e in f.evidence]


def finding_to_dict(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "rule": f.rule.value, "level": f.level.value, "kind": f.kind.value, "fact": f.fact or None,
        "line": loc.start.line if loc else None, "column": loc.start.column if loc else None,
        "end_line": loc.end.line if loc else None, "end_column": loc.end.column if loc else None,
        "start": f.span.start, "end": f.span.end,
        "text": f.raw, "value": f.value, "display": f.human, "speaker": f.speaker,
        "title": title(f), "message": f.message, "sources": _evidence(f),
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
    return json_document(result_to_dict(result))


def _uri(path: str) -> str:
    """A relative file path as a URI reference (forward slashes, percent-encoded)."""
    return quote(PurePath(path).as_posix(), safe="/")


def fingerprints(result: CheckResult) -> list[str]:
    """A stable identity per finding: rule, kind, the draft's words and which occurrence they are.

    Line numbers are left out on purpose, so that a finding keeps its
    identity (and a dismissed alert stays dismissed) when lines move.
    """
    seen: dict[str, int] = {}
    out = []
    for f in result.findings:
        key = "\x1f".join((PurePath(result.path).as_posix(), f.rule.value, f.kind.value, fold(f.raw)))
        seen[key] = seen.get(key, 0) + 1
        out.append(hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:32])
    return out


def _related(f: Finding) -> list[dict[str, Any]]:
    """Every source mention the finding cites, with its file, line and column when known."""
    out: list[dict[str, Any]] = []
    for i, e in enumerate(f.evidence, start=1):
        where = f"{e.source} ({e.outlet})" if e.outlet else e.source
        related: dict[str, Any] = {"id": i, "message": {"text": f"{where} says “{e.raw}”"}}
        if e.path:
            physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(e.path)}}
            if e.location:
                start, end = e.location.start, e.location.end
                physical["region"] = {
                    "startLine": start.line, "startColumn": start.column,
                    "endLine": end.line, "endColumn": end.column, "snippet": {"text": e.raw}}
            related["physicalLocation"] = physical
        out.append(related)
    return out


def _sarif_result(f: Finding, rules: list[Rule], uri: str, fingerprint: str) -> dict[str, Any]:
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
        "relatedLocations": _related(f),
        "partialFingerprints": {"sourcediffFinding/v1": fingerprint},
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
        "results": [_sarif_result(f, rules, uri, fp) for f, fp in zip(result.findings, fingerprints(result),
                                                                        strict=True)],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(result: CheckResult) -> str:
    return json_document(sarif_log(result))


# --------------------------------------------------------------------------- Markdown

_MD_LEVEL = {Level.ERROR: "❌ error", Level.WARNING: "⚠️ warning", Level.NOTE: "ℹ️ note"}


def render_check_markdown(result: CheckResult) -> str:
    """A job summary or pull-request comment: counts, then every finding, one table row each."""
    from sourcediff.render.markdown import escape

    counts = ", ".join(f"{result.count(level)} {level.value}{'s' if result.count(level) != 1 else ''}"
                       for level in Level)
    lines = [f"### sourcediff check: `{result.path.replace('`', '')}`", "",
             f"**{counts}** ({result.checked} facts checked)", ""]
    if result.status:
        lines += [f"Nothing to check: {escape(result.status)}.", ""]
    if result.findings:
        lines += ["| | Line | Finding |", "|---|--:|---|"]
        for f in result.findings:
            line, _ = _line_col(f)
            lines.append(f"| {_MD_LEVEL[f.level]} | {line} | {escape(f.message)} |")
        lines.append("")
        sources = _md_sources(result.findings)
        if sources:
            lines += ["Sources cited: " + escape(", ".join(sources)), ""]
    elif not result.status:
        lines += ["No problems found.", ""]
    return "\n".join(lines)


def _md_sources(findings: tuple[Finding, ...]) -> list[str]:
    cited: dict[str, Evidence] = {}
    for f in findings:
        for e in f.evidence:
            cited.setdefault(e.source, e)
    return [f"{e.source} = {e.path or e.source}" + (f" ({e.outlet})" if e.outlet else "")
            for e in cited.values()]
