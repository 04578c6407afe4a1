"""Two aligned passages sharing one measure: the leftover measures of one named substance are rivals.

A passage listing two limits ("0.9 grams of salt ... 12.5 grams of fat")
against another listing them too ("no more than 15g of fat ... 0.9g of
salt"): once the shared figures pair off, 15g against 12.5g are too far
apart for the close-figure test, which keeps apart figures of two things a
passage names apart. The writers name what each figure measures: both are
of fat, each passage's only measure of it, so they are rivals
(divergeleftover `_one_substance`). Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Report


def _report(a: str, b: str) -> Report:
    return compare([Article.from_text(a, id="a", published="2027-05-11"),
                    Article.from_text(b, id="b", published="2027-05-11")])


WIRE = ("The Marrowgate snack code allows crackers no more than 0.9 grams of salt per 100 grams, and crisps "
        "no more than 12.5 grams of fat per 100 grams, the regulator said on Tuesday.")


def _rivals(report: Report, a: str, b: str) -> list[str]:
    return [f.status.value for f in report.facts if {m.raw for m in f.mentions} >= {a, b}]


def test_measures_of_one_substance_far_apart_diverge() -> None:
    report = _report(WIRE, "Under the Marrowgate code crisps may hold no more than 15g of fat per 100g, "
                           "and crackers no more than 0.9g of salt per 100g, the regulator said on Tuesday.")
    assert _rivals(report, "no more than 12.5 grams", "no more than 15g") == ["diverge"], [
        (f.status.value, [m.raw for m in f.mentions]) for f in report.facts]


def test_measures_of_two_substances_stay_apart() -> None:
    report = _report(WIRE, "Under the Marrowgate code crisps may hold no more than 15g of fibre per 100g, "
                           "and crackers no more than 0.9g of salt per 100g, the regulator said on Tuesday.")
    assert _rivals(report, "no more than 12.5 grams", "no more than 15g") == []


def test_a_substance_measured_twice_in_a_passage_is_no_leeway() -> None:
    report = _report(WIRE, "Under the Marrowgate code crisps may hold no more than 15g of fat per 100g, "
                           "down from 21g of fat, and crackers no more than 0.9g of salt per 100g, "
                           "the regulator said.")
    assert _rivals(report, "no more than 12.5 grams", "no more than 15g") == []
