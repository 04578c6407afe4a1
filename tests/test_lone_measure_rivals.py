"""A lone measure contradicting an agreed measure through an aligned partner joins it, diverging.

Three outlets put a stranded climbing party "at about 2,400 metres" (one with a
conversion in feet); a fourth writes "The climbers were stuck at 2,900 metres",
aligned only with a long sentence of one of the three that also gives the wind
and the temperature. That pair scores too low for the claim's own divergence
rule, so the 2,900 stayed a detail only the fourth outlet had
(lonerivals.join_lone_measure_rivals). The tests hand the join the judged facts
directly, with a stand-in for the evidence that says which passages share a claim.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonerivals import join_lone_measure_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import APPROX, Converted, Quantity

ORDER = {"wire": 0, "tabloid": 1, "trade": 2, "local": 3}
ALL = ["wire", "tabloid", "trade", "local"]


class _Claims:
    """Only what the join asks of the evidence: the claim two mentions' passages share."""

    def __init__(self, *together: tuple[str, str]) -> None:
        self.together = {frozenset(p) for p in together}
        self.texts: dict[str, str] = {}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c4" if frozenset((a.source, b.source)) in self.together else None


def _measure(source: str, amount: str, unit: str = "meter", *, qualifier: str | None = None,
             at: int = 10, converted: bool = False) -> Mention:
    kind = Converted if converted else Quantity
    value = kind(Decimal(amount), unit, qualifier)
    return Mention(Kind.NUMBER, source, 1, Span(at, at + 6), amount, value, f"number:{unit}")


def _agreed(*ms: Mention) -> Judged:
    return (list(ms), Verdict.AGREE, "c2", None)


def _lone(m: Mention) -> Judged:
    return ([m], Verdict.UNIQUE, "c4", None)


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    out = join_lone_measure_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, sorted({m.source for m in group}, key=ORDER.__getitem__)) for group, v, *_ in out)


# Hedged and converted as outlets write it: "about 2,400 metres (7,900ft)", "2,400m", "some 2,400 metres".
AGREED = (_measure("wire", "2400", qualifier=APPROX), _measure("wire", "7900", "foot", at=30, converted=True),
          _measure("tabloid", "2400"), _measure("trade", "2400", qualifier=APPROX))


def test_a_lone_measure_aligned_with_one_of_three_agreeing_makes_the_fact_diverge() -> None:
    facts = [_agreed(*AGREED), _lone(_measure("local", "2900"))]
    assert _run(facts, _Claims(("local", "tabloid"))) == [("diverge", ALL)]


def test_unaligned_it_stays_the_outlets_own() -> None:
    facts = [_agreed(*AGREED), _lone(_measure("local", "2900"))]
    assert _run(facts, _Claims()) == [("agree", ["wire", "tabloid", "trade"]), ("unique", ["local"])]


