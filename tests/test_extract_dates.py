"""Dates: absolute US/UK formats, relative words anchored on the published date, non-dates."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcediff.extract import dates, times
from sourcediff.extract.dates import parse_date, span_value
from sourcediff.model import Article, Kind
from sourcediff.pipeline import analyse
from sourcediff.segment import segment
from sourcediff.values import ClockTime, DateValue, PartOfDay

THU = dt.date(2026, 2, 26)  # Thursday
FRI = dt.date(2026, 2, 27)  # Friday

DATES = [
    # (text, published, canonical)
    ("Jan. 23, 2025", THU, "2025-01-23"),
    ("January 23, 2025", THU, "2025-01-23"),
    ("23 January 2025", THU, "2025-01-23"),
    ("23rd January, 2025", THU, "2025-01-23"),
    ("the 23rd of January 2025", None, "2025-01-23"),
    ("February 26, 2026", THU, "2026-02-26"),
    ("Thursday, Feb. 26, 2026", THU, "2026-02-26"),
    ("Thursday 26 February 2026", None, "2026-02-26"),
    ("2026-02-26", None, "2026-02-26"),
    ("Sept. 11, 2001", THU, "2001-09-11"),
    ("Feb. 26", THU, "2026-02-26"),
    ("26th February", THU, "2026-02-26"),
    ("Dec. 12", THU, "2025-12-12"),  # later than a month ahead: last year's
    ("March 10", THU, "2026-03-10"),  # within a month ahead: this year's
    ("May 5, 2025", THU, "2025-05-05"),
    ("February 26-27, 2026", THU, "2026-02-26..2026-02-27"),
    ("26-27 February 2026", THU, "2026-02-26..2026-02-27"),
    ("July", THU, "2026-07-01..2026-07-31"),  # no tense to go by: the nearer July
    ("in July", THU, "2026-07-01..2026-07-31"),
    ("in July", dt.date(2025, 8, 1), "2025-07-01..2025-07-31"),
    ("in January", dt.date(2025, 12, 15), "2026-01-01..2026-01-31"),
    ("in May", THU, "2026-05-01..2026-05-31"),
    ("since March", THU, "2025-03-01..2025-03-31"),
    ("last July", dt.date(2025, 7, 20), "2024-07-01..2024-07-31"),
    ("next March", THU, "2026-03-01..2026-03-31"),
    ("July 2025", THU, "2025-07-01..2025-07-31"),
    ("January, 2026", THU, "2026-01-01..2026-01-31"),
    ("in 2024", THU, "2024-01-01..2024-12-31"),
    ("since 2019", None, "2019-01-01..2019-12-31"),
    ("summer 2025", THU, "2025-06-01..2025-08-31"),
    ("autumn 2025", None, "2025-09-01..2025-11-30"),
    ("winter 2024", None, "2024-12-01..2025-02-28"),
    ("last summer", THU, "2025-06-01..2025-08-31"),
    ("last summer", dt.date(2025, 9, 15), "2025-06-01..2025-08-31"),
    ("last summer", dt.date(2025, 7, 10), "2024-06-01..2024-08-31"),
    ("this summer", THU, "2026-06-01..2026-08-31"),
    ("last winter", THU, "2024-12-01..2025-02-28"),
    ("this winter", THU, "2025-12-01..2026-02-28"),
    ("next spring", THU, "2026-03-01..2026-05-31"),
    ("Thursday", THU, "2026-02-26"),
    ("on Friday", THU, "2026-02-27"),
    ("Friday", FRI, "2026-02-27"),
    ("Thursday", FRI, "2026-02-26"),
    ("Wednesday", THU, "2026-02-25"),
    ("Tuesday", THU, "2026-02-24"),
    ("Monday", THU, "2026-02-23"),
    ("Saturday", THU, "2026-02-28"),
    ("Sunday", THU, "2026-03-01"),
    ("last Friday", THU, "2026-02-20"),
    ("last Thursday", THU, "2026-02-19"),
    ("next Friday", THU, "2026-03-06"),
    ("next Thursday", THU, "2026-03-05"),
    ("next Monday", dt.date(2026, 3, 1), "2026-03-02"),
    ("Thursday next week", THU, "2026-03-05"),  # one day, not this week's Thursday and a week
    ("Monday of last week", THU, "2026-02-16"),
    ("Friday this week", THU, "2026-02-27"),
    ("today", THU, "2026-02-26"),
    ("tomorrow", THU, "2026-02-27"),
    ("yesterday", THU, "2026-02-25"),
    ("tonight", THU, "2026-02-26"),
    ("last night", THU, "2026-02-25"),
    ("this morning", THU, "2026-02-26"),
    ("overnight", THU, "2026-02-25..2026-02-26"),
    ("earlier this week", FRI, "2026-02-23..2026-02-26"),
    ("early this week", FRI, "2026-02-23..2026-02-25"),
    ("later this week", THU, "2026-02-27..2026-03-01"),
    ("this week", THU, "2026-02-23..2026-03-01"),
    ("last week", THU, "2026-02-16..2026-02-22"),
    ("next week", THU, "2026-03-02..2026-03-08"),
    ("this weekend", THU, "2026-02-28..2026-03-01"),
    ("last weekend", THU, "2026-02-21..2026-02-22"),
    ("this month", THU, "2026-02-01..2026-02-28"),
    ("earlier this month", THU, "2026-02-01..2026-02-25"),
    ("last month", THU, "2026-01-01..2026-01-31"),
    ("last month", dt.date(2026, 1, 10), "2025-12-01..2025-12-31"),
    ("next month", THU, "2026-03-01..2026-03-31"),
    ("this year", THU, "2026-01-01..2026-12-31"),
    ("earlier this year", THU, "2026-01-01..2026-02-25"),
    ("last year", THU, "2025-01-01..2025-12-31"),
    ("in recent days", THU, "2026-02-19..2026-02-26"),
    ("Friday", None, "unresolved friday"),
    ("earlier this week", None, "unresolved earlier this week"),
    ("in July", None, "unresolved july"),
    ("last summer", None, "unresolved last summer"),
]


@pytest.mark.parametrize(("text", "published", "canonical"), DATES)
def test_dates(text: str, published: dt.date | None, canonical: str) -> None:
    assert parse_date(text, published).canonical() == canonical


NOV = dt.date(2026, 11, 16)  # a Monday in November, after the summer

PARTS_OF_YEAR = [
    # (text, published, raw, canonical, precision): quarters, halves and thirds of a year are whole months
    ("is expected to close in the second quarter of 2027, subject to", NOV, "second quarter of 2027",
     "2027-04-01..2027-06-30", "month"),
    ("to close in the second quarter of calendar 2027", NOV, "second quarter of calendar 2027",
     "2027-04-01..2027-06-30", "month"),
    ("Deliveries start in Q2 2027.", NOV, "Q2 2027", "2027-04-01..2027-06-30", "month"),
    ("Sales fell in Q4 of 2025.", NOV, "Q4 of 2025", "2025-10-01..2025-12-31", "month"),
    ("Q3 results beat forecasts.", NOV, "Q3", "2026-07-01..2026-09-30", "month"),
    ("Profits rose in the first half of 2026.", NOV, "first half of 2026", "2026-01-01..2026-06-30", "month"),
    ("H1 2026 revenue was flat.", NOV, "H1 2026", "2026-01-01..2026-06-30", "month"),
    ("a recovery in the second half of next year", NOV, "second half of next year",
     "2027-07-01..2027-12-31", "month"),
    ("in the fourth quarter of last year", NOV, "fourth quarter of last year", "2025-10-01..2025-12-31",
     "month"),
    ("in the final quarter of the year", NOV, "final quarter of the year", "2026-10-01..2026-12-31", "month"),
    ("Veridian expects the deal to complete by mid-2027.", NOV, "mid-2027", "2027-05-01..2027-08-31",
     "month"),
    ("The plant will open in mid 2027.", NOV, "mid 2027", "2027-05-01..2027-08-31", "month"),
    ("The vote is due in early 2027.", NOV, "early 2027", "2027-01-01..2027-04-30", "month"),
    ("It was built in late 2026.", NOV, "late 2026", "2026-09-01..2026-12-31", "month"),
    ("by the end of 2026", NOV, "the end of 2026", "2026-09-01..2026-12-31", "month"),
    ("in the middle of 2027", NOV, "the middle of 2027", "2027-05-01..2027-08-31", "month"),
    ("talks resume early next year", NOV, "early next year", "2027-01-01..2027-04-30", "month"),
    ("an election in mid-next year", NOV, "mid-next year", "2027-05-01..2027-08-31", "month"),
    ("a deal struck late last year", NOV, "late last year", "2025-09-01..2025-12-31", "month"),
    ("Profits fell last quarter.", NOV, "last quarter", "2026-07-01..2026-09-30", "month"),
    ("by the end of the month", NOV, "the end of the month", "2026-11-21..2026-11-30", "week"),
    ("by the end of next month", NOV, "the end of next month", "2026-12-21..2026-12-31", "week"),
    ("at the start of next week", NOV, "the start of next week", "2026-11-23..2026-11-25", "day"),
    ("by the end of this year", NOV, "the end of this year", "2026-09-01..2026-12-31", "month"),
]


@pytest.mark.parametrize(("text", "published", "raw", "canonical", "precision"), PARTS_OF_YEAR)
def test_parts_of_a_year(text: str, published: dt.date, raw: str, canonical: str, precision: str) -> None:
    (found,) = dates.find(text, published)
    assert (text[found.start:found.end], found.value.canonical(), found.value.precision) == (
        raw, canonical, precision)
    assert parse_date(found.value.canonical()) == found.value


SEASON_WORDS = [
    # (text, published, raw, canonical): "the summer" follows the bare-month rule
    ("Okafor first approached Kestrel over the summer.", NOV, "the summer", "2026-06-01..2026-08-31"),
    ("Okafor first approached Kestrel over the summer.", THU, "the summer", "2025-06-01..2025-08-31"),
    ("The outbreak happened in the summer of 2024.", NOV, "the summer of 2024", "2024-06-01..2024-08-31"),
    ("the outbreak in summer of 2024", NOV, "summer of 2024", "2024-06-01..2024-08-31"),
    ("Work will be finished this summer.", THU, "this summer", "2026-06-01..2026-08-31"),
    ("The summer was the hottest on record.", NOV, "The summer", "2026-06-01..2026-08-31"),
    ("Prices rose during the winter.", THU, "the winter", "2025-12-01..2026-02-28"),
    ("Rates will rise in the autumn.", dt.date(2026, 8, 20), "the autumn", "2026-09-01..2026-11-30"),
    ("Elections are due in the fall.", dt.date(2026, 8, 20), "the fall", "2026-09-01..2026-11-30"),
    ("Planting began in the spring.", dt.date(2026, 6, 20), "the spring", "2026-03-01..2026-05-31"),
    ("Talks continued throughout the summer.", NOV, "the summer", "2026-06-01..2026-08-31"),
    # the clause's tense decides first, as for a bare month: a plan still to come is next spring's
    ("The council would publish its plan in the spring.", NOV, "the spring", "2027-03-01..2027-05-31"),
    ("The council published its plan in the spring.", NOV, "the spring", "2026-03-01..2026-05-31"),
]


@pytest.mark.parametrize(("text", "published", "raw", "canonical"), SEASON_WORDS)
def test_season_words(text: str, published: dt.date, raw: str, canonical: str) -> None:
    assert _found(text, published) == [(raw, canonical)]


def test_july_lies_within_over_the_summer() -> None:
    july, summer = parse_date("in July", NOV), parse_date("over the summer", dt.date(2026, 11, 18))
    assert july.within(summer)
    assert parse_date("second quarter of 2027").start == parse_date("Q2 2027").start
    mid = parse_date("mid-2027")
    assert mid.start is not None and mid.end is not None
    q2 = parse_date("second quarter of 2027")
    assert q2.start is not None and q2.end is not None and mid.start <= q2.end and q2.start <= mid.end


@pytest.mark.parametrize("text", [
    "He scored in the first half of the match.",
    "The first half was dull.",
    "The company's fiscal second quarter of 2027 ends soon.",
    "Its financial third quarter of 2026 was weak.",
    "They were in the third quarter of the game.",
    "The fall of Rome changed Europe.",
    "after the fall of the Berlin Wall",
    "The winter of discontent.",
    "She drank from the spring.",
    "Tickets for the Winter Olympics sold out.",
    "A sharp fall in prices.",
    "The H1B visa programme.",
])
def test_year_parts_and_seasons_that_are_not_dates(text: str) -> None:
    assert _found(text, NOV) == []


MID_MARCH = dt.date(2027, 3, 10)


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    # A plan's quarter without its year is the coming one.
    ("The drugmaker expects to be back at full output in the second quarter.", "second quarter",
     "2027-04-01..2027-06-30"),
    ("The merger is expected to close in the third quarter.", "third quarter", "2027-07-01..2027-09-30"),
    ("The new plant will open in the first quarter.", "first quarter", "2027-01-01..2027-03-31"),
])
def test_yearless_quarter_in_words_is_the_storys_own(text: str, raw: str, canonical: str) -> None:
    assert _found(text, MID_MARCH) == [(raw, canonical)]


@pytest.mark.parametrize("text", [
    "Okafor scored 12 of his 30 points in the second quarter.",
    "The Hawks trailed 54-50 in the third quarter before pulling away.",
    "Two goals in the first quarter settled it.",
    "Revenue rose in the final quarter.",
    "The Hawks will need to score more in the fourth quarter.",
    # told in the past, a quarter stays undated (a game's as often as a year's)
    "Gross domestic product fell 0.4 per cent in the third quarter.",
])
def test_yearless_quarter_of_a_game_is_no_date(text: str) -> None:
    assert _found(text, MID_MARCH) == []


@pytest.mark.parametrize(("text", "canonical"), [
    # "from" a weekday with no tense: the day a limit starts, still to come (written on a Wednesday)
    ("Patients are allowed two pens per prescription from Monday.", "2027-03-15"),
    ("A new timetable applies from Sunday.", "2027-03-14"),
    # an absolute phrase after "with" has no finite verb: its participle tells no past
    ("Health chiefs yesterday imposed limits on chemists, with patients allowed two pens from Monday.",
     "2027-03-15"),
    # a past verb, or a range, keeps the day gone by
    ("The bridge has been closed from Monday.", "2027-03-08"),
    ("The ferry was cancelled from Monday as the storm hit.", "2027-03-08"),
])
def test_a_day_something_starts_from(text: str, canonical: str) -> None:
    assert [c for raw, c in _found(text, MID_MARCH) if raw != "yesterday"] == [canonical]


def test_a_day_things_come_from_is_no_start() -> None:
    """"from Saturday's derailment", written on the Monday after: the day gone by, not the coming one."""
    monday = dt.date(2026, 11, 23)
    assert _found("The toll from Saturday's derailment has risen to 19.", monday) == [
        ("Saturday", "2026-11-21")]


def test_a_range_from_a_weekday_keeps_its_pair() -> None:
    assert _found("The bridge was closed from Monday to Wednesday.", MID_MARCH) == [
        ("Monday", "2027-03-08"), ("Wednesday", "2027-03-10")]


def test_unresolved_parts_of_year_round_trip() -> None:
    for words in ("Q3", "the summer", "in the fall", "early next year", "the end of the month"):
        value = parse_date(words, None)
        assert value.start is None
        assert parse_date(value.canonical()) == value


def _found(text: str, published: dt.date | None = THU) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.value.canonical()) for f in dates.find(text, published)]


def test_weekday_with_its_week_is_one_date() -> None:
    """The week after the day places it; a week in the next sentence does not."""
    assert _found("Talks resume on Tuesday next week.") == [("Tuesday next week", "2026-03-03")]
    assert _found("They met on Tuesday. Next week they meet.")[1] == ("Next week", "2026-03-02..2026-03-08")


@pytest.mark.parametrize("text", [
    "The data may not be reliable.",
    "May I ask a question?",
    "They will march on the capital.",
    "The March on Washington drew crowds.",
    "Black Friday sales and Good Friday services.",
    "The shop opens on Fridays.",
    "It is Super Tuesday.",
    "today's technology cannot do it",
    "for months and in weeks-long talks",
    "Prices fall in spring and summer.",
    "The fall of Rome.",
    "It cost 2024 dollars and 3.5 percent.",
    "Pages 12-14 of the report.",
    "Rep. August Pfluger said",
    "The playwright August Wilson.",
])
def test_negatives(text: str) -> None:
    assert _found(text) == []


def test_longest_expression_wins_and_raw_excludes_preposition() -> None:
    text = "Officials met earlier this week, in July 2025, and on Thursday, Feb. 26, 2026."
    assert _found(text) == [
        ("earlier this week", "2026-02-23..2026-02-25"),
        ("July 2025", "2025-07-01..2025-07-31"),
        ("Thursday, Feb. 26, 2026", "2026-02-26"),
    ]


def test_weekday_of_a_part_of_day_is_also_a_date() -> None:
    assert _found("until Friday evening to comply") == [("Friday", "2026-02-27")]


def test_tweet_embed_date() -> None:
    text = "Otherwise, we will act. — Sean Parnell (@SeanParnellASW) February 26, 2026"
    assert _found(text) == [("February 26, 2026", "2026-02-26")]


def test_parse_date_rejects_non_dates() -> None:
    for text in ("", "banana", "may", "Friday and Saturday", "2026-02-30", "February 30, 2026"):
        with pytest.raises(ValueError):
            parse_date(text, THU)


# ---------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------

_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))


@given(_days)
def test_formats_of_one_day_agree(day: dt.date) -> None:
    month = day.strftime("%B")
    spellings = [day.isoformat(), f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
                 f"{month[:3]}. {day.day}, {day.year}" if month != "May" else f"May {day.day}, {day.year}"]
    assert {parse_date(s) for s in spellings} == {span_value(day)}


@given(_days, _days)
def test_canonical_ranges_round_trip(a: dt.date, b: dt.date) -> None:
    value = span_value(min(a, b), max(a, b))
    assert parse_date(value.canonical()) == value


@given(_days, st.sampled_from(dates.WEEKDAYS))
def test_bare_weekday_is_within_three_days(published: dt.date, weekday: str) -> None:
    value = parse_date(weekday.capitalize(), published)
    assert value.start is not None
    assert abs((value.start - published).days) <= 3
    assert value.start.weekday() == dates.WEEKDAYS.index(weekday)


@given(_days)
def test_relative_ranges_contain_or_touch_published(published: dt.date) -> None:
    for words in ("this week", "this month", "this year", "in recent days", "overnight"):
        value = parse_date(words, published)
        assert value.start is not None and value.end is not None
        assert value.start <= published <= value.end


@given(_days)
def test_earlier_looks_back_from_the_day_of_writing(published: dt.date) -> None:
    value = parse_date("earlier this week", published)
    assert value.start is not None and value.end is not None
    assert value.end < published or value.start == value.end == published  # a Monday: only itself


def test_unresolved_canonical_round_trips() -> None:
    for words in ("Friday", "in July", "since March", "last summer", "earlier this week", "today"):
        value = parse_date(words, None)
        assert value.start is None
        assert parse_date(value.canonical()) == value


# ---------------------------------------------------------------------------
# the seed articles
# ---------------------------------------------------------------------------

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_PREFIX = re.compile(r"^\s*date (\d{4}-\d\d-\d\d) ")


def _seed(key: str) -> Article:
    """A seed as an Article: the ' date YYYY-MM-DD ' prefix is the published date; JSON is WordPress."""
    (path,) = SEEDS.glob(f"{key}_*.txt")
    raw = path.read_text(encoding="utf-8")
    if raw.lstrip().startswith("{"):
        post = json.loads(raw)
        body = re.sub(r"<[^>]+>", "", post["content"]["rendered"])
        text = html.unescape(post["title"]["rendered"] + "\n\n" + body)
        return Article.from_text(text, id=key, published=post["date"][:10])
    m = _PREFIX.match(raw)
    published = m.group(1) if m else None
    return Article.from_text(raw[m.end():] if m else raw, id=key, published=published)


def _mentions(key: str) -> list[tuple[str, str, str]]:
    article = _seed(key)
    passages = segment(article)
    found = [*dates.extract(article, passages), *times.extract(article, passages)]
    for m in found:
        assert article.text[m.span.start:m.span.end] == m.raw
    return [(m.kind.value, m.raw, m.canonical) for m in found]


@pytest.mark.parametrize(("key", "expected"), [
    ("002", ("time", "5:01 PM ET", "17:01 America/New_York = 22:01Z")),
    ("003", ("time", "5:01p.m.", "17:01")),
    ("004", ("time", "5:01 pm (22:01 GMT)", "22:01Z")),
    ("000", ("time", "Friday evening", "2026-02-27 evening")),
    ("001", ("time", "Friday afternoon", "2026-02-27 afternoon")),
    ("002", ("time", "Friday afternoon", "2026-02-27 afternoon")),
    ("000", ("time", "Wednesday night", "2026-02-25 night")),
    ("001", ("time", "Wednesday night", "2026-02-25 night")),
    ("002", ("date", "overnight", "2026-02-25..2026-02-26")),
    ("000", ("date", "Friday", "2026-02-27")),
    ("001", ("date", "Friday", "2026-02-27")),
    ("002", ("date", "Friday", "2026-02-27")),
    ("004", ("date", "Friday", "2026-02-27")),
    ("000", ("date", "Wednesday", "2026-02-25")),
    ("001", ("date", "Thursday", "2026-02-26")),
    ("002", ("date", "Thursday", "2026-02-26")),
    ("004", ("date", "Thursday", "2026-02-26")),
    ("003", ("date", "Thursday", "unresolved thursday")),
    ("002", ("date", "Tuesday", "2026-02-24")),
    ("004", ("date", "earlier this week", "2026-02-23..2026-02-26")),
    ("000", ("date", "July", "2025-07-01..2025-07-31")),
    ("001", ("date", "last summer", "2025-06-01..2025-08-31")),
    ("002", ("date", "Jan. 23, 2025", "2025-01-23")),
])
def test_seed_mentions(key: str, expected: tuple[str, str, str]) -> None:
    assert expected in _mentions(key)


NOV = dt.date(2026, 11, 19)


@pytest.mark.parametrize(("text", "published", "canonical"), [
    # News drops the year for the nearest occurrence: two months ahead beats ten months back.
    ("The board meets again on Feb. 3.", NOV, "2027-02-03"),
    ("The next review is due on Feb. 3.", NOV, "2027-02-03"),
    ("A new tariff takes effect in February.", NOV, "2027-02-01..2027-02-28"),
    ("Output slumped in October.", NOV, "2026-10-01..2026-10-31"),
    # The clause's tense decides when the two are far apart either way.
    ("Prices peaked in April.", NOV, "2026-04-01..2026-04-30"),
    ("The factory was opened in April.", NOV, "2026-04-01..2026-04-30"),
    ("The factory will be opened in April.", NOV, "2027-04-01..2027-04-30"),
    ("He is to be sentenced on March 3.", NOV, "2027-03-03"),
    ("The upcoming auction on June 2 is sold out.", NOV, "2027-06-02"),
    ("The auction on June 2 drew few bids.", NOV, "2026-06-02"),  # no cue before it: the nearer, just
    ("Sales fell in March and will recover by July.", dt.date(2026, 5, 10), "2026-07-01..2026-07-31"),
    ("The lease will end on Dec. 10.", NOV, "2026-12-10"),  # ahead, but not a year ahead
    ("Sales fell in March and will recover by July.", NOV, "2027-07-01..2027-07-31"),
    ("Sales fell in March, and then recovered.", NOV, "2026-03-01..2026-03-31"),
    ("In February, voters rejected the plan.", NOV, "2026-02-01..2026-02-28"),  # the cue after it
    ("In February the plan will go to a vote.", NOV, "2027-02-01..2027-02-28"),
    # "until" follows its clause: past narration looks back, a future clause ahead.
    ("The bakery did not inform its landlord until May 6, a spokesman said.", NOV, "2026-05-06"),
    ("The old bridge stayed shut from 2 June until 9 June.", NOV, "2026-06-09"),
    ("The museum will stay closed until May 6.", NOV, "2027-05-06"),
    # A state that lasts up to the date ("remains closed until") is no past clause: the nearer one.
    ("The ferry pier remains closed until 27 November.", dt.date(2026, 11, 19), "2026-11-27"),
    ("The trail is fenced off until 2 December.", dt.date(2026, 11, 19), "2026-12-02"),
    # An irregular past form reaches as far as an auxiliary; the past perfect looks back.
    ("Inspectors found the faulty valve on 12 April.", NOV, "2026-04-12"),
    ("The council had approved the scheme on 12 April.", NOV, "2026-04-12"),
    ("Volunteers will plant the orchard by 12 April.", NOV, "2027-04-12"),
    # A December article: a future or plain January is the coming one (a past one, see below).
    ("The warehouse will reopen in January.", dt.date(2026, 12, 4), "2027-01-01..2027-01-31"),
    ("The ferry timetable changes on January 5.", dt.date(2026, 12, 4), "2027-01-05"),
])
def test_yearless_date_is_the_nearest_occurrence_unless_tense_says(text: str, published: dt.date,
                                                                     canonical: str) -> None:
    found = dates.find(text, published)  # the last date of the sentence is the one under test
    assert found[-1].value.canonical() == canonical


@pytest.mark.parametrize(("text", "canonicals"), [
    # A range's start takes the year (and month) written at its end.
    ("The pool was shut from 3 May to 17 May 2026 for repairs.", ["2026-05-03", "2026-05-17"]),
    ("The pool was shut from 3 to 17 May 2026.", ["2026-05-03..2026-05-17"]),
    ("Tickets sold between May 3 and May 17, 2026 are void.", ["2026-05-03", "2026-05-17"]),
    ("The exhibition ran from 28 December to 6 January 2026.", ["2025-12-28", "2026-01-06"]),
    # a run of whole months is one period (extract/dateperiods), its start in its end's year
    ("Applications open between June and August 2025.", ["2025-06-01..2025-08-31"]),
])
def test_range_start_takes_the_year_of_its_end(text: str, canonicals: list[str]) -> None:
    assert [f.value.canonical() for f in dates.find(text, NOV)] == canonicals


def _article_dates(text: str, published: dt.date) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="x", published=published)
    return [(m.raw, m.canonical) for m in dates.extract(article, segment(article))]


def test_yearless_date_takes_the_year_the_article_writes_its_month_with() -> None:
    text = ("The canal lock was repaired in April 2026, the trust said. "
            "Boats queue at the lock from 19 April, its report says. "
            "The lock keeper expects crowds again on 30 August.")
    assert _article_dates(text, NOV) == [("April 2026", "2026-04-01..2026-04-30"), ("19 April", "2026-04-19"),
                                         ("30 August", "2027-08-30")]  # no August written: its tense
    # Without the written year, "19 April" with no tense cue is the nearer April: the coming one.
    assert _article_dates("Boats queue at the lock from 19 April, its report says.", NOV) == [
        ("19 April", "2027-04-19")]


def test_a_state_lasting_until_a_coming_date_is_not_moved_a_year_back() -> None:
    # "closed" before "until" is a state up to the date, no past event: the coming 27 November.
    text = "The ferry pier remains closed until 27 November. The old pier was demolished on 3 March."
    assert _article_dates(text, dt.date(2026, 11, 19)) == [("27 November", "2026-11-27"),
                                                           ("3 March", "2026-03-03")]


@pytest.mark.parametrize(("text", "expected"), [
    # A clause that looks ahead takes the coming weekday, four or more days off included (said on a Tuesday).
    ("Extra ferries will sail on Saturday.", ["2026-11-21"]),
    ("The ferries sailed on Saturday.", ["2026-11-14"]),
    ("Officials said on Saturday that the pier had reopened.", ["2026-11-14"]),
    # A clause that looks back takes the latest such day, three days ahead included (said on a Tuesday);
    # a forward word anywhere in it ("set to last") keeps the rule though "last" is nearest.
    ("The storm struck the pier on Friday.", ["2026-11-13"]),
    ("A ferry sank at dawn on Tuesday.", ["2026-11-17"]),
    ("The closure is set to last until Friday.", ["2026-11-20"]),
    # An appositive of ages between commas ends no clause: "detained" still governs the Friday.
    ("Police detained two men, aged 19 and 42, on Friday.", ["2026-11-13"]),
    ("Wardens fined four anglers, all aged 30-35, on Friday.", ["2026-11-13"]),
    ("The mayor warned that the operator had until Friday to reply.", ["2026-11-20"]),
    # The second of a pair is the first's next such day, whatever its own clause says.
    ("Extra ferries will sail on Saturday and Sunday.", ["2026-11-21", "2026-11-22"]),
    ("The ferries sailed on Saturday and Sunday.", ["2026-11-14", "2026-11-15"]),
    ("Ferries will run this Saturday and Sunday, from dawn.", ["2026-11-21", "2026-11-22"]),
    # A day number after the weekday names the date; the month written once at the end of the pair.
    ("The market opens on Saturday 21 and Sunday 22 November.", ["2026-11-21", "2026-11-22"]),
    ("On Saturday 21 people were rescued.", ["2026-11-14"]),  # a count, not a day of the month
    # A past form in the clause, or a weekday in a name, keeps the -3..+3 rule.
    ("The witness had expected to speak on Saturday.", ["2026-11-14"]),
    ("Fixes are due ahead of next week's Gala Saturday.", ["2026-11-14"]),
])
def test_a_weekday_reads_its_own_words(text: str, expected: list[str]) -> None:
    found = dates.find(text, dt.date(2026, 11, 17))  # a Tuesday
    assert [f.value.canonical() for f in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clause continuing a future one after its comma ("..., starting with") has that clause's tense,
    # and a past one's the other way (said on a Tuesday).
    ("The coach will lead the squad on a trial basis, starting with the away match on Saturday.",
     ["2026-11-21"]),
    ("The coach took over the squad, starting with the away match on Saturday.", ["2026-11-14"]),
    ("The festival will open in the park, beginning with a parade on Saturday.", ["2026-11-21"]),
    # A continuing clause of a tenseless one stays with the -3..+3 rule.
    ("Crowds in the park, starting with the parade on Saturday.", ["2026-11-14"]),
    # "is to" / "are to" before a verb looks ahead; "is to blame" does not.
    ("The museum is to reopen on Saturday.", ["2026-11-21"]),
    ("The rowers are to race on Saturday.", ["2026-11-21"]),
    ("The organisers are to blame for Saturday's chaos.", ["2026-11-14"]),
    # A possessive weekday takes the coming day only when the verb after it looks ahead.
    ("Saturday's concert will be held in the square.", ["2026-11-21"]),
    ("Saturday's regatta is set to draw large crowds.", ["2026-11-21"]),
    ("Saturday's concert drew a crowd of 500.", ["2026-11-14"]),
    ("Tickets remain for Saturday's concert in the square.", ["2026-11-14"]),
    # A past clause and a future clause in one sentence: each weekday has its own clause's tense.
    ("The ferries sailed on Saturday and will sail again on Saturday.", ["2026-11-14", "2026-11-21"]),
    ("The band played on Friday, and the choir is to sing on Saturday.", ["2026-11-13", "2026-11-21"]),
])
def test_a_weekday_in_a_future_clause_is_the_coming_one(text: str, expected: list[str]) -> None:
    found = dates.find(text, dt.date(2026, 11, 17))  # a Tuesday
    assert [f.value.canonical() for f in found] == expected


@pytest.mark.parametrize("text", [
    "The parade will take place on Saturday.", "The parade took place on Saturday.",
    "The parade is to take place on Saturday.", "Saturday's parade will start at noon."])
def test_a_weekday_said_on_that_weekday_is_the_day_itself(text: str) -> None:
    # Published on a Saturday: either tense names the day of publication, not a week off.
    assert [f.value.canonical() for f in dates.find(text, dt.date(2026, 11, 21))] == ["2026-11-21"]


def test_past_clause_in_a_december_article_names_this_january() -> None:
    text = "The warehouse burned down in January. It will reopen in January."
    assert _article_dates(text, dt.date(2026, 12, 28)) == [("January", "2026-01-01..2026-01-31"),
                                                           ("January", "2027-01-01..2027-01-31")]
    # Against a date inferred from other sources a month of slack stays (undated.py checks it is robust).
    article = Article.from_text("The warehouse burned down in January.", id="x",
                                published=dt.date(2026, 12, 28))
    (m,) = dates.extract(article, segment(article), inferred=True)
    assert m.canonical == "2027-01-01..2027-01-31"


def test_a_line_break_ends_the_clause_of_a_headline_date() -> None:
    # The byline's past participle below a headline says nothing of the headline's coming date.
    text = "Harbour ferry sign-ups open May 2\nposted by the desk editor"
    assert _article_dates(text, dt.date(2026, 4, 28)) == [("May 2", "2026-05-02")]


def test_yearless_date_takes_the_written_year_a_year_off_it_among_several() -> None:
    # The article writes March with 2026 and with a far year (a term's end): the yearless "1 March"
    # without a tense cue would be the coming March (2027), which the article never writes; 2026 is
    # the one written year a year off it. A far year says nothing of a near month.
    text = ("The licence is suspended from 9 March 2026 until 8 March 2031. "
            "The ferry company loses the route of 1 March, the board says.")
    assert _article_dates(text, NOV)[-1] == ("1 March", "2026-03-01")


def test_a_tenseless_day_takes_the_year_a_tensed_day_of_its_month_was_placed_in() -> None:
    # No February is written with a year: the past "was dredged on Feb. 3" places February in 2026, and the
    # tenseless "Feb. 20" of the same article is that February, not the coming one.
    text = "The harbour basin was dredged on Feb. 3. The ferry company loses its slot of Feb. 20 as well."
    assert _article_dates(text, NOV) == [("Feb. 3", "2026-02-03"), ("Feb. 20", "2026-02-20")]
    # Alone, the tenseless day is the nearer February: the coming one.
    assert _article_dates("The ferry company loses its slot of Feb. 20 as well.", NOV) == [
        ("Feb. 20", "2027-02-20")]
    # A written year still wins over the tensed day, and a forward tense over both.
    text = ("The harbour basin was dredged on Feb. 3. The lock opened in February 2027. "
            "The ferry company loses its slot of Feb. 20 as well. The basin will reopen on Feb. 9.")
    assert [c for _, c in _article_dates(text, NOV)] == ["2026-02-03", "2027-02-01..2027-02-28",
                                                       "2027-02-20", "2027-02-09"]
    # Against an inferred date (a month off at worst) the tensed day decides nothing.
    article = Article.from_text("The basin was dredged on Feb. 3. The company loses its slot of Feb. 20.",
                                id="x", published=NOV)
    assert [m.canonical for m in dates.extract(article, segment(article), inferred=True)][-1] == "2027-02-20"


def test_written_year_does_not_override_a_contrary_tense() -> None:
    text = "Trading fell in March 2026. The new market hall will open on 2 March."
    assert _article_dates(text, NOV)[-1] == ("2 March", "2027-03-02")
    # Two written years for one month: neither is taken.
    text = "Rents rose in March 2025 and in March 2026. Tenants march on 2 March."
    assert _article_dates(text, dt.date(2026, 11, 19))[-1] == ("2 March", "2027-03-02")


def test_seed_date_facts_agree_across_sources() -> None:
    """What compare will rely on: July lies in last summer; Tuesday lies in earlier this week."""
    (found,) = dates.find("The contract was awarded in July.", THU)
    july = found.value
    assert july.within(parse_date("last summer", THU))
    assert parse_date("Tuesday", THU).within(parse_date("earlier this week", FRI))
    # "Wednesday night" (000, 001) against "overnight" (002)
    assert parse_date("Wednesday", THU).within(parse_date("overnight", THU))
    night = times.parse_time("Wednesday night", THU)
    assert isinstance(night, PartOfDay) and night.day == dt.date(2026, 2, 25)
    (et_found,) = times.find("They have until 5:01 PM ET on Friday to decide.", THU)
    et, gmt = et_found.value, times.parse_time("5:01 pm (22:01 GMT)", FRI)
    assert isinstance(et, ClockTime) and isinstance(gmt, ClockTime) and et.utc == gmt.utc == 22 * 60 + 1


def test_mention_fields() -> None:
    article = Article.from_text("Anthropic said Thursday it would not budge.", id="x", published=THU)
    (m,) = dates.extract(article, segment(article))
    assert (m.kind, m.slot, m.source, m.passage, m.raw) == (Kind.DATE, "date", "x", 0, "Thursday")
    assert m.value == DateValue(THU, THU, "day")


def test_a_modal_before_a_deadline_looks_ahead_past_a_relative_clause() -> None:
    # "were" belongs to "whose orders were delayed"; "can ... until" makes the date still to come.
    text = "Shoppers whose orders were delayed can claim a refund until Dec. 18, the store said."
    assert _article_dates(text, dt.date(2026, 12, 1)) == [("Dec. 18", "2026-12-18")]
    text = "Families who were moved out must register by Jan. 9 to keep their places."
    assert _article_dates(text, dt.date(2026, 12, 1)) == [("Jan. 9", "2027-01-09")]


def test_a_modal_without_a_deadline_word_says_nothing_of_the_date() -> None:
    # Without "until"/"by" the modal is the reporter's present, not the date's.
    dec1 = dt.date(2026, 12, 1)
    assert _article_dates("We can now reveal the mayor resigned on June 4.", dec1) == [
        ("June 4", "2026-06-04")]
    assert _article_dates("The council did not reply until Nov. 23, residents said.", dec1) == [
        ("Nov. 23", "2026-11-23")]


@pytest.mark.parametrize(("text", "canonical"), [
    # the verb's tense wins over a nearer participle describing a noun
    ("The ferry had passed a scheduled safety inspection in September.", "2026-09-01..2026-09-30"),
    ("The museum was closed for a planned renovation in September.", "2026-09-01..2026-09-30"),
    # with no verb before the date, the adjective still looks ahead, as before
    ("The planned strike in January was called off.", "2027-01-01..2027-01-31"),
    ("The vote is expected in January.", "2027-01-01..2027-01-31"),
])
def test_attributive_participle_is_a_weak_cue(text: str, canonical: str) -> None:
    """ "had passed a scheduled inspection in September", said in November, is this September."""
    assert [c for _, c in _found(text, dt.date(2026, 11, 20))] == [canonical]


@pytest.mark.parametrize(("text", "canonical"), [
    ("The council won't vote on the plan until May.", "2027-05-01..2027-05-31"),  # "won't" is no "won"
    ("For the club, promoted to England's second tier in May, the move ends a search.",
     "2026-05-01..2026-05-31"),  # the possessive is one word: "promoted" stays within reach
    ("The mayor's office didn't say why the works stopped in March.", "2026-03-01..2026-03-31"),
    ("The club's new ground will open in August.", "2027-08-01..2027-08-31"),
])
def test_a_curly_apostrophe_reads_as_a_straight_one(text: str, canonical: str) -> None:
    """WordPress and word processors curl apostrophes: the clause's tense must not change with them."""
    for written in (text, text.replace("'", "\u2019")):
        article = Article.from_text(written, published="2026-11-25")
        [date] = [m for m in analyse(article).mentions if m.kind is Kind.DATE]
        assert date.value.canonical() == canonical, written
