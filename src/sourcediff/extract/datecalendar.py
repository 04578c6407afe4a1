"""Resolvers of calendar dates: days of a month, months, seasons, years and parts of a year.

One resolver per pattern of extract/patterns.py (match -> DateValue | None),
run by dates.find. Split out of dates.py because these dates share one
job the others do not: a day or month written without its year is placed in
the occurrence nearest the published date, or the one its clause's tense
points to (``_yearless``), and a range's start takes the year written at its
end. Weekdays and relative periods are in daterelative, numeric dates in
datenumeric.
"""

from __future__ import annotations

import datetime as dt
import re

from sourcediff.extract import patterns as P
from sourcediff.extract.datebase import (
    _YEAR_THIRDS,
    FUTURE_WINDOW,
    WEEKDAYS,
    _day_num,
    _latest_before,
    _month_end,
    _month_num,
    _season_range,
    _span_or_none,
    _valid_day,
    span_value,
    unresolved,
)
from sourcediff.extract.datetense import _tense
from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import DateValue

# Bare month names that are also common English words; they need a date preposition.
_WORDY_MONTHS = frozenset({"may", "march"})
# A month's edge hyphened onto a wordy month ("a mid-March deadline", "its end-of-May milestone"): the
# compound names the month as surely as "in March" does, and "mid-may" or "end-of-march" is no verb.
_HYPHENED_EDGE = regex(r"\b(?:mid|(?:end|start|middle|beginning)-of)-$", re.IGNORECASE)
# How far before a month its hyphened edge is looked for, in characters ("beginning-of-").
_EDGE_REACH = 13
# Months that are also given names ("April Ross", "June Carter", "August Wilson").
_GIVEN_NAME_MONTHS = frozenset({"april", "may", "june", "august", "january", "july"})


