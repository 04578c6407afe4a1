"""perf53's shortcuts give the answers of what they replace.

The word gates turn away only passages their cricket patterns cannot match.

cricketscores and battingfigures ran their boundary-led, case-insensitive patterns ("287 all
out", "312 for seven", "126 not out", "unbeaten 126", "126 off 158 balls", "58.4 overs") over
every passage with a digit; each now runs only when its words are whole words of the passage
(`Cues.has_word`) or, for the overs, "ov" is in it. That is a speed-up only if the search would
have found nothing: random passages of invented fragments (mixed case, words glued to digits,
non-ASCII letters) check it, and both answers occur often. `factlinks._two_values` stops at the
first value unlike the first count's instead of hashing every value into a set.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from decimal import Decimal

from sourcediff import factlinks
from sourcediff.extract import battingfigures, cricketscores
from sourcediff.extract.cues import Cues, cues
from sourcediff.extract.shared import scope
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Elapsed, Money, Quantity, Value

_FRAGMENTS = (
    "Rovers were 287 all out", "ALL OUT for 198", "bowled out for 143", "bowled Ben Okafor out for 12",
    "312 for seven declared", "six for 48", "3 For 61", "500 for three tickets", "126 not out", "26 NOT OUT",
    "2 not out of 3", "unbeaten 126", "an Unbeaten on 87.", "126 off 158 balls", "41 from 60 deliveries",
    "58.4 overs", "24 ov", "19.3ov", "12overs", "the council voted", "out", "all", "not", "for", "balls",
    "outing", "forty", "notable", "allout", "overseas", "oven", "in 2026", "7", "12", "a 3-1 win",
    "Zoë scored", "naïve", "résumé 45 for 2", "the fund fell 4% for the year", "without", "forecast",
)


def _passages(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 6))) + rng.choice((".", "", " 7"))
            for _ in range(n)]


def _check(gate: Callable[[Cues], bool], pattern: re.Pattern[str], texts: list[str]) -> tuple[int, int]:
    turned_away = matched = 0
    with scope():
        for text in texts:
            found = pattern.search(text) is not None
            if not gate(cues(text)):
                turned_away += 1
                assert not found, (pattern.pattern[:40], text)
            matched += found
    return turned_away, matched


def test_word_gates_turn_away_only_passages_the_cricket_patterns_cannot_match() -> None:
    texts = _passages(53, 3000)
    gates: tuple[tuple[Callable[[Cues], bool], re.Pattern[str]], ...] = (
        (lambda c: c.has_word("out"), cricketscores._ALL_OUT),
        (lambda c: c.has_word("for"), cricketscores._FOR),
        (lambda c: c.has_word("out") and c.has_word("not"), battingfigures._NOT_OUT),
        (lambda c: c.has_word("unbeaten"), battingfigures._UNBEATEN),
        (lambda c: c.has_word("balls", "deliveries"), battingfigures._OFF_BALLS),
        (lambda c: c.has_ci("ov"), battingfigures._OVERS),
    )
    for gate, pattern in gates:
        away, matched = _check(gate, pattern, texts)
        assert away > 100 and matched > 20, (pattern.pattern[:40], away, matched)


def test_cricket_figures_are_still_read_where_the_gates_let_them_through() -> None:
    with scope():
        read = cricketscores.find("They were 287 all out after Khan took six for 48.")
        slots = {slot for _, _, slot, _ in read}
        assert slots == {cricketscores.INNINGS_SLOT, cricketscores.FIGURES_SLOT}
        found = battingfigures.find("Mensah made 126 not out and Lee an unbeaten 41 off 60 balls in 58.4 ov.")
        assert [f[2] for f in found].count(battingfigures.RUNS_SLOT) >= 2
        assert battingfigures.OVERS_SLOT in {f[2] for f in found}
        assert not cricketscores.find("Rates rose 4% for the year; 2 not out of 3 agreed.")


def _count(value: Value, passage: int) -> Mention:
    return Mention(kind=Kind.NUMBER, source="a", passage=passage, span=Span(0, 1), raw="1", value=value,
                   slot="number:count")


def test_two_values_answers_as_a_set_of_the_values_would() -> None:
    """`factlinks._two_values` stops at the first other value: the answer of counting distinct values."""
    rng = random.Random(7)
    pool: list[Value] = [Quantity(Decimal("12")), Quantity(Decimal("12.0")), Quantity(Decimal("12"), "skier"),
                         Elapsed(Decimal("12"), "second"), Quantity(Decimal("12"), qualifier="about"),
                         Quantity(Decimal("13")), Money("USD", Decimal("12"))]
    for _ in range(2000):
        counts = [_count(rng.choice(pool), rng.randint(0, 5)) for _ in range(rng.randint(1, 6))]
        assert factlinks._two_values(counts) == (len({k.value for k in counts}) != 1), counts
