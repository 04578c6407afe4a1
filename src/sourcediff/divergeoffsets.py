"""Two clocks whose difference the text itself states are two events, not a contradiction.

A race report times the winner ("crossed the line at 5:21 p.m.") and, in
another outlet, the chasers ("The favourites' group crossed the line at
17:24, three minutes after the winner"). The two clocks sit in aligned
passages about the finish, so they were set against each other and read as
a disagreement on the finish time. But the second sentence says its clock
is three minutes after another event: when a passage holding one of the
clocks states an interval after or before something ("three minutes after
the winner", "two hours later") that spans exactly the two clocks'
difference, the text accounts for the gap, and the pair is no divergence.
A different difference ("17:30, three minutes after") is still one, and so
is any difference beside a vague span ("police were called minutes later",
2 to 59 minutes): that says nothing about which clock is right.
A hedged interval ("about three hours after the call") is a span rounded
in its own unit, so it spans a gap up to half that unit either way: "arrived
at 9.30am, about three hours after the alarm" accounts for another outlet's
alarm at 6.15am (three hours and a quarter), as "three hours after" alone
would only for 6.30am.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sourcediff.model import Kind, Mention
from sourcediff.values import APPROX, ClockTime, Interval

_MINUTES = {"minute": Decimal(1), "hour": Decimal(60)}
_DAY = 24 * 60


def _spans(ms: Sequence[Mention]) -> dict[tuple[str, int], list[tuple[Decimal, Decimal]]]:
    """(low, high) minutes of every exact interval in minutes or hours, by the passage that states it."""
    out: dict[tuple[str, int], list[tuple[Decimal, Decimal]]] = defaultdict(list)
    for m in ms:
        v = m.value
        if (isinstance(v, Interval) and v.relation in ("after", "before") and v.span.unit in _MINUTES
                and v.span.high is None):
            scale = _MINUTES[v.span.unit]
            reach = scale / 2 if v.span.qualifier == APPROX else Decimal(0)
            amount = v.span.amount * scale
            out[(m.source, m.passage)].append((amount - reach, amount + reach))
    return out


def _gap(a: ClockTime, b: ClockTime) -> int:
    """Minutes between two clocks as written (their local readings), the short way round midnight."""
    d = abs((a.hour * 60 + a.minute) - (b.hour * 60 + b.minute))
    return min(d, _DAY - d)


def told_offsets(ms: Sequence[Mention], pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pairs`` less the clock pairs whose difference an interval in either passage states."""
    if not any(m.kind is Kind.TIME for m in ms):
        return list(pairs)
    spans = _spans(ms)
    if not spans:
        return list(pairs)
    out = []
    for a, b in pairs:
        va, vb = ms[a].value, ms[b].value
        if isinstance(va, ClockTime) and isinstance(vb, ClockTime):
            gap = _gap(va, vb)
            told = [*spans.get((ms[a].source, ms[a].passage), ()),
                    *spans.get((ms[b].source, ms[b].passage), ())]
            if gap and any(low <= gap <= high for low, high in told):
                continue
        out.append((a, b))
    return out
