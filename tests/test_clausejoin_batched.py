"""align.clausejoin's cheaper reading (perf43) gives what the row-by-row reading gave, bit for bit.

The step was rewritten to cost less: one model call for all of a passage's
clause rows, the clause's weighted vector built once for all its partners,
passages without a figure inside a clause dropped before any clause doc is
built, and figure-less clauses read only when some clause with a figure
finds a seat. None of this may move a probability or a join, so each is held
here to a plain reference (the step as align38 shipped it) on random clause
sets of an invented three-outlet story about a harbour fire.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pytest

from sourcediff.align import PairScores, pair_probabilities, score_pairs
from sourcediff.align.clausejoin import (
    Clause,
    _best_in_sources,
    _clause_probs,
    _clauses,
    _keyed,
    _may_split,
    _open,
    _seats,
    clause_parts,
    join_clauses,
)
from sourcediff.align.cluster import Pair, Thresholds
from sourcediff.align.features import PassageDoc, Story, pair_features
from sourcediff.align.model import PairModel, load_model
from sourcediff.align.similarity import Similarity
from sourcediff.model import Article, SourceInfo
from sourcediff.pipeline import analyse

T = Thresholds()

WIRE = ("A fire destroyed two warehouses at Port Brennock on Tuesday night, while 60 firefighters "
        "fought the blaze for nine hours, the fire service said.\n\n"
        "Damage was put at 4.5 million euros; no one was hurt, and the cause is not yet known.\n\n"
        "The harbour reopened to 12 ferries on Wednesday morning - two hours later than planned.\n\n"
        "Officials thanked residents for staying away.")
PAPER = ("Two warehouses burned down at Port Brennock harbour late on Tuesday.\n\n"
         "Some 60 firefighters battled the flames for nine hours before the fire was out.\n\n"
         "The owners estimate the damage at 4.5 million euros, which insurers will cover.\n\n"
         "Ferry services resumed on Wednesday morning after a two-hour delay.")
TRADE = ("Port Brennock lost two warehouses to a night fire on Tuesday, and 60 crews were called in "
         "from three counties.\n\n"
         "Losses of about 4.5 million euros were reported by the operator.\n\n"
         "Twelve ferries sailed on Wednesday, with the first leaving at 8am.\n\n"
         "Investigators will visit the site on Thursday.")


def _story() -> tuple[tuple[SourceInfo, ...], PairScores, dict[Pair, float]]:
    infos = tuple(analyse(Article.from_text(text, id=sid, published="2026-03-11"))
                  for sid, text in (("wire", WIRE), ("paper", PAPER), ("trade", TRADE)))
    scores = score_pairs(infos)
    return infos, scores, dict(pair_probabilities(scores))


def _all_clauses(infos: tuple[SourceInfo, ...], scores: PairScores) -> dict[int, list[Clause]]:
    index = {(d.source, d.index): n for n, d in enumerate(scores.docs)}
    out: dict[int, list[Clause]] = {}
    for s in infos:
        for p in s.passages:
            n = index.get((s.article.id, p.index))
            if n is not None:
                out[n] = _clauses(n, scores.docs[n], p, [m for m in s.mentions if m.passage == p.index],
                                  clause_parts(p.text))
    return out


def _row_by_row(x: int, clauses: Sequence[Clause], partners: Sequence[int], asked: Sequence[Sequence[int]],
                docs: Sequence[PassageDoc], story: Story, sim: Similarity,
                best: Mapping[tuple[int, str], float], model: PairModel) -> list[dict[int, float]]:
    """The reading as align38 shipped it: every partner's similarity, one model call per clause."""
    out: list[dict[int, float]] = []
    for clause, wanted in zip(clauses, asked, strict=True):
        sims = {y: sim.score_part(clause.terms, clause.doc.sorted_tokens, clause.doc.thin,
                                  (docs[y].source, docs[y].index)) for y in partners}
        top: dict[str, float] = defaultdict(float)
        for y, v in sims.items():
            top[docs[y].source] = max(top[docs[y].source], v)
        rows = []
        for y in wanted:
            v = sims[y]
            mine = v / top[docs[y].source] if top[docs[y].source] else 0.0
            theirs_best = max(best.get((y, docs[x].source), 0.0), v)
            theirs = v / theirs_best if theirs_best else 0.0
            rows.append([*pair_features(clause.doc, docs[y], story), v, min(mine, theirs), max(mine, theirs)])
        probs = [float(model.probability_each([row])[0]) for row in rows]
        out.append(dict(zip(wanted, probs, strict=True)))
    return out


def test_the_story_has_passages_that_split_with_figures() -> None:
    infos, scores, _ = _story()
    split = [cl for cl in _all_clauses(infos, scores).values() if len(cl) >= 2]
    assert len(split) >= 3
    assert any(any(c.figures for c in cl) and not all(c.figures for c in cl) for cl in split)


def test_batched_clause_scores_equal_the_row_by_row_ones_on_random_clause_sets() -> None:
    infos, scores, _ = _story()
    docs, model = scores.docs, load_model()
    split = {n: cl for n, cl in _all_clauses(infos, scores).items() if len(cl) >= 2}
    rng = random.Random(43)
    compared = 0
    for _ in range(40):
        x = rng.choice(sorted(split))
        clauses = rng.sample(split[x], rng.randint(1, len(split[x])))
        others = [n for n in range(len(docs)) if docs[n].source != docs[x].source]
        partners = rng.sample(others, rng.randint(1, len(others)))
        asked = [rng.sample(partners, rng.randint(0, len(partners))) for _ in clauses]
        best = _best_in_sources(docs, scores.candidates, scores.candidate_similarity, set(partners))
        args = (x, clauses, partners, asked, docs, scores.story, scores.similarity, best, model)
        batched, reference = _clause_probs(*args), _row_by_row(*args)
        assert batched == reference  # exact: not a float off in the last bit
        compared += sum(len(a) for a in asked)
    assert compared > 100


def test_a_part_scored_against_many_partners_scores_as_against_each() -> None:
    infos, scores, _ = _story()
    sim, docs = scores.similarity, scores.docs
    keys = [(d.source, d.index) for d in docs] + [("nowhere", 0)]
    for clauses in _all_clauses(infos, scores).values():
        for c in clauses:
            vec = sim.part_vector(c.terms, c.doc.thin)
            each = sim.score_part_each(vec, c.doc.sorted_tokens, keys)
            assert each == [sim.score_part(c.terms, c.doc.sorted_tokens, c.doc.thin, k) for k in keys]
            assert each[-1] == 0.0  # a passage the comparison does not hold scores nothing


def test_the_figure_test_before_the_clause_docs_agrees_with_the_clause_docs() -> None:
    infos, scores, _ = _story()
    index = {(d.source, d.index): n for n, d in enumerate(scores.docs)}
    seen = {True: 0, False: 0}
    for s in infos:
        for p in s.passages:
            n = index.get((s.article.id, p.index))
            if n is None:
                continue
            mentions = [m for m in s.mentions if m.passage == p.index]
            clauses = _clauses(n, scores.docs[n], p, mentions, clause_parts(p.text))
            expected = len(clauses) >= 2 and any(_keyed(c) for c in clauses)
            assert _may_split(p, mentions, clause_parts(p.text)) == expected
            seen[expected] += 1
    assert seen[True] and seen[False]


def _eager_join(claims: list[list[int]], infos: Sequence[SourceInfo], scores: PairScores,
                probs: Mapping[Pair, float], titles: frozenset[int]) -> list[list[int]]:
    """join_clauses as align38 shipped it: every split passage's every clause read, row by row."""
    holding: dict[int, list[int]] = defaultdict(list)
    for c, claim in enumerate(claims):
        for m in claim:
            holding[m].append(c)
    docs = scores.docs
    split = {n: cl for n, cl in _all_clauses(tuple(infos), scores).items()
             if n in holding and n not in titles and len(cl) >= 2 and any(_keyed(c) for c in cl)}
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j in probs:
        if i in split:
            partners[i].append(j)
        if j in split:
            partners[j].append(i)
    best = _best_in_sources(docs, scores.candidates, scores.candidate_similarity,
                            {m for ps in partners.values() for m in ps})
    source_of = [d.source for d in docs]
    out = [list(c) for c in claims]
    for x, clauses in split.items():
        own = {m for c in holding[x] for m in claims[c]}
        # every other-source member of a claim x may join is read as a partner, candidate or not
        met = dict.fromkeys(c for p in partners[x] for c in holding.get(p, ()))
        read = list(dict.fromkeys([*partners[x], *(m for c in met if _open(x, claims[c], source_of, titles)
                                                   for m in claims[c] if source_of[m] != source_of[x])]))
        asked = [read if _keyed(c) else [m for m in read if m in own] for c in clauses]
        fits = _row_by_row(x, clauses, read, asked, docs, scores.story, scores.similarity, best,
                           load_model())
        for c in _seats(x, clauses, fits, claims, holding, source_of, T, titles, docs):
            out[c].append(x)
    return [sorted(c) for c in out]


