"""'Will write to every tenant at least 14 days before the change': a notice period, not a gap between events.

A notice period is a plain duration ("14 days' notice", "14 days in
advance", P.LEAD_TIME); the same period written as a span before the event
the notice is of, after a verb of giving notice (tell, notify, inform,
email, write to), was read as an interval before that event, a slot of its
own, so three outlets stating one notice period made two facts. Warnings
("warned 20 minutes before the flood") stay lead times, intervals before
their event. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.intervals import find
from sourcediff.values import Interval


@pytest.mark.parametrize("text", [
    "Harlow Water says it will write to every tenant at least 14 days before the change.",
    "Tenants must be told 14 days before the rent goes up.",
    "The council will notify residents two weeks before the work starts.",
    "Members were emailed 10 days before the vote.",
])
def test_a_span_before_after_a_verb_of_notice_is_no_interval(text: str) -> None:
    assert find(text) == ()


@pytest.mark.parametrize("text", [
    "Residents were warned 20 minutes before the flood reached the square.",
    "Police arrived 20 minutes before the match ended.",
    "The mayor spoke two hours before the polls closed, her office said.",
])
def test_other_spans_before_an_event_stay_intervals(text: str) -> None:
    found = find(text)
    assert len(found) == 1 and isinstance(found[0][2], Interval) and found[0][2].relation == "before"


def _day_facts(texts: list[str]) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
            if f.kind.value == "number" and any("14 days" in m.raw or "21 days" in m.raw for m in f.mentions)]


def test_one_notice_period_written_three_ways_agrees() -> None:
    facts = _day_facts([
        "Harlow Water will raise bills in April and tenants will be told by letter at least 14 days "
        "in advance.",
        "Harlow Water is raising bills in April, with at least 14 days' notice by letter to every tenant.",
        "Harlow Water is raising bills in April and will write to every tenant at least 14 days "
        "before the change.",
    ])
    assert ("agree", ["s0", "s1", "s2"]) in facts


def test_two_notice_periods_diverge() -> None:
    facts = _day_facts([  # floors ("at least") never contradict each other: exact periods here
        "Harlow Water is raising bills in April and will write to every tenant 14 days before the change.",
        "Harlow Water is raising bills in April and will write to every tenant 21 days before the change.",
    ])
    assert ("diverge", ["s0", "s1"]) in facts
