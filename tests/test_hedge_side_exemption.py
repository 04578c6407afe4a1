"""A clock hedged on one side ("shortly after 10 p.m.") is no excuse for a reading on its other side."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare

PLAN = "The harbour board approved the dredging plan {} on Tuesday, its chair said."


def diverging(*texts: str, published: str = "2024-05-15") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


@pytest.mark.parametrize(("hedged", "plain"), [
    ("shortly after 10 p.m.", "9.40pm"),
    ("just after 6am", "5.50am"),
    ("shortly before 3 p.m.", "3.20pm"),
    ("just before 11am", "11.10am"),
])
def test_a_reading_on_the_other_side_of_a_sided_hedge_diverges(hedged: str, plain: str) -> None:
    assert len(diverging(PLAN.format(hedged), PLAN.format(f"at {plain}"))) == 1


@pytest.mark.parametrize(("hedged", "plain"), [
    ("shortly after 10 p.m.", "10.20pm"),
    ("just after 6am", "6.05am"),
    ("shortly before 3 p.m.", "2.40pm"),
    ("just before 11am", "10.50am"),
])
def test_a_reading_on_the_hedged_side_agrees(hedged: str, plain: str) -> None:
    assert diverging(PLAN.format(hedged), PLAN.format(f"at {plain}")) == []
