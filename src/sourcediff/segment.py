"""Article -> passages. PLACEHOLDER until the segment helper lands."""

from __future__ import annotations

import re

from sourcediff.model import Article, Passage, Span
from sourcediff.text import fold


def segment(article: Article) -> tuple[Passage, ...]:
    out: list[Passage] = []
    for m in re.finditer(r"[^\n]+", article.text):
        out.append(Passage(article.id, len(out), len(out), Span(m.start(), m.end()), m.group(), fold(m.group())))
    return tuple(out)
