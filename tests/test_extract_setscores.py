"""Set-by-set scores ("6-3, 4-6, 7-6(4)") are one match result, compared as a whole."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import setscores, tallies


def scores(text: str) -> list[str]:
    return [value.canonical() for _, _, value in setscores.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Mirova beat Hale 6-3, 4-6, 7-6(4) in the final.", ["6-3 4-6 7-6"]),
    ("Hale wins 7-5, 6-7 (3), 6-1.", ["7-5 6-7 6-1"]),
    ("Velden won the volleyball final 25-21, 19-25, 25-17, 25-22.", ["25-21 19-25 25-17 25-22"]),
    ("Beaten 6–2, 6–4, the champion left early.", ["6-2 6-4"]),
])
def test_set_scores_are_read_whole(text: str, want: list[str]) -> None:
    assert scores(text) == want


@pytest.mark.parametrize("text", [
    "The bill passed 312-298, 201-199 in the two chambers.",
    "Children aged 6-8, 9-12 took part in the camp.",
    "The club won 3-1 on Saturday.",
    "He served in 2019-21, 2022-23 as mayor.",
])
def test_other_pairs_are_no_set_score(text: str) -> None:
    assert scores(text) == []


def _tallies(text: str) -> list[str]:
    return [t.canonical() for _, _, t in tallies.find(text)]


def test_its_first_set_is_no_tally() -> None:
    assert _tallies("Mirova beat Hale 6-3, 4-6, 7-6(4) in the final.") == []
    assert _tallies("The council voted 7-2 to approve the plan.") == ["7-2"]


def _score_facts(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-12") for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if any(m.slot == setscores.SLOT for m in f.mentions)]


WIRE = "Mirova beat Hale {} in the Velden Cup final on Sunday. About 6,000 fans watched."
SITE = "In the Velden Cup final on Sunday Mirova beat Hale {}. The final drew about 6,000 fans."


def test_two_outlets_scores_agree_or_diverge() -> None:
    assert _score_facts(WIRE.format("6-3, 4-6, 7-6(4)"), SITE.format("6-3, 4-6, 7-6")) == ["agree"]
    assert _score_facts(WIRE.format("6-3, 4-6, 7-6(4)"), SITE.format("6-3, 4-6, 7-5")) == ["diverge"]
