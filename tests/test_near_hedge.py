"""'Nearly 900' and 'almost 30%': a hedge that puts the true figure just below the one written.

"About 900" reaches either side; a writer who says "nearly 900" rounded a
figure up, so 892 fits it and 912 does not, though 912 lies within the
tolerance "about" is given. The figure past the hedge diverges from it
when the passages tie the two to one fact.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.pipeline import analyse
from sourcediff.values import APPROX, Money, Quantity


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value in ("number", "percent", "money")]


def _count(source: str, raw: str, value: Quantity | Money, kind: Kind = Kind.NUMBER) -> Mention:
    return Mention(kind, source, 0, Span(0, len(raw)), raw, value, slot="number:count", cues=("bear",))


_SURVEY = "The national survey counted {} bears in the Norland reserve, the wildlife agency said on Monday."


def test_nearly_is_kept_on_the_value() -> None:
    info = analyse(Article.from_text("The reserve now holds nearly 900 bears.", id="s0"))
    (m,) = [m for m in info.mentions if m.slot == "number:count"]
    assert isinstance(m.value, Quantity) and m.value.near and m.value.qualifier == APPROX
    info = analyse(Article.from_text("The reserve now holds about 900 bears.", id="s0"))
    (m,) = [m for m in info.mentions if m.slot == "number:count"]
    assert isinstance(m.value, Quantity) and not m.value.near


def test_a_figure_above_nearly_diverges() -> None:
    assert ("diverge", ["912", "nearly 900"]) in _facts(_SURVEY.format("912"), _SURVEY.format("nearly 900"))


def test_a_figure_just_below_nearly_agrees() -> None:
    assert ("agree", ["892", "nearly 900"]) in _facts(_SURVEY.format("892"), _SURVEY.format("nearly 900"))
    assert ("agree", ["900", "almost 900"]) in _facts(_SURVEY.format("900"), _SURVEY.format("almost 900"))


def test_about_still_reaches_either_side() -> None:
    assert ("agree", ["912", "about 900"]) in _facts(_SURVEY.format("912"), _SURVEY.format("about 900"))


def test_nearly_seventy_metres_still_fits_sixty_eight() -> None:
    text = "The new bridge span is {} long, the engineers said on Monday."
    assert ("agree", ["68 metres", "nearly 70 metres"]) in _facts(text.format("68 metres"),
                                                                  text.format("nearly 70 metres"))


def test_almost_a_share_against_a_share_above_it() -> None:
    text = "Turnout rose {} in the district, officials said on Monday."
    assert ("agree", ["29.2%", "almost 30%"]) in _facts(text.format("29.2%"), text.format("almost 30%"))
    assert ("diverge", ["30.4%", "almost 30%"]) in _facts(text.format("30.4%"), text.format("almost 30%"))


def test_a_rounded_figure_above_is_read_within_its_own_rounding() -> None:
    near = Mention(Kind.NUMBER, "a", 0, Span(0, 16), "nearly 70 metres",
                   Quantity(Decimal(70), "meter", APPROX, near=True), slot="number:meter")
    feet = Mention(Kind.NUMBER, "b", 0, Span(0, 5), "230ft", Quantity(Decimal(230), "foot"),
                   slot="number:foot")
    assert compatible(near, feet)  # 230ft is 70.1 m, but a figure rounded to ten feet
    near_count = _count("a", "nearly 900", Quantity(Decimal(900), None, APPROX, near=True))
    assert not compatible(near_count, _count("b", "915", Quantity(Decimal(915))))


def test_money_in_another_currency_is_left_to_conversions() -> None:
    near = _count("a", "almost €1.5bn", Money("EUR", Decimal("1.5e9"), None, APPROX, near=True), Kind.MONEY)
    other = _count("b", "$1.6bn", Money("USD", Decimal("1.6e9")), Kind.MONEY)
    same = _count("b", "€1.56bn", Money("EUR", Decimal("1.56e9")), Kind.MONEY)
    assert compatible(near, other) == compatible(_count("a", "about €1.5bn",
                                                        Money("EUR", Decimal("1.5e9"), None, APPROX),
                                                        Kind.MONEY), other)
    assert not compatible(near, same)
