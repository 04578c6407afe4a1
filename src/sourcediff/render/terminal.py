"""Terminal report. PLACEHOLDER until the renderer lands."""

from __future__ import annotations

from sourcediff.model import Report
from sourcediff.render import RenderOptions


def render_terminal_text(report: Report, options: RenderOptions) -> str:
    lines = [f"{s.article.id}: {s.article.title}" for s in report.sources]
    for f in report.facts:
        lines.append(f"{f.status.value:8s} {f.kind.value:7s} {f.summary}")
    return "\n".join(lines) + "\n"
