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
  ("will meet on Friday", "struck on Tuesday": see ``_weekday``);
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
year always counts. Holiday names ("Black Friday") and plural weekdays
("on Fridays") are not dates, nor is a weekday range that describes a
schedule ("open Monday through Friday, 8 a.m. to 6 p.m.": see `_schedules`).
"today's" is skipped: it is usually generic ("today's technology").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from sourcediff.extract import patterns as P
from sourcediff.extract import years
from sourcediff.extract.cues import WEEKDAY_NAMES, Cues, by_pattern_id, cues, has_digit
from sourcediff.extract.shared import shared
from sourcediff.extract.stamps import STAMP, date_is_stamp
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import DateValue

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name.casefold(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({"sept": 9})
for _i, _abbr in enumerate(calendar.month_abbr):
    if _abbr:
        _MONTHS[_abbr.casefold()] = _i

# Meteorological seasons (northern hemisphere): first month and length in months.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Bare month names that are also common English words; they need a date preposition.
_WORDY_MONTHS = frozenset({"may", "march"})
# How far into the future a month or day without a year may point.
FUTURE_WINDOW = dt.timedelta(days=31)
# How far past a known published date a date of a past-tense clause may start (see `_in_written_year`).
PAST_SLACK = dt.timedelta(days=3)
# Relative-day offsets from the published date.
_DAY_OFFSETS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1,
                "this morning": 0, "this afternoon": 0, "this evening": 0}


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


# ---------------------------------------------------------------------------
# calendar arithmetic
# ---------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    first = SEASONS[season]
    end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return dt.date(year, first, 1), _month_end(end_year, end_month)


def precision_of(start: dt.date, end: dt.date) -> str:
    """The precision a range implies, so that a canonical range parses back to an equal value.

    A run of whole months that is neither a season nor a year (a quarter, "mid-2027") is "month".
    """
    if start == end:
        return "day"
    if start.day == 1 and end == _month_end(start.year, start.month):
        return "month"
    if _is_season(start, end):
        return "season"
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return "year"
    if start.day == 1 and end == _month_end(end.year, end.month):
        return "month"
    return "day" if (end - start).days <= 2 else "week"


def _is_season(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and any(_season_range(s, start.year) == (start, end) for s in SEASONS)


def span_value(start: dt.date, end: dt.date | None = None) -> DateValue:
    """A resolved date or range with its precision derived from the range."""
    end = end or start
    return DateValue(start=start, end=end, precision=precision_of(start, end))


def unresolved(words: str, precision: str) -> DateValue:
    return DateValue(start=None, end=None, precision=precision, relative=fold(words))


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


def shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``; None past the calendar's edges (years 1 and 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _latest_before(candidates: Iterator[tuple[dt.date, dt.date]],
                   limit: dt.date) -> tuple[dt.date, dt.date] | None:
    """The latest candidate range starting on or before ``limit`` (candidates in ascending order).

    None when there is none: "February 29" has no candidate in a run of
    non-leap years, and a caller must treat that as no date, not a crash.
    """
    best: tuple[dt.date, dt.date] | None = None
    for cand in candidates:
        if cand[0] <= limit:
            best = cand
    return best


# Words of a clause that put a yearless date ahead of or behind the published date.
# A bare "be" is modal or "to be": "is to be sentenced on Nov. 8" looks ahead though "sentenced" is past.
_FORWARD_WORDS = frozenset({
    "be", "will", "'ll", "shall", "would", "next", "due", "upcoming", "coming", "forthcoming", "scheduled",
    "expected", "expects", "planned", "plans", "slated", "set", "await", "awaits", "ahead"})
# "until" and "till" are in neither: "did not tell the regulator until April 2" looks back, "will stay
# shut until April 2" ahead; the clause's own tense decides. Past forms of irregular verbs count as far
# as the auxiliaries (a regular "-ed" form is read only close to the date, see ``_WEAK_REACH``).
_BACK_WORDS = frozenset({
    "was", "were", "had", "did", "last", "ago", "earlier", "previous", "previously", "since", "rose", "fell",
    "began", "grew", "saw", "took", "came", "went", "won", "lost", "met", "held", "hit", "peaked", "made",
    "left", "paid", "sold", "bought", "gave", "found", "became", "brought", "built", "caught", "chose",
    "drew", "drove", "fought", "flew", "froze", "got", "heard", "hid", "kept", "knew", "led", "sought",
    "sent", "spent", "stood", "stole", "struck", "taught", "thought", "threw", "sat", "ran", "spoke",
    "broke", "wore", "woke", "shook", "sank", "forgot", "understood", "meant", "felt"})
