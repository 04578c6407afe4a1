"""Two sources' different days for when a hostage was taken diverge, though their sentences never align."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergeabductions import abduction_day
from sourcediff.extract import dates
from sourcediff.segment import segment


def _days(text: str) -> list[tuple[str, bool]]:
    article = Article.from_text(text, id="t", published="2026-10-02")
    return [(m.raw, abduction_day(text, m)) for m in dates.extract(article, segment(article))]


def test_abduction_words_before_a_day_make_it_the_abduction_day() -> None:
    assert ("March 3", True) in _days("The engineer was kidnapped by gunmen on March 3 near the dam.")
    assert ("9 April", True) in _days("Her family has not heard from her since her abduction on 9 April.")
    assert ("May 20", True) in _days("The pilots were taken hostage on May 20 after an emergency landing.")


def test_a_day_of_something_else_is_no_abduction_day() -> None:
    assert ("March 3", False) in _days("The engineer, who was kidnapped last year, was released on March 3.")
    assert ("March 3", False) in _days("The kidnappers sent a video on March 3 demanding money.")
    assert ("March 3", False) in _days("The pilot was kidnapped and then freed on March 3.")


def _abduction_fact(first: str, second: str) -> list[str]:
    a = Article.from_text(first, id="a", published="2026-10-02")
    b = Article.from_text(second, id="b", published="2026-10-03")
    return [f.status.value for f in compare([a, b]).facts
            if {m.raw for m in f.mentions} >= {"March 3", "13 March"}]


def test_rival_abduction_days_in_unaligned_sentences_diverge() -> None:
    first = ("A water engineer from Dunmere was freed on Thursday by the rebels who held him for months. "
             "Ivo Marsh, 41, was kidnapped by gunmen on March 3 while inspecting a dam.")
    second = ("Friends in Dunmere lit candles for Ivo Marsh on Friday after his release. "
              "The father of three, seized at the reservoir, was abducted on 13 March and held in the hills.")
    assert _abduction_fact(first, second) == ["diverge"]


def test_two_abduction_days_in_one_source_make_no_rival() -> None:
    first = ("A water engineer from Dunmere was freed on Thursday by the rebels who held him for months. "
             "Ivo Marsh, 41, was kidnapped by gunmen on March 3 while inspecting a dam.")
    second = ("Friends in Dunmere lit candles for Ivo Marsh on Friday after his release. "
              "He was abducted on 13 March, a month after his driver was kidnapped on 12 February.")
    assert "diverge" not in _abduction_fact(first, second)
