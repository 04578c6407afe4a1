"""Clock times and parts of day: wire, UK and US phrasings, zones with and without DST."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcediff.extract import times
from sourcediff.extract.times import PARTS, ZONES, parse_time
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.segment import segment
from sourcediff.text import fold
from sourcediff.values import ClockTime, PartOfDay

FEB = dt.date(2026, 2, 26)  # a Thursday, US/UK/EU on standard time
JUL = dt.date(2025, 7, 10)  # a Thursday, daylight saving in the northern hemisphere

CLOCKS = [
    # (text, published, canonical)
    ("5:01 PM ET", FEB, "17:01 America/New_York = 22:01Z"),
    ("5:01 p.m. ET", JUL, "17:01 America/New_York = 21:01Z"),
    ("5:01 pm EST", FEB, "17:01 America/New_York = 22:01Z"),
    ("5:01 p.m. EDT", JUL, "17:01 America/New_York = 21:01Z"),
    ("5:01p.m.", None, "17:01"),
    ("5:01pm", FEB, "17:01"),
    ("5.01pm", FEB, "17:01"),
    ("17:01", FEB, "17:01"),
    ("09:30", FEB, "09:30"),
    ("17.01 GMT", FEB, "17:01Z"),
    ("22:01 GMT", None, "22:01Z"),
    ("22:01 UTC", FEB, "22:01Z"),
    ("1700 GMT", FEB, "17:00Z"),
    ("10 a.m.", FEB, "10:00"),
    ("10am", FEB, "10:00"),
    ("10 AM", FEB, "10:00"),
    ("12 p.m.", FEB, "12:00"),
    ("12:30 a.m.", FEB, "00:30"),
    ("noon", FEB, "12:00"),
    ("12 noon", FEB, "12:00"),
    ("midnight", FEB, "00:00"),
    ("noon ET", FEB, "12:00 America/New_York = 17:00Z"),
    ("5:01 pm (22:01 GMT)", FEB, "22:01Z"),
    ("5 p.m. (1700 GMT)", FEB, "17:00Z"),
    ("3 p.m. ET (1900 GMT)", JUL, "15:00 America/New_York = 19:00Z"),
    ("9 a.m. Eastern", FEB, "09:00 America/New_York = 14:00Z"),
    ("9 a.m. Eastern", JUL, "09:00 America/New_York = 13:00Z"),
    ("11 a.m. Eastern Standard Time", FEB, "11:00 America/New_York = 16:00Z"),
    ("3 p.m. local time", FEB, "15:00"),
    ("2 p.m. BST", JUL, "14:00 Europe/London = 13:00Z"),
    ("2 p.m. UK time", FEB, "14:00 Europe/London = 14:00Z"),
    ("14:00 CET", FEB, "14:00 Europe/Berlin = 13:00Z"),
    ("14:00 CEST", JUL, "14:00 Europe/Berlin = 12:00Z"),
    ("8 p.m. Pacific", FEB, "20:00 America/Los_Angeles = 04:00Z"),
    ("8 p.m. PDT", JUL, "20:00 America/Los_Angeles = 03:00Z"),
    ("8:30 a.m. CT", FEB, "08:30 America/Chicago = 14:30Z"),
    ("7 p.m. Mountain Time", FEB, "19:00 America/Denver = 02:00Z"),
    ("10 am AEDT", FEB, "10:00 Australia/Sydney = 23:00Z"),
    ("9 a.m. JST", None, "09:00 Asia/Tokyo = 00:00Z"),  # no DST: computable without a date
    ("6 p.m. IST", None, "18:00 Asia/Kolkata = 12:30Z"),
    ("5:01 PM ET", None, "17:01 America/New_York = ?"),  # DST zone, no date: left open
]

PARTS_OF_DAY = [
    ("Friday evening", FEB, "2026-02-27 evening"),
    ("Friday afternoon", FEB, "2026-02-27 afternoon"),
    ("Wednesday night", FEB, "2026-02-25 night"),
    ("Saturday morning", FEB, "2026-02-28 morning"),
    ("Sunday afternoon", FEB, "2026-03-01 afternoon"),
    ("this afternoon", FEB, "2026-02-26 afternoon"),
    ("this morning", FEB, "2026-02-26 morning"),
    ("yesterday afternoon", FEB, "2026-02-25 afternoon"),
    ("tomorrow morning", FEB, "2026-02-27 morning"),
    ("tonight", FEB, "2026-02-26 tonight"),
    ("last night", FEB, "2026-02-25 night"),
    ("overnight", FEB, "2026-02-25 overnight"),
    ("late Tuesday", FEB, "2026-02-24 late"),
    ("late on Friday", FEB, "2026-02-27 late"),
    ("early Thursday", FEB, "2026-02-26 early"),
    ("early Thursday morning", FEB, "2026-02-26 morning"),
    ("midday", FEB, "midday"),
    ("Friday evening", None, "evening"),
]


@pytest.mark.parametrize(("text", "published", "canonical"), CLOCKS)
def test_clock_times(text: str, published: dt.date | None, canonical: str) -> None:
    value = parse_time(text, published)
    assert isinstance(value, ClockTime)
    assert value.canonical() == canonical


@pytest.mark.parametrize(("text", "published", "canonical"), PARTS_OF_DAY)
def test_parts_of_day(text: str, published: dt.date | None, canonical: str) -> None:
    value = parse_time(text, published)
    assert isinstance(value, PartOfDay)
    assert value.canonical() == canonical
    start, end = PARTS[value.part]
    if text.startswith("early") and value.part == "morning":
        start = PARTS["early"][0]  # "early Thursday morning" takes in the small hours
    assert (value.start_hour, value.end_hour) == (start, end)


def test_early_weekday_morning_takes_in_the_small_hours() -> None:
    from sourcediff.compat import clock_fits_part
    from sourcediff.values import ClockTime

    early = parse_time("early Thursday morning", FEB)
    plain = parse_time("Thursday morning", FEB)
    assert isinstance(early, PartOfDay) and isinstance(plain, PartOfDay)
    assert clock_fits_part(ClockTime(2, 0), early)  # an arrest "shortly after 2 a.m."
    assert not clock_fits_part(ClockTime(2, 0), plain)  # a plain morning still starts at dawn
    assert not clock_fits_part(ClockTime(14, 0), early)  # and an afternoon is still no morning


NOV = dt.date(2026, 11, 20)  # a Friday

EDGE_PARTS = [
    # (sentence, raw, canonical): parts of day named without a day word; the day comes from the sentence
    ("In a ruling handed down in the early afternoon, the judge said", "early afternoon", "early afternoon"),
    ("The judge ruled yesterday in the early afternoon.", "early afternoon", "2026-11-19 early afternoon"),
    # A past clause ("made") takes the Saturday before the Friday of writing, not the next day.
    ("The storm made landfall in the early hours of Saturday.", "early hours", "2026-11-14 early hours"),
    ("Explosions were heard in the small hours.", "small hours", "early hours"),
    # Past clauses whose verb is beyond the tense cue's near reach still take the day before (`_far_past`).
    ("Police raided the house at dawn on Sunday.", "dawn", "2026-11-15 dawn"),
    ("The river burst its banks before dawn.", "dawn", "dawn"),
    ("Troops moved in at first light.", "first light", "dawn"),
    ("Searches were called off at dusk on Thursday.", "dusk", "2026-11-19 dusk"),
    ("Crews worked until nightfall.", "nightfall", "dusk"),
    ("By mid-morning the roads were clear.", "mid-morning", "mid-morning"),
    ("Shares rallied in midafternoon trading today.", "midafternoon", "2026-11-20 mid-afternoon"),
    ("Late afternoon on Tuesday the talks broke up.", "Late afternoon", "2026-11-17 late afternoon"),
    ("The vote came in the late evening.", "late evening", "late evening"),
    ("Crowds gathered in the early evening on Monday.", "early evening", "2026-11-16 early evening"),
    ("Crowds will gather in the early evening on Monday.", "early evening", "2026-11-23 early evening"),
    ("He was arrested late at night.", "late at night", "late night"),
    ("After late-night talks on Thursday, a deal was struck.", "late-night", "2026-11-19 late night"),
    ("Fog is expected in the early morning.", "early morning", "early morning"),
]


@pytest.mark.parametrize(("text", "raw", "canonical"), EDGE_PARTS)
def test_parts_of_day_without_a_day_word(text: str, raw: str, canonical: str) -> None:
    assert _found(text, NOV) == [(raw, canonical)]
    value = parse_time(canonical)
    assert isinstance(value, PartOfDay) and (value.start_hour, value.end_hour) == PARTS[value.part]


def test_sub_ranges_lie_inside_their_part() -> None:
    for edge in ("early", "mid-", "late"):
        for part in ("morning", "afternoon", "evening"):
            key = f"{edge}{part}" if edge.endswith("-") else f"{edge} {part}"
            low, high = PARTS[key]
            assert PARTS[part][0] <= low < high <= PARTS[part][1], key
    assert PARTS["early afternoon"] == (12, 15) and PARTS["late evening"] == (19, 21)


def test_early_afternoon_diverges_from_a_morning_part() -> None:
    from sourcediff.compat import compatible
    from sourcediff.model import Mention

    def mention(value: PartOfDay, source: str) -> Mention:
        return Mention(Kind.TIME, source, 0, Span(0, 1), "x", value, slot="part")

    day = dt.date(2026, 11, 19)
    early, late = (PartOfDay(p, *PARTS[p], day=day) for p in ("early afternoon", "late morning"))
    whole = PartOfDay("afternoon", *PARTS["afternoon"], day=day)
    assert not compatible(mention(early, "a"), mention(late, "b"))
    assert compatible(mention(early, "a"), mention(whole, "b"))


@pytest.mark.parametrize("text", [
    "We met in the afternoon.",  # a bare part with no edge and no day says too little to check
    "He had an early night.",
    "It was the dawn of a new era.",
    "Dawn Butler spoke.",
    "Talks ran late into the evening.",
    "The sunset clause expires.",
])
def test_edge_parts_that_are_not_times(text: str) -> None:
    assert _found(text, NOV) == []


def test_early_after_a_verb_of_stopping_is_ahead_of_time_not_a_part_of_day() -> None:
    # "shut down early on Tuesday": the pump stopped before its time; no small hours of Tuesday are said.
    thursday = dt.date(2026, 2, 26)
    for text in ("The pump shut down early on Tuesday.", "The hearing ended early on Tuesday.",
                 "The ferry arrived early on Tuesday."):
        assert _found(text, thursday) == []
    # The verb's adverb drops only the edge: a part of day named after it is still read.
    assert _found("The pump shut down early on Tuesday morning.", thursday) == [
        ("early on Tuesday morning", "2026-02-24 morning")]
    # Without such a verb "early on Tuesday" is still the small hours.
    assert _found("Police raided the flat early on Tuesday.", thursday) == [
        ("early on Tuesday", "2026-02-24 early")]
    # A particle alone is no verb of stopping: a fire "broke out early on Tuesday" in the small hours.
    for text in ("A fire broke out early on Tuesday.", "Power was cut off early on Tuesday."):
        assert _found(text, thursday) == [("early on Tuesday", "2026-02-24 early")]


def test_parenthesis_keeps_local_clock_and_utc_instant() -> None:
    value = parse_time("5:01 pm (22:01 GMT)", FEB)
    assert value == ClockTime(17, 1, "UTC", 22 * 60 + 1)


def _found(text: str, published: dt.date | None = FEB) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.value.canonical()) for f in times.find(text, published)]


@pytest.mark.parametrize("text", [
    "Shares rose 3.5 percent.",
    "The index climbed 17.01 percent.",
    "The vote was 2:1 in favour.",
    "It finished at 5:01 on the clock.",  # no a.m./p.m.: ambiguous, dropped
    "As John 3:16 says.",
    "The race took 2:05:30.",
    "We met in the afternoon.",  # "noon" inside "afternoon"
    "Ten amendments were filed.",
    "She cost $5.30 a month.",
    "last Friday",  # a date, not a part of day
    "this week",
    "I am sure, and it may be so.",
])
def test_negatives(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the half of the day right after a clock without a.m./p.m. says which it is
    ("The line has been down since 4:12 this morning.", "04:12"),
    ("Talks resume at 3:15 this afternoon.", "15:15"),
    ("Doors open at 7:30 in the evening.", "19:30"),
    ("The last train left at 12:20 this morning.", "00:20"),
])
def test_a_part_of_day_after_a_clock_is_its_am_or_pm(text: str, expected: str) -> None:
    clocks = [value for raw, value in _found(text) if ":" in raw]
    assert clocks == [expected]


def test_day_named_in_passage_drives_daylight_saving() -> None:
    # The day after the US switch to daylight saving (2026-03-08): ET is UTC-4.
    text = "The deadline is 5 p.m. ET on Monday."
    assert _found(text, dt.date(2026, 3, 6)) == [("5 p.m. ET", "17:00 America/New_York = 21:00Z")]
    assert _found("The deadline is 5 p.m. ET.", dt.date(2026, 3, 6)) == [
        ("5 p.m. ET", "17:00 America/New_York = 22:00Z")]


def test_nearest_named_day_wins() -> None:
    text = "On March 1, officials said the vote is 5 p.m. ET on July 1, 2025."
    assert _found(text) == [("5 p.m. ET", "17:00 America/New_York = 21:00Z")]


def test_several_times_in_one_sentence() -> None:
    text = "Polls open at 7 a.m. and close at 8 p.m. ET; results by midnight."
    assert [raw for raw, _ in _found(text)] == ["7 a.m.", "8 p.m. ET", "midnight"]


def test_parse_time_rejects_non_times() -> None:
    for text in ("", "Friday", "3.5", "5:01 PM ET and 6 p.m.", "banana"):
        with pytest.raises(ValueError):
            parse_time(text, FEB)


def test_zone_table_names_are_real_zones() -> None:
    from zoneinfo import ZoneInfo

    for name in set(ZONES.values()):
        ZoneInfo(name)


def _article(text: str, published: dt.date | None) -> tuple[Article, tuple[Passage, ...]]:
    article = Article.from_text(text, id="a", published=published)
    passages = []
    offset = 0
    for i, line in enumerate(text.split("\n")):
        passages.append(Passage("a", i, i, Span(offset, offset + len(line)), line, fold(line)))
        offset += len(line) + 1
    return article, tuple(passages)


def test_extract_mentions_have_absolute_spans_and_slots() -> None:
    text = "Intro line.\nThey have until 5:01 PM ET on Friday, or Friday evening at the latest."
    article, passages = _article(text, FEB)
    mentions = times.extract(article, passages)
    assert [(m.raw, m.slot, m.passage) for m in mentions] == [
        ("5:01 PM ET", "clock", 1), ("Friday evening", "part", 1)]
    for m in mentions:
        assert m.kind is Kind.TIME and m.source == "a"
        assert text[m.span.start:m.span.end] == m.raw
    assert mentions[0].canonical == "17:01 America/New_York = 22:01Z"


# ---------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------

_hours = st.integers(min_value=0, max_value=23)
_minutes = st.integers(min_value=0, max_value=59)


def _twelve(hour: int) -> tuple[int, str]:
    return (hour % 12 or 12), ("pm" if hour >= 12 else "am")


@given(_hours, _minutes)
def test_twelve_hour_spellings_agree(hour: int, minute: int) -> None:
    h, ap = _twelve(hour)
    spellings = [f"{h}:{minute:02d} {ap.upper()}", f"{h}:{minute:02d} {ap[0]}.m.", f"{h}:{minute:02d}{ap}",
                 f"{h}:{minute:02d}{ap[0]}.m.", f"{h}.{minute:02d}{ap}"]
    values = {parse_time(s) for s in spellings}
    assert values == {ClockTime(hour, minute)}
    if hour >= 13 or hour < 10:  # 10:00-12:59 without a.m./p.m. is ambiguous and not read
        assert parse_time(f"{hour:02d}:{minute:02d}") == ClockTime(hour, minute)


@given(_hours, _minutes, st.sampled_from(sorted(set(ZONES.values()))),
       st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31)) | st.none())
def test_clock_canonical_round_trips(hour: int, minute: int, zone: str, day: dt.date | None) -> None:
    value = times.clock(hour, minute, None, None) if zone == "UTC" else ClockTime(
        hour, minute, zone, times.utc_minutes(hour, minute, zone, day))
    assert parse_time(value.canonical()) == value


@given(_hours, _minutes, st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_gmt_equals_utc_and_z(hour: int, minute: int, day: dt.date) -> None:
    gmt = parse_time(f"{hour:02d}:{minute:02d} GMT", day)
    assert gmt == parse_time(f"{hour:02d}:{minute:02d} UTC", day) == parse_time(gmt.canonical())
    assert gmt == ClockTime(hour, minute, "UTC", hour * 60 + minute)


@given(st.sampled_from(sorted(PARTS)), st.dates() | st.none())
def test_part_canonical_round_trips(part: str, day: dt.date | None) -> None:
    value = PartOfDay(part, *PARTS[part], day=day)
    assert parse_time(value.canonical()) == value


def _article_clocks(text: str) -> list[tuple[str, str]]:
    article = Article(id="x", text=text, format="text", published=FEB)
    passage = Passage("x", 0, 0, Span(0, len(text)), text, fold(text))
    return [(m.raw, m.value.canonical()) for m in times.extract(article, (passage,)) if m.slot == "clock"]


def test_an_article_on_the_24_hour_clock_reads_its_morning_times() -> None:
    # A live blog stamps its entries "18:20", "07:15": its "at 10:00" is ten in the morning.
    text = "18:20 The council has called both sides to a meeting at 10:00 tomorrow. 07:15 Roads are quiet."
    assert times.keeps_24h(text)
    assert _article_clocks(text) == [("18:20", "18:20"), ("10:00", "10:00"), ("07:15", "07:15")]


@pytest.mark.parametrize("text", [
    "The meeting is at 10:00, and the vote at 7 p.m.; doors open 18:30.",  # a.m./p.m. too: stays ambiguous
    "The meeting is at 10:00 tomorrow.",  # no 24-hour time shows how the article writes them
    "Doors open 18:30. As John 3:16 says, the score was 10:45 on the board.",  # no time preposition
])
def test_a_lone_morning_colon_time_stays_ambiguous(text: str) -> None:
    assert ("10:00", "10:00") not in _article_clocks(text)
    assert not any(raw in ("3:16", "10:45") for raw, _ in _article_clocks(text))


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The stoppage began at one minute past midnight on Monday.", "one minute past midnight", "00:01"),
    ("The ban begins at a minute past midnight on Monday.", "a minute past midnight", "00:01"),
    ("Curfew starts a minute after midnight.", "a minute after midnight", "00:01"),
    ("The polls shut a minute before noon.", "a minute before noon", "11:59"),
    ("Polls close at a quarter to midnight.", "a quarter to midnight", "23:45"),
    ("Lunch was served at half past noon.", "half past noon", "12:30"),
    ("The ship sank ten minutes before midnight.", "ten minutes before midnight", "23:50"),
    ("The first shot came twenty-five minutes after noon.", "twenty-five minutes after noon", "12:25"),
])
def test_minutes_counted_from_noon_or_midnight(text: str, raw: str, canonical: str) -> None:
    assert _found(text) == [(raw, canonical)]


@pytest.mark.parametrize("text", [
    "The fire was out ninety minutes after midnight.",  # an hour or more: a duration from midnight
    "The doors shut half to midnight.",  # not English
    "They waited a minutes past midnight.",  # not English: "a" counts one minute only
])
def test_minute_counts_that_are_no_clock_leave_midnight_alone(text: str) -> None:
    assert _found(text) == [("midnight", "00:00")]


@pytest.mark.parametrize(("text", "found", "zone"), [
    ("Trading halted at 11:40 Chicago time.", "11:40 Chicago time", "America/Chicago"),
    ("Polls close at 09:15 Hong Kong time on Sunday.", "09:15 Hong Kong time", "Asia/Hong_Kong"),
    ("The fund was priced at noon Lisbon time.", "noon Lisbon time", "Europe/Lisbon"),
    ("Trading halted at 11:40 Vellport time.", "11:40 Vellport time", None),
])
def test_a_place_then_time_is_a_zone_that_keeps_a_24h_clock(text: str, found: str, zone: str | None) -> None:
    """A city's clock: a colon time that could be 12-hour is kept, in the city's zone when the
    place table (extract/placezones.py) holds it, else floating."""
    hits = [(text[f.start:f.end], f.value) for f in times.find(text, FEB)]
    assert len(hits) == 1 and hits[0][0] == found
    value = hits[0][1]
    assert isinstance(value, ClockTime) and value.zone == zone and (value.utc is None) == (zone is None)


@pytest.mark.parametrize("text", ["The match turned at 2:1 before half time.", "It was 10:30 Friday time.",
                                  "The ratio stood at 3:2 Home time."])
def test_no_place_time_zone_without_a_place(text: str) -> None:
    """Lower-case words, weekdays and a ratio before a capitalized word are no place's clock."""
    assert [text[f.start:f.end] for f in times.find(text, FEB) if isinstance(f.value, ClockTime)] == []


