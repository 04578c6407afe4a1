"""The year a licence, permit or concession runs to, and a lone outlet's other year for it (invented text).

"The operating licence now runs to 2047" names the year a term ends, as
"a contract running to 2030" does; "to" alone stays no date word ("sales rose
to 2047 units"). Such a year after "runs to" is the same bound as another
outlet's "licensed to run until 2045", so three outlets' 2045 against one
outlet's 2047 is a divergence, even when that outlet's headline repeats its
2047 ("licence runs to 2047"): a headline restating the lead is the same step
told twice, not a second step dated by the same year.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

PUBLISHED = "2027-06-14"


def _years(text: str) -> list[str]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [m.raw for m in info.mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize("text", [
    "The ferry operator's licence now runs to 2039, the port authority said.",
    "Its mining permit was extended to 2041 after a public hearing.",
    "The airport concession runs to 2052 under the revised terms.",
])
def test_the_year_a_term_runs_to_is_a_date(text: str) -> None:
    assert any(raw.strip().isdigit() for raw in _years(text)), _years(text)


@pytest.mark.parametrize("text", [
    "Ticket sales rose to 2041 on the final day of the fair.",
    "The licence applies to 2047 homes on the estate.",
])
def test_to_before_a_figure_is_no_date_without_a_term(text: str) -> None:
    assert _years(text) == []


def _verdicts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    return [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.DATE and any(m.raw.strip().isdigit() for m in f.mentions)]


WIRE = "Brisk Ferries' operating licence runs until 2039, the port authority said on Monday."
PAPER = "The port authority has licensed Brisk Ferries to run the Tolland crossing until 2039."
POST = "Brisk Ferries' licence for the crossing now runs until 2039."
TRADE = ("Brisk Ferries: crossing licence runs to 2041\n\n"
         "The port authority said on Monday that Brisk Ferries' operating licence now runs to 2041.")


def test_a_lone_term_end_year_diverges_from_three_agreeing() -> None:
    got = _verdicts(WIRE, PAPER, POST, TRADE)
    assert any(status == "diverge" and {"s0", "s3"} <= set(sources) for status, sources in got), got


def test_the_same_term_end_year_agrees() -> None:
    agreeing = TRADE.replace("2041", "2039")
    got = _verdicts(WIRE, PAPER, POST, agreeing)
    assert not any(status == "diverge" for status, _ in got), got


def test_target_years_by_a_date_stay_apart() -> None:
    """ "by 2030" and "by 2032" are goals' years: a claim may tell two goals, so no consensus rival."""
    got = _verdicts("The utility will close its coal units by 2030, the minister said.",
                    "The utility has promised to close its coal units by 2030.",
                    "Its coal units will shut by 2030, the utility said.",
                    "The utility's coal units will close by 2032, according to the plan.")
    assert not any(status == "diverge" for status, _ in got), got
