"""Dates: absolute ("Jan. 23, 2025", "23 January 2025") and relative ("Friday", "last summer").

Relative words are resolved against the article's published date, because
that is what the writer meant by them; two sources dated a day apart can both
say "Thursday" and mean the same day, or say "today" and mean different days.
Without a published date the words stay unresolved (``DateValue(None, ...)``)
rather than being guessed from the clock.

Resolution rules (one place, so that every source is read the same way):

* a bare weekday is the nearest such day within -3..+3 days of the published
  date (news copy says "Friday" for this week's Friday, past or coming);
  "last Friday" is the latest one strictly before; "next Friday" is the one
  in the following Monday–Sunday week (said on a Thursday, it is not tomorrow);
  a clause that looks ahead or back takes the coming or the latest one
  ("will meet on Friday", "struck on Tuesday": see ``_weekday``), a clause
  continuing one after its comma (", starting with the match on Friday")
  that clause's tense, and a possessive day ("Friday's match will ...") the
  tense of the verb after it, only when that looks ahead;
* a month or a day without a year ("July", "Feb. 26") is the occurrence
  nearest the published date, the way news copy drops the year only for the
  nearest one: in a November story "Jan. 28" is the coming January. The
  tense of its clause decides first: "will", "next", "due", "upcoming" look
  forward (the first occurrence not over a month before publication), "was",
  "had", "last", "ago" or a past-tense verb close before it look back (the latest
  occurrence starting no later than a month after the published date, a few
  days when that date is the article's own, see ``extract``);
  "until" follows its clause ("did not report it until April 2" looks back);
  see ``_yearless``. A range's start takes the year written at its end ("from
  4 March to 19 March 2026"), and in ``extract`` a yearless month or day takes
  the one year near publication the article writes that month with elsewhere
  (a far one, such as a term's end in 2030, is left out), unless its
  clause's tense points the other way;
* seasons are meteorological, northern hemisphere (summer = Jun 1–Aug 31,
  winter = Dec 1–end of Feb); "last summer" is the latest summer that ended
  on or before the published date, "next summer" the first that starts after;
  "the summer" / "over the summer" follows the month rule above: its
  clause's tense first ("would publish it in the spring", said in November,
  is next spring), else the nearer of the latest summer starting no later than
  a month after publication and the next one (in a November story "over the
  summer" is this year's, "in the spring" next year's). "fall" and
  "spring" are also common words, so "the fall" needs a preposition ("in the
  fall") and "the fall of Rome" is no date;
* parts of a year are whole months: quarters (Q2 = Apr–Jun), halves (H1 =
  Jan–Jun) and thirds for "early" (Jan–Apr), "mid" (May–Aug) and "late"
  (Sep–Dec) 2027; "the start"/"the end" of a year are its early/late third.
  A quarter without a year ("Q3") follows the month rule; "fiscal" quarters
  differ by company and are left alone;
* "early/mid/late" a week, month or quarter are its thirds by days, and "the
  end of the month" is its last third ("the start of" its first);
* weeks run Monday–Sunday; "earlier this week" is Monday..the day before
  publication (it looks back), "later this week" the day after..Sunday,
  "early this week" Monday..min(Wednesday, published);
* "overnight" is the night before publication (published-1..published),
  "in recent days" the week up to publication.

Numeric dates ("11/28/2026", "28/11/26", "28.11.2026") are read day or month
first by the first rule that decides: a part above 12 in the date itself; the
article's other numeric dates (one with a first part above 12 means day first,
a second part above 12 month first, when they do not conflict); the article's
written dates (only "Nov. 28" style: month first; only "28 November": day
first); a US time zone in the article ("EST", "1 p.m. ET"): month first. When
nothing decides and the two readings are different days, the date stays
unresolved (it neither agrees nor disagrees) rather than being guessed.
Two-digit years are the nearest such year to the published date (2000-2099
without one).

``May`` and ``March`` are also ordinary words, so bare month names only count
after a date preposition ("in July", "since March"); a month with a day or
year always counts. A holiday fixed to one day ("New Year's Day", "Christmas
Eve") is that day, placed in a year as "1 January" is; moving holiday names
("Black Friday") and plural weekdays
("on Fridays") are not dates, nor is a weekday range that describes a
schedule ("open Monday through Friday, 8 a.m. to 6 p.m.": see `_schedules`).
"today's" is skipped: it is usually generic ("today's technology").

The reading is split by job: ``datebase`` holds the calendar arithmetic and
tables every resolver shares, ``datetense`` the clause-tense cues that place a
date without its year, ``datecalendar`` the resolvers of days of a month,
months, seasons and parts of a year, ``daterelative`` those of weekdays and
relative periods ("last week", "early next year"), and ``datenumeric`` the
numeric dates and the article's day/month order. This module runs them
(``find``), reads the whole article's years (``extract``) and keeps every
public name importable from here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from sourcediff.extract import anaphoricdays, dateperiods, shouteddates, years
from sourcediff.extract import patterns as P
from sourcediff.extract.cues import WEEKDAY_NAMES, Cues, cues
from sourcediff.extract.datebase import (
    FUTURE_WINDOW,
    SEASONS,
    WEEKDAYS,
    _day_num,
    precision_of,
    shift,
    span_value,
    unresolved,
)
from sourcediff.extract.datecalendar import (
    _bare_month,
    _day_range,
    _holiday,
    _iso,
    _month_rel_year,
    _month_year,
    _season,
    _year,
    _year_edge,
    _year_part,
)
from sourcediff.extract.datenumeric import DAY_FIRST, MONTH_FIRST, _numeric, numeric_order
from sourcediff.extract.dateordinalday import ordinal_day
from sourcediff.extract.daterelative import (
    _ago,
    _relative,
    _weekday,
    _years_ago,
    resolve_day_word,
    resolve_weekday,
)
from sourcediff.extract.datetense import _tense
from sourcediff.extract.shared import shared
from sourcediff.extract.spanset import disjoint
from sourcediff.extract.stamps import STAMP, box_field_at, date_is_stamp
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import DateValue

__all__ = ["DAY_FIRST", "FUTURE_WINDOW", "MONTH_FIRST", "NEEDS", "PAST_SLACK", "SEASONS", "WEEKDAYS",
    "WEEKDAY_MISMATCH", "Found", "Resolver", "day_anchors", "extract", "find", "numeric_order", "parse_date",
    "precision_of", "resolve_day_word", "resolve_weekday", "shift", "span_value", "unresolved"]

# How far past a known published date a date of a past-tense clause may start (see `_in_written_year`).
PAST_SLACK = dt.timedelta(days=3)


# Cue on the two halves of "Monday, June 10" when June 10 of the resolved year is no Monday.
WEEKDAY_MISMATCH = "weekday-mismatch"


@dataclass(frozen=True)
class Found:
    """One date expression found in a text: offsets relative to that text."""

    start: int
    end: int
    value: DateValue
    # True for the weekday and the date of "Monday, June 10" when they name different days.
    mismatch: bool = False
    # A month or day written without a year and resolved by ``_yearless``: its clause's tense (+1 ahead,
    # -1 back, 0 neither), so that `extract` can give it the year the article writes that month with.
    yearless: int | None = None
    # A month or day written with its year ("19 March 2026", "March 2026", "2026-03-19", a range's start
    # that takes its end's year): what the article says that month's year is.
    written_year: bool = False


Resolver = Callable[[re.Match[str], dt.date | None], DateValue | None]
# Patterns in order of preference when two matches have the same length.
_RESOLVERS: tuple[tuple[re.Pattern[str], Resolver], ...] = (
    (P.DATE_ISO, _iso),
    (P.DATE_MDY, _day_range),
    (P.DATE_DMY, _day_range),
    (P.DATE_DMY_WORDS, _day_range),
    (P.DATE_MONTH_YEAR, _month_year),
    (P.DATE_MONTH_REL_YEAR, _month_rel_year),
    (P.DATE_MONTH_RANGE, dateperiods.month_range),
    (P.DATE_MONTHS_TO, dateperiods.months_to),
    (P.DATE_SEASON, _season),
    (P.DATE_YEAR_PART, _year_part),
    (P.DATE_YEAR_EDGE, _year_edge),
    (P.DATE_RELATIVE, _relative),
    (P.DATE_AGO, _ago),
    (P.DATE_YEARS_AGO, _years_ago),
    (P.DATE_MONTH, _bare_month),
    (P.DATE_HOLIDAY, _holiday),
    (P.DATE_YEAR, _year),
    (P.DATE_YEAR_HISTORIC, _year),
    (P.DATE_WEEKDAY, _weekday),
    (P.DATE_ORDINAL_DAY, ordinal_day),
    *years.RESOLVERS,
)


# ---------------------------------------------------------------------------
# finding and extracting
# ---------------------------------------------------------------------------


def _raw_span(m: re.Match[str]) -> tuple[int, int]:
    """The date words of a match: a leading preposition ("in July", "in 2024") is left out."""
    start = m.start()
    if "lead" in m.re.groupindex and m["lead"] and fold(m["lead"]) not in ("last", "next", "this"):
        start = m.end("lead")
    elif "label" in m.re.groupindex and m["label"]:  # a fact box's "Commissioned: 1968": the year alone
        start = m.end("label")
    while m.string[start].isspace():
        start += 1
    return start, m.end()


def _resolve(resolve: Resolver, m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """A resolver's value; None when the date falls outside the calendar (years 1..9999).

    An article dated 9999-12-31 that says "next week", or one dated 0001-01-01
    that says "Feb. 26", names a day Python's calendar cannot hold: that is
    no date to compare, not a reason to stop the comparison.
    """
    try:
        return resolve(m, published)
    except (OverflowError, ValueError):
        return None


# The four-digit years of the historic patterns: "1066" to "1799" (DATE_YEAR_HISTORIC and the prose half of
# DATE_YEAR_HISTORIC_SPAN), and any from "1000" to "2099" (the span's bracketed half, DATE_YEAR_CIRCA). A
# passage's digits are most often a sum or a count: these scans, which open at every word, then need not run.
_HISTORIC_YEAR = regex(r"1[0-7]\d\d")
_YEAR_1000_2099 = regex(r"1\d\d\d|20\d\d")
# The whole month names, one of which DATE_MONTH and DATE_MONTH_REL_YEAR need (case-sensitive): the cue
# `Cues.month` is their first three letters, in "Market", "Decision" or "may" as well.
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
# The leads of DATE_YEAR_CIRCA, one of which a match holds ("c.", "ca.", "circa", "built around").
_CIRCA_CUES = ("c.", "ca.", "circa", "around", "about", "roughly", "approximately")


def _has_year(c: Cues) -> bool:
    """The test of the patterns that need a year and nothing more: `_candidates` reads it once a passage."""
    return c.year


# What a passage must hold for each pattern to match in it (extract/cues.py): the scans it cannot
# match are skipped. A day of month is digits, a year four of them; the month patterns are case-sensitive.
NEEDS: dict[re.Pattern[str], Callable[[Cues], bool]] = {
    P.DATE_ISO: lambda c: c.digit and c.has("-"),
    P.DATE_MDY: lambda c: c.digit and c.month,
    P.DATE_DMY: lambda c: c.digit and c.month,
    P.DATE_DMY_WORDS: lambda c: c.month and c.has_ci(" of "),
    P.DATE_MONTH_YEAR: lambda c: c.year and c.month,
    P.DATE_MONTH_REL_YEAR: lambda c: c.month and c.has(*_MONTH_NAMES) and c.has_ci("year"),
    P.DATE_MONTH_RANGE: lambda c: c.month and c.has(*_MONTH_NAMES),
    P.DATE_MONTHS_TO: lambda c: c.month and c.has(*_MONTH_NAMES) and c.has_ci("months", "year", "quarter"),
    P.DATE_SEASON: lambda c: c.has("Summer", "summer", "Winter", "winter", "Spring", "spring", "Autumn",
                                   "autumn", "Fall", "fall"),
    # "first quarter", "second half", or a letter and a digit ("Q3", "H1"): whole words ("behalf" is none)
    P.DATE_YEAR_PART: lambda c: c.has_word("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"),
    P.DATE_YEAR_EDGE: _has_year,
    P.DATE_RELATIVE: lambda c: c.has_ci("today", "yesterday", "days", "week", "month", "year", "quarter",
                                        "tomorrow", "night", "morning", "afternoon", "evening"),
    # "ago" follows a space and ends at a boundary, a word of its own ("Chicago" holds no such word)
    P.DATE_AGO: lambda c: c.has_word("ago"),
    P.DATE_YEARS_AGO: lambda c: c.has_word("ago") and c.has_ci("year", "decade"),
    P.DATE_MONTH: lambda c: c.month and c.has(*_MONTH_NAMES),
    P.DATE_HOLIDAY: lambda c: c.has("Day", "Eve", "Hallowe"),
    P.DATE_YEAR: _has_year,
    P.DATE_YEAR_HISTORIC: lambda c: c.digit and _HISTORIC_YEAR.search(c.text) is not None,
    P.DATE_WEEKDAY: lambda c: c.has(*WEEKDAY_NAMES),
    P.DATE_ORDINAL_DAY: lambda c: c.digit and c.has_ci("the "),
    P.DATE_FISCAL_YEAR: _has_year,
    P.DATE_YEAR_PERIOD: _has_year,
    P.DATE_DECADE: _has_year,
    P.DATE_YEAR_OF: _has_year,
    P.DATE_YEAR_BUILT: _has_year,
    P.DATE_YEAR_SERIES_LABEL: lambda c: c.year and c.has(":"),
    P.DATE_YEAR_TIMELINE: _has_year,  # its ":" is in the lookahead, not the match
    P.DATE_YEAR_BRACKETED: lambda c: c.year and c.has("("),
    P.DATE_YEAR_BRACKETED_FIGURE: lambda c: c.year and c.has("("),
    P.DATE_YEAR_AFTER_NAME: lambda c: c.year and c.has(","),
    P.DATE_YEAR_MODIFIER: _has_year,
    P.DATE_YEAR_PREFIXED: lambda c: c.year and c.has_ci("pre-", "post-"),
    P.DATE_YEAR_SPAN_START: _has_year,
    P.DATE_YEAR_SPAN_END: _has_year,
    P.DATE_YEAR_BARE_SPAN_START: _has_year,
    P.DATE_YEAR_BARE_SPAN_END: _has_year,
    P.DATE_YEAR_TERM_END: _has_year,
    # "to", "until", "till" after a space and before one: a whole word ("told", "story" hold no such word)
    P.DATE_YEAR_RESCHEDULED: lambda c: c.year and c.has_word("to", "until", "till"),
    P.DATE_YEAR_HISTORIC_SPAN: lambda c: c.digit and _YEAR_1000_2099.search(c.text) is not None,
    P.DATE_CENTURY: lambda c: c.has_ci("century"),
    P.DATE_YEAR_CIRCA: lambda c: c.digit and c.has_ci(*_CIRCA_CUES) and bool(_YEAR_1000_2099.search(c.text)),
    # slashes ("11/28/26"), or dots with a four-digit year ("28.11.2026")
    P.DATE_NUMERIC: lambda c: c.digit and (c.has("/") or (c.year and c.has("."))),
}

# The tests of `_RESOLVERS` in their order, and of the numeric scan: looked up once, not per passage.
# Fourteen patterns need a year alone (`_has_year`): `_candidates` reads that cue instead of calling them.
_GATES = tuple(NEEDS[pattern] for pattern, _ in _RESOLVERS)
_NUMERIC_GATES = (NEEDS[P.DATE_NUMERIC],)


def _candidates(text: str, published: dt.date | None, resolvers: Sequence[tuple[re.Pattern[str], Resolver]],
                first_rank: int, gates: Sequence[Callable[[Cues], bool]]) -> Iterator[tuple[int, Found]]:
    """The matches of ``resolvers`` in ``text`` that resolve, ranked by their place from ``first_rank``.

    ``gates`` are the resolvers' tests (`NEEDS`), in their order.
    """
    found_in = cues(text)
    year = found_in.year
    for rank, ((pattern, resolve), need) in enumerate(zip(resolvers, gates, strict=True), first_rank):
        if not (year if need is _has_year else need(found_in)):
            continue
        for found in pattern.finditer(text):
            m = _forward_range(found)
            value = _resolve(resolve, m, published)
            if value is not None:
                start, end = _raw_span(m)
                if value.start is None:  # unresolved: keep exactly the date words, as raw shows them
                    value = unresolved(text[start:end], value.precision)
                halves = _mismatched_weekday(m, value)
                written = _has_written_year(m)
                whole = Found(start, end, value, yearless=_yearless_tense(m, value, published, written),
                              written_year=written)
                yield from ((rank, half) for half in halves or (whole,))


def _forward_range(m: re.Match[str]) -> re.Match[str]:
    """A US-order day range that runs backwards read as its first day alone: "August 12 to 11 counts".

    A range never ends before it starts, so the second figure is something
    else (a count, a score), and the date is still there: "pleaded guilty on
    August 12 to 11 counts" was pleaded on August 12. (The UK order has its
    month after the second day, so a backward "12 to 11 August" is no date
    read here either way.)
    """
    if m.re is not P.DATE_MDY or not m["day2"] or _day_num(m["day2"]) >= _day_num(m["day"]):
        return m
    return m.re.match(m.string, m.start(), m.end("day")) or m


# The patterns of a month or a day that may be written without a year (each has a group "year").
_MAY_BE_YEARLESS = (P.DATE_MDY, P.DATE_DMY, P.DATE_DMY_WORDS, P.DATE_MONTH)


def _has_written_year(m: re.Match[str]) -> bool:
    """True when the match names one month or day of a written year (see ``Found.written_year``)."""
    if m.re in (P.DATE_ISO, P.DATE_NUMERIC, P.DATE_MONTH_YEAR):
        return True
    if m.re not in _MAY_BE_YEARLESS:
        return False
    if m.groupdict().get("relyear"):  # "1 March next year": the article names the year
        return True
    return bool("year" in m.re.groupindex and m["year"]) or bool(P.DATE_RANGE_END.match(m.string, m.end()))


def _yearless_tense(m: re.Match[str], value: DateValue, published: dt.date | None,
                    written_year: bool) -> int | None:
    """The clause tense of a month or day resolved without a year (``_yearless``), else None.

    ``written_year`` is `_has_written_year` of ``m``, which the caller has already computed.
    """
    if published is None or value.start is None or m.re not in _MAY_BE_YEARLESS or written_year:
        return None
    if m.re is P.DATE_MONTH and fold(m["lead"] or "") in ("last", "next", "this", "since", "after"):
        return None
    return _tense(m)


def _mismatched_weekday(m: re.Match[str], value: DateValue) -> tuple[Found, Found] | None:
    """The weekday and the date of "Monday, June 10" as two mentions when June 10 is no Monday, else None.

    The writer got one of them wrong (or the year, when the article gives
    none and its date was inferred): both are kept, so the report can show
    the two words side by side. The weekday is read as the one nearest the
    date (within three days either side), the way a reader would take it.
    """
    if "wd" not in m.re.groupindex or not m["wd"] or value.start is None or value.start != value.end:
        return None
    named = WEEKDAYS.index(m["wd"].casefold())
    if value.start.weekday() == named:
        return None
    weekday = span_value(resolve_weekday(m["wd"], value.start))
    date_start = min(m.start(g) for g in ("month", "day") if m.start(g) >= 0)
    return (Found(m.start("wd"), m.end("wd"), weekday, mismatch=True),
            Found(date_start, m.end(), value, mismatch=True))


@shared
def find(text: str, published: dt.date | None, order: str | None = None) -> tuple[Found, ...]:
    """Every date expression in ``text``: longest match wins, no two overlap.

    ``order`` is how the article writes numeric dates (`numeric_order` of the
    whole article, since one passage rarely shows it); None reads it from ``text``.
    Each passage is looked up twice, with the article's order (dates) and with
    None (the day anchors of clock times): only the numeric scan depends on
    it, so the other patterns' matches, and the choice among them when the
    numeric scan finds nothing, are made once (`_fixed_candidates`, `_find_fixed`).
    """
    text = shouteddates.recase(text)  # "from JUNE 1": a tabloid's shouted month is a month (same length)
    numeric = (P.DATE_NUMERIC, functools.partial(_numeric, order=order))
    numerics = tuple(_candidates(text, published, (numeric,), len(_RESOLVERS), _NUMERIC_GATES))
    if not numerics:
        return _find_fixed(text, published)
    return _choose(text, _fixed_candidates(text, published) + numerics)


@shared
def _fixed_candidates(text: str, published: dt.date | None) -> tuple[tuple[int, Found], ...]:
    """The ranked candidates of every pattern but the numeric dates (which depend on an order)."""
    return tuple(_candidates(text, published, _RESOLVERS, 0, _GATES))


@shared
def _find_fixed(text: str, published: dt.date | None) -> tuple[Found, ...]:
    """`find` of a passage in which the numeric scan finds nothing, whatever the order."""
    return _choose(text, _fixed_candidates(text, published))


def _choose(text: str, candidates: Iterable[tuple[int, Found]]) -> tuple[Found, ...]:
    """The longest candidates, the earlier-ranked first among equals, no two overlapping, in text order."""
    cands = sorted(candidates, key=lambda c: (-(c[1].end - c[1].start), c[0], c[1].start))
    chosen = [cands[n][1] for n in disjoint([(f.start, f.end) for _, f in cands])]
    schedules = _schedules(text)
    kinds = _kinds_of_day(text)
    return tuple(sorted((f for f in chosen if not any(a <= f.start and f.end <= b for a, b in schedules)
                         and not any(a <= f.start and f.end <= b for a, b in kinds)), key=lambda f: f.start))


def _kinds_of_day(text: str) -> frozenset[tuple[int, int]]:
    """The spans of weekdays that name no day of the article's weeks.

    "The council subsidises 11 of its evening and Sunday routes" names a
    kind of day of every week (a weekday used as an adjective of a plural
    noun), and "the last Friday before Christmas" a day placed by the event
    after it, not the Friday before the article. Read as dates they became
    this week's Sunday and last week's Friday, unique dates no source
    stated, which could meet another source's date of that day.
    """
    if not any(name in text for name in WEEKDAY_NAMES):
        return frozenset()
    return frozenset(m.span("day") for pattern in (P.ATTRIBUTIVE_WEEKDAY, P.ORDINAL_WEEKDAY)
                     for m in pattern.finditer(text))


# How far either side of a weekday range a schedule cue may be ("Monday through Friday, 8 a.m. to 6 p.m.").
_SCHEDULE_REACH = 60


def _schedules(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of weekday ranges that describe a schedule ("open Monday to Friday, 9am-5pm").

    Such a range names every week's days, not two days of this one: read as
    dates they would resolve to this week's Monday and Friday and agree with
    any other source's "Friday". A range with no cue nearby ("the trial runs
    from Monday to Friday") stays two dates.
    """
    if sum(map(text.count, WEEKDAY_NAMES)) < 2:
        return ()
    spans = []
    for m in P.DATE_WEEKDAY_RANGE.finditer(text):
        near = text[max(0, m.start() - _SCHEDULE_REACH):m.end() + _SCHEDULE_REACH]
        if P.SCHEDULE_CUE.search(near):
            spans.append(m.span())
    return tuple(spans)