def test_a_place_time_never_borrows_a_zone_from_its_first_word() -> None:
    assert times.zone_name("British Columbia time") == "America/Los_Angeles"  # the province's, no BST
    assert times.zone_name("British Koslavia time") == times.LOCAL
    assert times.zone_name("Eastern Standard Time") == "America/New_York"
    assert times.zone_name("UK time") == "Europe/London"


def test_an_article_that_declares_its_zone_gives_it_to_its_bare_clocks() -> None:
    # "All times CET": the blog's bare "9:15 am" is 08:15 UTC in February; a zoned clock keeps its own zone.
    text = "All times CET. 09:30 The ferry left at 9:15 am, an hour late, and docked at 10:55 GMT."
    assert _article_clocks(text) == [
        ("09:30", "09:30 Europe/Berlin = 08:30Z"), ("9:15 am", "09:15 Europe/Berlin = 08:15Z"),
        ("10:55 GMT", "10:55Z")]
    # "local (CET)" and "<place> time (CET)" call them the story's local time; a bare "CET" does not.
    def local_flags(note: str) -> list[bool]:
        article = Article(id="x", text=f"{note} The ferry left at 9:15 am.", format="text", published=FEB)
        passage = Passage("x", 0, 0, Span(0, len(article.text)), article.text, fold(article.text))
        return [m.value.local for m in times.extract(article, (passage,)) if isinstance(m.value, ClockTime)]
    assert local_flags("All times local (CET).") == [True]
    assert local_flags("All times Paris time (CET).") == [True]
    assert local_flags("All times CET.") == [False]
    # A zone the table does not know, "local" alone, or no note at all leave the clocks bare.
    for note in ("All times local (XYZ).", "All times local.", "It was cold at all times."):
        assert _article_clocks(f"{note} The ferry left at 9:15 am on time.") == [("9:15 am", "09:15")]


