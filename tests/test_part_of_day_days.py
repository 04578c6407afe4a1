"""A part of day keeps to its weekday's day, and two steps on two days are no rival parts of day.

storyweekdays.py moves a guessed weekday to the day the story's other
sources name; the part of day written with it ("on Saturday morning") moves
too. divergepair._part_beside_day: a passage naming both days ("left on
Friday and was reported missing on Saturday morning") times two steps, so
its "Saturday morning" is no rival of another outlet's "Friday morning".
divergepair.other_time_told: an outlet that times both steps ("toppled at
5.10am yesterday", then "last night closed the quay") gives its night to the
second one, so it is no rival of another outlet's "early on Monday".
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.values import DateValue, PartOfDay

# Dated Monday 12 October: "left" is past, so Saturday is the 10th.
COASTGUARD = "The Kerrin Bay ferry crew left Harwick harbour on Saturday, the coastguard said on Monday."
# Dated Wednesday 14 October: "set off" says no tense, so the -3..+3 rule sends Saturday to the 17th.
WEEKLY = "The Kerrin Bay ferry crew set off from Harwick harbour on Saturday morning with six passengers."


def _report(*articles: tuple[str, str]):  # type: ignore[no-untyped-def]
    arts = [Article.from_text(text, id=f"s{n}", published=day) for n, (text, day) in enumerate(articles)]
    return compare(arts)


def test_a_moved_weekday_takes_its_part_of_day_along() -> None:
    report = _report((COASTGUARD, "2026-10-12"), (WEEKLY, "2026-10-14"))
    weekly = next(s for s in report.sources if s.article.id == "s1")
    days = {m.value.start for m in weekly.mentions if isinstance(m.value, DateValue) and m.raw == "Saturday"}
    parts = {m.value.day for m in weekly.mentions if isinstance(m.value, PartOfDay)}
    assert days == {dt.date(2026, 10, 10)}, days
    assert parts == {dt.date(2026, 10, 10)}, parts


def test_alone_the_part_of_day_keeps_the_rules_day() -> None:
    report = _report((WEEKLY, "2026-10-14"),)
    parts = {m.value.day for m in report.sources[0].mentions if isinstance(m.value, PartOfDay)}
    assert parts == {dt.date(2026, 10, 17)}, parts


TWO_STEPS = ("Climber Tomasz Wirek left the Orle mountain hut alone on Friday and was reported missing "
             "on Saturday morning when he failed to return, the Orle mountain rescue service said.")
ONE_STEP = ("Tomasz Wirek left the Orle mountain hut alone on Friday morning and failed to return, "
            "the Orle mountain rescue service said.")
RIVAL = ("Climber Tomasz Wirek left the Orle mountain hut alone on Thursday morning and was reported "
         "missing when he failed to return, the Orle mountain rescue service said.")


def _time_divergences(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.summary for f in report.facts if f.kind is Kind.TIME and f.status == "diverge"]


def test_a_passage_naming_both_days_is_no_rival_part_of_day() -> None:
    report = _report((TWO_STEPS, "2026-10-12"), (ONE_STEP, "2026-10-12"))
    assert _time_divergences(report) == [], _time_divergences(report)


def test_a_part_of_day_on_a_day_the_passage_does_not_name_still_diverges() -> None:
    report = _report((ONE_STEP, "2026-10-12"), (RIVAL, "2026-10-12"))
    assert _time_divergences(report), [f.summary for f in report.facts]


# Dated Monday 9 March and Tuesday 10 March: the collapse before dawn on the 9th, the closure that night.
CRANE = ("A harbour crane collapsed at the Pellow dock early on Monday, prompting the Pellow Harbour "
         "Authority to close the whole quay to shipping.")
CRANE_BOTH = ("The Pellow dock crane toppled onto the quay at 5.10am yesterday, dockers said.\n\n"
              "The Pellow Harbour Authority last night closed the whole quay to shipping after the crane "
              "collapsed at the Pellow dock.")
CRANE_NIGHT = ("The Pellow dock crane toppled onto the quay, dockers said.\n\n"
               "The Pellow Harbour Authority said a harbour crane collapsed at the Pellow dock last night, "
               "and it closed the whole quay to shipping.")


def test_an_outlet_timing_both_steps_gives_no_rival_part_of_day() -> None:
    report = _report((CRANE, "2026-03-09"), (CRANE_BOTH, "2026-03-10"))
    assert _time_divergences(report) == [], _time_divergences(report)


def test_a_night_told_for_the_same_step_still_diverges() -> None:
    report = _report((CRANE, "2026-03-09"), (CRANE_NIGHT, "2026-03-10"))
    assert _time_divergences(report), [f.summary for f in report.facts]
