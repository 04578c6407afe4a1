"""The #13 rewrites (perf42) give exactly what the code gave before, on random invented text.

`entities._profession` asks `str.endswith` over all the endings before its per-ending test.
`golfscores.extract` walks the passages once and sorts each score into its
slot, where it walked them once per slot. These tests hold it to the former
three-pass code (kept here) over random golf-report paragraphs, order included.
"""

from __future__ import annotations

import random

import pytest

from sourcediff.extract import entities, golfscores
from sourcediff.extract.golfscores import ROUND_SLOT, TO_PAR_SLOT, TOTAL_SLOT, find
from sourcediff.extract.shared import passage_mentions, scope
from sourcediff.model import Article, Mention, Passage
from sourcediff.segment import segment
from sourcediff.values import Quantity

_WORDS = (
    "Marta", "Quellwood", "shot", "a", "66", "69", "closed", "with", "six-under", "on", "274", "276",
    "(-14)", "-12", "at", "-10", "fourteen", "under", "par", "level", "even", "two", "over", "birdie",
    "bogeys", "Final", "round:", "Total:", "274", "(274)", "the", "third", "round", "of", "68", "after",
    "finished", "total", "aggregate", "201", "temperatures", "fell", "to", "degrees", "caddie", "putts",
    ",", ".", "and", "her", "card", "votes", "66-year-old", "tee", "holes", "Ünal", "\n\n",
)


def _old_extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """golfscores.extract as it was before perf42: one pass over the passages per slot."""
    out: list[Mention] = []
    for slot, cue in ((ROUND_SLOT, "round"), (TOTAL_SLOT, "total"), (TO_PAR_SLOT, "par")):
        def scan(text: str, slot: str = slot) -> tuple[tuple[int, int, Quantity], ...]:
            return tuple((s, e, v) for s, e, v, sl in find(text) if sl == slot)
        out.extend(passage_mentions(article, passages, scan, slot, (cue,)))
    return tuple(out)


def _articles(seed: int, count: int = 150) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        words = rng.choices(_WORDS, k=rng.randint(1, 60))
        text = "".join(w + rng.choice((" ", " ", " ", ". ", "\n")) for w in words)
        out.append(Article(id=f"a{i}", text=text))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_one_pass_extract_equals_the_three_pass_one(seed: int) -> None:
    seen = 0
    for article in _articles(seed):
        passages = segment(article)
        with scope():
            new = golfscores.extract(article, passages)
        old = _old_extract(article, passages)  # outside a scope too: no shared memory between the two
        assert new == old
        seen += len(new)
    assert seen > 50  # the random text does hold scores of every kind


def test_a_report_keeps_rounds_then_totals_then_scores_to_par() -> None:
    text = ("Ines Varga carded a 67 to finish on 274, 14 under par.\n\n"
            "Her partner shot 70 and ended on 281, seven under.")
    article = Article(id="g", text=text)
    got = [(m.slot, m.raw, m.cues) for m in golfscores.extract(article, segment(article))]
    assert got == [(ROUND_SLOT, "carded a 67", ("round",)), (ROUND_SLOT, "shot 70", ("round",)),
                   (TOTAL_SLOT, "on 274", ("total",)), (TOTAL_SLOT, "on 281", ("total",)),
                   (TO_PAR_SLOT, "14 under par", ("par",)), (TO_PAR_SLOT, "seven under", ("par",))]


def test_no_golf_word_no_score() -> None:
    article = Article(id="w", text="Temperatures fell to -12 on Sunday and 274 homes lost power.")
    assert golfscores.extract(article, segment(article)) == ()


def _old_profession(folded: str) -> bool:
    """entities._profession as it was before perf42."""
    if not folded.isalpha() or folded in entities._NOT_PROFESSIONS:
        return False
    return any(folded.endswith(e) and len(folded) > len(e) + 1 for e in entities.PROFESSION_ENDINGS)


def test_profession_gate_equals_the_old_test() -> None:
    rng = random.Random(7)
    parts = ("ge", "seism", "photo", "x", "", "-", "1", "é", "ologist", "ographer", "ometrist",
             "iatrist", "ician", "ist", "grapher", "an", "galician", "patrician", "phoenician", "s")
    words = ["".join(rng.choices(parts, k=rng.randint(1, 4))) for _ in range(4000)]
    words += ["geologist", "ologist", "xologist", "ician", "mician", "physician", "optometrist"]
    assert [entities._profession(w) for w in words] == [_old_profession(w) for w in words]
    assert sum(map(entities._profession, words)) > 100