def _yearless(ranges: list[tuple[dt.date, dt.date]], published: dt.date,
              m: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The occurrence a month or day without a year names (``ranges`` ascending, a year apart).

    Looking back it is the latest starting by a month after publication (what
    a story of recent events means; `extract` narrows that for an article's
    own date), looking ahead the first not over a month
    before the published date (the same slack the other way: a story's copy
    may be older than its date, and a date read against a date inferred from
    other sources, extract/undated.py, is only good to a month). Without a
    cue it is the nearer to the published date of that latest one and the
    next after it (a tie goes to the earlier).
    """
    past = _latest_before(iter(ranges), published + FUTURE_WINDOW)
    future = next((r for r in ranges if r[0] > published + FUTURE_WINDOW), None)
    if future is None or past is None:
        return past or future
    tense = _tense(m)
    if tense > 0:  # the first not over a month before publication ("will meet on Dec. 10" said on Nov. 19)
        return next(r for r in ranges if r[1] >= published - FUTURE_WINDOW)
    if tense < 0:
        return past
    return future if future[0] - published < published - past[1] else past


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def relative_year(m: re.Match[str], published: dt.date) -> int:
    """The year "next year", "this year" or "last year" after a day of a month names (group relyear).

    Read against the article's own date, as every relative word is: "1 March
    next year" in a November 2026 story is 1 March 2027.
    """
    return published.year + _YEAR_SHIFT[fold(m["relyear"])]


def _range_end_year(m: re.Match[str], month: int, day: int) -> int | None:
    """The year of a range's start written without one, taken from the dated end right after it.

    "From 4 March to 19 March 2026" and "between March 4 and March 19, 2026"
    give their year once, at the end: the start is read in it (the year before
    when the start's month and day come after the end's: "from 28 December to
    3 January 2027"). None when no dated end follows.
    """
    end = P.DATE_RANGE_END.match(m.string, m.end())
    if end is None:
        return None
    year = int(end["year"])
    end_month = _month_num(end["month"] or end["month2"])
    end_day = _day_num(end["day"] or end["day2"]) if (end["day"] or end["day2"]) else 31
    return year - 1 if (month, day) > (end_month, end_day) else year


def _day_range(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """Month + day (+ second day) (+ year), for both US and UK order."""
    month, day = _month_num(m["month"]), _day_num(m["day"])
    day2 = _day_num(m["day2"]) if m["day2"] else day
    if day2 < day:
        return None
    carried = None if m["year"] or m["relyear"] else _range_end_year(m, month, day)
    if m["year"]:
        year = int(m["year"])
    elif m["relyear"]:
        if published is None:
            return unresolved(m.group(), "day")
        year = relative_year(m, published)
    elif carried is not None:
        year = carried
    elif published is None:
        return unresolved(m.group(), "day")
    else:
        years = [y for y in range(published.year - 1, published.year + 2) if _valid_day(y, month, day2)]
        days = ((dt.date(y, month, day), dt.date(y, month, day)) for y in years)
        latest = _yearless(list(days), published, m)
        if latest is None:  # "Feb. 30", or "Feb. 29" with no leap year in reach
            return None
        year = latest[0].year
        if _before_earlier_day(m, published, dt.date(year, month, day)) and _valid_day(year + 1, month, day2):
            year += 1  # "the first on January 18 and the last on June 30", said in October: next June
        year = _weekday_year(m, year, month, day, years, published)
    if not _valid_day(year, month, day2):
        return None
    return span_value(dt.date(year, month, day), dt.date(year, month, day2))


def _weekday_year(m: re.Match[str], year: int, month: int, day: int, years: list[int],
                  published: dt.date) -> int:
    """The year a yearless day's own weekday names, when the year the reader guessed does not fit it.

    "Arrested at 11pm on Saturday 9 May", in a paper of December: the nearer
    9 May is next year's, but the writer says which May by its weekday, and
    the other 9 May `_yearless` chose between (this year's) is the Saturday.
    Read as the guess, the day fell on another weekday and the weekday and the
    day were split into two rival dates a day apart. Only those two readings
    are tried (the latest by a month after publication, and the next after it),
    never a year further back: "Wednesday, September 17" in a story of 11
    September 2026 is this month's day with a wrong weekday, not the Wednesday
    of 2025. When the other reading does not fit either, the writer got the day
    or the weekday wrong, and both stay in the report (a weekday-date mismatch).
    """
    named = weekday_named(m)
    if named is None or dt.date(year, month, day).weekday() == named:
        return year
    occurrences = [dt.date(y, month, day) for y in years]
    past = max((d for d in occurrences if d <= published + FUTURE_WINDOW), default=None)
    future = min((d for d in occurrences if d > published + FUTURE_WINDOW), default=None)
    fits = [d.year for d in (past, future) if d is not None and d.year != year and d.weekday() == named]
    return fits[0] if len(fits) == 1 else year


def weekday_named(m: re.Match[str]) -> int | None:
    """The weekday (Monday 0) a day's match writes before it ("Saturday 9 May"), else None."""
    if "wd" not in m.re.groupindex or not m["wd"]:
        return None
    return WEEKDAYS.index(m["wd"].casefold())


def weekday_pins_year(m: re.Match[str], day: dt.date | None) -> bool:
    """True when a day's match writes the weekday ``day`` falls on: within reach, that names one year."""
    named = weekday_named(m)
    return named is not None and day is not None and day.weekday() == named


def _iso(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    try:
        start = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        end = dt.date(int(m["y2"]), int(m["m2"]), int(m["d2"])) if m["y2"] else start
    except ValueError:
        return None
    return span_value(start, end) if start <= end else None


def _month_year(m: re.Match[str], published: dt.date | None) -> DateValue:
    year, month = int(m["year"]), _month_num(m["month"])
    return span_value(dt.date(year, month, 1), _month_end(year, month))


def _from_month(m: re.Match[str], month_word: str) -> bool:
    """Whether "from" before a month that is no given name makes it a date despite a capital after it.

    "From September Easterby will be a stop on the line" opens a period at
    the month and then names a place as the clause's subject; the capital
    after the month read it as a name ("August Wilson") and the date was
    lost. Months that are also given names stay names ("a letter from June
    Carter").
    """
    return month_word not in _GIVEN_NAME_MONTHS and bool(
        P.DATE_FROM_BEFORE.search(m.string, max(0, m.start() - 6), m.start()))


def _hyphened_edge(m: re.Match[str]) -> bool:
    """Whether a month's name is hyphened onto its edge ("mid-March", "the end-of-May deadline").

    "May" and "March" are words, so a bare one counts only after a date's
    preposition, which the pattern takes as the match's lead; a compound
    adjective has none. A trade site's "by the original end-of-March
    milestone" and a paper's "in mid-May" named no date at all, though
    "mid-June" did.
    """
    return _HYPHENED_EDGE.search(m.string, max(0, m.start() - _EDGE_REACH), m.start()) is not None


def _bare_month(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    month_word = m["month"].casefold()
    lead = fold(m["lead"] or "")
    if not lead and ((month_word in _WORDY_MONTHS and not _hyphened_edge(m))
                     or (P.DATE_NAME_AFTER.match(m.string, m.end()) and not _from_month(m, month_word))):
        return None  # "may not", "March on", "August Pfluger": words and names, not dates
    month = _month_num(month_word)
    carried = _range_end_year(m, month, 1) if lead not in ("last", "next", "this") else None
    if carried is not None:  # "between January and March 2026"
        return span_value(dt.date(carried, month, 1), _month_end(carried, month))
    if published is None:
        return unresolved(m.group(), "month")
    ranges = [(dt.date(y, month, 1), _month_end(y, month))
              for y in range(published.year - 2, published.year + 2)]
    if lead == "last":
        return span_value(*[r for r in ranges if r[1] < published.replace(day=1)][-1])
    if lead == "next":
        return span_value(*next(r for r in ranges if r[0] > published))
    if lead == "this":
        return span_value(dt.date(published.year, month, 1), _month_end(published.year, month))
    # "since March" and "after March" look back: the month has begun by the published date.
    if lead in ("since", "after"):
        return _span_or_none(_latest_before(iter(ranges), published))
    return _span_or_none(_yearless(ranges, published, m))


# The month and day of each holiday DATE_HOLIDAY reads, by its folded first word or two.
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26), "patrick's day": (3, 17), "valentine's day": (2, 14),
    "halloween": (10, 31), "hallowe'en": (10, 31),
}


def _holiday(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """A fixed-date holiday ("New Year's Day"), placed in a year as a day written without one is."""
    name = " ".join(fold(m["holiday"]).replace("’", "'").split())
    month, day = next(v for k, v in _HOLIDAYS.items() if name.endswith(k))
    if published is None:
        return unresolved(m.group(), "day")
    days = [(dt.date(y, month, day),) * 2 for y in range(published.year - 1, published.year + 2)]
    found = _yearless(days, published, m)
    return None if found is None else span_value(*found)


def _month_rel_year(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "June last year", "in March of last year", "May next year": that one month of the year named.

    Read apart, the month was placed in the publication year (or by its
    clause's tense) and "last year" was a second, whole-year date: "June
    last year" in a November 2026 article became June 2026 and 2025, and
    never met another outlet's "June 2025". "May" and "March" are also
    words: without a date preposition before them ("May this year bring
    peace") they are no month, as for a bare month.
    """
    if m["month"].casefold() in _WORDY_MONTHS and not P.DATE_PREPOSITION_BEFORE.search(
            m.string, max(0, m.start() - 12), m.start()):
        return None
    month = _month_num(m["month"])
    if published is None:
        return unresolved(m.group(), "month")
    year = published.year + {"last": -1, "next": 1, "this": 0}[m["rel"].casefold()]
    return span_value(dt.date(year, month, 1), _month_end(year, month))


def month_year_named(raw: str, v: DateValue) -> str | None:
    """The whole year a month of a relative year names ("June last year": 2025's canonical), else None.

    Such a month states its year as much as its month: the aligner keys it
    by both (align.features.value_family_keys, align.similarity.fact_keys),
    so that it meets another outlet's "June 2025" and, as before it was read
    as one month, the story's other sentences about last year.
    """
    m = P.DATE_MONTH_REL_YEAR.fullmatch(raw)
    if m is None:
        return None
    if v.start is None:
        return f"unresolved {fold(m['rel'])} year"
    return f"{v.start.year}-01-01..{v.start.year}-12-31"


def _season(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    season, rel = m["season"].casefold(), (m["rel"] or "").casefold()
    if rel == "the" and not _season_word_is_date(m):
        return None
    if m["year"]:
        return span_value(*_season_range(season, int(m["year"])))
    if not rel:
        return None
    if published is None:
        return unresolved(m.group(), "season")
    ranges = [_season_range(season, y) for y in range(published.year - 2, published.year + 2)]
    if rel == "the":  # like a bare month, its clause's tense first ("will publish it in the spring")
        return _span_or_none(_yearless(ranges, published, m))
    if rel == "last":
        return span_value(*[r for r in ranges if r[1] <= published][-1])
    if rel == "next":
        return span_value(*next(r for r in ranges if r[0] > published))
    # "this winter" is the winter the writer is in or, between two, the nearer one: said in March it is
    # the winter just ended, not next December's; said in May, "this summer" is the one to come.
    return span_value(*min(ranges, key=lambda r: max((r[0] - published).days, (published - r[1]).days, 0)))


def _season_word_is_date(m: re.Match[str]) -> bool:
    """ "the summer" is a date; "the fall of Rome", "the Winter Olympics" and a bare "the spring" are not."""
    after = m.string[m.end():]
    if P.DATE_SEASON_OF.match(after) or (not m["year"] and P.DATE_NAME_AFTER.match(after)):
        return False
    return bool(m["lead"] or m["year"]) or m["season"].casefold() in ("summer", "winter", "autumn")


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _months(year: int, first: int, last: int) -> DateValue:
    return span_value(dt.date(year, first, 1), _month_end(year, last))


def _year_edge(m: re.Match[str], published: dt.date | None) -> DateValue:
    first, last = _YEAR_THIRDS[m["edge"].casefold()]
    return _months(int(m["year"]), first, last)


# Words of a game in a sentence: its "second quarter" is a match's, no quarter of the year ("scored 12 points
# in the second quarter", "trailed 54-50 in the third quarter", "the first quarter of the game").
_GAME_WORDS = frozenset({
    "game", "games", "match", "matches", "score", "scored", "scores", "scoring", "touchdown", "touchdowns",
    "basket", "baskets", "goal", "goals", "led", "trailed", "trailing", "overtime", "half-time", "halftime",
    "buzzer", "quarterback", "rebounds", "interception", "fumble", "penalty", "coach", "referee", "playoff",
    "play-off", "innings", "inning", "pointer", "three-pointer", "free-throws", "touchline", "whistle"})
# A game's score in the sentence: "54-50", "21–14".
_GAME_SCORE = regex(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]?\d)")
_GAME_WORD = regex(r"[A-Za-z][A-Za-z-]*")
# How far either side of a quarter its sentence is read for a game, in characters.
_GAME_REACH = 200
# The ordinals a bare calendar quarter is named by ("the second quarter"); "last quarter" is the one before
# this (daterelative), and "the final quarter" is left to a year written with it.
_QUARTER_ORDINALS = frozenset({"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"})


def _game_sentence(m: re.Match[str]) -> bool:
    """Whether the sentence around a quarter tells of a game (`_GAME_WORDS`, a score): a match's quarter."""
    text = m.string
    lo, hi = max(0, m.start() - _GAME_REACH), min(len(text), m.end() + _GAME_REACH)
    left = max(text.rfind(". ", lo, m.start()), text.rfind("\n", lo, m.start()))
    ends = (text.find(". ", m.end(), hi), text.find("\n", m.end(), hi))
    right = min((i for i in ends if i >= 0), default=hi)
    sentence = text[(left + 1 if left >= 0 else lo):right]
    words = {w.casefold() for w in _GAME_WORD.findall(sentence)}
    return bool(words & _GAME_WORDS) or _GAME_SCORE.search(sentence) is not None


def _calendar_quarter(m: re.Match[str]) -> bool:
    """Whether a yearless "second quarter" is a quarter of the year still to come: a business story's
    ("expects to be back at full output in the second quarter", "the deal is expected to close in the
    third quarter"), not a game's.

    Plans, forecasts and deals are told by quarter without the year, the
    coming one being meant; a match report tells its game by quarter too,
    but in the past, so only a clause that looks ahead (`_tense`) and has no
    game's words or score reads as a date. A quarter told in the past ("sales
    fell 9% in the first quarter") keeps the old reading (no date): measured
    on the stories, dating those changed which passages the aligner joined in
    a story of two years' quarters. Halves stay out ("the first half" is a
    match's as often as a year's), and so do "last" and "final" quarter.
    """
    nth = (m["nth"] or "").casefold()
    return (nth in _QUARTER_ORDINALS and (m["unit"] or "").casefold() == "quarter" and _tense(m) > 0
            and not _game_sentence(m))


def _year_part(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """A quarter or half of a year; without a year only "Q1".."Q4" and a calendar quarter in words
    (`_calendar_quarter`) count (a bare "first half" is sport)."""
    parts = 4 if (m["unit"] or m["letter"]).casefold().startswith("q") else 2
    if m["nth"]:
        word = m["nth"].casefold()
        index = parts if word in ("final", "last", "latter") else _ORDINALS[word]
    else:
        index = int(m["n"])
    if index > parts:
        return None
    first = (index - 1) * 12 // parts + 1
    last = first + 12 // parts - 1
    if m["year"]:
        return _months(int(m["year"]), first, last)
    if not m["rel"] and not m.group().casefold().endswith("year") and (m["nth"] or parts == 2) \
            and not _calendar_quarter(m):
        return None
    if published is None:
        return unresolved(m.group(), "month")
    if m["rel"]:
        return _months(published.year + {"last": -1, "next": 1}.get(m["rel"].casefold(), 0), first, last)
    if m.group().casefold().endswith("year"):
        return _months(published.year, first, last)
    years = range(published.year - 1, published.year + 2)
    ranges = [(dt.date(y, first, 1), _month_end(y, last)) for y in years]
    if m["nth"]:  # a calendar quarter in words looks ahead (`_calendar_quarter`): the coming one
        return _span_or_none(_yearless(ranges, published, m))
    return _span_or_none(_latest_before(iter(ranges), published + FUTURE_WINDOW))


def _year(m: re.Match[str], published: dt.date | None) -> DateValue:
    year = int(m["year"])
    return span_value(dt.date(year, 1, 1), dt.date(year, 12, 31))


# How far back in its passage a yearless day looks for the day its sentence names before it.
_SEQUENCE_REACH = 160
# A sentence break: a day before it dates another sentence's step.
_SENTENCE_BREAK = regex(r"[.!?]\s")


def _before_earlier_day(m: re.Match[str], published: dt.date, day: dt.date) -> bool:
    """Whether a yearless day its clause gives no tense falls before the day its sentence names first.

    "Closures begin on January 18, with the last branch shutting on June
    30", said in October: the sentence tells its steps in order, and January
    18 is next January, so June 30 is the June after it, not the one gone
    by that is nearer the published date. Only when the day's own clause
    says neither ahead nor back (`_tense`: "fell on June 30" keeps its
    past), and only against a day of a month before it in the same sentence.
    """
    if _tense(m) != 0:
        return False
    text = m.string
    lo = max(0, m.start() - _SEQUENCE_REACH)
    cut = max((b.end() for b in _SENTENCE_BREAK.finditer(text, lo, m.start())), default=lo)
    firsts = [x for pat in (P.DATE_MDY, P.DATE_DMY) for x in pat.finditer(text[:m.start()], cut)]
    if not firsts:
        return False
    first = max(firsts, key=lambda x: x.end())
    value = _day_range(first, published)
    return value is not None and value.start is not None and value.start > day

