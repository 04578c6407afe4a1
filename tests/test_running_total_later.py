"""A running total given at a later day is the total grown since, not a rival of an earlier one.

An appeal, a death toll or a vote count climbs while outlets write: a paper
of the next week says "By Wednesday night it had reached £24,950" where the
first day's outlets gave £18,300. Both are right at their own time, so the
judge keeps them apart (updates.later_total); two totals given for one day
that differ still diverge, and so does a later total smaller than the earlier.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.extract import extract
from sourcediff.extract.updates import at_of
from sourcediff.model import Verdict
from sourcediff.segment import segment

_FIRST = ("The Hollin Lane lido will shut in March unless repairs are paid for. "
          "The appeal to save the Hollin Lane lido had raised £18,300 by Friday evening, organisers said. ")
_SECOND = ("Swimmers are fighting to save the Hollin Lane lido from closure in March. "
           "The appeal to save the Hollin Lane lido has collected £18,300 so far, its organisers said. ")


def _diverging(texts: list[tuple[str, str]]) -> list[set[str]]:
    report = compare([Article.from_text(t, id=f"s{n}", published=p) for n, (t, p) in enumerate(texts)])
    return [{m.raw for m in f.mentions} for f in report.facts if f.status is Verdict.DIVERGE]


def test_a_total_by_a_later_day_is_no_rival() -> None:
    later = ("The Hollin Lane lido appeal keeps growing. "
             "By Wednesday night the appeal to save the lido had reached £24,950, organisers said. ")
    found = _diverging([(_FIRST, "2026-11-13"), (_SECOND, "2026-11-14"), (later, "2026-11-20")])
    assert not any("£24,950" in raws for raws in found), found


def test_totals_of_one_day_that_differ_still_diverge() -> None:
    rival = ("The Hollin Lane lido appeal keeps growing. "
             "By Friday evening the appeal to save the lido had reached £24,950, organisers said. ")
    found = _diverging([(_FIRST, "2026-11-13"), (_SECOND, "2026-11-13"), (rival, "2026-11-13")])
    assert any("£24,950" in raws for raws in found), found


def test_a_smaller_total_a_week_later_still_diverges() -> None:
    smaller = ("The Hollin Lane lido appeal keeps growing. "
               "By Wednesday night the appeal to save the lido had reached £12,400, organisers said. ")
    found = _diverging([(_FIRST, "2026-11-13"), (_SECOND, "2026-11-14"), (smaller, "2026-11-20")])
    assert any("£12,400" in raws for raws in found), found


def test_the_day_a_total_is_given_on_is_read_against_the_article_date() -> None:
    article = Article(id="x", published=dt.date(2026, 11, 20),
                      text="By Wednesday night it had reached £24,950. The target is £40,000 by Monday.")
    days = {m.raw: at_of(m) for m in extract(article, segment(article)) if m.raw.startswith("£")}
    assert days == {"£24,950": dt.date(2026, 11, 18), "£40,000": None}  # a later day is a target


def test_so_far_states_no_day() -> None:
    article = Article(id="x", published=dt.date(2026, 11, 20), text="Only 184 km of track is laid so far.")
    assert [at_of(m) for m in extract(article, segment(article)) if m.raw.startswith("184")] == [None]