# Past forms that say nothing of the date (reporting verbs), and words that merely end in "ed".
_NOT_BACK = frozenset({
    "said", "told", "added", "noted", "reported", "announced", "stated", "explained", "wrote", "warned",
    "claimed", "argued", "insisted", "confirmed", "indicated", "signalled", "signaled", "need", "indeed",
    "red", "bed", "speed", "feed", "seed", "shed", "hundred"})
_CLAUSE_WORDS = regex(r"[A-Za-z']+")
# A sentence or clause break; a comma too ("forecasts 2.4% in 2027, down from its August figure": "expects"
# before the comma is no cue for August). The stop of "3.1 per cent" or "p.m." has no space after it. A line
# break too: a headline's date is no object of the byline's "posted" below it.
_CLAUSE_BREAK = regex(r"[.,;:!?](?=\s)|\n")
# An appositive of ages between commas ("three men, aged 24, 31 and 38, were arrested on Thursday"): it
# describes the noun before it, so its commas end no clause and the verb after or before it still counts.
_AGES_APPOSITIVE = regex(r",\s+(?:(?:both|all|each)\s+)?aged\s+\d+"
                         r"(?:(?:\s*,\s*|\s+and\s+|\s*-\s*)\d+)*\s*,(?=\s)")
# How far (in characters) either side of a date its tense cues are looked for.
_CUE_CHARS = 160
# How many words before a yearless date its clause may hold a tense cue.
_CUE_REACH = 12
# A regular past form ("-ed") is a weaker cue: it counts only this close to the date ("rates peaked in
# March"), as a verb further off often governs something else ("pushed back against a cut in January").
_WEAK_REACH = 5
# A deadline's word right before the date, and the present modals that make it one still to come:
# "passengers whose flights were cancelled can rebook until Dec. 20" (the nearer modal, not the "were"
# of the relative clause, is the clause's tense). Without the deadline word a modal says nothing of the
# date: "we can now reveal that on June 4 ..." looks back.
_DEADLINE_WORDS = frozenset({"until", "till", "by"})
_MODAL_WORDS = frozenset({"can", "cannot", "must", "should"})


def _tense(m: re.Match[str]) -> int:
    """+1 when the date's clause looks ahead, -1 when it looks back, 0 when it says neither.

    The words before the date are read first, nearest first, and the nearest
    cue wins ("rates fell in March and will be cut in June": "fell" for
    March, "will" for June); a clause stops at a sentence break, a semicolon or a comma.
    Auxiliaries and "next"/"last" count wherever they are, so "will be held"
    looks ahead though "held" is a past form; a regular past form only close
    to the date. Without a cue before it, the few words after it are read
    the same way ("In January, voters chose").
    """
    found = _tense_before(m)
    if found:
        return found
    text = m.string
    start = m.end() + 1 if text.startswith(",", m.end()) else m.end()  # "In January, voters chose"
    stop = _CLAUSE_BREAK.search(text, start, start + _CUE_CHARS)
    after = _CLAUSE_WORDS.findall(text, start, stop.start() if stop else start + _CUE_CHARS)
    return _cue([w.casefold() for w in after], _WEAK_REACH)


# Participles that look ahead as a verb ("is scheduled for March") but describe a noun after a
# determiner ("had undergone a scheduled check in September"), where they say nothing of the tense.
_ATTRIBUTIVE_PARTICIPLES = frozenset({"scheduled", "expected", "planned", "set"})
_DETERMINERS = frozenset("a an the its their his her our your my this that these those".split())


def _attributive_dropped(words: list[str]) -> list[str]:
    """``words`` (in text order) with each participle used as an adjective blanked out.

    "It had undergone a scheduled maintenance check in September", said in
    November, looks back ("had"); the nearer "scheduled" is the check's
    adjective, not the clause's verb, and read as one it sent the month to
    next September. Such an adjective is a weaker cue than any verb of the
    clause before the date, so it counts only when none gives a tense
    (`_tense_before`).
    """
    return ["" if w in _ATTRIBUTIVE_PARTICIPLES and k and words[k - 1] in _DETERMINERS else w
            for k, w in enumerate(words)]


