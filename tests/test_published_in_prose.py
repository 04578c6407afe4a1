"""A clock after "published" in running prose is an event's time, not a byline's stamp (invented text).

"The agency's report, published at 9:30 a.m." times the event the story is
about (a release, a notice, a ruling): two outlets giving it different hours
contradict each other. Read as a stamp, it could never diverge. A byline's
"Published 07:15", "· updated 6.30pm" or "... 2026, updated 16:30" stays one.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.stamps import clock_is_stamp


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(("text", "clock"), [
    ("The harbour authority said in a notice published at 9:30 a.m. that the quay was closed.", "9:30 a.m."),
    ("The survey, published at 11am on Friday, showed the fall.", "11am"),
    ("The inspection figures were published at 14:00 local time.", "14:00"),
])
def test_a_participle_in_prose_times_an_event(text: str, clock: str) -> None:
    assert not clock_is_stamp(*_at(text, clock))


@pytest.mark.parametrize(("text", "clock"), [
    ("By Ilsa Varn | Published 07:15, 3 March 2026\n\nThe quay closed.", "07:15"),
    ("*Vessby Gazette · Tuesday 3 March 2026 · updated 6.30pm*\n\nThe quay closed.", "6.30pm"),
    ("*Notice, Tuesday 3 March 2026, updated 16:30*\n\nThe quay closed.", "16:30"),
    ("This page was last updated at 5pm.", "5pm"),
])
def test_a_byline_stamp_stays_a_stamp(text: str, clock: str) -> None:
    assert clock_is_stamp(*_at(text, clock))


def test_two_hours_for_one_published_report_diverge() -> None:
    lead = "The harbour authority closed the north quay of Vessby after a crane failed an inspection."
    texts = {
        "a": f"{lead}\n\nThe authority's notice, published at 9:30 a.m., gave no date for reopening.",
        "b": f"{lead}\n\nThe notice was published at 9:30 a.m. and gave no date for reopening.",
        "c": f"{lead}\n\nIts notice, published at 9:30am, set no date for reopening the quay.",
        "d": f"{lead}\n\nThe notice was published at 11:30 a.m., with no date for reopening.",
    }
    arts = [Article.from_text(t, id=k, published="2026-03-03") for k, t in texts.items()]
    facts = compare(arts).to_dict()["facts"]
    times = [f for f in facts if f["kind"] == "time"]
    assert any(f["status"] == "diverge" and {m["source"] for m in f["mentions"]} >= {"a", "d"}
               for f in times), times
