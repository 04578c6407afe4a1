"""fitpairs: the pairs it lists by sweeps and reading indexes hold every pair `may_fit` accepts.

`factclusters._candidates` asks each index for the pairs of a group that may fit instead of every
pair, then asks `may_fit` of those: a pair the sweep missed would change the clusters. So the rule is
pinned against the plain one (every pair, asked `may_fit` with the lower index first), on the
invented values of test_factlinks_fit and on places drawn at random (reversed intervals, negative
figures, roundings and factors far from the figure, units, hedges), and `_candidates` against the
plain union of every index's pairs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff import Article, load, mentionindex
from sourcediff.align import align, score_pairs
from sourcediff.compare import _judged
from sourcediff.compat import slot_family
from sourcediff.evidence import Evidence, build_evidence
from sourcediff.factclusters import _candidates, _linkable
from sourcediff.factlinks import (
    LINK_SCORE,
    FitPlace,
    _canonical,
    _figure_key,
    _instant_key,
    _noun_key,
    _part_day,
    _role,
    bound_count_pairs,
    fit_place,
    may_fit,
)
from sourcediff.fitpairs import Fits
from sourcediff.model import Claim, Kind, Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity
from test_factlinks_fit import _figures, _times


def _plain_within(places: dict[int, FitPlace | None], group: list[int]) -> set[tuple[int, int]]:
    return {(min(i, j), max(i, j)) for i, j in itertools.combinations(group, 2)
            if i != j and may_fit(places[min(i, j)], places[max(i, j)])}


def _plain_between(places: dict[int, FitPlace | None], xs: list[int], ys: list[int]) -> set[tuple[int, int]]:
    return {(min(i, j), max(i, j)) for i in xs for j in ys
            if i != j and may_fit(places[min(i, j)], places[max(i, j)])}


def _kept(fits: Fits, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    assert all(i < j for i, j in pairs)
    return {(i, j) for i, j in pairs if fits.ok(i, j)}


def test_within_and_between_on_invented_values() -> None:
    rng = random.Random(5)
    values = [v for _, v in _figures(rng) + _times(rng)]
    places = {n: fit_place(v) for n, v in enumerate(values)}
    fits = Fits(places)
    everyone = list(places)
    found = _kept(fits, fits.within(everyone))
    assert found == _plain_within(places, everyone)
    assert 500 < len(found) < 0.9 * len(everyone) * (len(everyone) - 1) / 2  # it reaches both answers
    assert len(fits.within(everyone)) < 1.2 * len(found)  # and lists few pairs that do not fit
    for _ in range(20):
        xs, ys = rng.sample(everyone, 60), rng.sample(everyone, 90)  # the two sides may share members
        assert _kept(fits, fits.between(xs, ys)) == _plain_between(places, xs, ys)
        assert _kept(fits, fits.within(xs)) == _plain_within(places, xs)


_NUM = st.one_of(st.integers(-50, 50).map(float), st.floats(-1e7, 1e7, allow_nan=False),
                 st.sampled_from([0.0, 1.0, 10.0, 99.5, 100.0, 110.0, 1e6, 1.1e6]))


def _figure(lo: float, hi: float, unit: str | None, factor: float, rounding: float, hedged: bool,
            exact: bool) -> FitPlace:
    return FitPlace("figure", lo, hi, unit=unit, factor=factor, rounding=rounding, hedged=hedged, exact=exact)


_FIGURE = st.builds(_figure, _NUM, _NUM, st.sampled_from([None, "%", "kilometre", "mile"]),
                    st.sampled_from([1.0, 1000.0, 0.01, 1609.344]),
                    st.sampled_from([0.0, 0.5, 1.0, 10.0, 1000.0]),
                    st.booleans(), st.booleans())
_DATE = st.tuples(st.integers(739000, 739030), st.integers(0, 3)).map(
    lambda d: FitPlace("date", float(d[0]), float(d[0] + d[1])))
_CLOCK = st.frozensets(st.integers(0, 6), min_size=1, max_size=2).map(
    lambda r: FitPlace("clock", 0.0, 0.0, r))
_PLACE = st.one_of(_FIGURE, _FIGURE, _DATE, _CLOCK, st.none())


@settings(max_examples=150, deadline=None)
@given(st.lists(_PLACE, min_size=0, max_size=40), st.randoms(use_true_random=False))
def test_within_and_between_on_random_places(drawn: list[FitPlace | None], rng: random.Random) -> None:
    places = dict(enumerate(drawn))
    fits = Fits(places)
    everyone = list(places)
    assert _kept(fits, fits.within(everyone)) == _plain_within(places, everyone)
    xs = [i for i in everyone if rng.random() < 0.6]
    ys = [i for i in everyone if rng.random() < 0.6]
    assert _kept(fits, fits.between(xs, ys)) == _plain_between(places, xs, ys)
    assert all(fits.ok(i, j) == may_fit(places[i], places[j]) for i, j in _plain_within(places, everyone))


ROOT = Path(__file__).resolve().parents[1]
# One paragraph each, so the aligner puts both in one claim: the case `_candidates` answers from it alone.
_PARAGRAPHS = (
    "The council approved a budget of $4.2 million on Tuesday, March 3, at 10:30 a.m. after a vote of "
    "7 to 2. About 120 residents attended, and the plan adds 14 bus routes by June 1 at a cost of $900,000. "
    "The mayor said 3% of the money goes to 45 schools, and the meeting ended at 1:15 p.m. on March 3.",
    "On Tuesday, March 3, the council passed a $4.2m budget at 10:30 am, 7 votes to 2. Roughly 125 "
    "people came; the plan adds 14 routes by June 1 for $0.9 million. Some 3 per cent goes to 45 "
    "schools, the mayor said, and the session closed at 1:15 pm on March 3 after 160 minutes.",
)


def _plain_candidates(ms: list[Mention], idx: list[int], claims: tuple[Claim, ...],
                      ctx: Evidence) -> set[tuple[int, int]]:
    """`_candidates` as it was: every index's pairs, then the cross-source ones `may_fit` accepts."""
    if ms[idx[0]].kind is Kind.QUOTE:
        found = mentionindex.quote_pairs(ms, idx)
    else:
        found = (mentionindex.claim_pairs(ms, idx, claims) | mentionindex.context_pairs(ms, idx, ctx)
                 | mentionindex.scored_pairs(ms, idx, ctx, LINK_SCORE))
        for key in (_canonical, _figure_key, _instant_key, _part_day, _role, _noun_key):
            found |= mentionindex.same_key_pairs(ms, idx, key)
        found |= bound_count_pairs(ms, idx)  # "more than 50" and the story's one reading in its step
    return {(i, j) for i, j in found
            if ms[i].source != ms[j].source and may_fit(fit_place(ms[i].value), fit_place(ms[j].value))}


