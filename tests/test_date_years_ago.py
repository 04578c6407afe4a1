"""A year counted back from the published one: "four years ago" (invented text).

"The old record was set four years ago", in a paper dated 2027, is the
year another outlet writes as "the 2023 record"; it was read only as a
number with the ``ago`` cue, which no year can meet. A count of two or more
alone or after "about" is now also the published year less the count, at
year precision; a bound or another hedge ("more than four years ago",
"nearly ten years ago"), half of a range ("three or four years ago") and
"a year ago" (mostly a comparison's base) name no one year.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _dates(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: m.value.canonical() for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "raw", "year"), [
    ("The previous best of £12.1 million was set four years ago.", "four years ago", "2023"),
    ("The Harlow Street depot opened 12 years ago.", "12 years ago", "2015"),
    ("The ferry service to Brellin ended about thirty years ago.", "about thirty years ago", "1997"),
    ("Twenty-four years ago the Vask bridge was rebuilt.", "Twenty-four years ago", "2003"),
])
def test_a_count_of_years_back_is_that_year(text: str, raw: str, year: str) -> None:
    assert _dates(text, "2027-03-18")[raw] == f"{year}-01-01..{year}-12-31"


@pytest.mark.parametrize("text", [
    "The Orlen hall was last renovated just four years ago.",
    "The Orlen hall was last renovated less than ten years ago.",
    "The Orlen hall was last renovated three or four years ago.",
    "The Orlen hall was last renovated 30-40 years ago.",
    "The Orlen hall was last renovated 1.5 years ago.",
    "The Orlen hall was last renovated a year ago.",
])
def test_a_bound_a_range_or_a_single_year_names_no_year(text: str) -> None:
    assert not any("years ago" in raw or "year ago" in raw for raw in _dates(text, "2027-03-18"))


def _year_facts(a_text: str, b_text: str) -> list[tuple[frozenset[str], str]]:
    a = Article.from_text(a_text, id="a", published="2027-03-14")
    b = Article.from_text(b_text, id="b", published="2027-03-18")
    report = compare([a, b])
    return [(frozenset(m.source for m in f.mentions), f.status.value)
            for f in report.facts if f.kind is Kind.DATE and any("ago" in m.raw for m in f.mentions)]


def test_years_ago_agrees_with_the_year_it_counts_back_to() -> None:
    facts = _year_facts(
        "The Harlow appeal raised £43.4m, beating the £35.7m record set in 2023.",
        "The Harlow appeal raised £43.4 million. The previous record of £35.7 million was set "
        "four years ago.")
    assert (frozenset({"a", "b"}), "agree") in facts


def test_years_ago_never_agrees_with_another_year() -> None:
    """Against "2022" the count back (2023) is a fact of its own, as the year 2023 written out would be."""
    facts = _year_facts(
        "The Harlow appeal raised £43.4m, beating the £35.7m record set in 2022.",
        "The Harlow appeal raised £43.4 million. The previous record of £35.7 million was set "
        "four years ago.")
    assert facts
    assert not any(status == "agree" and sources == {"a", "b"} for sources, status in facts)


def test_a_year_counted_back_keys_no_passage() -> None:
    """The count back is an aside as often as the fact ("stuck near 8% since the mill shut seven years
    ago"): as an alignment key or term it drew its passage to another outlet's sentence about that year."""
    from sourcediff.align.features import value_family_keys
    from sourcediff.align.similarity import fact_keys
    from sourcediff.extract.daterelative import counted_back_year

    info = analyse(Article.from_text(
        "Unemployment in Ravensholm has stayed near 8% since the Lindqvist mill shut seven years ago.",
        id="s0", published="2026-11-11"))
    ago = [m for m in info.mentions if m.kind is Kind.DATE and m.raw == "seven years ago"]
    assert ago and counted_back_year(ago[0]) and ago[0].value.canonical() == "2019-01-01..2019-12-31"
    passage = info.passages[ago[0].passage]
    assert value_family_keys(passage, ago[0]) == ()
    assert not any("2019" in key for key in fact_keys(ago))
    other = [m for m in info.mentions if m.kind is not Kind.DATE or m.raw != "seven years ago"]
    assert not any(counted_back_year(m) for m in other)
