"""A lone sum contradicting an agreed sum through an aligned partner joins it, diverging (lonemoney.py).

A tabloid's "the flood has left a €3million hole in the club's accounts" is
aligned with one paper's "the club put its losses at more than €2 million"
only; the wire's "about 2.4 million euros" and a trade paper's "€2.4m" agree
with that paper, in sentences the aligner seated elsewhere. The tabloid's
sum was left a detail of its own and the divergence was lost. These tests
hand `join_lone_sums` the judged facts directly, with a stand-in for the
evidence that says which passages share a claim.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.money import CONVERSION
from sourcediff.lonemoney import join_lone_sums
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, CEILING, Money

ORDER = {"wire": 0, "tabloid": 1, "trade": 2, "local": 3}


class _Claims:
    """Only what the join asks of the evidence: the claim two mentions' passages share."""

    def __init__(self, *together: tuple[str, str]) -> None:
        self.together = {frozenset(p) for p in together}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c7" if frozenset((a.source, b.source)) in self.together else None


def _sum(source: str, amount: str, currency: str = "EUR", *, qualifier: str | None = None,
         at: int = 10, cues: tuple[str, ...] = ()) -> Mention:
    value = Money(currency, Decimal(amount), None, qualifier)
    return Mention(Kind.MONEY, source, 1, Span(at, at + 4), amount, value, "money:amount", cues=cues)


def _agreed(*ms: Mention) -> Judged:
    return (list(ms), Verdict.AGREE, "c2", None)


def _lone(*ms: Mention) -> Judged:
    return (list(ms), Verdict.UNIQUE, "c7", None)


def _shape(facts: list[Judged]) -> list[tuple[str, list[str]]]:
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in facts)


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    return _shape(join_lone_sums(facts, mentions, ctx, ORDER))  # type: ignore[arg-type]


AGREED = (_sum("wire", "2400000", qualifier=APPROX), _sum("trade", "2400000"),
          _sum("local", "2000000", qualifier=ABOVE))
ALL = ["wire", "tabloid", "trade", "local"]
ALIGNED = _Claims(("tabloid", "local"))


def test_the_lone_sum_aligned_with_one_partner_makes_the_fact_diverge() -> None:
    """The tabloid's €3m fits the local paper's "more than €2 million" but not the two €2.4m figures."""
    facts = [_agreed(*AGREED), _lone(_sum("tabloid", "3000000"))]
    assert _run(facts, ALIGNED) == [("diverge", ALL)]


def test_any_mention_of_the_lone_sum_may_be_the_aligned_one() -> None:
    """A standfirst and a body sentence state the same €3m; either may sit in the claim."""
    facts = [_agreed(*AGREED), _lone(_sum("tabloid", "3000000", at=5), _sum("tabloid", "3000000", at=90))]
    assert _run(facts, ALIGNED) == [("diverge", ["wire", "tabloid", "tabloid", "trade", "local"])]


def test_no_shared_claim_no_divergence() -> None:
    """Unaligned, a different sum is no evidence of a contradiction: it stays the tabloid's own."""
    facts = [_agreed(*AGREED), _lone(_sum("tabloid", "3000000"))]
    assert _run(facts, _Claims()) == [("agree", ["wire", "trade", "local"]), ("unique", ["tabloid"])]


def test_a_sum_ten_times_off_is_another_amount() -> None:
    """A €240 ticket beside a €2.4m loss is another amount of the story, however aligned."""
    facts = [_agreed(*AGREED), _lone(_sum("tabloid", "240"))]
    assert _run(facts, ALIGNED)[1] == ("unique", ["tabloid"])


def test_another_currency_is_another_sum() -> None:
    facts = [_agreed(*AGREED), _lone(_sum("tabloid", "3000000", "USD"))]
    assert _run(facts, ALIGNED)[1] == ("unique", ["tabloid"])


def test_a_bound_or_a_conversion_is_no_rival() -> None:
    """"Up to €3m" bounds, it does not state; a writer's conversion tells how, not what."""
    bound = [_agreed(*AGREED), _lone(_sum("tabloid", "3000000", qualifier=CEILING))]
    assert _run(bound, ALIGNED)[1] == ("unique", ["tabloid"])
    converted = [_agreed(*AGREED), _lone(_sum("tabloid", "3000000", cues=(CONVERSION,)))]
    assert _run(converted, ALIGNED)[1] == ("unique", ["tabloid"])


def test_two_sources_are_no_consensus() -> None:
    facts = [_agreed(_sum("wire", "2400000"), _sum("trade", "2400000")), _lone(_sum("tabloid", "3000000"))]
    assert _run(facts, _Claims(("tabloid", "trade")))[1] == ("unique", ["tabloid"])


def test_only_bounds_give_no_figure_to_contradict() -> None:
    """Two "more than" sums and one figure: one plain figure is no consensus to dissent from."""
    facts = [_agreed(_sum("wire", "2000000", qualifier=ABOVE), _sum("trade", "2400000"),
                     _sum("local", "2000000", qualifier=ABOVE)), _lone(_sum("tabloid", "3000000"))]
    assert _run(facts, ALIGNED)[1] == ("unique", ["tabloid"])


def test_a_dissenter_that_also_gives_the_agreed_sum_tells_two_amounts() -> None:
    facts = [_agreed(*AGREED), _lone(_sum("tabloid", "3000000")),
             _lone(_sum("tabloid", "2400000", at=200))]
    assert ("unique", ["tabloid"]) in _run(facts, ALIGNED)
    assert ("diverge", ALL) not in _run(facts, ALIGNED)


def test_the_lone_sum_fitting_the_agreed_figures_is_left_to_the_other_joins() -> None:
    facts = [_agreed(*AGREED), _lone(_sum("tabloid", "2400000"))]
    assert _run(facts, ALIGNED)[1] == ("unique", ["tabloid"])