def day_anchors(text: str, published: dt.date | None) -> tuple[Found, ...]:
    """The single resolved days named in ``text`` (used to pick the DST date for a clock time)."""
    found = find(text, published)
    return tuple(f for f in found if f.value.start is not None and f.value.start == f.value.end)


def parse_date(text: str, published: dt.date | None = None) -> DateValue:
    """Parse one date expression, including a canonical form ("2026-02-26", "2025-07-01..2025-07-31").

    Raises ValueError when ``text`` is not exactly one date expression.
    """
    stripped = text.strip()
    if stripped.startswith("unresolved "):
        words = _recapitalize(stripped.removeprefix("unresolved "))
        try:
            return parse_date(words, None)
        except ValueError:  # a bare "May"/"March" needs its preposition back
            return parse_date("in " + words, None)
    found = find(stripped, published)
    if len(found) != 1 or found[0].end - found[0].start < len(stripped.rstrip(".")) - _lead_len(stripped):
        raise ValueError(f"not a single date expression: {text!r}")
    return found[0].value


def _recapitalize(words: str) -> str:
    """Undo case folding for month and weekday names, which the patterns want capitalized."""
    names = set(WEEKDAYS) | {name.casefold() for name in calendar.month_name if name}
    return " ".join(w.capitalize() if w in names else w for w in words.split())


