"""The word gates of perf50 turn away only passages their patterns cannot match.

golfscores, cricketscores and battingfigures skip their "is this passage about
the sport" search when the passage's word set (cues.Cues.words) holds none of the
pattern's words; that is a speed-up only if the search would have found nothing.
Random passages built from invented fragments (sport words in any case, hyphened
and starred figures, non-ASCII letters) check it: wherever a gate says no, the
pattern finds nothing, and both answers occur often enough to mean something.
"""

from __future__ import annotations

import random
import re

from sourcediff.extract import battingfigures, cricketscores, golfscores
from sourcediff.extract.cues import cues, digit_hyphen_digit
from sourcediff.extract.shared import scope

_FRAGMENTS = (
    "The council met on Tuesday", "and the vote passed", "a party of 40", "compared with 2019",
    "the committee", "he shot 68", "a closing 64", "Final round: 67", "283 (-9)", "on 279", "BIRDIE",
    "Golfer", "golfing", "under-par", "teed off", "the 18th hole", "two strokes", "putted",
    "312 for seven declared", "312-7d", "6-48", "17.4-5-48-6", "118*", "all out", "ALL OUT for 198",
    "not  out", "Test match", "test\nmatch", "the seamers", "Spinner", "declaration", "ov", "overs",
    "wicketkeeper", "new ball", "run rate", "fours and sixes", "a century", "boundaries", "out of time",
    "the ballot", "overseas", "battery", "spelling", "well-known", "twenty-one", "3 - 4", "a-1",
    "Straße", "naïve", "ſhot", "Ｐar", "—", "’s", "(", ":", "*", "-", "1-", "-2",
)


def _passages(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 6))) + rng.choice((".", "", " 7"))
            for _ in range(n)]


def _check(gate: object, pattern: object, texts: list[str]) -> tuple[int, int]:
    turned_away = matched = 0
    with scope():
        for text in texts:
            c = cues(text)
            found = pattern.search(text) is not None  # type: ignore[attr-defined]
            if not gate(c):  # type: ignore[operator]
                turned_away += 1
                assert not found, text
            matched += found
    return turned_away, matched


def test_golf_gate_turns_away_only_passages_without_a_golf_word_or_shape() -> None:
    texts = _passages(1, 3000)

    def both(text: str) -> bool:
        return golfscores._GOLF.search(text) is not None or golfscores._SELF_TOLD.search(text) is not None

    class Either:
        def search(self, text: str) -> bool | None:
            return True if both(text) else None

    away, matched = _check(golfscores._may_be_golf, Either(), texts)
    assert away > 100 and matched > 100


def test_cricket_gates_turn_away_only_passages_the_patterns_cannot_match() -> None:
    texts = _passages(2, 3000)
    away, matched = _check(cricketscores.may_be_cricket, cricketscores._CRICKET, texts)
    assert away > 100 and matched > 100
    away, matched = _check(battingfigures._may_be_about_cricket, battingfigures._CRICKET_WORDS, texts)
    assert away > 100 and matched > 100


def test_digit_hyphen_digit_reads_as_the_pattern() -> None:
    pattern = re.compile(r"\d-\d")  # not the package's regex(): its table lists only src's patterns
    for text in ("3-4", "a-1", "1-", "-2", "-", "", "x 12-7d", "٣-٤", "²-3", "1 -2", "1--2"):
        assert digit_hyphen_digit(text) == (pattern.search(text) is not None), text
    for text in _passages(3, 2000):
        assert digit_hyphen_digit(text) == (pattern.search(text) is not None), text


def test_words_of_a_non_ascii_passage_never_turn_it_away() -> None:
    with scope():
        c = cues("ſhot 68 in the round")  # the long s matches "s" case-insensitively
        assert c.words is None and c.has_word("shot")
        assert golfscores._may_be_golf(c)
