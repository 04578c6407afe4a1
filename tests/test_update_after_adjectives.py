"""An earlier value ("up from seven") reaches back past the adjectives between a count and its noun:
"Twelve Velsarian state hospitals ..., up from eight" gives eight as the hospitals' earlier count."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.updates import EARLIER
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s", published="2026-04-02"))
    return [(m.raw, m.cues) for m in info.mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "earlier", "noun"), [
    ("Twelve Velsarian state hospitals are now on the approved list, up from eight a year earlier.",
     "eight", "hospital"),
    ("Nine Corrabine mountain villages are now linked to the grid, up from five in the last survey.",
     "five", "village"),
])
def test_the_earlier_value_counts_what_the_count_counts(text: str, earlier: str, noun: str) -> None:
    found = dict(counts(text))
    assert earlier in found
    assert noun in found[earlier] and EARLIER in found[earlier]


def test_a_figure_far_from_the_noun_is_still_no_update() -> None:
    text = ("Twelve hospitals joined the approved list this spring after a long review by the regional "
            "health board and its auditors, up from eight.")
    assert "eight" not in dict(counts(text))


@pytest.mark.parametrize(("text", "earlier", "noun"), [
    ("There have been 37 pipe bursts on the Harlowmere network so far this year, "
     "up from 22 in the whole of 2025.",
     "22", "burst"),
    ("Officers logged 58 boat thefts along the Quenby estuary this summer, down from 71.",
     "71", "theft"),
])
def test_the_cue_words_do_not_use_up_the_reach(text: str, earlier: str, noun: str) -> None:
    """The place and period between a count and "up from" are the clause's; the cue is the figure's own."""
    found = dict(counts(text))
    assert earlier in found
    assert noun in found[earlier] and EARLIER in found[earlier]
