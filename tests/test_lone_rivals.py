"""A lone count contradicting an agreed count through an aligned partner joins it, diverging (lonerivals.py).

A tabloid's "more than 80 trucks were queuing at the border" is aligned
with one local paper's "Sixty-four trucks were still queuing", whose 64
joined two other outlets' 64 trucks told in sentences the aligner seated
elsewhere. Inside its claim the tabloid stood one against one, so no
consensus rule saw a divergence; against the agreed fact it is the one
dissenter. These tests hand `join_lone_rivals` the judged facts directly,
with a stand-in for the evidence that says which passages share a claim.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonerivals import join_lone_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, CEILING, Quantity

ORDER = {"wire": 0, "tabloid": 1, "trade": 2, "local": 3}


class _Claims:
    """Only what the join asks of the evidence: the claim two mentions' passages share."""

    def __init__(self, *together: tuple[str, str]) -> None:
        self.together = {frozenset(p) for p in together}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c7" if frozenset((a.source, b.source)) in self.together else None


def _count(source: str, amount: str, noun: str = "truck", *, qualifier: str | None = None,
           at: int = 10) -> Mention:
    value = Quantity(Decimal(amount), None, qualifier)
    return Mention(Kind.NUMBER, source, 1, Span(at, at + 4), amount, value, "number:count", cues=(noun,))


def _agreed(*ms: Mention) -> Judged:
    return (list(ms), Verdict.AGREE, "c2", None)


def _lone(m: Mention) -> Judged:
    return ([m], Verdict.UNIQUE, "c7", None)


def _shape(facts: list[Judged]) -> list[tuple[str, list[str]]]:
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in facts)


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    return _shape(join_lone_rivals(facts, mentions, ctx, ORDER))  # type: ignore[arg-type]


AGREED = (_count("wire", "64"), _count("trade", "64", "lorry"), _count("local", "64"))
ALL = ["wire", "tabloid", "trade", "local"]


def test_the_lone_rival_of_an_aligned_partner_makes_the_fact_diverge() -> None:
    facts = [_agreed(*AGREED), _lone(_count("tabloid", "80", qualifier=ABOVE))]
    assert _run(facts, _Claims(("tabloid", "local"))) == [("diverge", ["wire", "tabloid", "trade", "local"])]


def test_no_shared_claim_no_divergence() -> None:
    """Unaligned, a different figure is no evidence of a contradiction: it stays the tabloid's own."""
    facts = [_agreed(*AGREED), _lone(_count("tabloid", "80", qualifier=ABOVE))]
    assert _run(facts, _Claims()) == [("agree", ["wire", "trade", "local"]), ("unique", ["tabloid"])]


def test_another_noun_is_another_count() -> None:
    """"More than 80 drivers" beside 64 trucks counts something else."""
    facts = [_agreed(*AGREED), _lone(_count("tabloid", "80", "driver", qualifier=ABOVE))]
    assert _run(facts, _Claims(("tabloid", "local")))[1] == ("unique", ["tabloid"])


def test_two_sources_are_no_consensus() -> None:
    facts = [_agreed(_count("wire", "64"), _count("local", "64")),
             _lone(_count("tabloid", "80", qualifier=ABOVE))]
    assert _run(facts, _Claims(("tabloid", "local")))[1] == ("unique", ["tabloid"])


def test_a_fitting_figure_is_no_rival() -> None:
    """"More than 60 trucks" fits 64: that is for the agreeing joins, not a divergence."""
    facts = [_agreed(*AGREED), _lone(_count("tabloid", "60", qualifier=ABOVE))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("tabloid", "local")))


def test_a_source_giving_both_counts_tells_two_moments() -> None:
    """A tabloid that also says 64 trucks somewhere reports two moments; its 80 is no rival."""
    facts = [_agreed(*AGREED), _lone(_count("tabloid", "80", qualifier=ABOVE)),
             _lone(_count("tabloid", "64", at=300))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("tabloid", "local")))