def _clause_before(m: re.Match[str]) -> list[str]:
    """The last ``_CUE_REACH`` words of the date's clause before it, case-folded."""
    text = m.string
    lo = max(0, m.start() - _CUE_CHARS)
    # An ages appositive is left out whole, its commas and its words ("aged" is no past verb, and its
    # numbers would push the clause's verb out of reach).
    inside = [(a.start(), a.end()) for a in _AGES_APPOSITIVE.finditer(text, lo, m.start())]
    cut = max((b.end() for b in _CLAUSE_BREAK.finditer(text, lo, m.start())
               if not any(a <= b.start() < z for a, z in inside)), default=lo)
    words = [w for w in _CLAUSE_WORDS.finditer(text, cut, m.start())
             if not any(a <= w.start() < z for a, z in inside)]
    return [w[0].casefold() for w in words][-_CUE_REACH:]


def _tense_before(m: re.Match[str]) -> int:
    """The tense the words of the date's clause before it give (see ``_tense``), 0 when none."""
    words = _clause_before(m)
    before = _attributive_dropped(words)
    found = _cue(before[::-1], _CUE_REACH, deadline=bool(before) and before[-1] in _DEADLINE_WORDS)
    if found or before == words:
        return found
    return 1  # only "the planned strike in January": the adjective still looks ahead


def _back_before(m: re.Match[str]) -> bool:
    """A past auxiliary or irregular form anywhere in the clause before the date ("had expected to")."""
    return any(w in _BACK_WORDS for w in _clause_before(m))


def _ahead_before(m: re.Match[str]) -> bool:
    """A forward word anywhere in the clause before the date ("is set to last until Thursday" is no past
    clause though "last" is nearest), or a deadline's word right before it: "warned that the firm had
    until Friday" reports a deadline still to come in the past tense of reported speech."""
    words = _clause_before(m)
    return (bool(words) and words[-1] in _DEADLINE_WORDS) or any(w in _FORWARD_WORDS for w in words)


def _cue(words: list[str], reach: int, deadline: bool = False) -> int:
    """The tense the words give, nearest the date first (see ``_tense``); only ``reach`` words count.

    ``deadline``: a deadline's word stands right before the date, so a present modal looks ahead,
    and a regular "-ed" form is no cue: before "until" it is most often a state that lasts up to the
    date ("remains closed until 27 November", "is suspended until", "stays banned until"), which says
    nothing of the date's side; a past clause still has its auxiliary or irregular form ("was", "did").
    """
    weak = 0
    for i, word in enumerate(words[:reach]):
        if word in _FORWARD_WORDS or (deadline and not weak and word in _MODAL_WORDS):
            return 1
        if word in _BACK_WORDS:
            return -1
        if not weak and not deadline and i < _WEAK_REACH and word.endswith("ed") and word not in _NOT_BACK:
            weak = -1
    return weak


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


def _span_or_none(found: tuple[dt.date, dt.date] | None) -> DateValue | None:
    return span_value(*found) if found is not None else None


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


# ---------------------------------------------------------------------------
# one resolver per pattern: match -> DateValue | None
# ---------------------------------------------------------------------------


def _month_num(word: str) -> int:
    return _MONTHS[word.rstrip(".").casefold()]


def _day_num(text: str) -> int:
    return int("".join(ch for ch in text if ch.isdigit()))


