"""Dates relative to the published date: weekdays, "today", and periods such as "last week".

Resolvers (match -> DateValue | None, run by dates.find) and the weekday and
week arithmetic behind them, also used elsewhere (``resolve_weekday``,
``resolve_day_word``). Split out of dates.py because these words have no
calendar position of their own: each is read against one article's date,
by the rules in dates.py's module docstring.
"""

from __future__ import annotations

import datetime as dt
import re

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.datebase import (
    _YEAR_THIRDS,
    FUTURE_WINDOW,
    WEEKDAYS,
    _month_end,
    shift,
    span_value,
    unresolved,
)
from sourcediff.extract.datetense import (
    _ahead_before,
    _back_before,
    _far_past,
    _future_after,
    _opening_tense,
    _tense_before,
)
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import DateValue

# Relative-day offsets from the published date.
_DAY_OFFSETS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1,
                "this morning": 0, "this afternoon": 0, "this evening": 0}


def resolve_weekday(name: str, published: dt.date, rel: str | None = None) -> dt.date:
    """The date a weekday name refers to (see the module rules)."""
    target = WEEKDAYS.index(name.casefold())
    ahead = (target - published.weekday()) % 7
    rel = (rel or "").casefold()
    if rel == "last":
        return published - dt.timedelta(days=(7 - ahead) % 7 or 7)
    if rel == "next":
        return _week_start(published) + dt.timedelta(weeks=1, days=target)
    return published + dt.timedelta(days=ahead - 7 if ahead > 3 else ahead)


def resolve_day_word(word: str, published: dt.date | None) -> dt.date | None:
    """A weekday or today/yesterday/tomorrow (and similar) as a date, None when unknown."""
    key = fold(word)
    if published is None:
        return None
    try:
        if key in WEEKDAYS:
            return resolve_weekday(key, published)
        offset = _DAY_OFFSETS.get(key)
        return None if offset is None else shift(published, offset)
    except OverflowError:  # "Friday" said on 0001-01-01 or 9999-12-31: no day the calendar holds
        return None


def _weekday(m: re.Match[str], published: dt.date | None) -> DateValue:
    """A weekday's date: by the module rule, unless its own words say more.

    A day number after it ("Saturday 21") names the date outright when a day of
    that number within a month of publication falls on that weekday; the
    second of a pair ("Saturday and Sunday") is the day of that name after the
    first; and a clause that looks ahead ("clinics will run on Saturday") takes
    the coming one, since the -3..+3 rule otherwise sends a weekend four days
    off, announced on a Tuesday, to the weekend before. A clause with a past
    form too ("had expected to testify on Thursday") keeps the rule, and so
    does a weekday in a name ("next month's Patch Tuesday"). A clause that
    looks back ("the gang struck on Tuesday", written on a Saturday) takes
    the latest such day on or before publication, for the same reason the
    other way: the rule sends a past Tuesday four days off to the coming one;
    a forward word anywhere in the clause ("is set to last until Thursday")
    or a deadline's "until" right before the day ("warned that it had until
    Friday") keeps the rule. A week named after the day ("Thursday next
    week") places it outright: read as two dates, the weekday alone would
    take this week's Thursday. "This Thursday" with no tense in its clause
    ("the order to play this Thursday's match", written on a Sunday) is the
    coming one: the word points at the day still ahead, and a day gone by
    is told "on Thursday" or "last Thursday"; the -3..+3 rule sent it to
    the Thursday three days before.
    """
    if published is None:
        return unresolved(m.group(), "day")
    target = WEEKDAYS.index(m["weekday"].casefold())
    if m["week"]:  # "Thursday next week": the week is named, so neither tense nor the -3..+3 rule decides
        weeks = _WEEK_OFFSETS[m["week"].casefold()]
        return span_value(_week_start(published) + dt.timedelta(weeks=weeks, days=target))
    numbered = _numbered_weekday(m, target, published)
    if numbered is not None:
        return span_value(numbered)
    if (m["rel"] or "").casefold() in ("", "this") and not _NAMED_DAY.search(
            m.string, max(0, m.start("weekday") - _PAIR_CHARS), m.start("weekday")):
        lead = P.WEEKDAY_PAIR_LEAD.search(m.string, max(0, m.start() - _PAIR_CHARS), m.start())
        first = P.DATE_WEEKDAY.match(m.string, lead.start()) if lead else None
        if first is not None and first.end() < m.start():
            start = _weekday(first, published).start
            if start is not None:
                return span_value(start + dt.timedelta(days=(target - start.weekday()) % 7 or 7))
        tense = _tense_before(m) or _opening_tense(m)  # "On Monday the board voted": its verb after it
        if not tense and _POSSESSIVE.match(m.string, m.end()) and _future_after(m):
            tense = 1  # "Saturday's concert will be held": no verb before it, a future one after
        if not tense and _far_past(m):
            tense = -1  # "went down 18 miles off the point in the early hours of Tuesday": a far-off verb
        if tense > 0 and not _back_before(m):
            return span_value(published + dt.timedelta(days=(target - published.weekday()) % 7))
        if tense < 0 and not _ahead_before(m):
            return span_value(published - dt.timedelta(days=(published.weekday() - target) % 7))
        if not tense and ((m["rel"] or "").casefold() == "this" or _starting_day(m)):
            return span_value(published + dt.timedelta(days=(target - published.weekday()) % 7))
    return span_value(resolve_weekday(m["weekday"], published, m["rel"]))


