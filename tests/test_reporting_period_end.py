"""A period named by its end is one gone by, and "the next working day" is no forward cue (invented text).

A wire dated 13 July 2027 wrote that "only 78.3% of first-class letters
reached their destination the next working day in the year to March 31",
and elsewhere "the January to March 2028 quarter". "next" in "the next
working day" read as the clause's forward cue, and the yearless March 31 went
to 2028, a year not yet begun, against another outlet's "2026-27"; without
that cue the March 2028 written elsewhere would still have moved it
(extract/datetense.py: `_next_day_dropped`, `_period_by_its_end`).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _starts(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text("Valley news\n\n" + text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


def test_the_next_working_day_does_not_look_ahead() -> None:
    text = ("The regulator said only 78.3% of parcels reached their destination the next working day "
            "in the year to March 31, against a target of 91.5%.")
    assert _starts(text, "2027-07-13")["March 31"] == "2027-03-31"


def test_a_period_by_its_end_outweighs_a_year_written_elsewhere() -> None:
    text = ("Only 80.4% of parcels arrived on time in the year to March 31.\n\n"
            "The board set a milestone of 88% for the January to March 2028 quarter.")
    assert _starts(text, "2027-07-13")["March 31"] == "2027-03-31"


@pytest.mark.parametrize("text, raw", [
    ("Just 64% of claims were settled the next business day in the quarter ending March 31.\n\n"
     "The insurer aims to reach 80% by March 2028.", "March 31"),
])
def test_other_periods_by_their_end(text: str, raw: str) -> None:
    assert _starts(text, "2027-07-13")[raw].startswith("2027-0")


def test_months_to_the_end_of_june_are_the_year_just_gone() -> None:
    """Read whole since facts73 (extract/dateperiods.months_to), the period is the 12 months that ENDED in
    the June before publication, not the year that began this July, whatever year is written elsewhere."""
    text = ("Only 71.2% of trains arrived within five minutes of time in the 12 months to the end of June."
            "\n\nA new timetable starts in June 2028.")
    info = analyse(Article.from_text("Valley news\n\n" + text, id="s0", published="2027-07-13"))
    spans = {m.raw: (str(m.value.start), str(m.value.end)) for m in info.mentions if m.kind is Kind.DATE}
    assert spans["the 12 months to the end of June"] == ("2026-07-01", "2027-06-30")


@pytest.mark.parametrize("text, raw", [
    ("The next hearing is listed for March 3.", "March 3"),
    ("Bids must reach the council by the next working day after March 3.", "March 3"),
])
def test_a_forward_clause_still_looks_ahead(text: str, raw: str) -> None:
    assert _starts(text, "2027-07-13")[raw].startswith("2028-03")
