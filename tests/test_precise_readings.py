"""Precise readings (an index level, a price to the cent) agree only when one rounds the other (invented).

Figures of four significant digits or more are measurements: "5,930.17"
is not "5,813.40" written differently, though the two are within the 1%
that lets "$1.2 billion" meet "$1,199 million". Two passages that share
one precise reading ("612.38 points" / "612.4 points") tell the same
figures, so the one other reading each states is the other's rival.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Verdict, compare
from sourcediff.compat import compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Money, Quantity


def _count(amount: str, source: str = "a") -> Mention:
    value = Quantity(Decimal(amount))
    return Mention(kind=Kind.NUMBER, source=source, passage=0, span=Span(0, 1), raw=amount, value=value,
                   slot="number:count")


def _usd(amount: str, source: str = "a") -> Mention:
    return Mention(kind=Kind.MONEY, source=source, passage=0, span=Span(0, 1), raw=amount,
                   value=Money(currency="USD", amount=Decimal(amount)), slot="money:USD")


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("4718.25", "4781.25", False),   # two digits swapped
    ("4718.25", "4722.90", False),   # 0.1% apart, yet two readings
    ("4718.25", "4718", True),       # rounded to the point
    ("4718.25", "4718.3", True),     # rounded to a tenth
    ("4718.75", "4718", True),       # cut, not rounded: the coarser figure's last digit
    ("4718.25", "4716", False),      # two points off at the coarser figure's precision
    ("387.46", "387.5", True),
    ("387.46", "388.1", False),
])
def test_two_readings_agree_only_within_their_last_digits(a: str, b: str, agree: bool) -> None:
    assert compatible(_count(a), _count(b, "b")) is agree


@pytest.mark.parametrize(("a", "b"), [
    ("1200000000", "1199000000"),  # "$1.2 billion" against "$1,199 million": a rounding
    ("48000000000", "47900000000"),  # "€48bn" against "€47.9bn"
])
def test_a_figure_of_few_digits_still_rounds_a_reading(a: str, b: str) -> None:
    assert compatible(_usd(a), _usd(b, "b"))


def _facts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-05-19") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts]


WIRE = ("The Kestmark All-Share index fell sharply on Tuesday as energy stocks slid.\n\n"
        "The index closed down 287.46 points at 4,718.25, its lowest level since June.\n\n"
        "Oil producers led the decline after crude prices dropped overnight.")
TRADE = ("Energy names dragged the Kestmark All-Share lower on Tuesday.\n\n"
         "The benchmark shed 3.1 per cent (287.5 points) on the session to finish at {}, with 41 of its "
         "50 members lower.\n\n"
         "Oil producers led the decline after crude prices dropped overnight.")


def test_a_swapped_closing_level_beside_a_shared_points_fall_diverges() -> None:
    facts = _facts(WIRE, TRADE.format("4,781.25"))
    levels = [(status, raws) for status, raws in facts if "4,718.25" in raws]
    assert levels == [(Verdict.DIVERGE, ["4,718.25", "4,781.25"])]


def test_the_same_closing_level_rounded_agrees() -> None:
    facts = _facts(WIRE, TRADE.format("4,718"))
    levels = [(status, raws) for status, raws in facts if "4,718.25" in raws]
    assert levels == [(Verdict.AGREE, ["4,718", "4,718.25"])]
