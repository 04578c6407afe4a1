"""The ``sourcediff/report@1`` JSON schema (DESIGN.md section 5).

This is the contract with CI users and with scoring: fields may be added,
never renamed or removed without a new schema version.
"""

from __future__ import annotations

from typing import Any

from sourcediff.model import SCHEMA, Claim, Fact, Mention, Report, SourceInfo, UpdateSide
from sourcediff.render.noise import is_noise
from sourcediff.render.safe_text import json_document


def _source(info: SourceInfo) -> dict[str, Any]:
    a = info.article
    return {
        "id": a.id,
        "path": a.path,
        "format": a.format,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "fetched": a.fetched or None,
        "passages": len(info.passages),
        # Optional (report@1 allows added fields): present only for a signed source.
        **({"author": a.author} if a.author else {}),
        **({"inferred_date": {"date": info.inferred.date.isoformat(), "basis": info.inferred.basis}}
           if info.inferred is not None else {}),
    }


def _claim(report: Report, claim: Claim) -> dict[str, Any]:
    passages = []
    for m in claim.members:
        p = report.passage(m.source, m.index)
        passages.append({"source": p.source, "index": p.index, "start": p.start,
                         "end": p.end, "text": p.text})
    return {"id": claim.id, "score": round(claim.score, 3), "passages": passages}


def _mention(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"source": m.source, "text": m.raw, "value": m.canonical,
                           "start": m.span.start, "end": m.span.end, "passage": m.passage}
    if m.slot:
        out["slot"] = m.slot
    if m.speaker is not None:
        out["speaker"] = m.speaker
    return out


def _side(s: UpdateSide) -> dict[str, Any]:
    return {"value": s.value, "text": s.text, "sources": list(s.sources)}


def _fact(report: Report, f: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {"id": f.id, "kind": f.kind.value, "status": f.status.value,
                           "claim": f.claim, "summary": f.summary, "value": f.value}
    # Kept (JSON is the full record) but marked, so a consumer drops what every other format hides.
    if is_noise(report, f):
        out["noise"] = True
    if f.speaker is not None:
        out["speaker"] = f.speaker
    if f.notes:
        out["notes"] = list(f.notes)
    if f.update is not None:
        out["update"] = {"earlier": [_side(s) for s in f.update.earlier],
                         "later": [_side(s) for s in f.update.later]}
    out["mentions"] = [_mention(m) for m in f.mentions]
    return out


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "schema": SCHEMA,
        "tool": {"name": "sourcediff", "version": report.tool_version},
        "sources": [_source(s) for s in report.sources],
        "claims": [_claim(report, c) for c in report.claims],
        "facts": [_fact(report, f) for f in report.facts],
        "summary": report.counts(),
    }


def report_to_json(report: Report, *, indent: int | None = 2) -> str:
    return json_document(report_to_dict(report), indent)
