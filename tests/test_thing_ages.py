"""An age no person reaches is the time a thing has stood: "an 800-year-old abbey" is "eight centuries".

Ages are kept apart from spans of time ("a 3-year-old" is not "three years" of anything), but a
building's, a bridge's or a tree's age is that span: outlets write it either way.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.compat import slot_family
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def _facts_with(texts: list[str], needle: str) -> list[dict[str, object]]:
    articles = [Article.from_text(t, id=f"s{i}") for i, t in enumerate(texts)]
    report = compare(articles).to_dict()
    return [f for f in report["facts"] if any(needle in m["text"] for m in f["mentions"])]


def _age(amount: int) -> Mention:
    return Mention(kind=Kind.NUMBER, source="s0", passage=0, span=Span(0, 12), raw=f"{amount}-year-old",
                   value=Quantity(Decimal(amount), "year"), slot="number:age")


def test_an_abbey_age_meets_its_centuries() -> None:
    facts = _facts_with([
        "Flames tore through the roof of the 600-year-old abbey at Kellmoor on Tuesday night.",
        "The abbey at Kellmoor, which has stood for six centuries, lost its roof to fire on Tuesday night.",
    ], "six centuries")
    assert len(facts) == 1
    assert facts[0]["status"] == "agree"
    assert {m["source"] for m in facts[0]["mentions"]} == {"s0", "s1"}


def test_a_person_age_stays_an_age() -> None:
    assert slot_family(_age(64)) == "number:age"
    assert slot_family(_age(129)) == "number:age"


def test_an_old_thing_age_is_a_duration() -> None:
    assert slot_family(_age(130)) == "number:duration"
    assert slot_family(_age(800)) == "number:duration"
