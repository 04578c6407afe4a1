"""Years and periods written in ways the date patterns leave out.

"A 1988 law" and "the Act of 1964" name a year without a date preposition;
"the 1960s" is a ten-year range; "a three-year deal to 2028" names the
year the deal ends; "from 1978 to 2001" names two years, each read as one;
"built 2011" and "the 2011-built tanker" name the year a thing was made;
"pushed back to 2029" names the year a plan is moved to;
"2027-28" is one academic, fiscal or season year, kept unresolved under one
key; "fiscal 2025" is a company's own year, whose months only the company
knows, so it is kept unresolved with its words rather than guessed as a
calendar year; "Ravelstone (2017)" names the year of the name's event, as
"with Ravelstone in 2017" does, and so does "Old record: 2:04.37, Lars
Brenning, 2019" (a year closing its line after a name and a comma). Each
resolver has the signature of the ones in :mod:`sourcediff.extract.dates`,
which runs them.
"""

from __future__ import annotations

import datetime as dt
import re

from sourcediff.extract import patterns as P
from sourcediff.values import DateValue

# The cue of such a year's mention (dates.extract): the aligner's keys leave it out.
NAMED_YEAR = "named-year"


def names_a_thing(text: str, start: int, raw: str) -> bool:
    """True for the year of "the 1944 Pembrook Saker": a year set between a determiner and a name.

    ``raw`` is the mention's words and ``start`` where they begin in ``text``. The year is read (another
    outlet writes "built in 1944"), but it is part of the thing's designation and recurs with it in
    sentences stating other facts: as a figure key of the aligner (align.features.value_family_keys) it
    drew a tabloid's sentence of the roll into the claim of the crash's time, and passages of other
    stories into claims of other facts of the same named thing (benchmarks/notes/airshowcrash_story.md),
    so its mention carries NAMED_YEAR and the aligner is given no key for it.
    """
    if len(raw) != 4 or not raw.isdigit():
        return False
    end = start + 4
    return (P.DATE_YEAR_NAME_AFTER.match(text, end) is not None
            and P.DATE_YEAR_NAME_LEAD.search(text, max(0, start - 24), start) is not None)


def _whole_years(first: int, last: int) -> DateValue:
    return DateValue(dt.date(first, 1, 1), dt.date(last, 12, 31), "year")


def year_modifier(m: re.Match[str], published: dt.date | None) -> DateValue:
    """ "a 1988 law", "the Act of 1964": the calendar year."""
    year = int(m["year"])
    return _whole_years(year, year)


def decade(m: re.Match[str], published: dt.date | None) -> DateValue:
    """ "the 1960s": 1960 to 1969."""
    first = int(m["decade"])
    return _whole_years(first, first + 9)


def fiscal_year(m: re.Match[str], published: dt.date | None) -> DateValue:
    """ "fiscal 2025", "FY2025": unresolved, kept as its words (fiscal years start in any month)."""
    return DateValue(None, None, "year", f"fiscal {m['year']}")


def year_period(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "2027-28", "2027/2028", "FY2027-28": one academic, fiscal or season year, as its two calendar years.

    Its months depend on who counts it (a school year from September, a
    state's fiscal year from July), so it is read as the two calendar years
    it straddles, whatever the writing: "2027-28" and "2027/2028" are one
    value, "September 2027" fits it, "2026-27" does not. Two years that do
    not follow each other ("2019-21") are a span, not one such year: None.
    """
    first, second = int(m["first"]), m["second"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and last < first:
        last += 100  # "1999-00"
    if last != first + 1:
        return None
    return _whole_years(first, last)


def straddling(v: object) -> bool:
    """True for the value `year_period` gives: two whole calendar years, one after the other."""
    return (isinstance(v, DateValue) and v.precision == "year" and v.start is not None and v.end is not None
            and v.end.year == v.start.year + 1 and (v.start.month, v.start.day, v.end.month, v.end.day)
            == (1, 1, 12, 31))


def span_end(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "from 1978 to 2001": the closing year; None when it comes before the start (no span of years)."""
    first = int(m["lead"].split()[1][:4])
    year = int(m["year"])
    return _whole_years(year, year) if year > first else None


def _bare_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The first and last years of a span written without "from" ("2016 to 2021", "2016-19"), or None.

    None when the years follow each other ("2027-28" is one season, read by
    `year_period`), when the second is not later, or when a two-digit end
    follows "to" ("in 2020 to 24 sites" is a year and a count).
    """
    first, last_text = int(m["first"]), m["last"]
    if len(last_text) == 2:
        if m["link"].strip() not in ("-", "–"):
            return None
        last = first // 100 * 100 + int(last_text)
    else:
        last = int(last_text)
    return (first, last) if last > first + 1 else None


def bare_span_start(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "Period: 2016 to 2021", "in 2016-19": the opening year, as "from 2016" is read."""
    years = _bare_span(m)
    return _whole_years(years[0], years[0]) if years else None


def bare_span_end(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "Period: 2016 to 2021", "in 2016-19": the closing year, as "to 2021" after "from 2016" is read."""
    years = _bare_span(m)
    return _whole_years(years[1], years[1]) if years else None


def historic_span(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "from 1135 to 1154", "(1135–54)", "dated to 1390–1420": the whole span; None when the second
    year is not later."""
    first = int(m["first"] or m["pfirst"] or m["dfirst"])
    last_text = m["last"] or m["plast"] or m["dlast"]
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    return _whole_years(first, last) if last > first else None


_CENTURY_ORDINALS = {w: n for n, w in enumerate((
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first").split(), 1)}


def century(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """ "the 12th century", "twelfth-century": 1101 to 1200, the years the ordinal counts."""
    nth = m["nth"].casefold()
    n = int(nth[:-2]) if nth[0].isdigit() else _CENTURY_ORDINALS[nth]
    if not 1 <= n <= 21:
        return None
    return _whole_years(100 * (n - 1) + 1, 100 * n)


def circa_year(m: re.Match[str], published: dt.date | None) -> DateValue:
    """ "c. 1140", "hidden around 1140": the year named, as writers round it to the same figure."""
    year = int(m["year"])
    return _whole_years(year, year)


RESOLVERS = (
    (P.DATE_YEAR_HISTORIC_SPAN, historic_span),
    (P.DATE_CENTURY, century),
    (P.DATE_YEAR_CIRCA, circa_year),
    (P.DATE_YEAR_PERIOD, year_period),
    (P.DATE_FISCAL_YEAR, fiscal_year),
    (P.DATE_DECADE, decade),
    (P.DATE_YEAR_OF, year_modifier),
    (P.DATE_YEAR_BUILT, year_modifier),
    (P.DATE_YEAR_SERIES_LABEL, year_modifier),
    (P.DATE_YEAR_TIMELINE, year_modifier),
    (P.DATE_YEAR_BRACKETED, year_modifier),
    (P.DATE_YEAR_BRACKETED_FIGURE, year_modifier),
    (P.DATE_YEAR_AFTER_NAME, year_modifier),
    (P.DATE_YEAR_MODIFIER, year_modifier),
    (P.DATE_YEAR_PREFIXED, year_modifier),
    (P.DATE_YEAR_SPAN_START, year_modifier),
    (P.DATE_YEAR_SPAN_END, span_end),
    (P.DATE_YEAR_BARE_SPAN_START, bare_span_start),
    (P.DATE_YEAR_BARE_SPAN_END, bare_span_end),
    (P.DATE_YEAR_TERM_END, year_modifier),
    (P.DATE_YEAR_RESCHEDULED, year_modifier),
)
