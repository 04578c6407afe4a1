"""'Were ordered to leave within 72 hours after the survey': a time limit, not a gap between two events.

A span "within N of" after a modal is a time limit (its event dropped, read
by compat.window_length as the period N); an order given to someone ("told
to", "ordered to") sets a limit as a modal does, and "within N after" after
one says the same as "within N of". Read as a gap after the survey, the wire's
72 hours stood in a slot of its own beside the other outlets' "given 72 hours
to leave", one fact made two. "Within N after" with no order or modal before
it stays a gap between two events. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.intervals import find
from sourcediff.values import Interval


@pytest.mark.parametrize("text", [
    "Stallholders were ordered to leave the pier within 72 hours after engineers found rotten beams.",
    "Drivers were told to move their cars within two hours after the flood alert was issued.",
])
def test_within_after_an_order_is_a_limit(text: str) -> None:
    (_, _, value), = find(text)
    assert isinstance(value, Interval) and value.anchor == ""


@pytest.mark.parametrize("text", [
    "Stallholders left the pier within 72 hours after engineers found rotten beams.",
    "The ferry sank within two hours after the storm hit.",
])
def test_within_after_with_no_order_stays_a_gap(text: str) -> None:
    (_, _, value), = find(text)
    assert isinstance(value, Interval) and value.anchor != ""


def test_one_notice_to_leave_written_two_ways_agrees() -> None:
    texts = [
        "Stallholders on Marlow Pier were ordered to leave within 72 hours after engineers found rotten "
        "beams, the harbour board said.",
        "Traders on Marlow Pier have been given 72 hours to leave after engineers found rotten beams.",
        "The harbour board gave Marlow Pier stallholders 72 hours to clear out after rotten beams were "
        "found.",
    ]
    arts = [Article.from_text(t, id=f"s{n}", published="2027-05-04") for n, t in enumerate(texts)]
    facts = [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
             if any("72" in m.raw for m in f.mentions)]
    assert facts == [("agree", ["s0", "s1", "s2"])]
