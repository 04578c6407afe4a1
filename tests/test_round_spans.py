"""A span in a coarser unit is the finer one rounded: "three weeks" and "19 days" state one span.

Weeks are no calendar unit, so neither the calendar's slack nor news rounding
joined an unhedged "three weeks" to "19 days": the pair met no rule, and one
outlet's span was listed as a unique detail, set beside nothing. The finer
span agrees when it lies less than half a week away; hours against days stay
counted figures ("two days" is no "45 hours"). The text is invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.values import Interval, Quantity


def _for(amount: str, unit: str) -> Mention:
    value = Interval(Quantity(Decimal(amount), unit), "for", "rising")
    return Mention(Kind.NUMBER, "s", 0, Span(0, 5), f"{amount} {unit}", value, "interval:for")


@pytest.mark.parametrize(("a", "b", "agree"), [
    (("3", "week"), ("19", "day"), True),    # 2 days short of 21: rounds to three weeks
    (("3", "week"), ("23", "day"), True),
    (("3", "week"), ("17", "day"), False),   # 4 days short: more than half a week
    (("2", "day"), ("45", "hour"), False),   # hours are counted, not rounded to days
    (("1", "week"), ("6", "day"), False),    # one unit is a count, not a rounding
    (("2", "week"), ("12", "day"), True),
    (("2", "week"), ("10", "day"), False),
])
def test_a_coarse_span_agrees_with_what_rounds_to_it(
        a: tuple[str, str], b: tuple[str, str], agree: bool) -> None:
    assert compatible(_for(*a), _for(*b)) is agree
    assert compatible(_for(*b), _for(*a)) is agree


def test_calendar_units_keep_their_own_rule() -> None:
    assert not compatible(_for("1", "year"), _for("11", "month"))
    assert not compatible(_for("2", "year"), _for("23", "month"))


WIRE = ("The lake level had been climbing for 19 days before the dam at Orrin Falls was opened, "
        "the water board said.")
PAPER = "The lake level had been climbing for three weeks before the dam at Orrin Falls was opened."
SITE = "The lake level had been climbing for nearly three weeks before the Orrin Falls dam was opened."


def test_the_unhedged_span_is_not_left_unique() -> None:
    report = compare([Article.from_text(WIRE, id="wire"), Article.from_text(PAPER, id="paper"),
                      Article.from_text(SITE, id="site")])
    spans = [f for f in report.facts if any(m.raw in ("19 days", "three weeks") for m in f.mentions)]
    assert spans
    assert all(f.status is not Verdict.UNIQUE for f in spans), [(f.status, f.summary) for f in spans]
    assert {"wire", "paper"} <= {s for f in spans for s in f.sources}