def test_the_lazy_join_equals_the_eager_one_on_random_claims() -> None:
    infos, scores, probs = _story()
    n = len(scores.docs)
    rng = random.Random(7)
    joined = 0
    for trial in range(30):
        # random claims of two to four members; on some trials the pair model's own readings are bent so
        # that clauses do find seats and the figure-less clauses must be read
        claims = [sorted(rng.sample(range(n), rng.randint(2, 4))) for _ in range(rng.randint(2, 6))]
        bent = dict(probs)
        if trial % 2:
            for pair in rng.sample(sorted(bent), len(bent) // 3):
                bent[pair] = rng.random()
        titles = frozenset(rng.sample(range(n), 1)) if trial % 5 == 0 else frozenset()
        got = join_clauses(claims, infos, scores.docs, scores.story, scores.similarity, bent,
                           scores.candidates, scores.candidate_similarity, T, titles)
        assert got == _eager_join(claims, infos, scores, bent, titles)
        joined += sum(len(a) - len(b) for a, b in zip(got, claims, strict=True))
    assert joined > 0  # some trials did join, so the lazy path was taken both ways


class _Dice:
    """A stand-in pair model: each row's probability a fixed function of the row, mostly high.

    With the shipped model few clauses of this small story find a seat, so
    the figure-less clauses would never be read; with this one many do,
    and the lazy reading must still agree with the eager one.
    """

    def probability_each(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        return np.asarray([(hash(tuple(row)) % 1000 / 999) ** 0.25 for row in rows], dtype=np.float64)


def test_the_lazy_join_equals_the_eager_one_when_many_clauses_find_seats(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcediff.align.clausejoin as clausejoin

    dice = _Dice()
    monkeypatch.setattr(clausejoin, "load_model", lambda: dice)
    monkeypatch.setattr(sys.modules[__name__], "load_model", lambda: dice)
    read = {True: 0, False: 0}
    inner = clausejoin._clause_probs

    def counted(x: int, clauses: Sequence[Clause], *rest: Any) -> list[dict[int, float]]:
        for c in clauses:
            read[_keyed(c)] += 1
        return inner(x, clauses, *rest)

    monkeypatch.setattr(clausejoin, "_clause_probs", counted)
    infos, scores, probs = _story()
    n = len(scores.docs)
    rng = random.Random(11)
    joined = 0
    for _ in range(40):
        claims = [sorted(rng.sample(range(n), rng.randint(2, 5))) for _ in range(rng.randint(2, 6))]
        got = join_clauses(claims, infos, scores.docs, scores.story, scores.similarity, probs,
                           scores.candidates, scores.candidate_similarity, T, frozenset())
        assert got == _eager_join(claims, infos, scores, probs, frozenset())
        joined += sum(len(a) - len(b) for a, b in zip(got, claims, strict=True))
    assert joined > 0 and read[True] and read[False]  # both the skip and the read of clauses without keys


def test_each_passage_is_cut_into_clauses_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_may_split` and `_clauses` read one `clause_parts` of a passage (perf61: it was cut twice)."""
    import sourcediff.align.clausejoin as clausejoin

    cut: list[str] = []
    inner = clausejoin.clause_parts

    def counted(text: str, second_seat_cuts: bool = True) -> list[tuple[int, int, bool]]:
        cut.append(text)
        return inner(text, second_seat_cuts)

    monkeypatch.setattr(clausejoin, "clause_parts", counted)
    infos, scores, probs = _story()
    n = len(scores.docs)
    claims = [list(range(0, n, 2)), list(range(1, n, 2))]
    got = join_clauses(claims, infos, scores.docs, scores.story, scores.similarity, probs,
                       scores.candidates, scores.candidate_similarity, T, frozenset())
    assert cut and len(cut) == len(set(cut))
    assert any(len(inner(text)) >= 2 for text in cut)  # some passage did split, so both tests read it
    assert got == _eager_join(claims, infos, scores, probs, frozenset())