# "from" right before a weekday: the day a rule, a limit or a service starts.
_FROM_BEFORE = regex(r"\bfrom\s+$", re.IGNORECASE)
# What follows a day something starts from: the clause's end, after an "onwards" at most. Not a range's
# second day ("from Monday to Friday": the pair rule places both), nor a possessive or a noun ("the toll
# from Saturday's derailment", "footage from Monday night"): a day things come from, not one they start on.
_START_END_AFTER = regex(r"(?:\s+onwards?)?\s*(?:[.,;:!?)\u2013\u2014]|$)", re.IGNORECASE)


def _starting_day(m: re.Match[str]) -> bool:
    """Whether a weekday with no tense in its clause is the day something starts: "from Monday".

    "Patients allowed just two pens per prescription from Monday", written on
    a Wednesday: a limit, a timetable or a price told "from" a day starts on
    one still to come (one gone by is told "since Monday" or with a past
    verb, which `_tense` reads), but the -3..+3 rule sent a Monday five days
    ahead to the one two days before. The day must end its clause: a range
    ("from Monday to Friday") is left to its pair, and "the toll from
    Saturday's derailment" names where the toll comes from.
    """
    return (_FROM_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None
            and _START_END_AFTER.match(m.string, m.end()) is not None)


# The week "Thursday next week", "Monday of last week", "Friday this week" falls in, from the published one.
_WEEK_OFFSETS = {"next": 1, "last": -1, "this": 0}
# A capitalised word right before a weekday makes it part of a name ("Patch Tuesday", "Super Saturday"):
# no day of this week that a tense or a pair could place; function words that open a sentence are not one.
_NAMED_DAY = regex(
    r"\b(?!(?:On|By|Until|Till|From|And|Or|Since|Before|After|Every|Each|Late|Early|Last|Next|This|That|The)\b)"
    r"[A-Z][a-z]+\s+$")
# The possessive of a weekday ("Saturday's visit"), whose sentence's verb comes after the noun it qualifies.
_POSSESSIVE = regex(r"['’]s\b")
# How far before a weekday the first of a pair ("Saturday 21 and ") may start.
_PAIR_CHARS = 40


def _numbered_weekday(m: re.Match[str], target: int, published: dt.date) -> dt.date | None:
    """The date "Saturday 21" names: the 21st within a month of ``published`` that is a Saturday."""
    after = P.WEEKDAY_DAY_AFTER.match(m.string, m.end())
    if after is None:
        return None
    day = int(after["day"])
    for offset in range(-FUTURE_WINDOW.days, FUTURE_WINDOW.days + 1):
        cand = published + dt.timedelta(days=offset)
        if cand.day == day and cand.weekday() == target:
            return cand
    return None


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _relative_range(words: str, p: dt.date) -> tuple[dt.date, dt.date]:
    """The range a relative period denotes on published date ``p``."""
    if words in _DAY_OFFSETS:
        day = p + dt.timedelta(days=_DAY_OFFSETS[words])
        return day, day
    if words == "overnight":
        return p - dt.timedelta(days=1), p
    if words.startswith("in recent"):
        days = {"days": 7, "weeks": 28, "months": 92}[words.split()[-1]]
        return p - dt.timedelta(days=days), p
    edge, rel, unit = _relative_words(words)
    return _period(unit, edge, rel, p)


