"""Work done once a mention rather than once a pair of claim members, the same answers (perf66, issue #13).

* ``divergemonths.month_pairs`` pairs only a claim's passages with one written month, not all its members;
* ``align.clusterbase.seated_with`` gives each passage the other sources of its claims from each claim's
  sources, not by walking the claim once per member (figurepairs, phrasejoin);
* ``divergepair.Compatible`` looks its memo up once on a hit, not twice (each lookup hashes two values);
* ``factclusters._connected`` asks whether a claim member is a bound count (`factlinks.bound_count`)
  before asking `bound_beside_own_count` of it against every other member.

Invented text throughout.
"""

from __future__ import annotations

import datetime as dt
import itertools
import types
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TypeVar

import pytest

from sourcediff import compare, divergemonths, factclusters
from sourcediff.align.clusterbase import seated_with
from sourcediff.divergemonths import month_pairs
from sourcediff.divergepair import Compatible
from sourcediff.factlinks import bound_beside_own_count, bound_count
from sourcediff.model import Article, Claim, ClaimPassage, Kind, Mention, Span
from sourcediff.values import ABOVE, DateValue, Quantity

T = TypeVar("T")

# month_pairs: a claim of many outlets, two of which date the step with a month.


def _month(source: str, passage: int, raw: str, year: int, month: int) -> Mention:
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return Mention(Kind.DATE, source, passage, Span(0, len(raw)), raw, DateValue(start, end, "month"), "date")


def _claim(n: int) -> Claim:
    return Claim("c1", 0.9, tuple(ClaimPassage(f"outlet{k:02d}", 1) for k in range(n)))


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record the length of each sequence month_pairs hands to itertools.combinations."""
    sizes: list[int] = []

    def combinations(xs: Iterable[T], r: int) -> Iterator[tuple[T, ...]]:
        items = list(xs)
        sizes.append(len(items))
        return itertools.combinations(items, r)

    monkeypatch.setattr(divergemonths, "itertools", types.SimpleNamespace(combinations=combinations))
    return sizes


@pytest.mark.parametrize("n", [3, 40])
def test_month_pairs_pair_only_the_members_with_a_month(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = _counting(monkeypatch)
    ms = [_month("outlet00", 1, "in March 2024", 2024, 3), _month("outlet01", 1, "March 2024", 2024, 3)]
    # Both date the step alike: no rival pair, and the claim's other members were never paired.
    assert month_pairs(ms, [_claim(n)], None) == []  # type: ignore[arg-type]
    assert sizes == [2]


def test_a_member_whose_passage_states_two_months_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = _counting(monkeypatch)
    ms = [_month("outlet00", 1, "in March 2024", 2024, 3), _month("outlet00", 1, "in May 2025", 2025, 5),
          _month("outlet01", 1, "March 2024", 2024, 3)]
    assert month_pairs(ms, [_claim(12)], None) == []  # type: ignore[arg-type]
    assert sizes == [1]


# _connected: a claim of several outlets restating one count, one of them as a bound.

def _count(source: str, raw: str, amount: int, noun: str, qualifier: str | None = None) -> Mention:
    return Mention(Kind.NUMBER, source, 1, Span(0, len(raw)), raw,
                   Quantity(Decimal(amount), None, qualifier, None), "number:count", cues=(noun,))


def test_bound_count_is_the_bound_side_of_bound_beside_own_count() -> None:
    bound = _count("paper", "more than 190,000", 190000, "visit", ABOVE)
    plain = _count("wire", "193,000", 193000, "visit")
    assert bound_count(bound)
    assert not bound_count(plain)
    # A plain count is never the bound of the rule, whatever the other mention.
    assert not bound_beside_own_count(plain, bound, None)  # type: ignore[arg-type]


OUTLETS = [
    "The Quarry Museum in Fellbeck recorded 412,000 visits last year, its trustees said on Monday.",
    "Trustees of the Quarry Museum in Fellbeck said on Monday it recorded 412,000 visits last year.",
    "The Quarry Museum recorded 412,000 visits last year, trustees in Fellbeck said on Monday.",
    "On Monday the trustees said the Quarry Museum in Fellbeck recorded 412,000 visits last year.",
    ("More than 400,000 visits were recorded at the Quarry Museum in Fellbeck last year, "
     "trustees said on Monday."),
]


def test_connected_asks_the_pair_rule_only_of_bound_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = factclusters.bound_beside_own_count

    def counting(bound: Mention, other: Mention, ctx: object) -> bool:
        asked.append(bound.raw)
        return real(bound, other, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(factclusters, "bound_beside_own_count", counting)
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(OUTLETS)]
    facts = [sorted(m.raw for m in f.mentions) for f in compare(arts).facts if f.kind.value == "number"]
    # The five outlets' counts are still one fact, the bound with them.
    assert ["412,000"] * 4 + ["More than 400,000"] in facts
    # Only the bound was asked about, against each other member: the plain counts never were.
    assert asked and set(asked) == {"More than 400,000"}


# seated_with: the other sources of a passage's claims.

def _naive(claims: list[list[int]], source_of: list[str]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for claim in claims:
        for n in claim:
            out.setdefault(n, set()).update(source_of[m] for m in claim if m != n)
    return out


def test_seated_with_names_the_other_sources_of_each_claim() -> None:
    source_of = ["wire", "wire", "paper", "radio", "paper", "blog"]
    claims = [[0, 2, 3], [1, 0, 4], [4, 5], [2, 4]]
    seated = seated_with(claims, source_of)
    assert seated[0] == {"paper", "radio", "wire"}  # the wire's other passage sits with it in the second
    assert seated[3] == {"wire", "paper"}
    assert seated[4] == {"wire", "blog", "paper"}  # the paper's passage 2 sits with it in the last claim
    assert seated[5] == {"paper"}
    assert 99 not in seated and seated[99] == set()
    assert dict(seated_with(claims, source_of)) == _naive(claims, source_of)


def test_seated_with_matches_the_walk_over_many_sources() -> None:
    source_of = [f"outlet{k % 37:02d}" for k in range(120)]
    claims = [list(range(k, 120, step)) for k, step in ((0, 1), (3, 2), (5, 7), (1, 37), (2, 40))]
    claims.append([4, 4, 41])  # a passage listed twice beside one of its own source
    assert dict(seated_with(claims, source_of)) == _naive(claims, source_of)


# Compatible: one lookup of its memo per question answered from it.

class _CountingDict(dict[tuple[object, ...], bool]):
    def __init__(self) -> None:
        super().__init__()
        self.lookups = 0

    def __contains__(self, key: object) -> bool:
        self.lookups += 1
        return super().__contains__(key)

    def __getitem__(self, key: tuple[object, ...]) -> bool:
        self.lookups += 1
        return super().__getitem__(key)

    def get(self, key: tuple[object, ...], default: bool | None = None) -> bool | None:  # type: ignore[override]
        self.lookups += 1
        return super().get(key, default)


def test_compatible_memo_is_looked_up_once_a_hit() -> None:
    same = Compatible()
    seen = _CountingDict()
    same.seen = seen
    wire, paper = _count("wire", "412,000", 412000, "visit"), _count("paper", "412,000", 412000, "visit")
    other = _count("blog", "398,000", 398000, "visit")
    assert same(wire, paper, "number:count") and not same(wire, other, "number:count")
    seen.lookups = 0
    for _ in range(5):
        assert same(wire, paper, "number:count")
        assert not same(wire, other, "number:count")
    assert seen.lookups == 10
