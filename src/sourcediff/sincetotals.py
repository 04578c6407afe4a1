"""A running total since an event, told on another day: no rival of a figure told on the event's day.

"Brightwell shares have lost about 11% since the ruling", in a paper dated
five days after the ruling, counts every trading day from the ruling to the
paper's date; a wire's "Brightwell shares fell 4% after the ruling", filed on
the day, counts one session. The two passages tell the same story (shares,
the ruling) and each states one percentage, so the claim's two lone figures
were set against each other: a false divergence. A figure in a perfect-tense
clause ("has risen", "have lost") with "since" after it in the same clause is
such a running total; it meets another outlet's figure for a single move as
a rival only when both articles are of one day (or one of them is undated),
when both count the same stretch. Two running totals stay rivals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.values import BELOW, CEILING, Quantity

# Before the figure, in its clause: a perfect auxiliary and at most four words ("have lost about",
# "has fallen by", "'ve gained").
_PERFECT_BEFORE = regex(r"(?:\b(?:has|have|had)|['’](?:s|ve))\s+(?:[\w'’-]+\s+){0,4}$")
# After the figure, in its clause: "since" within six words ("since the decision", "in value since May").
_SINCE_AFTER = regex(r"^(?:\s+[\w'’,-]+){0,6}?\s+since\b")
_REACH = 48


def running_total(m: Mention, text: str) -> bool:
    """Whether the figure is a total counted since an event up to the article's date."""
    before = text[max(0, m.span.start - _REACH):m.span.start]
    after = text[m.span.end:m.span.end + _REACH + 24]
    return _PERFECT_BEFORE.search(before) is not None and _SINCE_AFTER.match(after) is not None


def counted_on_other_days(a: Mention, b: Mention, texts: Mapping[str, str],
                          published: Mapping[str, dt.date]) -> bool:
    """Two figures of which one only is a running total (`running_total`), in articles of different days.

    Two running totals from one event ("have risen 14% since the start of November", "have climbed 18 per
    cent since the start of November") count from the same day and are told as one figure: they stay rivals.
    """
    da, db = published.get(a.source), published.get(b.source)
    if da is None or db is None or da == db:
        return False
    ra, rb = running_total(a, texts.get(a.source, "")), running_total(b, texts.get(b.source, ""))
    if ra == rb:
        return False
    total, other, day_total, day_other = (a, b, da, db) if ra else (b, a, db, da)
    return not (day_total > day_other and _smaller_count(total, other))


def _smaller_count(total: Mention, other: Mention) -> bool:
    """A count below another count (or its floor): a later running total of it would be at least as large.

    "Has been signed by 2,400 people since it was launched", in a paper four
    days after the wire's "had gathered 4,200 signatures", counts the same
    signatures over a longer stretch: a total counted since an event only
    grows, so the later, smaller one is a rival, not a longer tally.
    Percentages and measures can fall, and are left to the day rule above.
    """
    vt, vo = total.value, other.value
    return (total.slot.endswith(":count") and other.slot.endswith(":count")
            and isinstance(vt, Quantity) and isinstance(vo, Quantity) and vt.unit is None and vo.unit is None
            and vt.high is None and vo.qualifier not in {BELOW, CEILING} and vt.amount < vo.amount)
