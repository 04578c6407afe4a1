"""A zoned clock with its conversion to another zone in brackets is two clocks: "10:00 WEST (05:00 EDT)".

A trade outlet writes the launch time in both cities; a wire writes only
"5 a.m. in New York". Read as one mention, the bracketed reading was never
compared, so the New York time stayed one outlet's detail. Each clock now
meets another outlet's clock in its own zone. A bracket that only gives the
first clock its zone or its UTC instant stays part of it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse

SUMMER = "2026-09-01"
WINTER = "2026-01-13"


def clocks(text: str, published: str = SUMMER) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="u", published=published))
    return [(m.raw, m.value.canonical()) for m in info.mentions if m.kind is Kind.TIME]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The Orbis keynote opens at 10:00 WEST (05:00 EDT) on Tuesday.", SUMMER,
     [("10:00 WEST", "10:00 Europe/Lisbon = 09:00Z"), ("05:00 EDT", "05:00 America/New_York = 09:00Z")]),
    ("Trading in Kelvor shares starts at 2pm GMT (9am ET), the exchange said.", WINTER,
     [("2pm GMT", "14:00Z"), ("9am ET", "09:00 America/New_York = 14:00Z")]),
    # a bracketed UTC is the instant the first clock already carries: one mention
    ("The vote closes at 3 p.m. ET (2000 GMT) on Friday.", WINTER,
     [("3 p.m. ET (2000 GMT)", "15:00 America/New_York = 20:00Z")]),
    # a bracket that gives a bare clock its zone: one mention
    ("The polls shut at 5:01 pm (22:01 GMT) on Friday.", WINTER,
     [("5:01 pm (22:01 GMT)", "22:01Z")]),
    # a conversion whose instant disagrees (summer time ignored) stays one mention: no rival clocks
    ("Trading in Kelvor shares starts at 2pm GMT (9am ET), the exchange said.", SUMMER,
     [("2pm GMT (9am ET)", "14:00Z")]),
])
def test_a_conversion_to_another_zone_is_a_clock_of_its_own(text: str, published: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert clocks(text, published) == expected


def time_facts(a: str, b: str) -> list[tuple[Verdict, set[str]]]:
    report = compare([Article.from_text(a, id="trade", published=SUMMER),
                      Article.from_text(b, id="wire", published=SUMMER)])
    return [(f.status, {m.raw for m in f.mentions}) for f in report.facts if f.kind is Kind.TIME]


def test_the_converted_clock_meets_another_outlets_new_york_time() -> None:
    trade = "The Orbis launch keynote began at 10:00 WEST (05:00 EDT) in Lisbon, the company said."
    wire = "The Orbis launch keynote began at 5 a.m. in New York, the company said."
    assert time_facts(trade, wire) == [(Verdict.AGREE, {"10:00 WEST", "05:00 EDT", "5 a.m."})]


def test_a_rival_new_york_time_is_still_a_divergence() -> None:
    trade = "The Orbis launch keynote began at 10:00 WEST (05:00 EDT) in Lisbon, the company said."
    wire = "The Orbis launch keynote began at 6 a.m. in New York, the company said."
    # the clash is found, as with the one-mention reading (which of the two clocks it names is the judge's)
    assert any(status is Verdict.DIVERGE and "6 a.m." in raws for status, raws in time_facts(trade, wire))
