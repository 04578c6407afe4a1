"""Undated articles: resolve their "Friday" and "June 10" against the dates the story gives.

An article without a date leaves its weekdays and month-days unresolved, so
"Friday" in it never meets "Jan. 2" elsewhere, and "Monday, June 10" cannot
be checked. A story's sources are days apart, not years, so the story dates
an undated article:

1. its own byline (a publication stamp such as "Updated: May 3, 2013" in
   its first lines) or dateline ("BRANNOCK COUNTY, Oct. 14, 2026 --") is its
   date: everything is read against it, as against a published date;
2. else the other sources' publication dates, when they lie within
   ``SPREAD`` of their median (a story told over days) and the article's own
   dates with a year, if it writes any, come near that median too (an
   article that only writes "2005" dates in a 2007 story is another story's).

A date from other sources is right only to within ``SPREAD``: the article
may have been written that much earlier or later. So only values that stay
the same wherever in that window it was written are kept: "June 10" keeps
its year, "last year" its year, while "yesterday" or a bare "Friday" stay
unresolved. A bare weekday still resolves when the story names exactly one
day of that weekday within the window ("Friday" in one article, "Friday,
Jan. 2, 2009" or a dated article's "Jan. 2" in another).

Dates with a year in the body are not used to date an article: on real
stories they are as often history ("born on June 1, 1950", a 1972 scandal
recalled in an obituary) as the news. The article keeps ``published =
None`` (the report must not claim a date the page never gave); the report
names the inferred date and its basis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sourcediff.extract import dates, shared, times
from sourcediff.extract.dates import WEEKDAYS
from sourcediff.extract.patterns import DATELINE_PLACE_BEFORE
from sourcediff.extract.stamps import STAMP
from sourcediff.model import InferredDate, Kind, Mention, SourceInfo
from sourcediff.regexcache import regex
from sourcediff.values import DateValue, Value

BYLINE = "own byline"
# A byline date that stands in a dateline ("BRANNOCK COUNTY, Oct. 14, 2026 /Newswire/ --"): the report names
# where the date was read, and a press release's dateline is no byline.
DATELINE = "own dateline"
PUBLISHED = "other sources"
# How far apart a story's sources may be published; also how far off a date inferred from them may be.
SPREAD = dt.timedelta(days=31)
# A byline stands in the first passages (headline, dateline, byline), not in the body.
BYLINE_PASSAGES = 3
_YEAR = regex(r"\b(?:1[89]|2[01])\d\d\b|\d{4}-\d\d-\d\d")


def _written_days(info: SourceInfo, *, byline: bool) -> list[dt.date]:
    """The single days with a written year an article states: in its byline, or anywhere but its byline."""
    return [day for day, _ in _written(info, byline=byline)]


def _written(info: SourceInfo, *, byline: bool) -> list[tuple[dt.date, bool]]:
    """``_written_days`` with, for each day, whether it stands in a dateline (see `in_dateline`)."""
    out = []
    for m in info.mentions:
        v = m.value
        stamp = STAMP in m.cues and m.passage < BYLINE_PASSAGES
        if (m.kind is Kind.DATE and isinstance(v, DateValue) and v.start is not None and v.start == v.end
                and stamp == byline and _YEAR.search(m.raw)):
            out.append((v.start, in_dateline(info.article.text, m.span.start)))
    return out


def in_dateline(text: str, start: int) -> bool:
    """True when the date at ``start`` follows an upper-case place opening its line: a dateline.

    "BRANNOCK COUNTY, Oct. 14, 2026 /Newswire/ --" or "WASHINGTON, April
    28, 2009": the place the story was filed from, then its day. Called a
    byline in the report, a press release's dateline date read as if an
    author had signed it.
    """
    line_start = text.rfind("\n", 0, start) + 1
    return DATELINE_PLACE_BEFORE.match(text[line_start:start]) is not None


def _median(days: Sequence[dt.date]) -> dt.date:
    import statistics  # only for a story with an undated article: ~2 ms (fractions, random) otherwise

    return dt.date.fromordinal(int(statistics.median_low([d.toordinal() for d in days])))


def infer_date(info: SourceInfo, story: Sequence[SourceInfo]) -> InferredDate | None:
    """The date to read an undated article against (see the module rules), or None."""
    byline = _written(info, byline=True)
    if byline:
        day, dateline = max(byline)
        return InferredDate(day, DATELINE if dateline else BYLINE)
    published = [s.article.published for s in story if s.article.published is not None]
    if not published:
        return None
    median = _median(published)
    own = _written_days(info, byline=False)
    scattered = any(abs(d - median) > SPREAD for d in published)
    if scattered or (own and min(abs(d - median) for d in own) > SPREAD):
        return None
    return InferredDate(median, PUBLISHED)


def resolve_undated(infos: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """Every source, undated ones with their dates and times read against an inferred date."""
    if all(info.article.published is not None for info in infos):
        return infos
    named = _story_days(infos)
    out = []
    for info in infos:
        inferred = infer_date(info, infos) if info.article.published is None else None
        out.append(info if inferred is None else _reread(info, inferred, named))
    return tuple(out)


def _story_days(infos: Sequence[SourceInfo]) -> frozenset[dt.date]:
    """The single days the story names for sure: any date of a dated article, any date with a written year."""
    return frozenset(m.value.start for info in infos for m in info.mentions
                     if m.kind is Kind.DATE and isinstance(m.value, DateValue) and m.value.start is not None
                     and m.value.start == m.value.end and STAMP not in m.cues
                     and (info.article.published is not None or _YEAR.search(m.raw)))


def _extract(info: SourceInfo, day: dt.date) -> tuple[Mention, ...]:
    dated = replace(info.article, published=day)
    with shared.scope():
        return dates.extract(dated, info.passages, inferred=True) + times.extract(dated, info.passages)


def _reread(info: SourceInfo, inferred: InferredDate, named: frozenset[dt.date]) -> SourceInfo:
    """The source with its date and time mentions read again against ``inferred``, where that is safe."""
    fresh = _extract(info, inferred.date)
    if inferred.basis not in (BYLINE, DATELINE):
        fresh = _robust(info, inferred, fresh, named)
    spans = [m.span for m in fresh]
    kept = [m for m in info.mentions
            if m.kind not in (Kind.DATE, Kind.TIME) or not any(s.overlaps(m.span) for s in spans)]
    mentions = tuple(sorted((*kept, *fresh), key=lambda m: (m.span.start, m.span.end, m.kind.value)))
    return replace(info, mentions=mentions, inferred=inferred)


def _robust(info: SourceInfo, inferred: InferredDate, fresh: tuple[Mention, ...],
            named: frozenset[dt.date]) -> tuple[Mention, ...]:
    """The fresh mentions whose values do not depend on the exact inferred day (see the module rules).

    Month-days and years resolve to later dates as the reading date moves
    later, so agreeing at both ends of the window means agreeing throughout.
    """
    moved = [{(m.span, m.value) for m in _extract(info, day)} for day in _shifted(inferred.date)]
    out = []
    for m in fresh:
        if all((m.span, m.value) in values for values in moved):
            out.append(m)
        elif (value := _story_weekday(m, inferred.date, named)) is not None:
            out.append(replace(m, value=value))
    return tuple(out)


def _shifted(day: dt.date) -> list[dt.date]:
    return [d for d in (dates.shift(day, -SPREAD.days), dates.shift(day, SPREAD.days)) if d is not None]


def _story_weekday(m: Mention, near: dt.date, named: frozenset[dt.date]) -> Value | None:
    """A bare weekday as the one day of that weekday the story names near ``near``, else None."""
    word = m.raw.casefold()
    if m.kind is not Kind.DATE or word not in WEEKDAYS:
        return None
    days = {d for d in named if abs(d - near) <= SPREAD and d.weekday() == WEEKDAYS.index(word)}
    return dates.span_value(days.pop()) if len(days) == 1 else None


__all__ = ["BYLINE", "DATELINE", "PUBLISHED", "in_dateline", "infer_date", "resolve_undated"]