@pytest.mark.parametrize(("note", "clock"), [
    ("All times Mountain (MST).", "16:42 America/Denver = 23:42Z"),
    ("All times Central (CST).", "16:42 America/Chicago = 22:42Z"),
    ("All times Eastern (EST).", "16:42 America/New_York = 21:42Z"),
])
def test_a_zone_named_then_abbreviated_in_brackets_is_declared(note: str, clock: str) -> None:
    # "All times Mountain (MST)": the zone's name before its abbreviation; the blog's bare clocks keep it.
    assert _article_clocks(f"{note} The probe landed at 4:42 p.m. on Thursday.") == [("4:42 p.m.", clock)]


@pytest.mark.parametrize("note", [
    "All times Mountain.",  # no abbreviation: the name alone is not read as a note
    "The pass is staffed at all times, Mountain Rescue (MR) said.",  # not a note of the blog's clocks
])
def test_no_declared_zone_from_a_name_without_its_bracketed_abbreviation(note: str) -> None:
    text = f"{note} The probe landed at 4:42 p.m."
    assert _article_clocks(text) == [("4:42 p.m.", "16:42")]


def _article_clock_values(text: str) -> list[ClockTime]:
    article = Article(id="x", text=text, format="text", published=FEB)
    passage = Passage("x", 0, 0, Span(0, len(text)), text, fold(text))
    return [m.value for m in times.extract(article, (passage,)) if isinstance(m.value, ClockTime)]


