"""Work done once rather than once a pair, the same answers (perf64, issue #13).

* ``features.pair_features_each`` groups the clause's value keys by slot family once for all its
  partners (`_conflicts_with`), and a partner without value keys conflicts with nothing at once.
* ``vectors.Meaning.other_mass``: a passage's words without a vector summed once, not once a pair.
* ``rivaljoin._lone_near``: the sentences in no claim stating one sum, read claim by claim, are the
  pairs `_box_near` gave for them (a list quadratic in the story's length before).
* ``compat.all_compatible``: a consensus's "every pair of its figures fits" asks each pair of distinct
  figures once (loneclaimrivals, lonerivals; rivaljoin's `_Alike` over `distinct_figures`).
"""

from __future__ import annotations

import dataclasses
import itertools
import random
from decimal import Decimal

import pytest

from sourcediff import compat
from sourcediff.align import features, score_pairs, vectors
from sourcediff.align.features import PassageDoc, Story, _conflicts, _conflicts_with, _families
from sourcediff.align.measurejoin import measures_of
from sourcediff.align.rivaljoin import _box_near, _lone_near, _one_sum_by_currency, _sums, join_rivals
from sourcediff.align.vectors import Meaning, meaning, vector_features
from sourcediff.model import Article, Kind, Mention, Span
from sourcediff.pipeline import analyse
from sourcediff.values import ABOVE, APPROX, BELOW, CEILING, Money, Quantity

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


def _figure(n: int, amount: str, qualifier: str | None = None, *, unit: str | None = None,
            cues: tuple[str, ...] = ("jobs",), slot: str = "number:count") -> Mention:
    value: Money | Quantity = (Money("GBP", Decimal(amount), qualifier=qualifier) if slot == "money"
                               else Quantity(Decimal(amount), unit, qualifier))
    kind = Kind.MONEY if isinstance(value, Money) else Kind.NUMBER
    return Mention(kind=kind, source=f"s{n}", passage=n, span=Span(n, n + 3), raw=amount, value=value,
                   slot="money:cost" if kind is Kind.MONEY else slot, cues=cues)


def _walk(figures: list[Mention]) -> bool:
    """The consensus test as loneclaimrivals and lonerivals wrote it before perf64: the reference."""
    return all(compat.compatible(a, b) for i, a in enumerate(figures) for b in figures[i + 1:])


POOL = [
    _figure(0, "312"), _figure(1, "312", APPROX), _figure(2, "300", ABOVE), _figure(3, "300", BELOW),
    _figure(4, "312.0"), _figure(5, "350", CEILING), _figure(6, "320", APPROX), _figure(7, "400"),
    _figure(8, "312", cues=("jobs", "role:dead")), _figure(9, "312", cues=("jobs", "role:injured")),
    _figure(10, "4.5", slot="money"), _figure(11, "4.50", slot="money"),
    _figure(12, "4.6", APPROX, slot="money"),
    _figure(13, "5", unit="kilometre", slot="number:kilometre"),
    _figure(14, "5000", unit="metre", slot="number:metre"),
]


def test_all_compatible_answers_as_the_walk_over_every_pair() -> None:
    rng = random.Random(6464)
    for _ in range(3000):
        figures = [rng.choice(POOL) for _ in range(rng.randint(0, 9))]
        # copies from other sources: one key, other mentions (another source, passage and span)
        figures = [dataclasses.replace(m, source=f"t{k}", passage=k) if rng.random() < 0.5 else m
                   for k, m in enumerate(figures)]
        assert compat.all_compatible(figures) == _walk(figures)


def test_all_compatible_asks_each_pair_of_distinct_figures_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[Mention, Mention]] = []
    real = compat.compatible

    def counted(a: Mention, b: Mention) -> bool:
        asked.append((a, b))
        return real(a, b)

    monkeypatch.setattr(compat, "compatible", counted)
    agreed = [dataclasses.replace(POOL[k % 2], source=f"s{k}", passage=k) for k in range(80)]
    assert compat.all_compatible(agreed)
    # "312" and "about 312": each with itself, and each way round (both orders occur): 4, not 3,160
    assert len(asked) == 4


def test_distinct_figures_keep_the_first_of_each_and_tell_written_precision_apart() -> None:
    a, b = _figure(0, "312"), _figure(1, "312.0")
    assert a.value == b.value  # one worth ...
    assert compat.figure_key(a) != compat.figure_key(b)  # ... two precisions
    again = dataclasses.replace(a, source="s9", passage=4, span=Span(40, 43))
    assert compat.figure_key(again) == compat.figure_key(a)
    assert compat.distinct_figures([a, b, again, b]) == [a, b]
