"""A fact box's labelled year meets prose dating the same event with another year (invented text).

A heritage site's box gave "Decommissioned: 1996" where a local paper wrote
"the beacon was switched off for good in 1994": the box line was tied to
prose only by a key holding the year ("dated:closed=1994"), so two
different years could never share a claim and the judge never saw the pair.
A value-free key ("yeared:closed"), as box clocks have ("timed:sank"), ties
them; which year is right is the judge's question.
"""

from __future__ import annotations

from sourcediff.align.boxdates import boxed_events, stated_events

_YEAR = "date:date={y}-01-01..{y}-12-31"


def test_a_closing_label_gives_a_value_free_key() -> None:
    keys = boxed_events("Decommissioned: 1996", {_YEAR.format(y=1996)})
    assert "yeared:closed" in keys
    assert "dated:closed=1996" in keys


def test_prose_dating_the_closing_with_another_year_meets_it() -> None:
    prose = stated_events("The Harlby beacon was switched off for good in 1994.", {_YEAR.format(y=1994)})
    box = boxed_events("Decommissioned: 1996", {_YEAR.format(y=1996)})
    assert prose & box == {"yeared:closed"}


def test_prose_with_two_years_gives_no_value_free_key() -> None:
    # Which of its years dates the event the passage does not say by itself.
    prose = stated_events("The mill opened in 1902 and closed in 1987.",
                          {_YEAR.format(y=1902), _YEAR.format(y=1987)})
    assert not any(k.startswith("yeared:") for k in prose)


def test_prose_of_another_event_does_not_meet_it() -> None:
    prose = stated_events("The Harlby beacon was built in 1871.", {_YEAR.format(y=1871)})
    box = boxed_events("Decommissioned: 1996", {_YEAR.format(y=1996)})
    assert not prose & box
