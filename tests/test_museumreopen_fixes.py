"""Fixes found by the museumreopen story, tested on invented text of their own.

Why: a fact box's list item is a sentence, not a headline, so its bare
figures ("the record was 650,000 in 2015") are kept; a floor area in square
metres is an area, not a length; two passages that share a budget but put
their cost before and after it still set their costs against each other by
the word each writer names it with; and a venue's one opening time in each
outlet ("doors opened at 10am", "opened its gates at 9.30am") is one moment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.divergeevents import event_moments
from sourcediff.extract import extract
from sourcediff.ingest import load
from sourcediff.segment import segment


def mentions(article: Article) -> list[tuple[str, str]]:
    return [(m.raw, m.slot) for m in extract(article, segment(article))]


def test_a_bare_figure_in_a_fact_box_item_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "brief.md"
    page.write_text("---\ntitle: Aquarium reopens\ndate: 2026-05-02\n---\n# Aquarium reopens\n\n"
                    "The Harbourside Aquarium reopened on Saturday.\n\n## In numbers\n\n"
                    "- **Visitors:** 800,000 a year expected; the record was 650,000 in 2015.\n"
                    "- **Tanks:** about 90 tanks, forty of them new.\n", encoding="utf-8")
    raws = [raw for raw, _ in mentions(load(page))]
    assert "650,000" in raws and "800,000" in raws


def test_a_bare_figure_in_a_heading_is_still_left_to_the_body(tmp_path: Path) -> None:
    page = tmp_path / "brief.md"
    page.write_text("---\ntitle: Storm night\ndate: 2026-05-02\n---\n# Storm night\n\n"
                    "The storm hit the coast overnight.\n\n## Storm kills seven\n\n"
                    "Seven people died when the sea wall gave way.\n", encoding="utf-8")
    raws = [raw for raw, _ in mentions(load(page))]
    assert "seven" not in raws


@pytest.mark.parametrize(("text", "unit"), [
    ("The new wing adds 14,000 square metres of galleries.", "number:square meter"),
    ("The new wing adds 14,000 m² of galleries.", "number:square meter"),
    ("The new wing adds 14,000 m2 of galleries.", "number:square meter"),
    ("The warehouse has 150,000 sq ft of floor space.", "number:square foot"),
    ("The warehouse has 150,000 square feet of floor space.", "number:square foot"),
    ("She ran the 400 m in record time.", "number:meter"),
])
def test_floor_areas_are_areas(text: str, unit: str) -> None:
    found = mentions(Article.from_text(text, published="2026-05-02"))
    assert [slot for _, slot in found] == [unit]


def _measure(text: str) -> object:
    article = Article.from_text(text, published="2026-05-02")
    return next(m for m in extract(article, segment(article)) if m.kind.value == "number")


def test_square_metres_meet_their_other_spellings_and_hectares() -> None:
    metres = _measure("The wing adds 14,000 square metres of galleries.")
    assert compatible(metres, _measure("The wing adds 14,000 m² of galleries."))
    assert compatible(metres, _measure("The site covers 1.4 hectares."))
    assert not compatible(metres, _measure("The wing adds 18,000 m² of galleries."))


def time_facts(*texts: str) -> list[tuple[str, str]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-02") for n, t in enumerate(texts)]
    return [(f.status.value, f.summary) for f in compare(articles).facts if f.kind.value == "time"]


ZOO = ("The city zoo welcomed visitors back on Saturday after a two-year rebuild.\n\n"
       "The gates opened at 9.30am and a long queue had formed along the river path.\n\n"
       "Keepers said the new elephant house was the first thing most families wanted to see.")
WIRE = ("The Marlow city zoo reopened on Saturday after a rebuild that took two years.\n\n"
        "Doors opened at 10 a.m., and about 4,000 people came through in the first two hours.\n\n"
        "The zoo's director said attendance had beaten every forecast.")


def test_each_outlets_one_opening_time_is_a_rival_for_the_opening() -> None:
    found = [summary for status, summary in time_facts(ZOO, WIRE) if status == "diverge"]
    assert len(found) == 1 and "9.30am" in found[0] and "10 a.m." in found[0]


def test_the_same_opening_time_agrees() -> None:
    assert all(status != "diverge" for status, _ in time_facts(ZOO, WIRE.replace("10 a.m.", "9:30 a.m.")))


@pytest.mark.parametrize(("sentence", "moments"), [
    ("Doors opened at 10 a.m. on Saturday.", {"doors"}),
    ("The museum opened its doors again at 9:30 a.m. today.", {"doors"}),
    ("The gates will open at 7pm for the final.", {"doors"}),
    ("Officers opened fire at 10 a.m. outside the bank.", set()),
    ("The minister opened the debate at 2pm.", set()),
])
def test_an_opening_of_doors_is_a_named_moment(sentence: str, moments: set[str]) -> None:
    article = Article.from_text(sentence, published="2026-05-02")
    clock = next(m for m in extract(article, segment(article)) if m.kind.value == "time")
    assert event_moments(article.text, clock) == moments


def test_opening_fire_is_no_opening_of_doors() -> None:
    raid = ("Police said officers opened fire at 10 a.m. outside the bank.\n\n"
            "Nobody was hurt in the incident.")
    other = ("Witnesses said the shooting outside the bank started at 9.30am.\n\n"
             "Nobody was hurt.")
    assert all(status != "diverge" for status, _ in time_facts(raid, other))


def money_facts(*texts: str) -> list[tuple[str, str]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-02") for n, t in enumerate(texts)]
    return [(f.status.value, f.summary) for f in compare(articles).facts if f.kind.value == "money"]


COST_A = ("The Harbour Theatre reopened on Friday after a three-year rebuild.\n\n"
          "The rebuild cost £86 million, £31 million more than its original budget of £55 million, "
          "the council said.\n\n"
          "The theatre seats 1,200 people.")
COST_B = ("The Harbour Theatre is open again after three years of building work.\n\n"
          "Approved with a budget of £55m, the rebuild came in at a final cost of £94m, the council said.\n\n"
          "It seats 1,200.")


def test_costs_on_either_side_of_a_shared_budget_are_rivals_by_their_name() -> None:
    found = [summary for status, summary in money_facts(COST_A, COST_B) if status == "diverge"]
    assert any("£86 million" in s and "£94m" in s for s in found)
    assert not any("£55" in s for s in found)


def test_the_same_cost_on_either_side_of_the_budget_agrees() -> None:
    found = money_facts(COST_A, COST_B.replace("£94m", "£86m"))
    assert all(status != "diverge" for status, _ in found)
