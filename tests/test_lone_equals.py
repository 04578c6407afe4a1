"""A lone figure repeating an agreed fact's very value joins it, though no claim holds both (lonejoin.py).

The judge links mentions through claims; these tests hand `join_lone_equals`
the judged facts directly, as a live blog's unaligned stats line leaves
them: the wire's and the paper's agreed 81.4% in one fact, the blog's
81.4% a fact of its own.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.stamps import ENTRY
from sourcediff.lonejoin import join_lone_equals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity

ORDER = {"wire": 0, "paper": 1, "blog": 2}


def _m(source: str, amount: str, *, kind: Kind = Kind.PERCENT, unit: str | None = "%",
       slot: str = "percent", cues: tuple[str, ...] = (), at: int = 10) -> Mention:
    value = Quantity(Decimal(amount), unit)
    return Mention(kind, source, 1, Span(at, at + 5), amount, value, slot, cues=cues)


def _agreed(*ms: Mention) -> Judged:
    return (list(ms), Verdict.AGREE, "c1", None)


def _lone(m: Mention) -> Judged:
    return ([m], Verdict.UNIQUE, None, None)


def _shape(facts: list[Judged]) -> list[tuple[str, list[str]]]:
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in facts)


def test_a_lone_equal_figure_joins_the_agreed_fact() -> None:
    """The blog's bare "Seen in four hours: 81.4%." states the agreed 81.4%: one fact of three sources."""
    facts = [_agreed(_m("wire", "81.4"), _m("paper", "81.4")), _lone(_m("blog", "81.4"))]
    assert _shape(join_lone_equals(facts, ORDER)) == [("agree", ["wire", "paper", "blog"])]


def test_a_different_figure_stays_alone_and_makes_no_divergence() -> None:
    """An unaligned 79.2% is no evidence of a contradiction: it stays the blog's own detail."""
    facts = [_agreed(_m("wire", "81.4"), _m("paper", "81.4")), _lone(_m("blog", "79.2"))]
    assert _shape(join_lone_equals(facts, ORDER)) == [("agree", ["wire", "paper"]), ("unique", ["blog"])]


def test_another_slot_stays_alone() -> None:
    """81.4 as a count of something is not the agreed 81.4%: slots must match, not figures."""
    lone = _m("blog", "81.4", kind=Kind.PERCENT, slot="percent:change")
    facts = [_agreed(_m("wire", "81.4"), _m("paper", "81.4")), _lone(lone)]
    assert len(join_lone_equals(facts, ORDER)) == 2


def test_small_counts_never_join() -> None:
    """"Two" is told of many things in one story: a lone two does not join another fact's two."""
    def two(source: str) -> Mention:
        return _m(source, "2", kind=Kind.NUMBER, unit=None, slot="number:count")
    facts = [_agreed(two("wire"), two("paper")), _lone(two("blog"))]
    assert len(join_lone_equals(facts, ORDER)) == 2
    def thirty_one(source: str) -> Mention:
        return _m(source, "31", kind=Kind.NUMBER, unit=None, slot="number:count")
    facts = [_agreed(thirty_one("wire"), thirty_one("paper")), _lone(thirty_one("blog"))]
    assert len(join_lone_equals(facts, ORDER)) == 1


def test_an_entry_stamp_never_joins() -> None:
    """A live blog's entry stamp says when it posted, not the fact: it joins nothing."""
    facts = [_agreed(_m("wire", "81.4"), _m("paper", "81.4")), _lone(_m("blog", "81.4", cues=(ENTRY,)))]
    assert len(join_lone_equals(facts, ORDER)) == 2


def test_two_agreed_facts_of_that_value_take_none() -> None:
    """When two agreed facts state the value, which one the lone figure repeats is a guess: none."""
    facts = [_agreed(_m("wire", "81.4"), _m("paper", "81.4")),
             _agreed(_m("wire", "81.4", at=90), _m("paper", "81.4", at=90)), _lone(_m("blog", "81.4"))]
    assert len(join_lone_equals(facts, ORDER)) == 3


def test_a_source_already_in_the_fact_does_not_join_twice() -> None:
    """The paper's second 81.4% in another passage is its own repetition, not a further source."""
    facts = [_agreed(_m("wire", "81.4"), _m("paper", "81.4")), _lone(_m("paper", "81.4", at=200))]
    assert len(join_lone_equals(facts, ORDER)) == 2


def test_a_bare_count_joins_the_agreed_count_in_a_volume_of_its_figure() -> None:
    """A tabloid's "E. coli levels of 2,400" names no unit; the others' 2,400 per 100 ml is that reading."""
    def per_volume(source: str, amount: str) -> Mention:
        unit = "per 100 milliliter"
        return _m(source, amount, kind=Kind.NUMBER, unit=unit, slot=f"number:{unit}")
    bare = _m("blog", "2400", kind=Kind.NUMBER, unit=None, slot="number:count")
    facts = [_agreed(per_volume("wire", "2400"), per_volume("paper", "2400")), _lone(bare)]
    assert _shape(join_lone_equals(facts, ORDER)) == [("agree", ["wire", "paper", "blog"])]
    # another figure, or a figure with a noun of its own, stays alone
    other = _m("blog", "2500", kind=Kind.NUMBER, unit=None, slot="number:count")
    facts = [_agreed(per_volume("wire", "2400"), per_volume("paper", "2400")), _lone(other)]
    assert len(join_lone_equals(facts, ORDER)) == 2
    nouned = _m("blog", "2400", kind=Kind.NUMBER, unit="sample", slot="number:count")
    facts = [_agreed(per_volume("wire", "2400"), per_volume("paper", "2400")), _lone(nouned)]
    assert len(join_lone_equals(facts, ORDER)) == 2
