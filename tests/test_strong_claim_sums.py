"""A sentence whose one figure is a sum, in a claim the aligner is sure of, states that sum.

"Without the discount the penalty would have been £12.8 million" against
"Without it, the fine would have been £18.2 million": one sentence with its
one figure changed, whose few common words leave the pair under
DIVERGE_MIN_SCORE; the model's confidence in the claim is the evidence
(STRONG_CLAIM_SCORE), as it already was for two lone clock times.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from sourcediff import Article, compare, diverge
from sourcediff.diverge import _lone_figures, _lone_sums
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import ClockTime, Money

LEAD_A = ("The Water Services Regulator fined Brindle Valley Water 9 million pounds on Tuesday for "
          "failing to report sewage spills at 14 treatment works.")
LEAD_B = ("Brindle Valley Water was fined £9 million on Tuesday by the Water Services Regulator over "
          "unreported sewage spills at 14 treatment works.")


def statuses(*texts: str) -> list[tuple[str, str]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-10") for n, t in enumerate(texts)]
    return [(f.status.value, f.summary) for f in compare(articles).facts]


def fine(before_a: str, before_b: str) -> list[tuple[str, str]]:
    a = "\n\n".join([LEAD_A,
                     "The company agreed to settle and so received a 30 percent discount.",
                     f"Without it the penalty would have been {before_a}, the regulator said.",
                     "The spills happened between 2021 and 2024."])
    b = "\n\n".join([LEAD_B,
                     "The water firm got thirty per cent off for settling the case early.",
                     f"Without it, the fine would have been {before_b}.",
                     "Residents near the works had complained about the smell for years."])
    return statuses(a, b)


def test_a_fine_before_its_discount_with_digits_swapped_diverges() -> None:
    found = [s for v, s in fine("12.8 million pounds", "£18.2 million") if v == "diverge"]
    assert len(found) == 1 and "12.8 million pounds" in found[0] and "£18.2 million" in found[0]


def test_the_same_sum_written_another_way_still_agrees() -> None:
    found = fine("12.8 million pounds", "£12.8m")
    assert not [s for v, s in found if v == "diverge"]
    assert any(v == "agree" and "12.8" in s for v, s in found)


def test_without_the_rule_the_rival_sum_was_left_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diverge, "_lone_sums", lambda a, b, stated: False)
    # 12.8 and 18.2 are also a digit swap (divergeswap), a second rule that finds this pair: off here too
    monkeypatch.setattr(diverge, "swapped_pairs", lambda ms, claims: [])
    found = fine("12.8 million pounds", "£18.2 million")
    assert not [s for v, s in found if v == "diverge"]


def money(source: str, passage: int, amount: str, currency: str = "GBP") -> Mention:
    return Mention(kind=Kind.MONEY, slot=f"money:{currency}", raw=amount,
                   value=Money(currency, Decimal(amount)), source=source, passage=passage, span=Span(0, 4))


LONE = Counter({("a", 1): 1, ("b", 2): 1})


def test_only_two_lone_sums_in_one_currency_count() -> None:
    a, b = money("a", 1, "12800000"), money("b", 2, "18200000")
    assert _lone_sums(a, b, LONE)
    assert not _lone_sums(a, b, Counter({("a", 1): 2, ("b", 2): 1}))  # a second figure may be the pair's
    assert not _lone_sums(a, money("b", 2, "18200000", "EUR"), LONE)  # another currency: a conversion
    assert not _lone_sums(money("a", 1, "340000000", "USD"), money("b", 2, "12", "USD"), LONE)  # a price
    assert not _lone_sums(a, money("b", 2, "30000000"), LONE)  # more than twice the other: another sum


def test_lone_clocks_still_count() -> None:
    a = Mention(kind=Kind.TIME, slot="time:clock", raw="8:00", value=ClockTime(8, 0),
                source="a", passage=1, span=Span(0, 4))
    b = Mention(kind=Kind.TIME, slot="time:clock", raw="9:00", value=ClockTime(9, 0),
                source="b", passage=2, span=Span(0, 4))
    assert _lone_figures(a, b, LONE)
    assert not _lone_figures(a, money("b", 2, "9"), LONE)
