"""A hedged round measure is the rounding of an exact one (invented text).

"Nearly 70 metres" rounds "68 metres" (and "223ft") at its first digit,
below the two digits two figures were compared by, so the outlet that
rounded was left a unique fact when its sentence was aligned elsewhere.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Kind, compare
from sourcediff.factlinks import _hedged_round, _round_key
from sourcediff.model import Mention, Span
from sourcediff.values import APPROX, Quantity


def _m(amount: str, unit: str | None, qualifier: str | None = None, slot: str = "number:meter") -> Mention:
    value = Quantity(Decimal(amount), unit, qualifier)
    return Mention(Kind.NUMBER, "s", 0, Span(0, 1), amount, value, slot=slot)


def test_a_hedged_round_figure_links_the_figure_it_rounds() -> None:
    assert _hedged_round(_m("70", "meter", APPROX), _m("68", "meter"))
    assert _hedged_round(_m("70", "meter", APPROX), _m("223", "foot", slot="number:foot"))
    assert _hedged_round(_m("600", "kilometer", APPROX), _m("612", "kilometer"))


def test_figures_that_round_elsewhere_do_not_link() -> None:
    assert not _hedged_round(_m("70", "meter", APPROX), _m("65", "meter"))
    assert not _hedged_round(_m("60", "meter", APPROX), _m("55", "meter"))
    assert not _hedged_round(_m("70", "meter", APPROX), _m("76", "meter"))


def test_only_a_hedge_and_a_measure_link_so() -> None:
    assert not _hedged_round(_m("70", "meter"), _m("68", "meter"))  # two exact figures differ
    assert not _hedged_round(_m("68", "meter"), _m("70", "meter", APPROX))  # the hedge is the rounding
    assert not _hedged_round(_m("70", None, APPROX, "number:count"), _m("68", None, slot="number:count"))
    assert not _hedged_round(_m("7", "meter", APPROX), _m("6.8", "meter"))  # no step below ten


def test_the_key_groups_units_of_one_length() -> None:
    assert _round_key(_m("68", "meter")) == _round_key(_m("70", "meter", APPROX)) == _round_key(
        _m("223", "foot", slot="number:foot"))
    assert _round_key(_m("70", None, APPROX, "number:count")) is None


def _height_facts(blog: str) -> list[list[tuple[str, str]]]:
    texts = {
        "wire": "Gale-force winds toppled Pellow Radio's 68-metre Larchmont mast on Sunday, cutting "
                "broadcasts to 9,000 homes.\n\nThe steelwork fell at 4:15 p.m. onto the chapel lane, which "
                "stayed shut until dusk.",
        "paper": "Gales brought down the 223ft Larchmont mast on Sunday, cutting broadcasts to 9,000 "
                 "homes.\n\nThe steelwork crashed onto the chapel lane at 4.15pm and the lane stayed shut "
                 "until dusk.",
        "blog": "Gales brought down the Larchmont mast on Sunday, cutting broadcasts to 9,000 "
                "homes.\n\n" + blog,
    }
    arts = [Article.from_text(t, id=k, published="2026-02-02") for k, t in texts.items()]
    return [sorted((m.source, m.raw) for m in f.mentions) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and f.mentions[0].slot != "number:count"]


def test_a_rounded_height_in_an_unaligned_sentence_joins_the_exact_ones() -> None:
    facts = _height_facts("Our reader Ann Bowen, who has walked her dog past the mast, nearly 70 metres "
                          "tall, every day since 1990, sent us this photograph.")
    assert facts == [[("blog", "nearly 70 metres"), ("paper", "223ft"), ("wire", "68-metre")]]


def test_a_rounding_of_another_figure_stays_apart() -> None:
    facts = _height_facts("Our reader Ann Bowen, who has walked her dog past the mast, about 90 metres from "
                          "her door, every day since 1990, sent us this photograph.")
    assert [("blog", "about 90 metres")] in facts
