"""An order of magnitude ("thousands") of one noun is not linked to one of another noun outside a claim.

"Thousands of new flats" and "thousands of people" fit as values, and two
passages about one district can be alike enough for the judge's loose
link; the figure is evidence of no particular number and the nouns say two
things are counted, so they must not read as one agreed fact.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from sourcediff import Article
from sourcediff.evidence import Evidence
from sourcediff.factlinks import _link_strength, _vague_other_noun
from sourcediff.model import Mention
from sourcediff.pipeline import analyse


def _count(text: str) -> Mention:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return next(m for m in info.mentions if m.slot.endswith(":count"))


def test_magnitudes_of_two_nouns_are_apart() -> None:
    flats = _count("Thousands of new flats are being built on the old quarry at Brackenholt.")
    people = _count("Thousands of people queued at Brackenholt for the first bus.")
    assert _vague_other_noun(flats, people) and _vague_other_noun(people, flats)


def test_magnitudes_of_one_noun_are_not() -> None:
    a = _count("Thousands of people queued at Brackenholt for the first bus.")
    b = _count("Organisers said thousands of people turned out at Brackenholt.")
    assert not _vague_other_noun(a, b)


def test_exact_counts_are_left_to_the_other_rules() -> None:
    a = _count("The depot at Brackenholt employs 340 drivers.")
    b = _count("Some 340 buses leave Brackenholt every day.")
    assert not _vague_other_noun(a, b)


class _Alike:
    """Evidence of two passages in no common claim, alike enough for the judge's loose link."""

    def shared_claim(self, a: Mention, b: Mention) -> bool:
        return False

    def same_local_context(self, a: Mention, b: Mention) -> bool:
        return False

    def pair_score(self, a: Mention, b: Mention) -> float:
        return 0.4

    def listed_similar(self, a: Mention, b: Mention, threshold: float) -> bool:
        return True

    def __getattr__(self, name: str) -> object:
        return lambda *args: ()  # no other evidence: no claims, no counts, no subjects


def test_no_loose_link_between_two_nouns_counted_vaguely() -> None:
    flats = _count("Thousands of new flats are being built on the old quarry at Brackenholt.")
    people = replace(_count("Thousands of people queued at Brackenholt for the first bus."), source="s1")
    assert _link_strength(flats, people, cast(Evidence, _Alike())) is None


def test_the_loose_link_stays_for_one_noun() -> None:
    a = _count("Thousands of people queued at Brackenholt for the first bus.")
    b = replace(_count("Organisers said thousands of people turned out at Brackenholt."), source="s1")
    assert _link_strength(a, b, cast(Evidence, _Alike())) is not None
