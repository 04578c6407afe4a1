"""A count's noun before its verb is the subject's head, not the end of a phrase after it (invented text).

"Bailiff repossessions by private and social landlords reached 9,460" counts
repossessions: the word right before "reached" is the agent of "by". Read as
the noun, the figure counted landlords (people), and another outlet's "9,460
households" was set apart from it as a count of another kind; "Evictions in
Lammasport rose to 2,380" counted a place.
"""

from __future__ import annotations

import datetime as dt

from sourcediff.extract import extract
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def _nouns(text: str) -> dict[str, tuple[str, ...]]:
    article = Article(id="x", text=text, published=dt.date(2027, 5, 13))
    return {m.raw: tuple(c for c in m.cues if ":" not in c)
            for m in extract(article, segment(article)) if m.kind is Kind.NUMBER}


def test_agent_after_by_is_not_the_noun() -> None:
    text = "Court repossessions by private and social landlords reached 7,315 in the quarter."
    assert _nouns(text)["7,315"] == ("repossession",)


def test_place_after_in_is_not_the_noun() -> None:
    text = "Evictions in Harlowmere rose to 1,845 last year, the figures show."
    assert _nouns(text)["1,845"] == ("eviction",)


def test_object_after_to_is_not_the_noun() -> None:
    text = "Calls to the Tenancy Advice Line climbed to 23,600 in April."
    assert _nouns(text)["23,600"] == ("call",)


def test_plain_subject_is_unchanged() -> None:
    text = "Possession claims rose to 14,250, the ministry said."
    assert _nouns(text)["14,250"] == ("claim",)


def test_number_of_keeps_its_noun() -> None:
    text = "The number of evictions in Harlowmere rose to 1,845 last year."
    assert _nouns(text)["1,845"] == ("eviction",)
