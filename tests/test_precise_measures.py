"""Precise measures: "the 4,317-metre pass" and "4,371 m" are two statements, not one figure rounded.

Invented articles. A measure written to its last unit with three or more
significant figures (compat.precise_measure) is judged within a unit or a
tenth of a percent, not within the 1% of rounded figures; a writer's slash
conversion ("4,317 m / 14,163 ft") is marked like a bracketed one
(measureconv); two such near figures in passages of one claim are rivals
(divergeprecise) and the writer's conversion joins its figure's divergence
(convjoin.join_measure_conversions).
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.compat import compatible, precise_measure
from sourcediff.divergeprecise import near_measure_pairs
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Span
from sourcediff.values import APPROX, Converted, Quantity


def _m(amount: str, unit: str, *, qualifier: str | None = None, converted: bool = False,
       source: str = "a") -> Mention:
    cls = Converted if converted else Quantity
    value = cls(Decimal(amount), unit, qualifier)
    return Mention(kind=Kind.NUMBER, source=source, passage=0, span=Span(0, 1), raw="x", value=value,
                   slot=f"number:{unit}")


def test_transposed_digits_of_one_unit_do_not_agree() -> None:
    assert not compatible(_m("4317", "meter"), _m("4371", "meter", source="b"))
    assert not compatible(_m("426", "km"), _m("462", "km", source="b"))


def test_a_precise_figure_and_its_conversion_agree() -> None:
    # 4,317 m is 14,163.4 ft; converters round either way, or use 3.28 feet to the metre (14,160 ft)
    assert compatible(_m("4317", "meter"), _m("14163", "foot", source="b"))
    assert compatible(_m("4317", "meter"), _m("14164", "foot", converted=True, source="b"))
    assert compatible(_m("14163", "foot"), _m("14159", "foot", source="b"))


def test_a_conversion_of_another_figure_does_not_agree() -> None:
    # 4,371 m converted (14,340 ft) is not the 4,317 m pass
    assert not compatible(_m("4317", "meter"), _m("14341", "foot", converted=True, source="b"))


def test_rounded_and_hedged_figures_keep_their_tolerance() -> None:
    assert not precise_measure(Quantity(Decimal("7650"), "meter"))
    assert compatible(_m("4317", "meter"), _m("4300", "meter", source="b"))
    assert compatible(_m("4317", "meter"), _m("4330", "meter", qualifier=APPROX, source="b"))
    assert compatible(_m("4317", "meter"), _m("14000", "foot", source="b"))


def test_durations_and_temperatures_are_not_precise_measures() -> None:
    assert not precise_measure(Quantity(Decimal("127"), "day"))
    assert not precise_measure(Quantity(Decimal("103"), "degree fahrenheit"))
    # a figure written with decimals is a reading too (test_damburst_fixes.py): "42.5 km" is not "42.8 km"
    assert precise_measure(Quantity(Decimal("42.5"), "km"))
    assert not precise_measure(Quantity(Decimal("4.5"), "km"))  # two figures may be a rounding


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-08-04") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.NUMBER)


WIRE = ("Cyclist Ana Ferreiro crossed the {} Passo Marsella on Monday at the head of the race, the "
        "organisers said. The descent to the valley took her 24 minutes.")
SPECIALIST = ("Ana Ferreiro led the peloton over Passo Marsella ({}) on Monday, the organisers said, "
              "before a 24-minute descent to the valley.")


def test_a_misprinted_height_diverges_with_its_conversion() -> None:
    facts = _facts(WIRE.format("4,317-metre (14,163-foot)"), SPECIALIST.format("4,371 m / 14,341 ft"))
    assert ("diverge", ["14,163-foot", "14,341 ft", "4,317-metre", "4,371 m"]) in facts, facts


def test_one_height_in_two_styles_agrees() -> None:
    facts = _facts(WIRE.format("4,317-metre (14,163-foot)"), SPECIALIST.format("4,317 m / 14,164 ft"))
    assert not any(status == "diverge" for status, _ in facts), facts


def test_a_slash_between_two_units_marks_the_conversion() -> None:
    from sourcediff.pipeline import analyse

    text = SPECIALIST.format("4,371 m / 14,341 ft")
    info = analyse(Article.from_text(text, id="s", published="2026-08-04"))
    feet = next(m for m in info.mentions if m.raw == "14,341 ft")
    metres = next(m for m in info.mentions if m.raw == "4,371 m")
    assert isinstance(feet.value, Converted) and not isinstance(metres.value, Converted)


def _at(amount: str, unit: str, source: str, passage: int) -> Mention:
    return Mention(kind=Kind.NUMBER, source=source, passage=passage, span=Span(0, 1), raw=amount,
                   value=Quantity(Decimal(amount), unit), slot=f"number:{unit}")


def _claim(*members: tuple[str, int]) -> Claim:
    return Claim("c1", 0.5, tuple(ClaimPassage(s, i) for s, i in members))


def test_near_precise_figures_in_one_claim_are_rivals() -> None:
    ms = [_at("4317", "meter", "a", 0), _at("4371", "meter", "b", 2)]
    assert near_measure_pairs(ms, [_claim(("a", 0), ("b", 2))]) == [(0, 1)]


def test_figures_far_apart_or_unclaimed_or_not_alone_are_left_alone() -> None:
    far = [_at("7124", "meter", "a", 0), _at("6813", "meter", "b", 2)]  # a camp and another camp: 4% apart
    assert near_measure_pairs(far, [_claim(("a", 0), ("b", 2))]) == []
    near = [_at("4317", "meter", "a", 0), _at("4371", "meter", "b", 2)]
    assert near_measure_pairs(near, [_claim(("a", 0), ("b", 3))]) == []
    two = [*near, _at("2713", "meter", "b", 2)]  # a passage giving two heights: which one is the rival?
    assert near_measure_pairs(two, [_claim(("a", 0), ("b", 2))]) == []
    rounded = [_at("4317", "meter", "a", 0), _at("4350", "meter", "b", 2)]
    assert near_measure_pairs(rounded, [_claim(("a", 0), ("b", 2))]) == []