def _check_candidates(infos: tuple[SourceInfo, ...]) -> int:
    scores = score_pairs(infos)
    claims = align(infos, scores=scores)
    ctx = build_evidence(infos, claims, scores)
    ms = [m for s in infos for m in s.mentions if _judged(m)]
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.kind not in (Kind.PERSON, Kind.ORG):
            buckets[slot_family(m)].append(i)
    pairs = 0
    for idx in buckets.values():
        idx = _linkable(ms, idx, ctx)
        if idx:
            got = _candidates(ms, idx, claims, ctx)
            assert got == _plain_candidates(ms, idx, claims, ctx)
            pairs += len(got)
    return pairs


@pytest.mark.parametrize("folder", ["seeds", "tests/data/stories/quake", "tests/data/stories/lottery"])
def test_candidates_are_the_fitting_pairs_of_every_index(folder: str) -> None:
    paths = sorted(p for p in (ROOT / folder).iterdir() if p.name != "gold.json")
    assert _check_candidates(tuple(analyse(load(p)) for p in paths)) > 20


def test_candidates_when_one_claim_holds_every_mention() -> None:
    infos = tuple(analyse(Article.from_text(text, id=sid, published=dt.date(2026, 3, 4)))
                  for sid, text in zip(("a", "b"), _PARAGRAPHS, strict=True))
    assert _check_candidates(infos) > 5


def test_a_span_in_weeks_may_fit_the_days_it_rounds() -> None:
    """compat reads "three weeks" as 18 to 24 days rounded: the cheap filter lets such pairs through."""
    def span(n: int, unit: str) -> FitPlace | None:
        return fit_place(Quantity(amount=Decimal(n), unit=unit))

    assert may_fit(span(18, "day"), span(3, "week"))
    assert may_fit(span(3, "week"), span(24, "day"))
    assert not may_fit(span(15, "day"), span(3, "week"))
    fits = Fits({0: span(18, "day"), 1: span(3, "week")})
    assert _kept(fits, fits.within([0, 1])) == {(0, 1)}
