"""A record's year: sources naming different years for one superlative's record diverge (divergerecords).

Invented sentences, in the words a wire, a tabloid, a trade site and a
newsletter would use for one record, and the near-misses the rule leaves
alone: two records in one source, a split vote, a year no superlative
measures from, and words ending in "-est" that are no superlatives.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.divergerecords import record_year_pairs
from sourcediff.evidence import Evidence
from sourcediff.model import Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.recordyears import record_year
from sourcediff.terms import content_stems, idf


class _Scores:
    def get(self, a: str, i: int, b: str, j: int) -> float:
        return 0.0


def _infos(texts: tuple[str, ...]) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published="2026-05-04")) for n, t in enumerate(texts)]


def _evidence(infos: list[SourceInfo]) -> Evidence:
    texts = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    return Evidence(_Scores(), {}, frozenset(), texts, weights)  # type: ignore[arg-type]


def _pairs(*texts: str) -> list[tuple[str, str]]:
    infos = _infos(texts)
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    return [(f"{ms[a].source}:{ms[a].raw}", f"{ms[b].source}:{ms[b].raw}")
            for a, b in record_year_pairs(ms, _evidence(infos))]


def _record(text: str) -> list[tuple[str, int]]:
    [info] = _infos((text,))
    return [r for m in info.mentions if (r := record_year(m, info.article.text)) is not None]


@pytest.mark.parametrize(("text", "record"), [
    ("It was the driest spring in the county since 1976, forecasters said.", ("driest", 1976)),
    ("The river fell to its lowest level since records began in 1959.", ("lowest", 1959)),
    ("Residents faced the worst flooding since the winter of 2007.", ("worst", 2007)),
    ("Officials called it the most severe drought since 1921.", ("most severe", 1921)),
    ("Prices rose at their fastest pace since 1992 last month.", ("fastest", 1992)),
])
def test_a_year_after_since_in_a_superlative_sentence_is_a_record(text: str, record: tuple[str, int]) -> None:
    assert _record(text) == [record]


@pytest.mark.parametrize("text", [
    "The company has been listed in London since 1976.",  # no superlative: a start, not a record
    "The protest since 2019 has drawn thousands.",  # "-est" that is no superlative
    "Interest since 2008 has stayed low.",
    "It was the driest spring on record. Farmers have grown barley here since 1976.",  # another sentence
])
def test_years_no_superlative_measures_from_are_no_records(text: str) -> None:
    assert _record(text) == []


WIRE = "Rainfall since March was the driest for eight months in the region since 1976, the company said."
TABLOID = "Water bosses blamed the driest spell since the scorching summer of 1976."
NEWSLETTER = "It is the driest eight months here since 1976."
TRADE = "That makes it the driest such period since 1959, according to the utility."


def test_the_lone_dissenter_diverges_from_the_year_the_others_agree_on() -> None:
    assert _pairs(WIRE, TABLOID, NEWSLETTER, TRADE) == [("s3:1959", "s0:1976")]


def test_all_agreeing_sources_raise_nothing() -> None:
    assert _pairs(WIRE, TABLOID, NEWSLETTER) == []


@pytest.mark.parametrize("texts", [
    (WIRE, TRADE),  # one against one: nothing says which outlet is right, or that it is one record
    (WIRE, NEWSLETTER, TRADE, "The wettest June since 1959 followed the driest spring since 1959."),  # 2 v 2
    # a source giving two years for one superlative speaks of two records
    (WIRE, NEWSLETTER, "The driest spring since 1959 gave way to the driest summer since 1995."),
])
def test_split_votes_and_sources_with_two_records_are_left_alone(texts: tuple[str, ...]) -> None:
    assert _pairs(*texts) == []


def test_the_superlative_nearest_the_year_names_its_record() -> None:
    assert _record("The wettest June since 1959 followed the driest spring since 1976.") == [
        ("wettest", 1959), ("driest", 1976)]


def test_different_superlatives_are_different_records() -> None:
    hottest = "It was also the hottest summer since 1959, the forecaster added."
    assert _pairs(WIRE, NEWSLETTER, hottest) == []