# "The end of the month" is its late part, "the start/beginning" its early part, "the middle" its mid part.
_EDGE_WORDS = {"end": "late", "start": "early", "beginning": "early", "middle": "mid"}


def _relative_words(words: str) -> tuple[str, str, str]:
    """Edge, relation, unit: "early next year" -> early/next/year, "end of the month" -> late/this/month."""
    tokens = words.replace("mid-", "mid ").split()
    unit, rel = tokens[-1], tokens[-2]
    edge = next((t for t in tokens[:-2] if t not in ("the", "of")), "")
    return _EDGE_WORDS.get(edge, edge), "this" if rel == "the" else rel, unit


def _period(unit: str, edge: str, rel: str, p: dt.date) -> tuple[dt.date, dt.date]:
    """This/last/next/past week|weekend|month|quarter|year and their early/mid/late/earlier/later parts."""
    if rel == "past":
        days = {"week": 7, "weekend": 3, "month": 30, "quarter": 91, "year": 365}[unit]
        return p - dt.timedelta(days=days), p
    start, end = _unit_range(unit, p, {"last": -1, "next": 1}.get(rel, 0))
    # "Earlier this week" looks back: it excludes the day of writing, else it
    # would agree with "today" and "on Friday" said on a Friday.
    if edge == "earlier":
        return start, max(start, p - dt.timedelta(days=1))
    if edge == "later":
        return min(end, p + dt.timedelta(days=1)), end
    if edge not in ("early", "mid", "late"):
        return start, end
    if unit == "year":
        first, last = _YEAR_THIRDS[edge]
        start, end = dt.date(start.year, first, 1), _month_end(start.year, last)
    else:
        third = dt.timedelta(days=(end - start).days // 3)
        start, end = {"early": (start, start + third), "mid": (start + third, end - third),
                      "late": (end - third, end)}[edge]
    # "early this week" said on a Tuesday means Monday and Tuesday: it cannot run past the day of writing.
    if edge == "early" and rel == "this":
        end = max(start, min(p, end))
    return start, end


def _unit_range(unit: str, p: dt.date, shift: int) -> tuple[dt.date, dt.date]:
    if unit in ("week", "weekend"):
        monday = _week_start(p) + dt.timedelta(weeks=shift)
        if unit == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if unit == "quarter":
        year, quarter = divmod(p.year * 4 + (p.month - 1) // 3 + shift, 4)
        return dt.date(year, 3 * quarter + 1, 1), _month_end(year, 3 * quarter + 3)
    if unit == "month":
        index = p.year * 12 + p.month - 1 + shift
        year, month = divmod(index, 12)
        return dt.date(year, month + 1, 1), _month_end(year, month + 1)
    year = p.year + shift
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _relative(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    if _titled_today(m) or _at_once(m):
        return None
    words = fold(m["words"])
    if published is None:
        unit = words.split()[-1]
        precision = {"month": "month", "months": "month", "quarter": "month", "year": "year"}.get(unit, "day")
        return unresolved(words, "week" if "week" in unit else precision)
    return span_value(*_relative_range(words, published))


def _at_once(m: re.Match[str]) -> bool:
    """True for an "overnight" meaning "at once": a modal's negation before it in the clause it ends.

    "We cannot fix 3,000 miles of road overnight" was read as the night
    before publication, a date no other outlet states.
    """
    if fold(m["words"]) != "overnight":
        return False
    text, start = m.string, m.start("words")
    return (P.DATE_OVERNIGHT_AT_ONCE_BEFORE.search(text[max(0, start - 120):start]) is not None
            and P.DATE_OVERNIGHT_AT_ONCE_AFTER.match(text, m.end("words")) is not None)


def _titled_today(m: re.Match[str]) -> bool:
    """True for a "Today" that ends a title ("Harbour Today will host a webinar", "told USA Today the ...").

    A masthead or programme named "... Today" in running text was read as the
    day of writing, a date no other source states. Only a capitalized "Today"
    after a capitalized word, with the sentence going on in lower case after
    it: a sentence-initial "Today the council meets" and a title-case headline
    ("Strike Begins Today") keep their day.
    """
    if m["words"] != "Today":
        return False
    text, start = m.string, m.start("words")
    return (P.DATE_NAMED_TODAY_BEFORE.search(text[max(0, start - 40):start]) is not None
            and P.DATE_NAMED_TODAY_AFTER.match(text, m.end("words")) is not None)


# Days in each unit DATE_AGO counts back.
_AGO_DAYS = {"day": 1, "week": 7, "fortnight": 14}
# How loosely a bare count of weeks names its day ("two weeks ago" may be twelve or sixteen days back): the
# day is taken as a range this many days either side, so that it agrees with a source's exact day near it
# and differs from one well away. A count of days, or weeks tied to a day ("a week ago today"), is exact.
_LOOSE_WEEK_DAYS = 3


def _ago(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """The day "three days ago" or "a week ago today" names, counted back from the published date.

    Read as "today" alone, "moved out a week ago today" was the day of
    writing, a week after the day it names, and met another source's date
    of that day as a divergence. None under a bound ("more than a week
    ago"), which names no day.
    """
    if m["bound"]:
        return None
    words = fold(m["count"])
    count = 1 if words in ("a", "an") else int(words) if words.isdigit() else _word_count(words)
    if count is None:
        return None
    unit = fold(m["unit"]).removesuffix("s")
    if published is None:
        return unresolved(m.group(), "day")
    day = published + dt.timedelta(days=_DAY_OFFSETS[fold(m["day"])] if m["day"] else 0)
    back = day - dt.timedelta(days=count * _AGO_DAYS[unit])
    if unit == "day" or m["day"]:
        return span_value(back)
    loose = dt.timedelta(days=_LOOSE_WEEK_DAYS)
    return span_value(back - loose, back + loose)


# The hedges before "N years ago" that keep its year: "about four years ago" is still the year four back.
_YEARS_AGO_HEDGES = frozenset({"about", "around", "roughly", "approximately", "some"})
# Hedges that bound the count from above: "more than ten years ago" is ten years back or further.
_YEARS_AGO_FURTHER = frozenset({"more than", "over", "at least"})
# Hedges that bound it from below: "nearly ten years ago" is a little less than ten years back.
_YEARS_AGO_NEARER = frozenset({"nearly", "almost"})
# How far back a bound from above reaches, in multiples of its count: "more than ten years ago" is told of
# eleven or fifteen years back, while twenty would be written "more than twenty years ago" or "two decades
# ago". Past the reach the year is another fact (no agreement), never a rival.
_FURTHER_REACH = 2


def _years_ago(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """The year "four years ago" names: the published year less the count, at year precision.

    "The record was set four years ago", dated 2027, is the year another
    outlet writes as "the 2023 record"; read only as a number with the
    ``ago`` cue it could never meet that year. A decade counts ten ("a
    decade ago" is the year ten back). A hedge is kept as a bound: "more
    than ten years ago" (2027) is 2017 or earlier, so it meets 2015 and
    never 2020; "nearly ten years ago" is 2017 or 2018. A count below two
    years, or another hedge ("just", "within", "less than"), names no year.
    """
    hedge = " ".join(fold(m["hedge"]).split()) if m["hedge"] else None
    if hedge and hedge not in _YEARS_AGO_HEDGES | _YEARS_AGO_FURTHER | _YEARS_AGO_NEARER:
        return None
    words = fold(m["count"])
    count = 1 if words in ("a", "an") else int(words) if words.isdigit() else _word_count(words)
    if count is None:
        return None
    if fold(m["unit"]).startswith("decade"):
        count *= 10
    if count < 2:
        return None
    if published is None:
        return unresolved(m.group(), "year")
    year = published.year - count
    first, last = year, year
    if hedge in _YEARS_AGO_FURTHER:
        first = published.year - _FURTHER_REACH * count
    elif hedge in _YEARS_AGO_NEARER:
        last = year + 1
    return DateValue(dt.date(first, 1, 1), dt.date(last, 12, 31), "year")  # whole years, as "the 1960s"


def counted_back_year(m: Mention) -> bool:
    """True for a date mention `_years_ago` read ("four years ago" as its year), told by its words.

    The alignment keys no such year (align.features.value_family_keys): the
    count back is an aside more often than the fact itself.
    """
    v = m.value
    return (m.kind is Kind.DATE and isinstance(v, DateValue) and v.precision == "year"
            and fold(m.raw).endswith(" ago"))


def _word_count(words: str) -> int | None:
    """A spelled-out count below a hundred ("two", "forty-five"), None when it is not one."""
    parts = re.split(r"[-\s]+", words)
    if not all(w in WORD_VALUES for w in parts):
        return None
    return sum(WORD_VALUES[w] for w in parts)
