"""A past perfect with "by" ("had collected 400 signatures by Saturday") tells when a tally was reached.

It sets no deadline, so another outlet's real deadline in a sentence sharing
a word ("the parish", "the council") is no rival of it. A past perfect that
sets an infinitive's deadline ("had agreed to finish by Friday") or a
modal's ("had said the work would end by June") still names a deadline.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergeslots import _LOOSE_BEFORE


def diverging(*texts: str, published: str = "2026-06-08") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def test_a_tally_reached_by_a_day_is_no_rival_of_a_deadline() -> None:
    assert diverging(
        "Councillor Abeni Trask said residents of the parish would have until 30 June to object"
        " to the quarry.",
        "The council said volunteers had collected more than 400 objections from the parish"
        " by Saturday evening.",
    ) == []


def test_the_past_perfect_reads_as_an_event_time() -> None:
    assert _LOOSE_BEFORE.search("the office had received 212 forms from growers by ") is not None
    assert _LOOSE_BEFORE.search("crews had cleared the main road before ") is not None


def test_a_past_perfect_that_sets_a_deadline_stays_one() -> None:
    assert _LOOSE_BEFORE.search("the firm had agreed to finish the bridge by ") is None
    assert _LOOSE_BEFORE.search("the mayor had said the works would end by ") is None
    assert _LOOSE_BEFORE.search("tenants had until ") is None


def test_two_outlets_deadlines_still_diverge() -> None:
    assert len(diverging("Objections to the quarry plan must reach the council by 30 June.",
                         "Objections to the quarry plan must reach the council by 14 July.")) == 1
