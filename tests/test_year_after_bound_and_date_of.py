"""A year after "until at least" and after "date of" / "deadline of" (invented text).

"The bridge will stay shut until at least 2031" names the year as "until
2031" does; the bound between the preposition and the year left it unread,
and another outlet's "will not reopen before 2031" had nothing to agree
with. "A completion date of 2029" names a year as "the floods of 1953" does:
a date or a deadline is never counted in units, so the bare "of" there is
no count's. A count after the bound ("until at least 2000 people have
left") and a total after "of" ("a total of 2019") stay no dates. "A record
that goes back to 1958" names where the record starts as "since 1958" does;
only after a verb of reaching back, so "fell back to 1500 points" stays a
level, and with the clause guard of "until at least".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse


def dates(text: str) -> list[str]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [m.raw for m in ms if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "year"), [
    ("The ferry link will stay closed until at least 2031, the operator said.", "2031"),
    ("Passengers must wait until at least 2030 for the new terminal.", "2030"),
    ("The museum was given an opening date of 2028 when the council approved it.", "2028"),
    ("The scheme has a completion date of 2029, the agency said.", "2029"),
    ("Member states agreed a deadline of 2035 for the phase-out.", "2035"),
])
def test_the_year_is_read(text: str, year: str) -> None:
    assert year in dates(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("Queues will grow until at least 2000 people have left the square.", "2000"),
    ("Turnout reached a total of 2019 voters in the ward.", "2019"),
])
def test_a_count_stays_no_date(text: str, figure: str) -> None:
    assert figure not in dates(text)


@pytest.mark.parametrize(("text", "year"), [
    ("Engineers first warned about the tower's cables as long ago as 2017.", "2017"),
    ("The charity raised concerns as early as 2015, its report says.", "2015"),
    ("Records of the flooding go as far back as 1968, the archive shows.", "1968"),
])
def test_a_year_after_as_long_ago_as_is_read(text: str, year: str) -> None:
    """ "as long ago as 2017", "as early as 2015", "as far back as 1968" date a thing as "in 2017" does."""
    assert year in dates(text)


def test_a_count_after_as_early_as_stays_no_date() -> None:
    assert "2000" not in dates("Doors open as early as 2000 fans are expected to queue.")


@pytest.mark.parametrize(("text", "year"), [
    ("Its lowest level in a record that goes back to 1958, the board said.", "1958"),
    ("The lake reached its warmest reading in data dating back to 1890.", "1890"),
    ("Readings at the weir stretch back to 1961 and show nothing like it.", "1961"),
])
def test_a_year_after_a_verb_of_reaching_back_to_is_read(text: str, year: str) -> None:
    """ "a record that goes back to 1958" dates the record's start as "since records began in 1958" does."""
    assert year in dates(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("The index fell back to 1500 points by the close.", "1500"),
    ("Membership goes back to 2000 members once the merger is undone.", "2000"),
])
def test_a_count_after_back_to_stays_no_date(text: str, figure: str) -> None:
    assert figure not in dates(text)
