"""Years without a date preposition: "a 1988 law", "the Act of 1964", "the 1960s", "fiscal 2025"."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.compat import compatible
from sourcediff.extract.dates import parse_date
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse


def dates(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in analyse(Article.from_text(text)).mentions if m.kind.value == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A 1988 law banned the practice.", [("1988", "1988-01-01..1988-12-31")]),
    ("The Harbours Act of 1964 still applies.", [("1964", "1964-01-01..1964-12-31")]),
    ("Ridership grew through the 1960s.", [("1960s", "1960-01-01..1969-12-31")]),
    ("Profit rose in fiscal 2025.", [("fiscal 2025", "unresolved fiscal 2025")]),
    ("The deal should close in Q2 2027.", [("Q2 2027", "2027-04-01..2027-06-30")]),
    ("It closes in the second quarter of 2027.", [("second quarter of 2027", "2027-04-01..2027-06-30")]),
    ("The map, signed and dated 1872, was found in a drawer.", [("1872", "1872-01-01..1872-12-31")]),
    ("A letter dated 1943 names the pilot.", [("1943", "1943-01-01..1943-12-31")]),
    ("She broke Okafor's 2019 mark by a second.", [("2019", "2019-01-01..2019-12-31")]),
    ("The club’s 2021 accounts showed a loss.", [("2021", "2021-01-01..2021-12-31")]),
    ("She led the trust from 1978 to 2001.", [("1978", "1978-01-01..1978-12-31"),
                                              ("2001", "2001-01-01..2001-12-31")]),
    ("He chaired it between 1990 and 1994.", [("1990", "1990-01-01..1990-12-31"),
                                              ("1994", "1994-01-01..1994-12-31")]),
    ("She was its editor from 2009–2012.", [("2009", "2009-01-01..2009-12-31"),
                                            ("2012", "2012-01-01..2012-12-31")]),
    ("He taught there from 1985 until he retired.", [("1985", "1985-01-01..1985-12-31")]),
])
def test_year_phrasings(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", ["She scored 1988 points.", "Room 1964 was empty.",
                                  "It rose to 2000.", "The count fell from 2004 as well.",
                                  "The outdated 1990 boilers stay.", "Okafor's 2019."])
def test_numbers_are_not_years(text: str) -> None:
    assert dates(text) == []


def test_fiscal_year_parses_back() -> None:
    assert parse_date("unresolved fiscal 2025") == parse_date("fiscal 2025")


@pytest.mark.parametrize("text", [
    "Fees rise from the 2027-28 academic year.",
    "Fees rise in 2027/28, the board said.",
    "The 2027-2028 school year starts late.",
    "The FY2027-28 budget was approved.",
    "The 2027–28 season was a triumph.",
])
def test_a_year_straddling_two_is_one_period_in_every_writing(text: str) -> None:
    """Not a year 2027 and a count of 28: the two calendar years an academic or fiscal year straddles."""
    [(_, canonical)] = dates(text)
    assert canonical == "2027-01-01..2028-12-31"


def test_years_that_do_not_follow_each_other_are_no_straddling_year() -> None:
    assert "2027-01-01..2028-12-31" not in [c for _, c in dates("The plan runs over 2027-29 and 2027/2030.")]


def test_a_straddling_year_fits_its_months_and_not_the_year_before() -> None:
    [period] = analyse(Article.from_text("Fees rise in 2027-28.", published="2026-11-12")).mentions
    [sept] = analyse(Article.from_text("Fees rise from September 2027.")).mentions
    [before] = analyse(Article.from_text("Fees rose in 2025-26.")).mentions
    assert compatible(period, sept) and not compatible(period, before)


@pytest.mark.parametrize("text", [
    "Morales was appointed on a three-year deal to 2029.",
    "She signed a new contract running to 2029 with an option.",
    "The club extended his contract to 2029.",
    "The council agreed a lease to 2029 with the operator.",
    "Her term to 2029 ends early if the board votes to remove her.",
    "He is under contract until 2029.",
    "He has signed through 2029.",
])
def test_the_year_an_agreement_runs_to_is_read(text: str) -> None:
    assert dates(text) == [("2029", "2029-01-01..2029-12-31")]


@pytest.mark.parametrize("text", [
    "Attendance rose to 2029 on the final day.",
    "The deal cut the workforce to 2029 staff.",
    "The contract went to 2029.5 hours of work.",
    "The agreement to 2,029 homes was signed.",
])
def test_to_and_a_figure_elsewhere_is_no_agreement_year(text: str) -> None:
    assert [c for _, c in dates(text) if c.startswith("2029")] == []


@pytest.mark.parametrize(("one", "other", "same"), [
    ("The club will move in for the 2029-30 season.", "The club now aims to open it for 2030-31.", False),
    ("Fees rise in the 2027/28 academic year.", "Fees rise in the 2026-27 academic year.", False),
    ("The FY2027-28 budget was approved.", "The budget for 2028/29 was approved.", False),
    ("The club will move in for the 2029-30 season.", "The club will move in for the 2029/30 season.", True),
    ("The 2027-2028 school year starts late.", "The 2027–28 school year starts late.", True),
])
def test_two_straddling_years_agree_only_when_they_are_the_same(one: str, other: str, same: bool) -> None:
    """Seasons one after the other share a calendar year ("2029-30", "2030-31"), yet they never agree."""
    [a], [b] = (_dated(text) for text in (one, other))
    assert compatible(a, b) is same


def test_a_straddling_year_still_fits_a_calendar_year_it_spans() -> None:
    """Only two straddling years are held to sameness: "in 2030" may be the second half of 2029-30."""
    [period] = _dated("The ground opens in the 2029-30 season.")
    [year] = _dated("The ground opens in 2030.")
    assert compatible(period, year)


def _dated(text: str) -> list[Mention]:
    article = Article.from_text(text, published="2026-11-24")
    return [m for m in analyse(article).mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "expected"), [
    # the whole of a year
    ("Thefts rose in the whole of 2025.", [("2025", "2025-01-01..2025-12-31")]),
    ("Thefts rose throughout 2025.", [("2025", "2025-01-01..2025-12-31")]),
    ("Thefts rose for all of 2025, the firm said.", [("2025", "2025-01-01..2025-12-31")]),
    ("Rain fell over the whole of 2000 acres.", []),
])
def test_whole_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected
