"""A claim's lone odd day is still its rival when the dissenter also names years holding the agreed day.

Invented sentences. Three outlets agree new parking charges start on 2 May;
a trade site has 3 May in the aligned sentence and, elsewhere, figures for
"2023/24", a span both days fall in. The span names neither day, so it is no
sign that the site states the agreed day too (two moments, two facts): the
odd day stays the claim's consensus rival.
"""

from __future__ import annotations

from collections import defaultdict

from sourcediff import Article
from sourcediff.compat import role_key
from sourcediff.divergeconsensus import _consensus_pairs, _wider_period
from sourcediff.divergepair import Compatible, divergeable
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, ClaimPassage, Mention
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf

AGREEING = (
    "Brenford's new parking charges will take effect on 2 May, the council said.",
    "The council said the new parking charges in Brenford take effect on May 2.",
    "Motorists in Brenford will pay the new parking charges from 2 May, the council said.",
)
DISSENTER = "The council said Brenford's new parking charges take effect on 3 May."


class _Scores:
    """The judge's passage similarity, one figure for every pair: alike enough for the consensus."""

    def get(self, a: str, i: int, b: str, j: int) -> float:
        return 0.8


def _analysed(dissenter: str) -> list[Mention]:
    texts = (*AGREEING, dissenter)
    infos = [analyse(Article.from_text(t, id=f"s{n}", published="2024-03-08")) for n, t in enumerate(texts)]
    return [m for s in infos for m in s.mentions]


def _consensus_days(dissenter: str) -> list[tuple[str, str]]:
    """The consensus pairs of one claim made of each source's first paragraph, as the judge builds them."""
    texts = (*AGREEING, dissenter)
    infos = [analyse(Article.from_text(t, id=f"s{n}", published="2024-03-08")) for n, t in enumerate(texts)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    where: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if divergeable(m):
            where[(m.source, m.passage, role_key(m))].append(i)
    single: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
    for (s, p, f), idx in where.items():
        if len(idx) == 1:
            single[(s, p)][f] = idx[0]
    members = tuple(ClaimPassage(s.article.id, 0) for s in infos)
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    ctx = Evidence(_Scores(), {}, frozenset(), {s.article.id: s.article.text for s in infos},  # type: ignore[arg-type]
                   weights, published={s.article.id: s.article.published for s in infos
                                       if s.article.published is not None})
    claims = [Claim(id="c1", score=0.5, members=members)]
    pairs = _consensus_pairs(ms, claims, where, single, Compatible(), ctx)
    return [(ms[a].raw, ms[b].raw) for a, b in pairs]


def test_odd_day_is_a_rival_beside_the_dissenters_span_of_years() -> None:
    pairs = _consensus_days(DISSENTER + "\n\nIts parking income for 2023/24 was 2 million pounds.")
    assert any("3 May" in p for p in pairs), pairs


def test_odd_day_is_a_rival_alone() -> None:
    assert any("3 May" in p for p in _consensus_days(DISSENTER))


def test_a_wider_period_states_neither_day() -> None:
    extra = "\n\nIts parking income for 2023/24 was 2 million pounds. It reopens on 2 May."
    ms = _analysed(DISSENTER + extra)
    by_raw = {m.raw: m for m in ms if m.source == "s3"}
    day = next(m for m in ms if m.source == "s0" and m.raw == "2 May")
    assert _wider_period(by_raw["2023/24"], day)
    assert not _wider_period(by_raw["2 May"], day)  # the same day is stated, not held
    assert not _wider_period(day, by_raw["2023/24"])
