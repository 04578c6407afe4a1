"""A passage's two measures in two units that do not fit stay two facts on the judge's fast path too.

"At 133 minutes the documentary plays three shows a day, against four for a
typical two-hour film" gives the film's length and another film's. Another
outlet's "2 hours and 13 minutes" fits both (rounding), so the set of linked
lengths had all its values fitting across sources and was merged whole,
while link by link (the reference) the two never join
(`_Clusters._one_sentence_apart`). Such a set now goes link by link.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from sourcediff import compare, load
from sourcediff.align import align, score_pairs
from sourcediff.evidence import build_evidence
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

ARTICLES = {
    "wire.txt": """Festival opens with river documentary

BRANDMOOR, Oct. 2 - The Brandmoor film festival opened on Thursday with "Slow Water," a documentary about
the last ferrymen of the Ouse valley, organisers said.

The documentary runs 2 hours and 13 minutes, long for a festival opener, and was shot over three winters.

Tickets for all four screenings sold out within an hour, the festival said.
""",
    "trade.txt": """Slow Water opens Brandmoor with a sell-out

Brandmoor opened with Slow Water on Thursday, and all four screenings sold out within an hour.

At 133 minutes the documentary plays three shows per screen per day, against four for a typical two-hour film.

The director shot it over three winters on the Ouse.
""",
    "local.txt": """Ferrymen film opens the festival

Our own ferrymen are on the big screen: Slow Water opened the Brandmoor festival on Thursday.

The film, which lasts two hours and 13 minutes, follows four ferrymen through three winters on the Ouse.

All four screenings sold out.
""",
}


@pytest.fixture
def paths(tmp_path: Path) -> list[Path]:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [tmp_path / name for name in sorted(ARTICLES)]


def test_fast_clusters_match_link_by_link(paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    clusters = importlib.import_module("sourcediff.factclusters")
    judge = importlib.import_module("sourcediff.compare")
    infos = tuple(analyse(load(p)) for p in paths)
    scores = score_pairs(infos)
    claims = align(infos, scores=scores)
    ctx = build_evidence(infos, claims, scores)
    ms = [m for s in infos for m in s.mentions if judge._judged(m)]

    def members(few: int) -> list[list[int]]:
        monkeypatch.setattr(clusters, "FEW_SOURCES", few)
        return sorted(sorted(v) for v in clusters._cluster(ms, claims, ctx).members.values())

    assert members(0) == members(10**9)
    assert members(2) == members(10**9)


def test_the_length_agrees_without_the_other_films(paths: list[Path]) -> None:
    report = compare([load(p) for p in paths])
    length = [f for f in report.facts
              if f.kind is Kind.NUMBER and any("13 minutes" in m.raw for m in f.mentions)]
    assert len(length) == 1
    assert length[0].status.value == "agree"
    assert {m.raw for m in length[0].mentions} == {
        "2 hours and 13 minutes", "133 minutes", "two hours and 13 minutes"}
