"""A tally of two joined plurals: "bring the total number of schools and colleges to 48" (invented text).

The joiner ended the tally's clause, so the figure was dropped while another
outlet's "48 institutions" was read. Two plurals right after "of" are one
tally; an "and" that starts another clause still ends it.
"""

from __future__ import annotations

from sourcediff import Article, Kind
from sourcediff.model import Mention
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[Mention]:
    article = Article.from_text(text, published="2026-02-03")
    return [m for m in analyse(article).mentions if m.kind is Kind.NUMBER]


def test_two_joined_plurals_name_one_tally() -> None:
    text = ("The flooding on Sunday brought the total number of schools and colleges closed across "
            "Marrowdale to 48, the council said.")
    counts = [m for m in _numbers(text) if m.raw == "48"]
    assert len(counts) == 1 and counts[0].slot == "number:count"


def test_a_joiner_before_a_singular_still_ends_the_tally() -> None:
    text = "The storm brought the number of farms and the ministry's count to 40."
    assert [m.raw for m in _numbers(text) if m.raw == "40"] == []
