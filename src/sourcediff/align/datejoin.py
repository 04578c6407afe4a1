"""The sentences that give one deadline day, each source's only mention of that day, make a claim (issue #11).

Outlets date one end or deadline each in their own words, on their own
publication day: a wire dated Tuesday quotes a harbour master "until
Friday", a daily dated Friday writes "boats should be able to sail by
today", a weekly "expects its quays back in normal use by 5 June".
Resolved, the three are one day, and the judge links them into one agreed
deadline; yet the sentences share no content word, a weekday's key weighs
little to the pair model (stories name their days often), and each sits
apart or in another fact's claim.

The same holds for a scheduled day: "will be sentenced on Dec. 18",
"sentencing is set for 18 December", "is due back in court on Friday". A
day still to come when the article was written is what a story has
announced: a hearing, a vote, a launch, a reopening; one outlet writes it
once, and three outlets writing it once each are telling that one
appointment.

A day that three or more sources each name in exactly one passage, every
time as a deadline ("until", "by", "due", ... as the judge reads one:
deadlines.is_deadline) or as a day after the one its text was written
(Article.day_at), is one deadline or appointment those passages state;
a further source naming that day once, in whatever tense, states it too
(written on the day, or after it: "was sworn in yesterday"). A day that
fewer than three sources name ahead is left alone: a
story's event day is named in a lead beside four other facts, and a past
day may date different events (benchmarks/notes/solarstorm_story.md:
without the deadline test, the rule set leads beside one-fact sentences in
twenty stories). The future test reads the tense from the calendar, not
from the words ("set for", "will ... on", "due back"), which outlets vary
without end. The judge's deadline test is not widened: an appointment and
a deadline stay two roles for it. Headlines are left out, as multifact.py
leaves them, and the dateline's stamp is no mention. The step only adds a
claim, when no claim holds those passages already; the claims it reads
stay as they are.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence

from sourcediff.deadlines import is_deadline
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.values import DateValue

# As recordjoin's agreed record: two sources' deadline days could be two deadlines; three tellings name one.
_MIN_SOURCES = 3


def _day(m: Mention) -> dt.date | None:
    """The one calendar day a date mention names, or None (a range, a month, a stamp, unresolved)."""
    v = m.value
    if m.kind is not Kind.DATE or not isinstance(v, DateValue) or "stamp" in m.cues:
        return None
    if v.precision != "day" or v.start is None or v.start != v.end:
        return None
    return v.start


def _day_passages(sources: Sequence[SourceInfo], doc_keys: Sequence[tuple[str, int]]
                  ) -> dict[dt.date, dict[str, dict[int, bool]]]:
    """day -> source -> passage (index into docs) naming it -> whether each such mention is a deadline or
    a day to come (after the day the mention's text was written)."""
    index = {key: n for n, key in enumerate(doc_keys)}
    days: dict[dt.date, dict[str, dict[int, bool]]] = defaultdict(lambda: defaultdict(dict))
    for s in sources:
        for m in s.mentions:
            day, n = _day(m), index.get((m.source, m.passage))
            if day is not None and n is not None:
                written = s.article.day_at(m.span.start)
                ahead = (written is not None and day > written) or is_deadline(s.article.text, m.span.start,
                                                                               m.span.end)
                days[day][m.source][n] = days[day][m.source].get(n, True) and ahead
    return days


def join_dates(claims: list[list[int]], sources: Sequence[SourceInfo], doc_keys: Sequence[tuple[str, int]],
               titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, with a claim added for each deadline or coming day three or more sources give once each."""
    out = [list(c) for c in claims]
    for by_source in _day_passages(sources, doc_keys).values():
        if len(by_source) < _MIN_SOURCES or any(len(found) != 1 for found in by_source.values()):
            continue
        # Three tellings of the day as one to come make it one appointment; a source naming it once
        # otherwise (written on the day, or after it: "took the oath yesterday") tells that appointment too.
        if sum(all(found.values()) for found in by_source.values()) < _MIN_SOURCES:
            continue
        passages = sorted(n for found in by_source.values() for n in found)
        if any(n in titles for n in passages) or any(set(passages) <= set(c) for c in out):
            continue
        out.append(passages)
    return out


__all__ = ["join_dates"]
