"""A cue names what two figures are about only when it says what they count, not how they are told.

lonesumwords reads a cue both figures have as naming one thing. A change cue is how a figure is
told, not what it names: a fishing catch's "-5.1% q/q" and tourism's "fell 4.6 percent" are both
changes, and lonepercentwords set the one against the other (tests/test_consensus_moved_percent.py).
A conversion is told, too. Invented text.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from sourcediff import loneclaimrivals, lonesumwords
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Money

LONE_TEXT = "Repairs to the pier took £13m, the harbour board said."
AGREED_TEXT = "The ferry firm will receive £12m from the county."


def _sum(source: str, text: str, cues: tuple[str, ...]) -> Mention:
    start = text.index("£")
    end = text.index("m", start) + 1
    return Mention(kind=Kind.MONEY, source=source, passage=0, span=Span(start, end), raw=text[start:end],
                   value=Money(amount=Decimal(text[start + 1:end - 1]) * 1_000_000, currency="GBP"),
                   slot="money", cues=cues)


CTX = SimpleNamespace(texts={"a": LONE_TEXT, "b": AGREED_TEXT})


def test_a_cue_of_the_lone_sum_alone_names_nothing() -> None:
    lone, agreed = _sum("a", LONE_TEXT, ("period:year",)), _sum("b", AGREED_TEXT, ())
    assert not lonesumwords._named_alike(lone, agreed, CTX)  # type: ignore[arg-type]
    assert not loneclaimrivals._sum_named_alike(lone, agreed, CTX)  # type: ignore[arg-type]


def test_a_shared_change_cue_names_nothing() -> None:
    lone, agreed = _sum("a", LONE_TEXT, (CHANGE,)), _sum("b", AGREED_TEXT, (CHANGE,))
    assert not lonesumwords._named_alike(lone, agreed, CTX)  # type: ignore[arg-type]


def test_a_cue_both_sums_have_names_them_alike() -> None:
    lone, agreed = _sum("a", LONE_TEXT, ("period:year",)), _sum("b", AGREED_TEXT, ("period:year",))
    assert lonesumwords._named_alike(lone, agreed, CTX)  # type: ignore[arg-type]
    assert loneclaimrivals._sum_named_alike(lone, agreed, CTX)  # type: ignore[arg-type]