def test_an_order_of_magnitude_is_no_figure_to_dispute() -> None:
    """A trade paper's "about 17,000 birds" beside three outlets' "thousands of birds" adds a figure."""
    thousands = Quantity(Decimal("2000"), None, APPROX, Decimal("9999"))  # as "thousands" is read
    agreed = [Mention(Kind.NUMBER, s, 1, Span(10, 19), "thousands", thousands, "number:count", cues=("bird",))
              for s in ("wire", "tabloid", "local")]
    lone = _count("trade", "17000", "bird")
    facts = [_agreed(*agreed), _lone(lone)]
    assert _run(facts, _Claims(("trade", "local")))[1] == ("unique", ["trade"])


def test_a_noun_only_one_agreeing_source_reads_is_no_consensus() -> None:
    """Three outlets count 41 ferries, the local paper "41 boats": the tabloid's 60 boats is the fleet."""
    agreed = (_count("wire", "41", "ferry"), _count("trade", "41", "ferry"), _count("local", "41", "boat"))
    facts = [_agreed(*agreed), _lone(_count("tabloid", "60", "boat"))]
    assert _run(facts, _Claims(("tabloid", "local")))[1] == ("unique", ["tabloid"])


def test_the_agreed_noun_still_meets_its_rival() -> None:
    """The same facts with the tabloid's 60 ferries: two sources beside the partner count ferries."""
    agreed = (_count("wire", "41", "ferry"), _count("trade", "41", "ferry"), _count("local", "41", "ferry"))
    facts = [_agreed(*agreed), _lone(_count("tabloid", "60", "ferry"))]
    assert _run(facts, _Claims(("tabloid", "local"))) == [("diverge", ALL)]


def test_a_figure_one_source_gives_for_two_nouns_is_no_agreed_count() -> None:
    """"19 goals and 17 assists" in the wire beside others' "added 17 goals": 17 recurs, no one count."""
    agreed = (_count("wire", "17", "goal"), _count("wire", "17", "assist", at=200),
              _count("trade", "17", "goal"), _count("local", "17", "goal"))
    facts = [_agreed(*agreed), _lone(_count("tabloid", "212", "goal"))]
    assert _run(facts, _Claims(("tabloid", "local")))[1] == ("unique", ["tabloid"])


def test_one_ceiling_every_outlet_writes_is_the_agreed_count() -> None:
    """Three outlets' "up to 64 trucks" and a tabloid's "80 trucks": the ceiling they share is disputed."""
    agreed = (_count("wire", "64", qualifier=CEILING), _count("trade", "64", "lorry", qualifier=CEILING),
              _count("local", "64", qualifier=CEILING))
    facts = [_agreed(*agreed), _lone(_count("tabloid", "80"))]
    assert _run(facts, _Claims(("tabloid", "wire"))) == [("diverge", ["wire", "tabloid", "trade", "local"])]


def test_a_figure_under_the_shared_ceiling_fits_it() -> None:
    """"Up to 64 trucks" three times and a tabloid's "60 trucks": 60 is within the ceiling, no rival."""
    agreed = (_count("wire", "64", qualifier=CEILING), _count("trade", "64", qualifier=CEILING),
              _count("local", "64", qualifier=CEILING))
    facts = [_agreed(*agreed), _lone(_count("tabloid", "60"))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("tabloid", "wire")))


def test_two_different_bounds_are_no_consensus() -> None:
    """"Up to 64" in two outlets and "more than 64" in a third agree on no one figure to dispute."""
    agreed = (_count("wire", "64", qualifier=CEILING), _count("trade", "64", qualifier=CEILING),
              _count("local", "64", qualifier=ABOVE))
    facts = [_agreed(*agreed), _lone(_count("tabloid", "80"))]
    assert _run(facts, _Claims(("tabloid", "wire")))[1] == ("unique", ["tabloid"])