def _lead_len(text: str) -> int:
    """Length of a leading date preposition that find() leaves out of the span."""
    m = P.DATE_LEAD.match(text)
    return m.end() if m else 0


def _written_years(founds: Iterable[Found]) -> dict[int, frozenset[int]]:
    """Month -> the years the article writes it with ("19 March 2026", "March 2026", "13 March 2030")."""
    years_of: dict[int, set[int]] = {}
    for found in founds:
        start, end = found.value.start, found.value.end
        if found.written_year and start is not None and end is not None and (start.year, start.month) == (
                end.year, end.month):
            years_of.setdefault(start.month, set()).add(start.year)
    return {month: frozenset(years) for month, years in years_of.items()}


def _tense_years(founds: Sequence[Found], values: Sequence[DateValue],
                 years_of: dict[int, frozenset[int]]) -> dict[int, frozenset[int]]:
    """``years_of``, plus each month it lacks with the years its yearless days were placed in by tense.

    A wire that writes "collected on Feb. 2" and "loses his win on Feb. 22"
    drops the year of both because both are one February, and the past
    tense of the first says which one; read alone, the tenseless second
    went to the coming February. Only days whose clause has a tense cue
    count (``values`` are the founds' values as `_in_written_year` left
    them), and a written year, where there is one, still wins. Not used against an
    inferred date (see `extract`).
    """
    by_tense: dict[int, set[int]] = {}
    for found, value in zip(founds, values, strict=True):
        start, end = value.start, value.end
        if (found.yearless and start is not None and end is not None and start.month not in years_of
                and (start.year, start.month) == (end.year, end.month)):
            by_tense.setdefault(start.month, set()).add(start.year)
    return {**{month: frozenset(years) for month, years in by_tense.items()}, **years_of}


