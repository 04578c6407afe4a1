"""slot_family keeps a mention's family on the mention: same answers, equality and copies untouched."""

from __future__ import annotations

import dataclasses
import pickle
from decimal import Decimal

from sourcediff.compat import slot_family
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Money, Quantity, Value


def _mention(kind: Kind, value: Value, slot: str, cues: tuple[str, ...] = ()) -> Mention:
    return Mention(kind=kind, source="harbour-gazette", passage=3, span=Span(40, 52), raw="raw words",
                   value=value, slot=slot, cues=cues)


def test_repeated_calls_give_the_first_answer() -> None:
    fee = _mention(Kind.MONEY, Money("EUR", Decimal("4500000")), "money")
    assert slot_family(fee) == "money:EUR"
    assert slot_family(fee) == "money:EUR"


def test_a_remembered_family_leaves_equality_and_hashing_alone() -> None:
    asked = _mention(Kind.NUMBER, Quantity(Decimal(30), "year"), "number", cues=("ago",))
    fresh = _mention(Kind.NUMBER, Quantity(Decimal(30), "year"), "number", cues=("ago",))
    family = slot_family(asked)
    assert asked == fresh and hash(asked) == hash(fresh)
    assert slot_family(fresh) == family


def test_a_changed_copy_is_worked_out_again() -> None:
    """"30 years ago" dates something; the same figure without "ago" measures: replace must not reuse."""
    ago = _mention(Kind.NUMBER, Quantity(Decimal(30), "year"), "number", cues=("ago",))
    measured = dataclasses.replace(ago, cues=())
    assert slot_family(ago) != slot_family(measured)
    pounds = dataclasses.replace(_mention(Kind.MONEY, Money("EUR", Decimal(12)), "money"),
                                 value=Money("GBP", Decimal(12)))
    assert slot_family(pounds) == "money:GBP"


def test_a_mention_with_its_family_remembered_still_pickles_and_reads_the_same() -> None:
    fee = _mention(Kind.MONEY, Money("USD", Decimal("1.5")), "money")
    slot_family(fee)
    copy = pickle.loads(pickle.dumps(fee))
    assert copy == fee and slot_family(copy) == "money:USD"
    assert dataclasses.asdict(copy) == dataclasses.asdict(fee)
