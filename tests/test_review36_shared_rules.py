"""Rules that two readers share (review36): one test of the opener glued to a surname, one cricket gate.

The two readers of "Later Roe said" (learning the surname, finding it again)
and the two cricket readers (innings and spells, batters' scores) each test
one shared rule now; these tests pin what both readers see, on invented text.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import battingfigures, cricketscores
from sourcediff.extract.battingfigures import RUNS_SLOT
from sourcediff.extract.cricketscores import INNINGS_SLOT
from sourcediff.extract.entities import extract
from sourcediff.model import Article, Kind
from sourcediff.segment import segment
from sourcediff.values import Entity


def _person_raws(text: str) -> set[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    return {(m.raw, m.value.name) for m in extract(article, segment(article))
            if m.kind is Kind.PERSON and isinstance(m.value, Entity)}


def test_an_opener_glued_to_a_known_surname_is_the_person() -> None:
    text = ('Halvard Okafor chairs the inquiry. Later Okafor said: "We start on Monday." '
            "Meanwhile Okafor told staff to wait.")
    raws = _person_raws(text)
    assert ("Okafor", "Halvard Okafor") in raws
    assert not any(raw.startswith(("Later", "Meanwhile")) for raw, _ in raws)


def test_an_opener_without_a_verb_of_saying_stays_unsplit() -> None:
    text = "Halvard Okafor chairs the inquiry. Later Okafor arrived at the hearing."
    assert ("Okafor", "Halvard Okafor") not in _person_raws(text)


def _runs(text: str) -> list[str]:
    return [value.canonical() for _, _, slot, value, _ in battingfigures.find(text) if slot == RUNS_SLOT]


@pytest.mark.parametrize("word", ["wickets", "overs", "innings", "declared", "bowler", "batting", "spell",
                                  "stumps", "all out", "not out"])
def test_a_word_both_cricket_readers_share_makes_a_star_a_score(word: str) -> None:
    assert _runs(f"Okafor 64* carried the side; talk was of the {word} later.") == ["64"]


@pytest.mark.parametrize("word", ["wicketkeeper", "new ball", "deliveries", "boundaries", "century",
                                  "run rate"])
def test_a_batters_word_makes_a_star_a_score(word: str) -> None:
    assert _runs(f"Okafor 64* carried the side; talk was of the {word} later.") == ["64"]


def test_a_star_without_cricket_is_a_footnote() -> None:
    assert _runs("Tickets cost £450* this season, fees aside.") == []


def test_a_shared_word_lets_the_innings_reader_read_a_collapse() -> None:
    found = cricketscores.find("Eastbridge caved in for 143 before stumps on the second day.")
    assert [(slot, code.canonical()) for _, _, slot, code in found] == [(INNINGS_SLOT, "143/10")]
