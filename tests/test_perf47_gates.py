"""perf47: the gates added before the split and edition scans change no reading.

Each gate is a necessary condition of its pattern (a decimal figure for a
split, an event's name as written for an edition; the record figure's cheap anchored match
first), so the scan with the gate
must give exactly what the scan without it gives. The old scans are rebuilt
here from the modules' own patterns and held to the new ones on random
passages assembled from invented race, awards and plain-news fragments.
"""

from __future__ import annotations

import random
from decimal import Decimal

from sourcediff.extract import ordinals, recordfigures, splits
from sourcediff.extract.amounts import Amount, left_match, scan_amounts
from sourcediff.extract.cues import cues
from sourcediff.extract.numberbase import Found
from sourcediff.model import Kind
from sourcediff.values import Quantity

_FRAGMENTS = (
    "She turned in 24.92 at the wall", "went out in 28.7 for the final 50 m", "the last lap in 31.05,",
    "He clocked 9.87.", "a split of 12.4 and", "in the heats", "the relay final", "at the pool",
    "the 41st Aurelia Awards", "its 77th edition of the Harbour Festival", "the third Northgate Games",
    "the 12th annual Coastline Marathon", "the first Riverside Expo", "their 5th staging of the Fair",
    "Showers are due", "the 21st century", "prices rose 3.5% in March", "shares fell 1.2 points",
    "The council said on Tuesday", "about 400 people", "in lane four", "the eighth Trade Show",
    "Jakob Ferrer, 31,", "a record of 52.10", "met at the Summit in Lisbon", "the 3rd Battalion",
    "ran 10.05 in the semi-final", "Ærøskøbing's 9th Regatta", "coming home in 26.33 to win",
    "the twelfth Congress", "in 2.5 hours", "conference", "awards", "festival season",
)


def _old_split_find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """splits.find before perf47: the word gate and the race pattern, no decimal test."""
    if not cues(text).has_ci("in", "split", "clocked") or splits._RACE.search(text) is None:
        return ()
    out = []
    for m in splits._SPLIT.finditer(text):
        seconds = Decimal(m["n"])
        if 0 < seconds < splits._MAX_SECONDS:
            out.append((m.start("n"), m.end("n"), Quantity(seconds, "second")))
    return tuple(out)


def _old_editions(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """ordinals.editions before perf47: the ordinal gate alone."""
    if not cues(text).ordinal:
        return ()
    out = []
    for m in ordinals._EDITION.finditer(text):
        word = m["o"].lower()
        value = int(word[:-2]) if word[0].isdigit() else ordinals.ORDINALS[word]
        if value > 1:
            out.append((m.start("o"), m.end(), Quantity(Decimal(value)),
                        ordinals.EDITION_PREFIX + (m["event"] or m["of"]).lower()))
    return tuple(out)


def _passages(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 5))) + rng.choice((".", "", "!"))
            for _ in range(n)]


def test_split_gate_keeps_every_split_on_random_passages() -> None:
    texts = _passages(47, 600)
    assert sum(bool(_old_split_find(t)) for t in texts) > 50  # the sample does hold splits
    for text in texts:
        assert splits.find(text) == _old_split_find(text), text


def test_edition_gate_keeps_every_edition_on_random_passages() -> None:
    texts = _passages(4747, 600)
    assert sum(bool(_old_editions(t)) for t in texts) > 50
    for text in texts:
        assert ordinals.editions(text) == _old_editions(text), text


def test_split_needs_a_decimal_figure() -> None:
    assert splits.find("She went out in 25 at the wall of the final.") == ()
    assert splits.find("She went out in 25.10 at the wall of the final.") == (
        (16, 21, Quantity(Decimal("25.10"), "second")),)


def test_edition_needs_the_event_name_as_written() -> None:
    assert ordinals.editions("the 41st annual awards night") == ()
    assert [e[3] for e in ordinals.editions("the 41st Aurelia Awards opened")] == ["edition:awards"]


def _old_record_figure(text: str, a: Amount, previous: Found | None) -> Found | None:
    """recordfigures.record_figure before perf47: both searches before the figure first."""
    if a.currency is not None or a.year_like or a.vague or a.high is not None or a.start != a.num_start:
        return None
    recorded = (left_match(recordfigures._RECORD_OF_BEFORE, text, a.start, 60) is not None
                and recordfigures._RECORD_END_AFTER.match(text, a.num_end) is not None)
    passed = (left_match(recordfigures._PASSING_BEFORE, text, a.start, 40) is not None
              and recordfigures._HELD_BY_AFTER.match(text, a.num_end) is not None)
    if not (recorded or passed):
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count",
                 recordfigures._lent_cues(text, a, previous))


_RECORD_FRAGMENTS = (
    "The seven wins broke the record of five set by Winter Ferry", "beating the 12 won by the Larks",
    "a record tally of 9, a mark", "passed the 3 held by her coach", "the Record of 4 in 1998",
    "record of 6.", "surpassing the 20 claimed by rivals in", "scored 14 goals", "the previous record of 31",
    "topped the 8 taken by", "he broke 2 records", "with 40 seats", "in 2019 by",
)


def test_record_figure_reorder_reads_the_same_on_random_passages() -> None:
    rng = random.Random(4707)
    hits = 0
    for _ in range(500):
        text = " ".join(rng.choice(_RECORD_FRAGMENTS) for _ in range(rng.randint(1, 4)))
        previous = None
        for a in scan_amounts(text):
            old = _old_record_figure(text, a, previous)
            assert recordfigures.record_figure(text, a, previous) == old, text
            hits += old is not None
            previous = old or previous
    assert hits > 50
