"""A claim's planned day: a dissenter's one day still ahead against the day its other sources agree on.

Split out of divergeconsensus (which calls `lone_planned_day` as one of the
fallbacks of its lone-dissenter rule) because it reads a whole article's
days against its own publication date, where the consensus weighs the
claim's passages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sourcediff.divergepair import calendar_day, written_year
from sourcediff.evidence import CONTEXT_CHARS, Evidence
from sourcediff.extract.datetense import BACK_WORDS, FORWARD_WORDS
from sourcediff.model import Kind, Mention
from sourcediff.values import DateValue

# A lone planned day meets a claim's agreed day only when this many other sources agree on it: the agreement
# stands in for the passage score and the words around the values, so it must be more than a pair's
# (divergeconsensus.CONSENSUS_MIN_AGREE, two), as for a lone clock (divergeconsensus.LONE_CLOCK_MIN_AGREE).
LONE_DAY_MIN_AGREE = 3
# Kinds of figure whose presence beside the planned day makes its passage a step of its own.
_FIGURE_KINDS = (Kind.NUMBER, Kind.MONEY, Kind.PERCENT)


def scheduled_day(ms: Sequence[Mention], o: int, ctx: Evidence) -> bool:
    """A day of a month its sentence looks ahead to ("will be reviewed on June 26"): a planned step.

    A story plans few steps, each named once with its verb, while a long
    story may tell a past event twice in like words for two episodes
    ("service was restored on 11 October", "restored services ... 20
    October": two outages, measured on ECB+ as a false alarm when past days
    were read by their words). So only a day whose clause, from its
    sentence's start, has a word looking ahead (datetense's forward words)
    and none looking back.
    """
    m = ms[o]
    if not calendar_day(m) or written_year(m):
        return False
    text = ctx.texts[m.source]
    before = text[max(0, m.span.start - 2 * CONTEXT_CHARS):m.span.start]
    before = re.split(r"[.!?]\s", before)[-1]
    words = set(re.findall(r"[a-z']+", before.lower()))
    return bool(words & FORWARD_WORDS) and not words & BACK_WORDS


def lone_planned_day(ms: Sequence[Mention], o: int, rest: list[int], own: list[int],
                     ctx: Evidence) -> int | None:
    """The agreeing day a dissenter's only day ahead in its whole article shares a word beside, if any.

    A city magazine's "The service is due to return on 20 April, with radios
    on every boat" against three outlets' "will be back on April 6 with new
    radios", "would be back on April 6" and "The relaunch is scheduled for
    6 April": the magazine's sentence is worded apart ("return", "back" and
    "relaunch" share no stem), so neither its pair score nor the words
    around its day reach the consensus's bars. But a story plans few steps, and the
    magazine looks ahead to one day in its whole article, the aligner put
    that sentence with the others', and they agree on one day still to come:
    as for a lone clock (divergeconsensus._lone_clock), one content word
    shared beside the two days ("radios") says they date one step. The
    dissenter's day must be scheduled (`scheduled_day`), no other day of its
    article may lie after its publication (a second planned step, which the
    others may be dating), every agreeing day must lie after its own
    article's publication (a past day is another event), its passage must
    state no figure (a count or a sum there tells a step of its own), and at
    least LONE_DAY_MIN_AGREE sources must agree.
    """
    if len(rest) < LONE_DAY_MIN_AGREE or not scheduled_day(ms, o, ctx):
        return None
    if any(ms[i].value != ms[o].value and _ahead(ms[i], ctx) for i in own):
        return None  # the dissenter plans another day too: two steps
    if not all(_ahead(ms[i], ctx) for i in rest):
        return None
    if any(m.source == ms[o].source and m.passage == ms[o].passage and m.kind in _FIGURE_KINDS for m in ms):
        return None
    win = ctx.window(ms[o])
    shared = [i for i in rest if win & ctx.window(ms[i])]
    return max(shared, key=lambda i: ctx.pair_score(ms[o], ms[i])) if shared else None


def _ahead(m: Mention, ctx: Evidence) -> bool:
    """Whether a date starts after its article's publication day."""
    v = m.value
    published: date | None = ctx.published.get(m.source)
    return isinstance(v, DateValue) and v.start is not None and published is not None and v.start > published
