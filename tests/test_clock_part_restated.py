"""A part of day right after a clock restates its half of the day: "at 10am this morning" is one time.

Counted as a second time of its passage, "this morning" made the passage
state two times, and the rule that sets two sources' one time of an
aligned passage against each other passed it over, so a planted rival
release time stayed unique (diverge.restated_parts). Invented text.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.diverge import restated_parts
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _restated(text: str) -> tuple[list[str], list[str]]:
    info = analyse(Article.from_text(text, id="s", published="2027-02-10"))
    times = [m for m in info.mentions if m.kind is Kind.TIME]
    gone = restated_parts(times, {"s": info.article.text})
    return [m.raw for m in times], [times[i].raw for i in sorted(gone)]


@pytest.mark.parametrize(("text", "part"), [
    ("The council published the audit at 10am this morning.", "this morning"),
    ("Police were called to the quay at 11pm last night.", "last night"),
    ("The ferry left Harrowby at 3.15pm this afternoon.", "this afternoon"),
])
def test_a_part_of_day_after_its_clock_is_no_second_time(text: str, part: str) -> None:
    times, gone = _restated(text)
    assert gone == [part], times


def test_a_part_of_day_apart_from_the_clock_stays() -> None:
    times, gone = _restated("The council published the audit at 10am, and the mayor replied this evening.")
    assert gone == [], times


def test_a_part_of_day_that_does_not_hold_the_clock_stays() -> None:
    times, gone = _restated("The vote closes at 9pm tomorrow morning, officials said.")
    assert gone == [], times
