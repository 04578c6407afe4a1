"""Work done once rather than once a pair, the same answers (perf64, issue #13).

* ``features.pair_features_each`` groups the clause's value keys by slot family once for all its
  partners (`_conflicts_with`), and a partner without value keys conflicts with nothing at once.
* ``vectors.Meaning.other_mass``: a passage's words without a vector summed once, not once a pair.
* ``rivaljoin._lone_near``: the sentences in no claim stating one sum, read claim by claim, are the
  pairs `_box_near` gave for them (a list quadratic in the story's length before).
"""

from __future__ import annotations

import itertools
import random
from decimal import Decimal

import pytest

from sourcediff.align import features, score_pairs, vectors
from sourcediff.align.features import PassageDoc, Story, _conflicts, _conflicts_with, _families
from sourcediff.align.measurejoin import measures_of
from sourcediff.align.rivaljoin import _box_near, _lone_near, _one_sum_by_currency, _sums, join_rivals
from sourcediff.align.vectors import Meaning, meaning, vector_features
from sourcediff.model import Article, Kind, Mention, Span
from sourcediff.pipeline import analyse
from sourcediff.values import Money

TEXTS = (
    "The Harwell Valley water board approved a £42 million upgrade of the Kestle treatment works on "
    "Tuesday. Board chair Imogen Tarrant said 18,000 homes had suffered low pressure since March. "
    "Work starts on 4 May.",
    "A £41.5m plan to rebuild the Kestle works was backed by the water board, its chair Imogen Tarrant "
    "told reporters. About 18,000 households lost pressure this spring. Contractors begin in May.",
    "Residents of Harwell Valley welcomed the board's decision. Some 17,500 homes were hit by low "
    "pressure, a residents' group said, and the upgrade will cost about £42m. No date was given.",
)


def _old_conflicts(a: frozenset[str], b: frozenset[str]) -> float:
    """features._conflicts as written before perf64: the reference."""
    fam_a: dict[str, set[str]] = {}
    fam_b: dict[str, set[str]] = {}
    for key in a:
        fam, _, val = key.partition("=")
        fam_a.setdefault(fam, set()).add(val)
    for key in b:
        fam, _, val = key.partition("=")
        fam_b.setdefault(fam, set()).add(val)
    both = fam_a.keys() & fam_b.keys()
    return min(1.0, sum(1 for f in both if not fam_a[f] & fam_b[f]) / 2.0)


KEY_SETS = [
    frozenset(),
    frozenset({"money:GBP=42000000"}),
    frozenset({"money:GBP=41500000", "number:count:homes=18000"}),
    frozenset({"money:GBP=42000000", "money:GBP=41500000"}),
    frozenset({"number:count:homes=17500", "date:date=2026-05-04", "money:USD=3"}),
    frozenset({"number:count:homes=18000", "date:date=2026-05-04", "time:clock=09:00"}),
    frozenset({"percent:percent=12", "money:GBP=1=2"}),  # a value holding "=" keeps its tail
]


def test_conflicts_with_grouped_keys_equal_the_old_per_pair_count() -> None:
    for a, b in itertools.product(KEY_SETS, repeat=2):
        assert _conflicts_with(_families(a), b) == _old_conflicts(a, b)
        assert _conflicts(a, b) == _old_conflicts(a, b)


@pytest.fixture(scope="module")
def scored() -> tuple[list[PassageDoc], Story]:
    sources = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-04-21"))
                    for n, t in enumerate(TEXTS))
    scores = score_pairs(sources)
    return list(scores.docs), scores.story


def test_a_clause_groups_its_keys_once_and_keyless_partners_not_at_all(
        scored: tuple[list[PassageDoc], Story], monkeypatch: pytest.MonkeyPatch) -> None:
    docs, story = scored
    a = next(d for d in docs if d.values)
    before = features.pair_features_each(a, docs, story)
    calls: list[frozenset[str]] = []
    real = features._families

    def counted(keys: frozenset[str]) -> dict[str, set[str]]:
        calls.append(keys)
        return real(keys)

    monkeypatch.setattr(features, "_families", counted)
    assert features.pair_features_each(a, docs, story) == before
    assert calls.count(a.values) == 1 + sum(1 for b in docs if b.values == a.values)
    assert len(calls) == 1 + sum(1 for b in docs if b.values)  # a partner without keys: 0 at once


