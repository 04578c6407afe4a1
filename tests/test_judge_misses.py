"""Divergences the judge missed on real multi-outlet stories, each with a guard against a false alarm."""

from __future__ import annotations

from sourcediff import Article, compare

CLOCK = ('"The council failed its tenants," Okafor wrote in his decision, which was published shortly after '
         '{} (1615 GMT).')
PART = ('In a decision published in the early evening, the ombudsman said: "The council failed its tenants."')


def diverging(*texts: str, published: str = "2024-03-08") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def test_a_hedge_word_does_not_hide_the_slot_of_a_clock_time() -> None:
    # "shortly after" says how precise the time is, not what it times: the rest of the words match.
    assert len(diverging(CLOCK.format("10:15 a.m."), PART)) == 1


def test_a_hedged_clock_time_that_fits_the_part_of_day_agrees() -> None:
    assert diverging(CLOCK.format("6:15 p.m."), PART) == []
