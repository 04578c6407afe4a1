"""Every age of a list after one "aged" is an age: "two men, aged 37 and 52", "aged 15, 16 and 17"."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract import numbers
from sourcediff.segment import segment


def ages(text: str) -> list[str]:
    article = Article.from_text(text, id="t", published="2026-04-14")
    return [m.raw for m in numbers.extract(article, segment(article)) if m.slot == "number:age"]


def test_both_ages_of_a_pair_are_read() -> None:
    assert ages("Two men, aged 37 and 52, were charged with burglary, Dunmere police said.") == ["37", "52"]


def test_every_age_of_a_longer_list_is_read() -> None:
    found = ages("Three teenagers, aged 15, 16 and 17, were treated for smoke inhalation in Penmarrow.")
    assert found == ["15", "16", "17"]


def test_a_sum_after_an_age_is_no_age() -> None:
    found = ages("The driver was aged 40 and earned 52,000 pounds a year, the court heard.")
    assert found == ["40"]


def test_the_second_age_of_a_pair_meets_another_outlet() -> None:
    a = Article.from_text("Two men, aged 37 and 52, were arrested in Dunmere on Monday.", id="a",
                          published="2026-04-14")
    b = Article.from_text("A 52-year-old and a 37-year-old were arrested in Dunmere on Monday.", id="b",
                          published="2026-04-14")
    agreed = [f.summary for f in compare([a, b]).facts if f.status.value == "agree"]
    assert any("52" in s for s in agreed)
