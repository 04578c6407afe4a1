"""An age bound that names a group of people is an age: "pensioners over 65", "(65+ and students)"."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract import numbers
from sourcediff.segment import segment


def ages(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t", published="2026-09-02")
    return [(m.raw, str(m.value.amount)) for m in numbers.extract(article, segment(article))  # type: ignore[union-attr]
            if m.slot == "number:age"]


def test_a_group_over_an_age_is_that_age() -> None:
    assert ages("Pensioners over 70 will ride the Lindhaven ferry free from October.") == [("70", "70")]


def test_a_group_under_an_age_is_that_age() -> None:
    assert ages("Children under 5 travel free on every Marrowby tram.") == [("5", "5")]


def test_a_plus_sign_before_a_group_is_an_age() -> None:
    assert ages("Reduced single (70+ and full-time students): 120 cents.") == [("70+", "70")]


def test_a_group_noun_before_a_plus_sign_is_an_age() -> None:
    assert ages("Riders 70+ keep their free pass, the council said.") == [("70+", "70")]


def test_a_measure_or_a_count_after_the_bound_is_no_age() -> None:
    assert ages("Workers over 40 hours a week will be paid overtime.") == []
    assert ages("Passengers over 12 stops pay the full fare.") == []


def test_a_percent_or_a_plain_plus_is_no_age() -> None:
    assert ages("Prices rose over 65 percent in Lindhaven.") == []
    assert ages("The index gained 3+ points on Tuesday.") == []


def test_three_outlets_writing_one_threshold_agree() -> None:
    texts = {"a": "Residents aged 70 and over will ride the Lindhaven ferry free from October 1.",
             "b": "Pensioners over 70 will ride the Lindhaven ferry for nothing from October 1.",
             "c": "Free ferry travel (70+ and disabled passengers) starts on October 1 in Lindhaven."}
    report = compare([Article.from_text(t, id=k, published="2026-09-02") for k, t in texts.items()])
    age = [f for f in report.facts if any(m.slot == "number:age" for m in f.mentions)]
    assert len(age) == 1 and age[0].status.value == "agree" and set(age[0].sources) == {"a", "b", "c"}


def test_an_age_group_told_as_one_plural_noun_is_that_age() -> None:
    """ "Under-16s are exempt", "free for over-65s": bound, hyphen and plural name people (invented)."""
    assert ages("Under-16s ride the Lindhaven ferry free from October.") == [("16", "16")]
    assert ages("Entry to the Marrowby baths stays free for over-65s.") == [("65", "65")]


def test_a_plural_age_group_meets_the_group_spelled_out() -> None:
    texts = ["Children under 16 will ride the Lindhaven ferry free from October, the operator said.",
             "Under-16s will ride the Lindhaven ferry free from October, the operator said."]
    articles = [Article.from_text(t, id=f"s{n}", published="2026-09-02") for n, t in enumerate(texts)]
    found = [f for f in compare(articles).facts if any(m.slot == "number:age" for m in f.mentions)]
    assert len(found) == 1 and found[0].status.value == "agree"
    assert {m.source for m in found[0].mentions} == {"s0", "s1"}


def test_a_plural_figure_without_the_bound_is_no_group() -> None:
    """ "16s" alone is a time or a size, not people: only "under-" or "over-" glued before makes a group."""
    assert ages("The relay hand-over took 16s, the fastest of the night.") == []
    assert ages("Sizes 10s and 16s sold out at the Marrowby store.") == []
