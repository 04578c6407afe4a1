"""A day told by the day just named: "announced his resignation the same day", "retracted it the next day".

News chains its events: a sentence names a day ("appointed three
commissioners on Wednesday") and the next one places another event against
it ("The leader announced his resignation the same day"). Read as no date,
that sentence had no day to pair with another outlet's "resigned last
Wednesday", and the aligner seated the sentence that named the day in its
place. The phrase is the day of the nearest single day named before it in
its own passage or the three before (shifted by one for "the next day" or "the
day before"); with no such day near, or a vague reach ("within the next
day", "the same day as her sister"), it is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sourcediff.extract.stamps import STAMP
from sourcediff.model import Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import DateValue

# The phrases and the days they move from the day named before them. "the day before" and "the day after"
# only before a stop or a comma: "the day before the vote" names its own anchor.
ANAPHOR = regex(
    r"(?<!\bwithin )(?<!\bin )(?<!\bover )(?<!\bfor )(?<!\bduring )\b(?:"
    r"(?P<same>(?:the|that)\s+same\s+day|(?:later|earlier)\s+that\s+day)"
    r"|(?P<next>the\s+(?:next|following)\s+day)"
    r"|(?P<after>the\s+day\s+after(?=\s*[,.;]))"
    r"|(?P<before>the\s+(?:previous\s+day|day\s+before(?=\s*[,.;])))"
    r")\b(?!\s+(?:as|or|and|of|to|that|when|which|who)\b)(?!-)",
    re.IGNORECASE,
)
# How many passages back the day may be named: a paragraph names the day and the next one's opening
# sentence places another event on it ("... appointing three commissioners on Wednesday. The lead
# commissioner is ... The minister said ..." then "The leader announced his resignation the same day").
# The nearest named date is always the one read, so a day named in between takes over.
REACH = 3
_SHIFT = {"same": 0, "next": 1, "after": 1, "before": -1}
# Words a text must hold for ANAPHOR to match: most passages have none, and the scan is skipped.
_CUES = ("same day", "that day", "next day", "following day", "day after", "day before", "previous day")


def _one_day(m: Mention) -> dt.date | None:
    """The day a date mention names, when it names one resolved day and is no dateline or stamp."""
    v = m.value
    if (not isinstance(v, DateValue) or v.start is None or v.start != v.end or v.precision != "day"
            or STAMP in m.cues):
        return None
    return v.start


def find(article_text: str, passages: Sequence[Passage], dated: Sequence[Mention]) -> tuple[Mention, ...]:
    """Date mentions for the anaphoric days of ``passages``, each placed by the day named before it.

    ``dated`` are the article's date mentions, in text order; offsets are absolute into the article.
    """
    out: list[Mention] = []
    for p in passages:
        lowered = p.text.lower()
        if not any(c in lowered for c in _CUES):
            continue
        for m in ANAPHOR.finditer(p.text):
            start = p.start + m.start()
            before = [d for d in dated if d.span.end <= start and p.index - REACH <= d.passage <= p.index]
            day = _one_day(before[-1]) if before else None
            if day is None:
                continue
            side = next(k for k in _SHIFT if m[k])
            try:
                value = day + dt.timedelta(days=_SHIFT[side])
            except OverflowError:  # "the next day" after 9999-12-31: no day the calendar holds
                continue
            span = Span(start, p.start + m.end())
            out.append(Mention(kind=Kind.DATE, source=dated[0].source, passage=p.index, span=span,
                               raw=article_text[span.start:span.end],
                               value=DateValue(value, value), slot="date", cues=()))
    return tuple(out)
