"""A day of a month followed by "to" and a count: "sentenced on March 3 to 12 years" (issue #11).

Court and business reports put a date and a figure side by side: "was
sentenced on March 3 to 12 years in prison", "pleaded guilty on August 12
to 11 counts", "cut rates on May 2 to 4 per cent". Read as a day range
("March 3 to 12") the figure was lost, and a backward "August 12 to 11" was
no date at all. The figure after "to" is a count when a plural noun or a
unit follows it, or when it is smaller than the day (a range never runs
backwards); the day before "to" is then a date alone. Real ranges ("from
August 12 to 14 in the park", "May 4 to 9, officials said") stay ranges.
Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import dates, numbers
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def mentions(text: str) -> list[tuple[str, str, str]]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    ps = segment(article)
    found = [*dates.extract(article, ps), *numbers.extract(article, ps)]
    return [(m.kind.value, m.raw, m.value.canonical()) for m in found]


@pytest.mark.parametrize(("text", "date", "figure"), [
    ("He was sentenced on March 3 to 12 years in prison.", ("March 3", "2026-03-03"),
     ("12 years", "12 year")),
    ("She pleaded guilty on August 12 to 11 counts of fraud.", ("August 12", "2026-08-12"), ("11", "11")),
    ("She pleaded guilty on August 3 to 11 counts of fraud.", ("August 3", "2026-08-03"), ("11", "11")),
    ("The bank lowered its rate on Nov. 2 to 4 per cent.", ("Nov. 2", "2026-11-02"), ("4 per cent", "4%")),
    ("He was jailed on Oct. 7 to 30 months for the assault.", ("Oct. 7", "2026-10-07"),
     ("30 months", "30 month")),
])
def test_the_day_is_a_date_and_the_figure_after_to_a_count(
        text: str, date: tuple[str, str], figure: tuple[str, str]) -> None:
    found = mentions(text)
    assert ("date", *date) in found
    assert any(raw == figure[0] and value == figure[1] for kind, raw, value in found if kind != "date")


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The festival runs from August 12 to 14 in the park.", "August 12 to 14", "2026-08-12..2026-08-14"),
    ("Voting runs from May 4 to 9, officials said.", "May 4 to 9", "2027-05-04..2027-05-09"),
    ("The show ran from June 3 to 12 at the Lyric.", "June 3 to 12", "2026-06-03..2026-06-12"),
    ("The talks run December 1 through 5 this year.", "December 1 through 5 this year",
     "2026-12-01..2026-12-05"),
    ("The festival runs August 12-14.", "August 12-14", "2026-08-12..2026-08-14"),
])
def test_a_real_day_range_stays_a_range(text: str, raw: str, canonical: str) -> None:
    assert ("date", raw, canonical) in mentions(text)


def test_a_range_of_two_figures_without_a_month_is_still_a_range() -> None:
    found = mentions("Between 10 and 12 people were hurt, and prices rose 3 to 5 per cent.")
    assert ("number", "Between 10 and 12", "10-12") in found
    assert ("percent", "3 to 5 per cent", "3-5%") in found


def test_the_date_of_a_plea_before_a_count_is_found_in_both_orders() -> None:
    us = mentions("He pleaded guilty on August 12 to 11 counts of deception.")
    uk = mentions("He pleaded guilty on 12 August to 11 counts of deception.")
    def date_of(found: list[tuple[str, str, str]]) -> str:
        return next(value for kind, _, value in found if kind == "date")

    assert date_of(us) == date_of(uk) == "2026-08-12"
    assert Kind.NUMBER.value in {m[0] for m in us}
