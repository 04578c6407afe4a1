"""A verb with a hyphened prefix is read as one verb: "will be re-sat on 3 May" looks ahead.

Why: a yearless day is placed by the tense of its clause. The clause's
words split "re-sat" into "re" and "sat"; the "re" stood between the
participle and its "be", so "sat" read as a past verb, not as the
participle of "will be sat", and a coming day went to the year before.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse

PUBLISHED = "2031-04-20"


def days(body: str) -> list[str]:
    article = Article.from_text("Choir contest to be run again\n\n" + body, id="s0", published=PUBLISHED)
    return [str(m.value.start) for m in analyse(article).mentions if m.kind.value == "date"]


@pytest.mark.parametrize("body", [
    "The heats will be re-sat by every choir on 3 May after the scores were lost.",
    "The final will be re-run in the town hall on 3 May.",
    "The concert is to be co-hosted by two schools on 3 May.",
])
def test_a_coming_day_after_a_prefixed_passive_stays_ahead(body: str) -> None:
    assert days(body) == ["2031-05-03"]


@pytest.mark.parametrize("body", [
    "The heats were re-sat by every choir on 3 April.",
    "The choir re-ran the final on 3 April.",
])
def test_a_past_prefixed_verb_still_looks_back(body: str) -> None:
    assert days(body) == ["2031-04-03"]