def _day_range(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """Month + day (+ second day) (+ year), for both US and UK order."""
    month, day = _month_num(m["month"]), _day_num(m["day"])
    day2 = _day_num(m["day2"]) if m["day2"] else day
    if day2 < day:
        return None
    carried = None if m["year"] else _range_end_year(m, month, day)
    if m["year"]:
        year = int(m["year"])
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
    if not _valid_day(year, month, day2):
        return None
    return span_value(dt.date(year, month, day), dt.date(year, month, day2))


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


def _bare_month(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    month_word = m["month"].casefold()
    lead = fold(m["lead"] or "")
    if not lead and (month_word in _WORDY_MONTHS or P.DATE_NAME_AFTER.match(m.string, m.end())):
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
    current = [r for r in ranges if r[0] <= published <= r[1]]
    return span_value(*(current[0] if current else _season_range(season, published.year)))


def _season_word_is_date(m: re.Match[str]) -> bool:
    """ "the summer" is a date; "the fall of Rome", "the Winter Olympics" and a bare "the spring" are not."""
    after = m.string[m.end():]
    if P.DATE_SEASON_OF.match(after) or (not m["year"] and P.DATE_NAME_AFTER.match(after)):
        return False
    return bool(m["lead"] or m["year"]) or m["season"].casefold() in ("summer", "winter", "autumn")


# Thirds of a year by the words that name them, as (first month, last month).
_YEAR_THIRDS = {"early": (1, 4), "start": (1, 4), "beginning": (1, 4), "mid": (5, 8), "middle": (5, 8),
                "late": (9, 12), "end": (9, 12)}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _months(year: int, first: int, last: int) -> DateValue:
    return span_value(dt.date(year, first, 1), _month_end(year, last))


def _year_edge(m: re.Match[str], published: dt.date | None) -> DateValue:
    first, last = _YEAR_THIRDS[m["edge"].casefold()]
    return _months(int(m["year"]), first, last)


def _year_part(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """A quarter or half of a year; without a year only "Q1".."Q4" count (a bare "first half" is sport)."""
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
    if not m["rel"] and not m.group().casefold().endswith("year") and (m["nth"] or parts == 2):
        return None
    if published is None:
        return unresolved(m.group(), "month")
    if m["rel"]:
        return _months(published.year + {"last": -1, "next": 1}.get(m["rel"].casefold(), 0), first, last)
    if m.group().casefold().endswith("year"):
        return _months(published.year, first, last)
    years = range(published.year - 1, published.year + 2)
    ranges = [(dt.date(y, first, 1), _month_end(y, last)) for y in years]
    return _span_or_none(_latest_before(iter(ranges), published + FUTURE_WINDOW))


def _year(m: re.Match[str], published: dt.date | None) -> DateValue:
    year = int(m["year"])
    return span_value(dt.date(year, 1, 1), dt.date(year, 12, 31))


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
    take this week's Thursday.
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
        tense = _tense_before(m)
        if tense > 0 and not _back_before(m):
            return span_value(published + dt.timedelta(days=(target - published.weekday()) % 7))
        if tense < 0 and not _ahead_before(m):
            return span_value(published - dt.timedelta(days=(published.weekday() - target) % 7))
    return span_value(resolve_weekday(m["weekday"], published, m["rel"]))


# The week "Thursday next week", "Monday of last week", "Friday this week" falls in, from the published one.
_WEEK_OFFSETS = {"next": 1, "last": -1, "this": 0}
# A capitalised word right before a weekday makes it part of a name ("Patch Tuesday", "Super Saturday"):
# no day of this week that a tense or a pair could place; function words that open a sentence are not one.
_NAMED_DAY = regex(
    r"\b(?!(?:On|By|Until|Till|From|And|Or|Since|Before|After|Every|Each|Late|Early|Last|Next|This|That|The)\b)"
    r"[A-Z][a-z]+\s+$")
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


def _relative(m: re.Match[str], published: dt.date | None) -> DateValue:
    words = fold(m["words"])
    if published is None:
        unit = words.split()[-1]
        precision = {"month": "month", "months": "month", "quarter": "month", "year": "year"}.get(unit, "day")
        return unresolved(words, "week" if "week" in unit else precision)
    return span_value(*_relative_range(words, published))


# How an article writes numeric dates: month first, day first, or undecided ("").
MONTH_FIRST, DAY_FIRST = "mdy", "dmy"


def _numeric_parts(m: re.Match[str]) -> tuple[int, int, str]:
    """The first two parts and the year digits of a numeric date match."""
    return int(m["a"]), int(m["b"] or m["bd"]), m["y2"] or m["y4"]


def _numeric_is_code(m: re.Match[str]) -> bool:
    """ "lot 11/28/26", "version 1.12.2026": a code or a version, not a date."""
    return P.DATE_NUMERIC_CODE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) is not None


def numeric_order(text: str) -> str:
    """How ``text`` (a whole article) writes numeric dates, by the module rules; "" when nothing decides."""
    if not has_digit(text) or ("/" not in text and "." not in text):
        return ""
    matches = [m for m in P.DATE_NUMERIC.finditer(text) if not _numeric_is_code(m)]
    if not matches:  # nothing to decide: spare the article the scans below
        return ""
    votes = set()
    for m in matches:
        a, b, _ = _numeric_parts(m)
        if (a > 12) != (b > 12) and max(a, b) <= 31:
            votes.add(DAY_FIRST if a > 12 else MONTH_FIRST)
    if len(votes) == 1:
        return votes.pop()
    if votes:
        return ""
    written = ({MONTH_FIRST for _ in P.DATE_MDY.finditer(text)}
               | {DAY_FIRST for _ in P.DATE_DMY.finditer(text)})
    if len(written) == 1:
        return written.pop()
    return MONTH_FIRST if P.US_ZONE.search(text) else ""


def _two_digit_year(yy: int, published: dt.date | None) -> int:
    """The year nearest the published date ending in ``yy`` (2000-2099 without a published date)."""
    if published is None:
        return 2000 + yy
    century = published.year - published.year % 100
    return min((century - 100 + yy, century + yy, century + 100 + yy), key=lambda y: abs(y - published.year))


def _numeric(m: re.Match[str], published: dt.date | None, order: str | None) -> DateValue | None:
    """A numeric date read in the article's order (None: the order of the text matched in)."""
    if _numeric_is_code(m):
        return None
    if order is None:
        order = numeric_order(m.string)
    a, b, year_text = _numeric_parts(m)
    year = int(year_text) if len(year_text) == 4 else _two_digit_year(int(year_text), published)
    readings = {(a, b)} if order == DAY_FIRST else {(b, a)} if order == MONTH_FIRST else {(a, b), (b, a)}
    days = {dt.date(year, month, day) for day, month in readings
            if 1 <= month <= 12 and 1 <= day <= 31 and _valid_day(year, month, day)}
    if not days:
        return None
    if len(days) > 1:
        return unresolved(m.group(), "day")
    return span_value(days.pop())


Resolver = Callable[[re.Match[str], dt.date | None], DateValue | None]
# Patterns in order of preference when two matches have the same length.
_RESOLVERS: tuple[tuple[re.Pattern[str], Resolver], ...] = (
    (P.DATE_ISO, _iso),
    (P.DATE_MDY, _day_range),
    (P.DATE_DMY, _day_range),
    (P.DATE_MONTH_YEAR, _month_year),
    (P.DATE_SEASON, _season),
    (P.DATE_YEAR_PART, _year_part),
    (P.DATE_YEAR_EDGE, _year_edge),
    (P.DATE_RELATIVE, _relative),
    (P.DATE_MONTH, _bare_month),
    (P.DATE_YEAR, _year),
    (P.DATE_WEEKDAY, _weekday),
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


# What a passage must hold for each pattern to match in it (extract/cues.py): the scans it cannot
# match are skipped. A day of month is digits, a year four of them; the month patterns are case-sensitive.
NEEDS: dict[re.Pattern[str], Callable[[Cues], bool]] = {
    P.DATE_ISO: lambda c: c.digit and c.has("-"),
    P.DATE_MDY: lambda c: c.digit and c.month,
    P.DATE_DMY: lambda c: c.digit and c.month,
    P.DATE_MONTH_YEAR: lambda c: c.year and c.month,
    P.DATE_SEASON: lambda c: c.has("Summer", "summer", "Winter", "winter", "Spring", "spring", "Autumn",
                                   "autumn", "Fall", "fall"),
    # "first quarter", "second half", or a letter and a digit ("Q3", "H1")
    P.DATE_YEAR_PART: lambda c: c.has_ci("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"),
    P.DATE_YEAR_EDGE: lambda c: c.year,
    P.DATE_RELATIVE: lambda c: c.has_ci("today", "yesterday", "days", "week", "month", "year", "quarter",
                                        "tomorrow", "night", "morning", "afternoon", "evening"),
    P.DATE_MONTH: lambda c: c.month,
    P.DATE_YEAR: lambda c: c.year,
    P.DATE_WEEKDAY: lambda c: c.has(*WEEKDAY_NAMES),
    P.DATE_FISCAL_YEAR: lambda c: c.year,
    P.DATE_DECADE: lambda c: c.year,
    P.DATE_YEAR_OF: lambda c: c.year,
    P.DATE_YEAR_MODIFIER: lambda c: c.year,
    P.DATE_YEAR_SPAN_START: lambda c: c.year,
    P.DATE_YEAR_SPAN_END: lambda c: c.year,
    # slashes ("11/28/26"), or dots with a four-digit year ("28.11.2026")
    P.DATE_NUMERIC: lambda c: c.digit and (c.has("/") or (c.year and c.has("."))),
}

_NEEDS_BY_ID = by_pattern_id(NEEDS)


def _candidates(text: str, published: dt.date | None, resolvers: Sequence[tuple[re.Pattern[str], Resolver]],
                first_rank: int) -> Iterator[tuple[int, Found]]:
    """The matches of ``resolvers`` in ``text`` that resolve, ranked by their place from ``first_rank``."""
    found_in = cues(text)
    for rank, (pattern, resolve) in enumerate(resolvers, first_rank):
        if not _NEEDS_BY_ID[id(pattern)](found_in):
            continue
        for m in pattern.finditer(text):
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


# The patterns of a month or a day that may be written without a year (each has a group "year").
_MAY_BE_YEARLESS = (P.DATE_MDY, P.DATE_DMY, P.DATE_MONTH)


def _has_written_year(m: re.Match[str]) -> bool:
    """True when the match names one month or day of a written year (see ``Found.written_year``)."""
    if m.re in (P.DATE_ISO, P.DATE_NUMERIC, P.DATE_MONTH_YEAR):
        return True
    if m.re not in _MAY_BE_YEARLESS:
        return False
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
    numeric = (P.DATE_NUMERIC, functools.partial(_numeric, order=order))
    numerics = tuple(_candidates(text, published, (numeric,), len(_RESOLVERS)))
    if not numerics:
        return _find_fixed(text, published)
    return _choose(text, _fixed_candidates(text, published) + numerics)


@shared
def _fixed_candidates(text: str, published: dt.date | None) -> tuple[tuple[int, Found], ...]:
    """The ranked candidates of every pattern but the numeric dates (which depend on an order)."""
    return tuple(_candidates(text, published, _RESOLVERS, 0))


@shared
def _find_fixed(text: str, published: dt.date | None) -> tuple[Found, ...]:
    """`find` of a passage in which the numeric scan finds nothing, whatever the order."""
    return _choose(text, _fixed_candidates(text, published))


def _choose(text: str, candidates: Iterable[tuple[int, Found]]) -> tuple[Found, ...]:
    """The longest candidates, the earlier-ranked first among equals, no two overlapping, in text order."""
    cands = sorted(candidates, key=lambda c: (-(c[1].end - c[1].start), c[0], c[1].start))
    chosen: list[Found] = []
    for _, found in cands:
        if all(found.end <= c.start or c.end <= found.start for c in chosen):
            chosen.append(found)
    schedules = _schedules(text)
    return tuple(sorted((f for f in chosen if not any(a <= f.start and f.end <= b for a, b in schedules)),
                        key=lambda f: f.start))


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


def extract(article: Article, passages: tuple[Passage, ...], *,
            inferred: bool = False) -> tuple[Mention, ...]:
    """Date mentions of every passage, spans absolute into ``article.text``; bylines' dates cue ``stamp``.

    A month or day without a year takes the year the article writes that
    month with elsewhere (`_in_written_year`), so the whole article is read first.
    ``inferred`` says the published date was inferred from other sources (undated.py).
    """
    out: list[Mention] = []
    order = numeric_order(article.text)
    founds = [(passage, found) for passage in passages
              for found in find(passage.text, article.published, order)]
    years_of = _written_years(found for _, found in founds)
    values = [_in_written_year(found, years_of, article.published, inferred) for _, found in founds]
    # Not against an inferred date: a tense places a day only as surely as the reading date is known, and
    # an inferred one may be a month off (undated.py keeps only the values that do not move with it).
    tensed = years_of if inferred else _tense_years([found for _, found in founds], values, years_of)
    if tensed != years_of:  # a tenseless day of a month only tense placed: read again (`_tense_years`)
        values = [_in_written_year(found, tensed, article.published, inferred) for _, found in founds]
    for (passage, found), value in zip(founds, values, strict=True):
        span = Span(passage.start + found.start, passage.start + found.end)
        stamp = date_is_stamp(article.text, span.start, span.end)
        cues = ((STAMP,) if stamp else ()) + ((WEEKDAY_MISMATCH,) if found.mismatch else ())
        out.append(Mention(kind=Kind.DATE, source=article.id, passage=passage.index, span=span,
                           raw=article.text[span.start:span.end], value=value, slot="date", cues=cues))
    return tuple(out)