def test_another_unit_is_another_measurement() -> None:
    """"2,900 feet" beside 2,400 metres measures something else (and a conversion is for other joins)."""
    facts = [_agreed(*AGREED), _lone(_measure("local", "2900", "foot"))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_two_sources_are_no_consensus() -> None:
    facts = [_agreed(_measure("wire", "2400"), _measure("tabloid", "2400")), _lone(_measure("local", "2900"))]
    assert _run(facts, _Claims(("local", "tabloid")))[1] == ("unique", ["local"])


def test_a_fitting_figure_is_no_rival() -> None:
    """"Nearly 2,450 metres" is about 2,400: for the agreeing joins, not a divergence."""
    facts = [_agreed(*AGREED), _lone(_measure("local", "2450", qualifier=APPROX))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_three_outlets_that_disagree_among_themselves_are_no_consensus() -> None:
    agreed = (_measure("wire", "2400"), _measure("tabloid", "2400"), _measure("trade", "2600"))
    facts = [_agreed(*agreed), _lone(_measure("local", "2900"))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_a_source_giving_both_measures_tells_two_moments() -> None:
    """A paper that also puts the party at 2,400 metres reports a climb, not a rival figure."""
    facts = [_agreed(*AGREED), _lone(_measure("local", "2900")), _lone(_measure("local", "2400", at=300))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_a_rounded_figure_is_no_rival() -> None:
    """"4.3 seconds" is 4.321 seconds to one decimal: the same gap, told less precisely."""
    agreed = (_measure("wire", "4.321", "second"), _measure("tabloid", "4.321", "second"),
              _measure("trade", "4.321", "second"))
    facts = [_agreed(*agreed), _lone(_measure("local", "4.3", "second"))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


class _Texts(_Claims):
    """The claims stand-in with the sources' texts, which the rate check reads."""

    def __init__(self, texts: dict[str, str], *together: tuple[str, str]) -> None:
        super().__init__(*together)
        self.texts.update(texts)


def test_a_rate_may_average_another_scope() -> None:
    """A district's "3.9 tonnes a hectare" beside the country's 6.2: another average, not a dispute."""
    lone = Mention(Kind.NUMBER, "local", 1, Span(0, 10), "3.9 tonnes", Quantity(Decimal("3.9"), "tonne"),
                   "number:tonne")
    agreed = tuple(_measure(s, "6.2", "tonne") for s in ("wire", "tabloid", "trade"))
    facts = [_agreed(*agreed), _lone(lone)]
    rate = _Texts({"local": "3.9 tonnes a hectare in the hill farms"}, ("local", "tabloid"))
    assert ("diverge", ALL) not in _run(facts, rate)
    plain = _Texts({"local": "3.9 tonnes of grain were lost"}, ("local", "tabloid"))
    assert ("diverge", ALL) in _run(facts, plain)


def test_a_third_figure_in_the_unit_means_it_measures_more_than_one_thing() -> None:
    """A wire giving the summit's 3,100 metres beside the party's 2,400: the unit measures two things."""
    facts = [_agreed(*AGREED), _lone(_measure("local", "2900")), _lone(_measure("wire", "3100", at=400))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_a_span_of_time_is_no_measure() -> None:
    """"For ten years" beside three outlets' "three years": spans of time are many in a story."""
    agreed = tuple(_measure(s, "3", "year") for s in ("wire", "tabloid", "trade"))
    facts = [_agreed(*agreed), _lone(_measure("local", "10", "year"))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_a_figure_of_another_size_measures_another_thing() -> None:
    """"A 100,000-litre tank" beside three outlets' 5,000 litres spilled: a capacity, not a rival."""
    agreed = tuple(_measure(s, "5000", "liter") for s in ("wire", "tabloid", "trade"))
    facts = [_agreed(*agreed), _lone(_measure("local", "100000", "liter"))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_an_outlet_stating_the_measure_only_in_another_unit_counts_towards_the_consensus() -> None:
    """Two outlets' "2,400 metres" and a third's "7,900 feet" alone are three sources of one height."""
    facts = [_agreed(_measure("wire", "2400", qualifier=APPROX), _measure("tabloid", "2400"),
                     _measure("trade", "7900", "foot", qualifier=APPROX)),
             _lone(_measure("local", "2900"))]
    assert _run(facts, _Claims(("local", "trade"))) == [("diverge", ALL)]


def test_another_unit_that_does_not_fit_is_no_third_voice() -> None:
    """A third outlet's "9,500 feet" does not fit 2,400 metres: two sources still make no consensus."""
    facts = [_agreed(_measure("wire", "2400", qualifier=APPROX), _measure("tabloid", "2400"),
                     _measure("trade", "9500", "foot")),
             _lone(_measure("local", "2900"))]
    assert ("diverge", ALL) not in _run(facts, _Claims(("local", "tabloid")))


def test_a_lone_measure_with_its_writer_s_conversion_is_still_one_measure() -> None:
    """"2,900 metres (9,500ft)": the conversion, tied to its figure in one fact, makes no second measure."""
    lone = ([_measure("local", "2900"), _measure("local", "9500", "foot", at=30, converted=True)],
            Verdict.UNIQUE, "c4", None)
    facts = [_agreed(*AGREED), lone]
    assert _run(facts, _Claims(("local", "tabloid"))) == [("diverge", ALL)]  # type: ignore[arg-type]
