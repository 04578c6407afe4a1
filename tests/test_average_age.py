"""A group's median or mean age ("(median age 55 years)", "a mean age of 61") is a fact of its own: never
joined to the age range the group was drawn from, nor set against one person's age."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def ages(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="a", published="2026-05-03")
    return [(m.raw, m.slot) for m in analyse(article).mentions if m.slot.startswith("number:age")]


@pytest.mark.parametrize(("text", "raw"), [
    ("The 31,200 nurses (median age 47 years) were followed for nine years.", "47 years"),
    ("Volunteers had a mean age of 61 when they joined the trial.", "61"),
    ("The runners, whose average age is 34, trained twice a week.", "34"),
    ("Recruits were aged 18 to 30; median age, 24.", "24"),
])
def test_an_average_age_has_its_own_slot(text: str, raw: str) -> None:
    assert (raw, "number:age-average") in ages(text)


def test_the_range_beside_it_stays_an_age() -> None:
    found = ages("The 12,400 teachers (mean age 52 years) were aged 35-70 at the start.")
    assert ("35-70", "number:age") in found
    assert ("52 years", "number:age-average") in found


@pytest.mark.parametrize("text", [
    "Dr Ines Raud, 58, led the trial at the university hospital.",
    "The retirement age of 67 applies from next year.",
])
def test_other_ages_are_untouched(text: str) -> None:
    assert all(slot == "number:age" for _, slot in ages(text))


def _facts(one: str, two: str) -> list[tuple[str, set[str]]]:
    a = Article.from_text(one, id="a", published="2026-05-03")
    b = Article.from_text(two, id="b", published="2026-05-03")
    report = compare([a, b])
    return [(f.status.value, {m.raw for m in f.mentions}) for f in report.facts]


def test_two_outlets_median_ages_agree_apart_from_the_range() -> None:
    facts = _facts("The study followed 20,500 cyclists aged 30 to 75 (median age 49 years) for a decade.",
                   "Researchers tracked 20,500 cyclists aged 30-75, median age 49, for ten years.")
    median = [raws for _, raws in facts if any(r.startswith("49") for r in raws)]
    assert median and all(not any(r.startswith("30") for r in raws) for raws in median)
