"""A range a source gives beside its own point inside it leaves the agreed point (rangeapart.py).

Invented story: a wire and a local paper cost a new swimming pool at £14.5m;
a trade site gives the cost plan's range, "£13.8m-£15.2m", with "£14.5m" as
its central estimate in the same sentence. The range is the trade site's own
detail; the point stays agreed three ways. Guards: a range told without the
writer's own point in its passage, a range another source gives too, and a point only one
other source states leave the fact as the judge made it.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.pipeline import analyse
from sourcediff.quotefacts import Judged
from sourcediff.rangeapart import split_ranges_apart

WIRE = "The council will spend £14.5m on the new Harrowfield pool."
LOCAL = "Harrowfield's £14.5m pool was approved on Monday."
TRADE = "The cost plan puts the outturn at £13.8m-£15.2m, with £14.5m carried as the central estimate."


def _sums(text: str, source: str) -> list[Mention]:
    return [m for m in analyse(Article.from_text(text, id=source)).mentions if m.kind is Kind.MONEY]


def _split(*texts: tuple[str, str]) -> list[tuple[str, list[str]]]:
    group = [m for source, text in texts for m in _sums(text, source)]
    facts: list[Judged] = [(group, Verdict.AGREE, "c1", None)]
    return [(v.value, [m.raw for m in g]) for g, v, _c, _r in split_ranges_apart(facts)]


def test_a_range_beside_its_own_point_is_its_source_s_detail() -> None:
    assert _split(("a", WIRE), ("c", TRADE), ("d", LOCAL)) == [
        ("agree", ["£14.5m", "£14.5m", "£14.5m"]), ("unique", ["£13.8m-£15.2m"])]


def test_a_range_without_its_own_point_stays_the_source_s_telling() -> None:
    trade = "The cost plan puts the outturn at £13.8m-£15.2m."
    assert _split(("a", WIRE), ("c", trade), ("d", LOCAL)) == [
        ("agree", ["£14.5m", "£13.8m-£15.2m", "£14.5m"])]


def test_a_range_two_sources_give_stays_in_the_fact() -> None:
    local = "Harrowfield's pool, costed at £13.8m-£15.2m, was approved on Monday."
    got = _split(("a", WIRE), ("c", TRADE), ("d", local))
    assert got == [("agree", ["£14.5m", "£13.8m-£15.2m", "£14.5m", "£13.8m-£15.2m"])]


def test_a_point_only_one_other_source_states_leaves_the_fact_alone() -> None:
    got = _split(("a", WIRE), ("c", TRADE))
    assert got == [("agree", ["£14.5m", "£13.8m-£15.2m", "£14.5m"])]


def test_a_point_in_another_sentence_of_the_source_leaves_the_range_in() -> None:
    trade = "The cost plan puts the outturn at £13.8m-£15.2m.\n\nThe pool's roof alone will cost £14.5m."
    got = _split(("a", WIRE), ("c", trade), ("d", LOCAL))
    assert got == [("agree", ["£14.5m", "£13.8m-£15.2m", "£14.5m", "£14.5m"])]
