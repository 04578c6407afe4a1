"""A writer's bracketed conversion of a measure is judged as a conversion (measureconv.py, values.Converted).

One outlet writes "a 5 km (3.1 miles) exclusion zone", another "a three-mile
exclusion zone" for the same 5 km. Before, "3.1 miles" and "three miles"
were two figures of one unit that did not agree, and the first outlet's own
conversion kept the second outlet's figure out of the fact. Invented text.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.measureconv import mark_conversions
from sourcediff.model import Kind, Mention, Span
from sourcediff.pipeline import analyse
from sourcediff.values import Converted, Quantity


def _figures(text: str) -> list[tuple[str, type]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-19"))
    return [(m.raw, type(m.value)) for m in info.mentions if m.kind is Kind.NUMBER]


def _zone_facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-19") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if any("mile" in m.raw or "km" in m.raw or "kilomet" in m.raw for m in f.mentions)]


WIRE = ("Police set up a 5 km (3.1 miles) exclusion zone around the Harnley gasworks on Tuesday after a "
        "storage tank began to leak, the fire service said.")
TABLOID = ("Cops threw a {} exclusion zone around the stricken Harnley gasworks on Tuesday as a storage "
           "tank leaked.")
TRADE = ("Operators at Harnley isolated the leaking storage tank on Tuesday; emergency services imposed a "
         "5km exclusion zone.")


def test_the_bracketed_figure_is_marked_a_conversion() -> None:
    assert _figures(WIRE) == [("5 km", Quantity), ("3.1 miles", Converted)]


def test_a_hedge_in_the_bracket_still_marks_it() -> None:
    figures = _figures("The slick stretched 12 miles (about 19 km) along the coast, the coastguard said.")
    assert [t for _, t in figures] == [Quantity, Converted]


def test_another_outlets_rounding_of_the_conversion_joins_the_fact() -> None:
    """The tabloid's "three-mile" fits 5 km and the wire's own 3.1 miles: one agreeing fact of three."""
    facts = _zone_facts(WIRE, TABLOID.format("three-mile"), TRADE)
    assert facts == [("agree", frozenset({"s0", "s1", "s2"}))]


def test_a_different_figure_is_still_no_agreement() -> None:
    """Four miles (6.4 km) is not a rounding of 5 km (3.1 miles): the three never agree as one."""
    facts = _zone_facts(WIRE, TABLOID.format("four-mile"), TRADE)
    assert ("agree", frozenset({"s0", "s1", "s2"})) not in facts


def test_no_bracket_no_conversion() -> None:
    """"5 km or three miles" may offer a choice; figures in text go on being judged as stated."""
    figures = _figures("Walkers can take the 5 km loop or the 3 miles of the river path, the ranger said.")
    assert [t for _, t in figures] == [Quantity, Quantity]


def test_another_dimension_or_a_duration_is_no_conversion() -> None:
    assert [t for _, t in _figures("The trail climbs 9 km (two hours on foot) to the hut.")] \
        == [Quantity, Quantity]
    assert [t for _, t in _figures("The cull should be over within 72 hours (three days), officials said.")] \
        == [Quantity, Quantity]


def test_marking_leaves_an_article_without_conversions_as_it_was() -> None:
    article = Article.from_text("Some 40 boats and 300 volunteers joined the search.", id="s0",
                                published="2026-05-19")
    info = analyse(article)
    assert mark_conversions(article, info.mentions) is info.mentions


def _mile(value: Quantity, source: str) -> Mention:
    return Mention(kind=Kind.NUMBER, source=source, passage=0, span=Span(0, 1), raw="x", value=value,
                   slot="number:mile")


def test_compat_reads_a_conversion_with_a_conversions_reach() -> None:
    converted = _mile(Converted(Decimal("1.9"), "mile"), "a")
    assert compatible(converted, _mile(Quantity(Decimal(2), "mile"), "b"))
    stated = _mile(Quantity(Decimal("1.9"), "mile"), "a")
    assert not compatible(stated, _mile(Quantity(Decimal(2), "mile"), "b"))
    assert not compatible(converted, _mile(Quantity(Decimal("2.5"), "mile"), "b"))