def _written_year_near(years: frozenset[int], year: int, published: dt.date) -> int:
    """The one year the article writes the month with near publication, else ``year`` unchanged.

    A sanction story writes "from 14 March 2026 ... until 13 March 2030" and
    elsewhere "the title of 1 March"; a year more than one off the published
    one (a term's end, a history) says nothing of which March a yearless
    "1 March" means, so it is left out before the one-year rule: two near
    written years ("March 2025 and March 2026") still decide nothing.
    """
    near = {y for y in years if abs(y - published.year) <= 1}
    return near.pop() if len(near) == 1 else year


def _in_written_year(found: Found, years_of: dict[int, frozenset[int]], published: dt.date | None,
                     inferred: bool = False) -> DateValue:
    """A yearless month or day moved to the year the article writes that month with, unless its tense objects.

    A story of an episode eight months back says "19 March 2026" once and
    "until 19 March" or "on 21 March" elsewhere; read alone the short forms
    may go to the coming March. The written year wins when it stays within a
    year of the resolved one and the clause has no tense cue ("will ... on 21
    March" is not moved into a past March).
    """
    value, tense = found.value, found.yearless
    if tense is None or published is None or value.start is None or value.end is None:
        return value
    # A past event has begun by its article's own date: in a late-December story "burned down in
    # January" is this year's January. Against a date inferred from other sources (undated.py) the
    # month of slack that `_yearless` leaves stays, as that date may be weeks off.
    latest = published + (FUTURE_WINDOW if inferred else PAST_SLACK)
    start, end = value.start, value.end
    # The written year decides only when the clause's tense does not: a past clause already names the
    # latest past occurrence, and a history recalled elsewhere ("in June 2005") must not move it.
    year = start.year
    if tense == 0:
        year = _written_year_near(years_of.get(start.month, frozenset()), start.year, published)
    try:
        if abs(year - start.year) == 1:
            moved = start.replace(year=year), end.replace(year=year)
            too_early = tense > 0 and moved[1] < published - FUTURE_WINDOW
            if not too_early and not (tense < 0 and moved[0] > latest):
                start, end = moved
        if tense < 0 and start > latest:
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
    except ValueError:  # Feb. 29 of a year without one
        return value
    return value if start == value.start else DateValue(start, end, value.precision)


