"""A weekday its own words leave open takes the day the story's other sources name (storyweekdays.py)."""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.values import DateValue

WIRE = "The Brenmoor town council voted 7-2 on Thursday to close the Eastgate swimming pool, the mayor said."
# Dated the Monday after: "approved" is too far from "Thursday" for its tense to count.
WEEKLY = ("The Brenmoor council approved a plan to close the Eastgate swimming pool by 7 votes to 2 on "
          "Thursday, the mayor said.")
AHEAD = "The Brenmoor council will vote on Thursday on a plan to close the Eastgate swimming pool."


def _days(*articles: tuple[str, str]) -> dict[str, set[dt.date | None]]:
    arts = [Article.from_text(text, id=f"s{n}", published=day) for n, (text, day) in enumerate(articles)]
    out: dict[str, set[dt.date | None]] = {}
    for info in compare(arts).sources:
        out[info.article.id] = {m.value.start for m in info.mentions
                                if isinstance(m.value, DateValue) and m.raw == "Thursday"}
    return out


def test_a_weekday_the_rule_placed_takes_the_day_another_source_names() -> None:
    days = _days((WIRE, "2026-11-12"), (WEEKLY, "2026-11-16"))
    assert days["s1"] == {dt.date(2026, 11, 12)}, days


def test_alone_it_keeps_the_rules_day() -> None:
    days = _days((WEEKLY, "2026-11-16"),)
    assert days["s0"] == {dt.date(2026, 11, 19)}, days


def test_a_weekday_its_clause_places_is_not_moved() -> None:
    days = _days((WIRE, "2026-11-12"), (AHEAD, "2026-11-16"))
    assert days["s1"] == {dt.date(2026, 11, 19)}, days


# Dated Thursday: the wire's Monday is the one gone by (9 November).
LEVELS = "Reservoir levels at Brenmoor fell to 38 per cent on Monday, the water company said."
# Dated the Saturday after: "from" a day, no past verb near it, starts something still to come.
FOUNTAIN = ("Brenmoor Town Council said it would stop watering the flower beds in the park and switch off "
            "the fountain in the market square from Monday.")


def _mondays(*articles: tuple[str, str]) -> dict[str, set[dt.date | None]]:
    arts = [Article.from_text(text, id=f"s{n}", published=day) for n, (text, day) in enumerate(articles)]
    return {info.article.id: {m.value.start for m in info.mentions
                              if isinstance(m.value, DateValue) and m.raw == "Monday"}
            for info in compare(arts).sources}


def test_a_weekday_after_from_with_no_past_verb_keeps_the_coming_day() -> None:
    days = _mondays((LEVELS, "2026-11-12"), (FOUNTAIN, "2026-11-14"))
    assert days == {"s0": {dt.date(2026, 11, 9)}, "s1": {dt.date(2026, 11, 16)}}, days


def test_a_weekday_after_from_in_a_past_clause_is_the_day_gone_by() -> None:
    past = "The council had switched off the fountain in the market square from Monday."
    days = _mondays((LEVELS, "2026-11-12"), (past, "2026-11-14"))
    assert days["s1"] == {dt.date(2026, 11, 9)}, days



def test_from_a_possessive_weekday_is_the_day_of_an_event_and_still_moved() -> None:
    crash = "Two cargo ships collided in the Brenmoor Strait yesterday, the coastguard said."
    oil = "Oil from Tuesday's collision has begun to wash up on the beaches at Brenmoor."
    days = {info.article.id: {m.value.start for m in info.mentions
                              if isinstance(m.value, DateValue) and m.raw.startswith("Tuesday")}
            for info in compare([Article.from_text(crash, id="s0", published="2026-11-11"),
                                 Article.from_text(oil, id="s1", published="2026-11-14")]).sources}
    assert days["s1"] == {dt.date(2026, 11, 10)}, days


# Dated Saturday 14 November: the library closed on the Friday, the 13th.
CLOSED = "The Brenmoor library was shut on Friday evening as the river rose, the council said."
# Dated Friday 20 November, a week on: its past perfect looks back to the Friday before.
SINCE = "The Brenmoor library had been shut since Friday evening as the river rose."
# Dated Friday 20 November: a saying of the publication day is today's.
SAID = "The Brenmoor council said on Friday that the library would stay shut."


def _fridays(*articles: tuple[str, str]) -> dict[str, set[dt.date | None]]:
    arts = [Article.from_text(text, id=f"s{n}", published=day) for n, (text, day) in enumerate(articles)]
    return {info.article.id: {m.value.start for m in info.mentions
                              if isinstance(m.value, DateValue) and m.raw == "Friday"}
            for info in compare(arts).sources}


def test_the_publication_weekday_in_a_past_perfect_takes_the_week_before_another_source_names() -> None:
    days = _fridays((CLOSED, "2026-11-14"), (SINCE, "2026-11-20"))
    assert days["s1"] == {dt.date(2026, 11, 13)}, days


def test_the_publication_weekday_in_a_past_perfect_alone_stays_today() -> None:
    days = _fridays((SINCE, "2026-11-20"),)
    assert days["s0"] == {dt.date(2026, 11, 20)}, days


def test_the_publication_weekday_said_in_the_past_stays_today() -> None:
    days = _fridays((CLOSED, "2026-11-14"), (SAID, "2026-11-20"))
    assert days["s1"] == {dt.date(2026, 11, 20)}, days
