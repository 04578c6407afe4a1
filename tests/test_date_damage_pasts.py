"""The irregular pasts of damage and force ("tore", "blew", "swept") look back (invented text).

A wire dated late November wrote that a gale "tore part of the roof away in
February": with no past cue the tense reader knew of, the yearless month went
to the nearer occurrence, the February still to come, and the story's other
sources (which wrote "was damaged in February") were set a year apart from it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _starts(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("text", [
    "A gale tore part of the roof of Brantock Mill away in February.",
    "Storm Wendeline then tore away part of the chapel spire in February.",
    "High winds blew the scaffolding off the Ormsley clock tower in February.",
    "Floodwater swept through the lower rooms of the Varnby museum in February.",
])
def test_a_damage_past_sends_the_month_back(text: str) -> None:
    # Published 2026-11-26: February 2026 is nine months back, February 2027 two months ahead.
    assert _starts(text, "2026-11-26")["February"] == "2026-02-01"


def test_a_future_clause_still_looks_ahead() -> None:
    text = "Engineers will tear down the damaged Brantock Mill chimney in February."
    assert _starts(text, "2026-11-26")["February"] == "2027-02-01"
