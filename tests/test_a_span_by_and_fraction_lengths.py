""""delayed by a year", "took an hour", "half a mile": figures written with an article or a fraction word.

Why: the "a" of a unit of time was read only after a hedge or "for" ("for a
week", `patterns.NUM_A_FOR_SPAN`), so "the opening was delayed by a year"
stated no figure while another outlet's "delayed by 12 months" did, and the
two were never compared. After "by" and a verb of how long ("took",
"lasted", "spent", "waited") the "a" is the figure 1 of a span
(`patterns.NUM_A_BY_SPAN`); "a year ago", "once a year", "£5 a year" have none
of these words before it. A fraction of one unit of length or weight ("half a
mile", "a quarter of a mile", "half a tonne") is that share of it
(`patterns.NUM_FRACTION_LENGTH`), which converts to another outlet's "800
metres" as "0.5 miles" does. "A quarter of an hour later" is one interval of
15 minutes, no longer "an hour later" (`patterns.INTERVAL`). Invented text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Interval


def figures(body: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article.from_text("Footbridge repairs\n\n" + body, id="s0", published="2026-05-04")
    out = []
    for m in analyse(article).mentions:
        v = m.value
        amount = getattr(v, "amount", None)
        if m.kind is Kind.NUMBER and amount is not None:
            out.append((m.raw, amount, getattr(v, "unit", None)))
    return out


@pytest.mark.parametrize(("body", "raw", "unit"), [
    ("The reopening of the footbridge was delayed by a year, the council said.", "a year", "year"),
    ("The contractor pushed the work back by a week, the council said.", "a week", "week"),
    ("It took an hour to clear the debris from the towpath.", "an hour", "hour"),
    ("The public inquiry lasted a day, the council said.", "a day", "day"),
    ("The engineer spent a year studying the cracked pier.", "a year", "year"),
    ("Walkers waited an hour for the ferry that replaced the bridge.", "an hour", "hour"),
])
def test_a_unit_of_time_after_by_within_or_a_verb_of_how_long_is_one(body: str, raw: str, unit: str) -> None:
    assert figures(body) == [(raw, Decimal(1), unit)]


@pytest.mark.parametrize("body", [
    "The footbridge was built a year ago by the county.",
    "Inspectors check the pier once a year.",
    "The detour was lit by a day-long string of lamps.",
    "The reopening may slip by a day or two, the council said.",
    "The towpath was hit by a day of heavy rain.",
    "Engineers took a second look at the pier.",
    "Boat hire costs more by the hour than by the day.",
])
def test_other_articles_before_a_unit_of_time_stay_unread(body: str) -> None:
    assert [f for f in figures(body) if f[2] in ("minute", "hour", "day", "week", "month", "year")] == []


@pytest.mark.parametrize(("body", "raw", "share", "unit"), [
    ("The diversion adds half a mile to the walk into town.", "half a mile", "0.5", "mile"),
    ("The queue stretched a quarter of a mile along the quay.", "a quarter of a mile", "0.25", "mile"),
    ("The new span is three-quarters of a mile long.", "three-quarters of a mile", "0.75", "mile"),
    ("Each bearing weighs half a tonne, the engineer said.", "half a tonne", "0.5", "tonne"),
    ("Only a quarter of an inch of rain fell on the site.", "a quarter of an inch", "0.25", "inch"),
])
def test_a_fraction_of_a_unit_of_length_or_weight_is_that_share(body: str, raw: str, share: str,
                                                                unit: str) -> None:
    assert figures(body) == [(raw, Decimal(share), unit)]


@pytest.mark.parametrize("body", [
    "Half a million pounds was spent on the footbridge.",
    "A quarter of the staff at the depot were moved.",
    "Half the residents said the bridge was a lifeline.",
])
def test_other_halves_and_quarters_are_no_lengths(body: str) -> None:
    assert [f for f in figures(body) if f[2] in ("mile", "tonne", "inch", "meter")] == []


def test_a_quarter_of_an_hour_later_is_one_interval_of_a_quarter_hour() -> None:
    text = "Footbridge repairs\n\nA quarter of an hour later, the crane lifted the span."
    article = Article.from_text(text, id="s0", published="2026-05-04")
    found = [(m.raw, m.slot, m.value) for m in analyse(article).mentions if m.kind is Kind.NUMBER]
    assert len(found) == 1
    raw, slot, value = found[0]
    assert (raw, slot) == ("A quarter of an hour later", "interval:after")
    assert isinstance(value, Interval)
    assert (value.span.amount, value.span.unit) == (Decimal("0.25"), "hour")


def _verdicts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER]


_DELAY = ("The reopening of the Marlow footbridge has been delayed by {} because of cracks in its main "
          "pier, the county council said on Monday.")
YEAR, MONTHS_12, MONTHS_18 = _DELAY.format("a year"), _DELAY.format("12 months"), _DELAY.format("18 months")


def test_delayed_by_a_year_agrees_with_12_months() -> None:
    assert (Verdict.AGREE, ["12 months", "a year"]) in _verdicts(YEAR, MONTHS_12)


def test_delayed_by_a_year_diverges_from_18_months() -> None:
    assert (Verdict.DIVERGE, ["18 months", "a year"]) in _verdicts(YEAR, MONTHS_18)


_DIVERSION = ("Walkers face a diversion of {} along the river while the Marlow footbridge is shut, the "
              "county council said.")
HALF_MILE, METRES_800, MILES_2 = (_DIVERSION.format(d) for d in ("half a mile", "800 metres", "two miles"))


def test_half_a_mile_agrees_with_800_metres() -> None:
    assert (Verdict.AGREE, ["800 metres", "half a mile"]) in _verdicts(HALF_MILE, METRES_800)


def test_half_a_mile_diverges_from_two_miles() -> None:
    assert (Verdict.DIVERGE, ["half a mile", "two miles"]) in _verdicts(HALF_MILE, MILES_2)


def test_a_rough_half_a_mile_meets_no_measure_outside_its_claim() -> None:
    # A resident's distance and a school's, in sentences about other things: one converted value is no
    # evidence that they are one fact (compat.fraction_of_one), so each stays its outlet's detail.
    home = ("The county approved the waste plant at Calderwick on Thursday.\n\n"
            "Mother of two Jess Orley, 31, who lives half a mile from the site, said: "
            "\"We were never asked.\"")
    school = ("Ministers approved the Calderwick waste plant on Thursday.\n\n"
              "The nearest primary school is about 800 metres from the site boundary.")
    found = _verdicts(home, school)
    assert (Verdict.UNIQUE, ["half a mile"]) in found
    assert (Verdict.UNIQUE, ["about 800 metres"]) in found