@pytest.mark.parametrize(("text", "offset"), [
    ("The barge sank at 20:40 GMT (local time is GMT+2).", 120),
    ("Voting closed at 1130 GMT; local time, UTC+5:30, was later.", 330),
    ("Kick-off is 23:00 GMT, 8 p.m. GMT-3 local time.", -180),
    ("The sirens sounded at 20:40 GMT.", None),  # no local offset stated
    ("Offices open at 09:00 GMT: in the north local time is GMT+2, in the east local time is GMT+3.", None),
])
def test_an_article_states_its_local_offset_once(text: str, offset: int | None) -> None:
    assert times.stated_offset(text) == offset


def test_a_utc_time_reads_on_the_local_clock_the_article_states() -> None:
    # "20:40 GMT" in an article that says local time is GMT+2 is 22:40 on a floating local clock.
    from sourcediff.compat import compatible
    (value,) = _article_clock_values("The barge sank at 20:40 GMT (local time is GMT+2), far from port.")
    assert value == ClockTime(22, 40, "UTC", 20 * 60 + 40)
    assert value.canonical() == "20:40Z"
    utc = Mention(Kind.TIME, "a", 0, Span(0, 0), "20:40 GMT", value, slot="clock")
    local = Mention(Kind.TIME, "b", 0, Span(0, 0), "10:40 p.m.", ClockTime(22, 40), slot="clock")
    other = Mention(Kind.TIME, "b", 0, Span(0, 0), "8:40 p.m.", ClockTime(20, 50), slot="clock")
    assert compatible(utc, local)
    assert not compatible(utc, other)
    # With no stated offset the UTC clock keeps its own reading.
    (plain,) = _article_clock_values("The barge sank at 20:40 GMT, far from port.")
    assert plain == ClockTime(20, 40, "UTC", 20 * 60 + 40)


