"""align.measurejoin: a unit measure stated as its maximum ("up to 125mph") links as that figure.

A speed, length or mass "up to" X is what another outlet calls the "top speed" or "maximum height"
of X, often in other units; as a bound it linked nothing, and a tabloid's "up to 125mph" never met
a wire's "a top speed of 200 km/h". It links only within rounding of its own figure, only against
another unit (in one unit the two share the aligner's value key, and a ceiling there is as often a
bound on an estimate), and a ceiling on a count or a sum stays a bound. Invented articles read by
the real extractors; the claims are given by hand, so the tests read the step alone.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import (
    _one_measure,
    join_measures,
    measures_of,
    same_measure,
    stated_maximum,
)
from sourcediff.compat import slot_family
from sourcediff.model import Article, Kind, Mention, Span
from sourcediff.pipeline import analyse
from sourcediff.values import CEILING, Quantity

WIRE = """The new trams are designed for a top speed of 110 km/h.

The city council approved the purchase on Monday."""

TABLOID = """Commuters were told the trams will zip along at up to 68mph.

Council bosses signed off the deal yesterday."""

TRADE = "The vehicles have a maximum operating speed of 110km/h."


def _story(*texts: str) -> tuple[list[str], list[list[Mention]]]:
    """Each passage's source and measures, in the aligner's doc order."""
    articles = [Article.from_text(t, id=f"s{n}", published="2027-04-06") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return [d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs])


def _speed(amount: str, unit: str, qualifier: str | None = None) -> Mention:
    value = Quantity(Decimal(amount), unit, qualifier=qualifier)
    return Mention(Kind.NUMBER, "s", 0, Span(0, 1), amount, value, f"number:{unit}")


def test_an_up_to_speed_is_read_as_a_stated_maximum() -> None:
    _source_of, measures = _story(TABLOID)
    speeds = [m for ms in measures for m in ms if slot_family(m) == "number:speed"]
    assert speeds and all(stated_maximum(m) for m in speeds)


def test_an_up_to_speed_forms_a_claim_with_the_top_speed_in_other_units() -> None:
    source_of, measures = _story(WIRE, TABLOID)
    assert source_of == ["s0", "s0", "s1", "s1"]
    assert [0, 2] in join_measures([], {}, source_of, measures)


def test_an_up_to_speed_joins_the_claim_of_the_top_speed() -> None:
    source_of, measures = _story(WIRE, TABLOID, TRADE)
    # the wire's and the trade site's top speeds share a claim; the tabloid's maximum in mph joins it
    assert join_measures([[0, 4]], {}, source_of, measures)[0] == [0, 2, 4]


def test_a_stated_maximum_is_its_figure_within_rounding_not_a_bound() -> None:
    up_to = _speed("68", "mph", CEILING)
    assert _one_measure(up_to, _speed("110", "km/h"))
    assert _one_measure(_speed("110", "km/h"), up_to)
    # a bound would hold every smaller speed; a stated maximum holds its own figure only
    assert not _one_measure(up_to, _speed("80", "km/h"))
    # two maxima are read figure for figure, as the judge reads them
    assert _one_measure(up_to, _speed("110", "km/h", CEILING))
    assert not _one_measure(up_to, _speed("80", "km/h", CEILING))


def test_in_one_unit_a_ceiling_keeps_the_judges_reading() -> None:
    # "up to 20,000 barrels" against "20,000 barrels", one unit: no link as one figure
    up_to = Mention(Kind.NUMBER, "s", 0, Span(0, 1), "up to 20,000 barrels",
                    Quantity(Decimal(20000), "barrel", qualifier=CEILING), "number:barrel")
    figure = Mention(Kind.NUMBER, "s", 0, Span(0, 1), "20,000 barrels", Quantity(Decimal(20000), "barrel"),
                     "number:barrel")
    assert not _one_measure(up_to, figure)
    # the judge's bound reading, which the other joins read, is unchanged: 14,000 is within the ceiling
    estimate = replace(figure, raw="about 14,000 barrels", value=Quantity(Decimal(14000), "barrel"))
    assert same_measure(up_to, estimate)
    story = ("The water rose by up to 3 metres in the lower passage.",
             "Floodwater rose 3 metres in the lower passage.")
    source_of, measures = _story(*story)
    assert join_measures([], {}, source_of, measures) == []


def test_a_ceiling_on_a_count_or_a_sum_stays_a_bound() -> None:
    count = Mention(Kind.NUMBER, "s", 0, Span(0, 1), "up to 400",
                    Quantity(Decimal(400), None, qualifier=CEILING), "number:count")
    assert not stated_maximum(count)
    story = ("Up to 400 passengers can ride each tram.", "Each tram carries 400 passengers.")
    source_of, measures = _story(*story)
    assert join_measures([], {}, source_of, measures) == []
