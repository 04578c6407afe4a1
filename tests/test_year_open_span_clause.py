"""An open span's first year before a new clause: "From 2031 the fee will double" (invented text).

A year after "from" is a date when its clause ends or goes on with a
joining word ("from 2031 onwards", "from 2031, the fee"); written without
the comma, the clause's subject opens with a determiner or a pronoun
("From 2031 the fee", "from 2031 it"), which no count takes, and the year
was dropped. A count keeps its noun ("from 2000 people") and a change keeps
its verb ("rose from 2004 the year before" is no span).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _years(text: str) -> list[str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [m.raw for m in info.mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize("text", [
    "From 2031 the licence fee will double every two years.",
    "From 2031 it will cost twice as much, the regulator said.",
    "Households will pay more: from 2031 their bills rise by a tenth.",
])
def test_a_span_start_before_a_new_clause(text: str) -> None:
    assert "2031" in _years(text)


@pytest.mark.parametrize("text", [
    "The hall seats from 2000 people upwards.",
    "Membership rose from 2004 the year before to 2310.",
])
def test_counts_and_changes_stay_no_year(text: str) -> None:
    assert _years(text) == []
