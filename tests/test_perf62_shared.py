"""perf62: work done twice or walked in Python, done once in C.

One builder for the map of a passage to the claims it sits in, and one scan for a unit after a figure.

Six align steps each built "passage -> the claims holding it" with their own loop; they now share
``clusterbase.holders``, built once per step from the claims that step was given. ``elapsed`` asked
``cues.figure_unit`` for minutes and seconds after a figure by a Python walk over every "m" and "s" of
every passage; it is now one compiled search, the same answer. ``phrasejoin`` folded every passage
again that ``lexical.wording`` had folded, then read a match object per word: it now reads the
wording's folded text, cut by one split.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest

import sourcediff.align.clausejoin as clausejoin
import sourcediff.align.clusterbase as clusterbase
import sourcediff.align.clusterrefine as clusterrefine
import sourcediff.align.clusterseats as clusterseats
import sourcediff.align.leadjoin as leadjoin
import sourcediff.align.lexical as lexical
import sourcediff.align.phrasejoin as phrasejoin
import sourcediff.align.quotejoin as quotejoin
import sourcediff.align.splitseat as splitseat
import sourcediff.extract.cues as cues
import sourcediff.extract.elapsed as elapsed
from sourcediff.text import fold_keep_case


def test_holders_maps_each_passage_to_the_claims_holding_it_in_claim_order() -> None:
    holding = clusterbase.holders([[0, 4, 7], [4, 9], [2], [7, 4]])
    assert dict(holding) == {0: [0], 4: [0, 1, 3], 7: [0, 3], 9: [1], 2: [2]}
    assert holding[5] == []  # a passage in no claim reads as in none, as the joins read it


@pytest.mark.parametrize("module", [clausejoin, clusterrefine, clusterseats, leadjoin, quotejoin, splitseat])
def test_every_seating_step_builds_the_map_with_the_one_helper(module: ModuleType) -> None:
    assert module.holders is clusterbase.holders


@pytest.mark.parametrize("text, minutes, seconds", [
    ("She finished in 2 hours 14 minutes and 9 seconds.", True, True),
    ("The ferry left at 9 and the 14m yacht followed.", True, False),
    ("A 30 s clip of the 10 mins run.", True, True),
    ("Some 300 members met in the main hall.", False, False),
    ("He ran 10 miles in 58min.", True, False),  # "miles" is no unit of minutes: "58min" is
    ("The 4minutes_old record and 5 smiles.", False, False),  # no word ends after the unit
    ("Dans 12\u00a0min la course part; \u0663 s.", True, True),  # Unicode space and digit, as \\s and \\d
])
def test_the_compiled_unit_search_finds_what_the_figure_pattern_finds(text: str, minutes: bool,
                                                                      seconds: bool) -> None:
    assert (elapsed._MINUTE_FIGURE.search(text) is not None) is minutes
    assert (elapsed._SECOND_FIGURE.search(text) is not None) is seconds
    assert cues.figure_unit(text, *elapsed.MINUTE_UNITS) is minutes
    assert cues.figure_unit(text, *elapsed.SECOND_UNITS) is seconds
    reference = re.compile(rf"\d\s?(?:{'|'.join(elapsed.MINUTE_UNITS)})\b")
    assert (reference.search(text) is not None) is minutes


def test_the_elapsed_extractor_compiles_its_unit_searches_once() -> None:
    assert elapsed._MINUTE_FIGURE.pattern == cues.figure_unit_pattern(*elapsed.MINUTE_UNITS)
    assert elapsed._SECOND_FIGURE.pattern == cues.figure_unit_pattern(*elapsed.SECOND_UNITS)


# Invented passages: a name inside a sentence (no run through it), one after a sentence's end or an
# opening quote (a run may pass), non-ASCII letters and spaces the fold rewrites.
PHRASE_TEXTS = [
    "Harwick Ferries said night crossing crews doubled. Night crossing fares fell.",
    "The operator told Dr Ada Kell that harbour dues rose; \"Harbour dues rise\" ran the headline.",
    "  Staff  at Norvik Signal Works said (Signal failures) halved - Signal crews rejoice.",
    "Die Fähre über Straße: Köln\u00a0Hafen said ferry\u2003crews doubled.",
    "ab_Cd Ef night_crossing crews",
    "",
]


@pytest.mark.parametrize("text", PHRASE_TEXTS)
def test_phrases_of_the_wordings_folded_text_are_the_texts_phrases(text: str) -> None:
    kept = lexical.wording(text).kept
    assert kept == fold_keep_case(text)
    assert phrasejoin.phrases_folded(kept) == phrasejoin.phrases(text)


def test_a_capitalised_word_is_a_name_inside_a_sentence_only() -> None:
    held = phrasejoin.phrases("Crews doubled. Night crossing crews said Night Crossing Ltd grew.")
    assert ("night", "cross") in held and ("cross", "crew") in held  # "Night" opens a sentence
    assert ("said", "night") not in held and ("night", "cross") in held
    assert not any("ltd" in run for run in held)  # "Crossing Ltd" are a name's words


def test_phrase_links_read_the_folded_texts_when_given() -> None:
    texts = ["Harwick Ferries said it had doubled its night crossing crews since March.",
             "The operator cut its fares in spring.",
             "Staff numbers on the night crossing crews have doubled, the company says.",
             "Fares fell in the spring, bosses say."]
    sources = ["s0", "s0", "s1", "s1"]
    probs = {(0, 2): phrasejoin.PHRASE_FLOOR + 0.05, (1, 3): 0.8}
    folded = [lexical.wording(t).kept for t in texts]
    plain = phrasejoin.phrase_links(texts, sources, probs, phrasejoin.PHRASE_FLOOR)
    assert plain == phrasejoin.phrase_links(texts, sources, probs, phrasejoin.PHRASE_FLOOR, folded=folded)
    assert list(plain) == [(0, 2)]
