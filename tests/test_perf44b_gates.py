"""The shared ordinal cue and the article-wide gates of perf44b answer as the scans they spare would.

Each gate is a necessary condition: where it turns a text away the pattern behind it finds nothing,
including in text with a letter outside ASCII, where a case-insensitive pattern may read "ſ" as "s".
"""

from __future__ import annotations

import random

import pytest

from sourcediff.extract import identifiers, intervals, ordinals, placelists, positions, spectrum
from sourcediff.extract import patterns as P
from sourcediff.extract.cues import FIGURE_ORDINAL, ORDINAL_WORDS, cues
from sourcediff.extract.ranks import ORDINALS
from sourcediff.model import Article
from sourcediff.segment import segment

_WORDS = ("the", "Rankings", "ranking", "standings", "points", "SPECTRUM", "airwaves", "Airwave", "ſpectrum",
          "third", "3rd", "Fifth", "21st", "2021", "place", "club", "minutes", "after", "later", "than", "a",
          "planned", "week", "Mercer", "Hollin", "rose", "to", "in", "table", "the", "sold", "MHz", "40",
          "Ørsted", "local", "time", "lot", "numbers", "nos.", "Lots:", "Seats:", "5312", "through", "5329")


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))) + "."


def test_ordinal_words_are_the_ones_ranks_numbers() -> None:
    assert tuple(ORDINALS) == ORDINAL_WORDS
    assert [ORDINALS[w] for w in ORDINAL_WORDS] == list(range(1, 21))


@pytest.mark.parametrize("text, expected", [
    ("Hollin finished third.", True),
    ("Mercer sits 21st in the table.", True),
    ("The club was founded in 2021 with 40 members.", False),  # digits, no ordinal suffix
    ("It is the 3RD time.", False),  # the patterns read only a lower-case suffix
    ("Ørsted came in THIRD.", True),  # a letter outside ASCII: never turned away
])
def test_ordinal_cue(text: str, expected: bool) -> None:
    assert cues(text).ordinal is expected


def test_ordinal_cue_holds_wherever_an_ordinal_or_place_scan_matches() -> None:
    rng = random.Random(4412)
    scans = (*positions._PLACES, positions._COPULA_PLACE, ordinals._EVENT_NTH, ordinals._EDITION,
             ordinals._DAY_ROW, ordinals._BIRTHDAY, ordinals._TITLE_COUNT)
    matched = 0
    for _ in range(3000):
        text = _sentence(rng)
        c = cues(text)
        reference = c.has_ci(*ORDINAL_WORDS) or (c.digit and FIGURE_ORDINAL.search(text) is not None)
        assert c.ordinal is reference
        if any(p.search(text) for p in scans):
            matched += 1
            assert c.ordinal, text
    assert matched > 0


def test_ranking_gate_agrees_with_the_patterns() -> None:
    rng = random.Random(4413)
    seen = set()
    for _ in range(3000):
        text = _sentence(rng)
        reference = (placelists._RANKING_TALK.search(text) is not None
                     and placelists._STANDING_TALK.search(text) is None)
        assert placelists.speaks_of_ranking(text) is reference, text
        seen.add(reference)
    assert seen == {True, False}


@pytest.mark.parametrize("text, expected", [
    ("The auction sold 40 MHz of SPECTRUM.", True),
    ("Bidders sought more airwaves.", True),
    ("The regulator sold the ſpectrum.", True),  # the long s is an "s" to a case-insensitive pattern
    ("The auction sold 40 MHz.", False),
    ("A spectrumless auction.", False),  # the letters, not the word
])
def test_spectrum_topic(text: str, expected: bool) -> None:
    assert (P.SPECTRUM_TOPIC.search(text) is not None) is expected
    with spectrum.topic(text):
        assert spectrum._topic.get() is expected


def test_interval_find_reads_as_before_the_unit_test_moved() -> None:
    """`find` asks for a unit of time once: a passage without one has no lead time or journey either."""
    rng = random.Random(4414)
    for _ in range(2000):
        text = _sentence(rng)
        c = cues(text)
        if not c.has_ci(*intervals.UNIT_CUES):
            assert intervals.find(text) == ()
            assert not intervals.may_hold(c)
        elif not intervals.may_hold(c):
            assert intervals.find(text) == tuple(intervals._leads(text) + intervals._journeys(text))


def test_identifier_hint_gate_holds_wherever_the_hint_matches() -> None:
    rng = random.Random(4415)
    hinted = 0
    for _ in range(3000):
        text = _sentence(rng)
        if P.IDENT_HINT.search(text):
            hinted += 1
            assert cues(text).has("numbers", "nos.", "s:"), text
    assert hinted > 50


def test_identifier_runs_still_read() -> None:
    text = "The recall covers lot numbers 5312 through 5329.\n\nSeats: 101-120 stay empty."
    article = Article(id="a", text=text)
    found = identifiers.extract(article, segment(article))
    assert [m.raw for m in found] == ["5312 through 5329", "101-120"]
