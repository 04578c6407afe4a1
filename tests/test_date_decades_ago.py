"""A decade counted back and a hedged count of years back, read as years (invented text).

facts63 read "four years ago" as the published year less four; "a decade
ago", "two decades ago", "more than ten years ago" and "nearly ten years
ago" stayed unread, so another outlet's "2015" met nothing. A decade counts
ten years; a hedge is kept as a bound: "more than ten years ago" (2027) is
2017 or earlier, "nearly ten years ago" 2017 or 2018.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _dates(text: str, published: str = "2027-03-18") -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: m.value.canonical() for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "raw", "years"), [
    ("The Tarrow footbridge was rebuilt a decade ago.", "a decade ago", "2017-01-01..2017-12-31"),
    ("The Tarrow footbridge was rebuilt two decades ago.", "two decades ago", "2007-01-01..2007-12-31"),
    ("The Tarrow footbridge was rebuilt about a decade ago.", "about a decade ago", "2017-01-01..2017-12-31"),
    ("The Tarrow footbridge was rebuilt more than 10 years ago.", "more than 10 years ago",
     "2007-01-01..2017-12-31"),
    ("The Tarrow footbridge was rebuilt over a decade ago.", "over a decade ago", "2007-01-01..2017-12-31"),
    ("The Tarrow footbridge was rebuilt nearly ten years ago.", "nearly ten years ago",
     "2017-01-01..2018-12-31"),
    ("The Tarrow footbridge was rebuilt almost a decade ago.", "almost a decade ago",
     "2017-01-01..2018-12-31"),
])
def test_a_decade_or_a_hedged_count_back_is_a_run_of_years(text: str, raw: str, years: str) -> None:
    assert _dates(text)[raw] == years


@pytest.mark.parametrize("text", [
    "The Tarrow footbridge was rebuilt a year ago.",
    "The Tarrow footbridge was rebuilt more than a year ago.",
    "The Tarrow footbridge was rebuilt less than a decade ago.",
    "The Tarrow footbridge was rebuilt barely a decade ago.",
])
def test_a_single_year_or_a_bound_from_below_names_no_year(text: str) -> None:
    assert not any(raw.endswith("ago") for raw in _dates(text))


def test_a_decade_ago_without_a_date_is_left_unresolved() -> None:
    info = analyse(Article.from_text("The Tarrow footbridge was rebuilt a decade ago.", id="s0"))
    ago = [m for m in info.mentions if m.kind is Kind.DATE and m.raw == "a decade ago"]
    assert ago and ago[0].value.start is None


def _ago_facts(a_text: str, b_text: str) -> list[tuple[frozenset[str], str]]:
    a = Article.from_text(a_text, id="a", published="2027-03-14")
    b = Article.from_text(b_text, id="b", published="2027-03-18")
    return [(frozenset(m.source for m in f.mentions), f.status.value)
            for f in compare([a, b]).facts
            if f.kind is Kind.DATE and any(m.raw.endswith("ago") for m in f.mentions)]


_WRITTEN = ("The Harlow mill, which employed 400 people, closed in {year}, the council said on Monday, "
            "and the site has stood empty since.")
_COUNTED = ("The Harlow mill, which once employed 400 people, closed {ago}, the council said on Monday, "
            "and the site has stood empty since.")


@pytest.mark.parametrize(("year", "ago"), [
    ("2017", "a decade ago"),
    ("2015", "more than a decade ago"),
    ("2017", "more than ten years ago"),
    ("2018", "nearly ten years ago"),
    ("2007", "two decades ago"),
])
def test_two_outlets_agree_on_the_year_and_its_count_back(year: str, ago: str) -> None:
    facts = _ago_facts(_WRITTEN.format(year=year), _COUNTED.format(ago=ago))
    assert (frozenset({"a", "b"}), "agree") in facts


@pytest.mark.parametrize(("year", "ago"), [
    ("2020", "a decade ago"),
    ("2021", "more than a decade ago"),
    ("2018", "more than ten years ago"),
    ("2014", "nearly ten years ago"),
])
def test_a_year_outside_the_bound_never_agrees(year: str, ago: str) -> None:
    """"More than ten years ago" (2017 or earlier) against "2021" is a fact of its own, as "2016" against
    "2021" would be: the bound never stretches over a later year."""
    facts = _ago_facts(_WRITTEN.format(year=year), _COUNTED.format(ago=ago))
    assert facts
    assert not any(status == "agree" and sources == {"a", "b"} for sources, status in facts)


def test_a_decade_counted_back_keys_no_passage() -> None:
    from sourcediff.align.features import value_family_keys
    from sourcediff.align.similarity import fact_keys
    from sourcediff.extract.daterelative import counted_back_year

    info = analyse(Article.from_text(
        "Footfall in Ravensholm has not recovered since the Lindqvist mill shut more than a decade ago.",
        id="s0", published="2026-11-11"))
    ago = [m for m in info.mentions if m.kind is Kind.DATE and m.raw == "more than a decade ago"]
    assert ago and counted_back_year(ago[0])
    assert value_family_keys(info.passages[ago[0].passage], ago[0]) == ()
    assert not any("2016" in key or "2006" in key for key in fact_keys(ago))