@pytest.mark.parametrize(("sentence", "day"), [
    # a past clause's weekday is the one before the dateline, as the same words read as a date are
    ("The hikers left the lodge on Tuesday morning, the park said.", "2026-11-10"),
    # a clause that looks ahead takes the coming one
    ("The hikers will leave the lodge on Tuesday morning, the park said.", "2026-11-17"),
])
def test_a_part_of_days_weekday_is_the_day_its_date_is(sentence: str, day: str) -> None:
    from sourcediff.pipeline import analyse

    info = analyse(Article.from_text(sentence, id="s", published="2026-11-15"))  # a Sunday
    parts = [m.value for m in info.mentions if isinstance(m.value, PartOfDay)]
    dates = [m.value for m in info.mentions if m.kind is Kind.DATE]
    assert [str(p.day) for p in parts] == [day]
    assert [str(d.start) for d in dates] == [day]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "local"), [
    # The conversion written the other way round: UTC first, the local reading in the parenthesis.
    ("The slope failed at 03:35 UTC (04:35 local time) on Monday.", (4, 35)),
    ("The ferry sailed at 0610 GMT (7.10am local time).", (7, 10)),
    ("Voting ended at 18:00 GMT (21:00 local time), officials said.", (21, 0)),
])
def test_a_utc_clock_with_its_local_reading_is_one_mention(text: str, local: tuple[int, int]) -> None:
    article = Article.from_text(text, id="t", published="2026-11-16")
    found = [m for m in times.extract(article, segment(article)) if isinstance(m.value, ClockTime)]
    assert len(found) == 1
    value = found[0].value
    assert isinstance(value, ClockTime)
    assert ((value.hour, value.minute), value.zone) == (local, "UTC")
    assert value.utc is not None and divmod(value.utc, 60) != local  # the instant is the UTC clock's


@pytest.mark.parametrize("text", [
    "The ferry sailed at 06:10 (07:10 local time).",  # no zone first: two local readings, as written
    "The ferry sailed at 06:10 GMT (07:10 CET).",  # a zoned restatement keeps the first clock
])
def test_a_local_parenthesis_needs_a_utc_clock_first(text: str) -> None:
    article = Article.from_text(text, id="t", published="2026-11-16")
    found = [m.value for m in times.extract(article, segment(article)) if isinstance(m.value, ClockTime)]
    assert not any(isinstance(v, ClockTime) and (v.hour, v.minute) == (7, 10) and v.zone == "UTC"
                   for v in found)


@pytest.mark.parametrize(("text", "want"), [
    ("ALL TIMES CET. The ferry left at 9:15 am.", ("CET", False)),  # the note's word in capitals
    ("All Times Local (CET). The ferry left.", ("CET", True)),
    ("All times CET. Müller’s ferry left at 9:15 am.", ("CET", False)),  # a non-ASCII letter: no word test
    ("The ferry left at 9:15 am, an hour late.", None),  # no "times": the note's scan is skipped
])
def test_the_declared_zone_word_test_is_case_blind(text: str, want: tuple[str, bool] | None) -> None:
    assert times.declared_zone(text) == want