def test_other_mass_is_the_sum_of_the_words_without_a_vector() -> None:
    m = meaning(["the", "kestlewick", "board", "zzqvorn", "approved", "zzqvorn", "upgrade"])
    assert m.other  # invented words have no vector
    assert m.other_mass == sum(m.other.values())
    assert meaning(["board", "approved"]).other_mass == 0


def _old_vector_features(a: Meaning, b: Meaning) -> list[float]:
    """vector_features as written before perf64 (the other words summed out of the dict): the reference."""
    sim = a.vectors @ b.vectors.T
    best_a, best_b = sim.max(axis=1), sim.max(axis=0)
    shared = a.other.keys() & b.other.keys()
    out = []
    sides = ((best_a, a, sum(a.other[w] for w in shared)), (best_b, b, sum(b.other[w] for w in shared)))
    for best, m, own in sides:
        soft = float(m.weights @ best) + own
        unmatched = float(m.weights @ (best < vectors.MATCHED)) + sum(m.other.values()) - own
        out.append((soft / m.total, unmatched / m.total))
    (soft_a, un_a), (soft_b, un_b) = out
    return [min(soft_a, soft_b), max(soft_a, soft_b), min(un_a, un_b), max(un_a, un_b),
            float(a.mean @ b.mean)]


def test_vector_features_equal_the_old_sums_with_and_without_shared_unknown_words() -> None:
    a = meaning(["board", "kestlewick", "approved", "upgrade", "zzqvorn"])
    b = meaning(["kestlewick", "plan", "backed", "works"])
    c = meaning(["residents", "welcomed", "decision"])
    for x, y in itertools.permutations((a, b, c), 2):
        assert vector_features(x, y) == _old_vector_features(x, y)  # equal floats, not close ones
        assert vector_features(x, y, x.vectors) == _old_vector_features(x, y)


def _sum(source: str, passage: int, currency: str, amount: int) -> Mention:
    return Mention(kind=Kind.MONEY, source=source, passage=passage, span=Span(0, 4), raw="£4m",
                   value=Money(currency, Decimal(amount)), slot="money:cost")


def test_lone_near_gives_the_box_near_pairs_of_every_claim() -> None:
    rng = random.Random(64)
    for _ in range(200):
        n = rng.randint(2, 30)
        source_of = [rng.choice("abcd") for _ in range(n)]
        sums = [[_sum(source_of[k], k, rng.choice(("GBP", "EUR", "USD")), rng.randint(1, 5))
                 for _ in range(rng.choice((0, 0, 1, 1, 2)))] for k in range(n)]
        lone = sorted(rng.sample(range(n), rng.randint(0, n)))
        pairs = _box_near(lone, source_of, sums)
        by_currency = _one_sum_by_currency(lone, sums)
        for _ in range(5):
            claim = sorted(rng.sample(range(n), rng.randint(1, n)))
            members = set(claim)
            assert _lone_near(claim, by_currency, source_of, sums) == {x for x, m in pairs if m in members}


def test_a_lone_rival_sum_still_joins_the_claim_its_currency_is_agreed_in() -> None:
    """join_rivals end to end: a sentence in no claim, sharing no word with the claim, stating a rival sum."""
    texts = ("The club will pay £3.2m to end the coach's contract.",
             "Calverton will pay about £3.2 million to settle with the coach.",
             "Bosses fear the bill could top £3.6m.")
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in features.source_docs(s)]
    source_of = [d.source for d in docs]
    measures = measures_of(infos, [(d.source, d.index) for d in docs])
    assert source_of == ["s0", "s1", "s2"]
    sums = [_sums(ms) for ms in measures]
    assert _lone_near([0, 1], _one_sum_by_currency([2], sums), source_of, sums) == {2}
    assert _lone_near([0], _one_sum_by_currency([2], sums), source_of, sums) == {2}
    assert _lone_near([2], _one_sum_by_currency([2], sums), source_of, sums) == set()  # its own source
    assert join_rivals([[0, 1]], {}, source_of, measures) == [[0, 1, 2]]
