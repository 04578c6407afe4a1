"""A year glued to "pre-" or "post-" ("pre-2005 stock", "post-2020 leases") is the year "before 2005" is."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse

LEAD = "Harwick council approved new rules for rented homes on Monday.\n\n"


def dates(text: str) -> list[tuple[str, str]]:
    found = analyse(Article.from_text(LEAD + text, published="2027-03-10")).mentions
    return [(m.raw, m.value.canonical()) for m in found if m.kind.value == "date" and m.passage > 0]


@pytest.mark.parametrize(("text", "year"), [
    ("The rules apply to pre-2005 stock in blocks of four or more flats.", "2005"),
    ("Rents are still well above pre-2008 levels, the report said.", "2008"),
    ("Post-2020 leases are covered by a separate code.", "2020"),
])
def test_a_prefixed_year_is_read_as_the_year(text: str, year: str) -> None:
    assert dates(text) == [(year, f"{year}-01-01..{year}-12-31")]


def test_it_reads_as_the_year_before_names() -> None:
    assert [v for _, v in dates("Homes built before 2005 are covered.")] == \
        [v for _, v in dates("Pre-2005 homes are covered.")]


@pytest.mark.parametrize("text", [
    "The firm booked 2005 tonnes pre-tax.",        # a count, no prefix glued to it
    "The unit pre-12005 was scrapped.",            # five digits: no year
    "Compare the figure with re-2005 filings.",    # another prefix names nothing
])
def test_other_figures_stay_unread_as_years(text: str) -> None:
    assert dates(text) == []