def disjoint_from(found: Sequence[Mention], taken: Sequence[Mention]) -> tuple[Mention, ...]:
    """The mentions of ``found`` that overlap none of ``taken`` (a phrase another reader already took)."""
    return tuple(m for m in found if not any(m.span.start < t.span.end and t.span.start < m.span.end
                                             for t in taken))


def extract(article: Article, passages: tuple[Passage, ...], *,
            inferred: bool = False) -> tuple[Mention, ...]:
    """Date mentions of every passage, spans absolute into ``article.text``; bylines' dates cue ``stamp``.

    A month or day without a year takes the year the article writes that
    month with elsewhere (`_in_written_year`), so the whole article is read first.
    ``inferred`` says the published date was inferred from other sources (undated.py).
    A live blog entry's passages read against the entry's day (`Article.day_at`).
    """
    out: list[Mention] = []
    order = numeric_order(article.text)
    founds = [(passage, found) for passage in passages
              for found in find(passage.text, article.day_at(passage.start), order)]
    years_of = _written_years(found for _, found in founds)
    values = [_in_written_year(found, years_of, article.day_at(p.start), inferred) for p, found in founds]
    # Not against an inferred date: a tense places a day only as surely as the reading date is known, and
    # an inferred one may be a month off (undated.py keeps only the values that do not move with it).
    tensed = years_of if inferred else _tense_years([found for _, found in founds], values, years_of)
    if tensed != years_of:  # a tenseless day of a month only tense placed: read again (`_tense_years`)
        values = [_in_written_year(found, tensed, article.day_at(p.start), inferred) for p, found in founds]
    for (passage, found), value in zip(founds, values, strict=True):
        span = Span(passage.start + found.start, passage.start + found.end)
        stamp = date_is_stamp(article.text, span.start, span.end) and not box_field_at(
            article.text, span.start, value.start if value.start == value.end else None, article.published)
        cues = ((STAMP,) if stamp else ()) + ((WEEKDAY_MISMATCH,) if found.mismatch else ())
        if years.names_a_thing(passage.text, found.start, article.text[span.start:span.end]):
            cues += (years.NAMED_YEAR,)  # "the 1944 Pembrook Saker": no key for the aligner (years.py)
        out.append(Mention(kind=Kind.DATE, source=article.id, passage=passage.index, span=span,
                           raw=article.text[span.start:span.end], value=value, slot="date", cues=cues))
    # "the same day", "the next day": the day named just before, moved as the words say (anaphoricdays.py)
    ordered = sorted(out, key=lambda m: m.span.start)
    chained = anaphoricdays.find(article.text, passages, ordered) if out else ()
    return (*out, *disjoint_from(chained, out))
