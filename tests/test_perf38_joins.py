"""The lone joins and the context rule's "matched" test give the scans' answers from their lookups (perf38).

`join_lone_equals` and `join_foreign_sums` once scanned every fact of the
story for each lone fact, and `divergecontext._Matched` asked every mention
of a source's family, restated figures included. They now look facts up by
value and ask each statement once. These tests hold the new forms to the
old scans (kept here as the reference) on many random stories of invented
figures, and check the behaviour a reader sees on a few plain cases.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.compat import same_thing, slot_family
from sourcediff.divergecontext import _Matched
from sourcediff.divergepair import Compatible
from sourcediff.lonejoin import _lone_value, join_lone_equals, merge_moved
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.refconvert import _passages, _sum, fits, join_foreign_sums
from sourcediff.values import Money, Quantity

SOURCES = ("wire", "paper", "blog", "radio")
ORDER = {s: n for n, s in enumerate(SOURCES)}


def _old_lone_equals(facts: Sequence[Judged], order: Mapping[str, int]) -> list[Judged]:
    """`join_lone_equals` as it was: every fact scanned for each lone fact."""
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        key = _lone_value(group) if verdict is Verdict.UNIQUE else None
        if key is None:
            continue
        source = group[0].source
        targets = [k for k, (other, v, _c, _r) in enumerate(facts)
                   if k != n and v is Verdict.AGREE and other[0].kind is group[0].kind
                   and source not in {m.source for m in other}
                   and all((m.slot, m.value) == key for m in other)]
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_moved(facts, moved, order)


def _old_foreign_sums(facts: Sequence[Judged], claims: Sequence[Claim],
                      order: Mapping[str, int]) -> list[Judged]:
    """`join_foreign_sums` as it was."""
    members = [{(p.source, p.index) for p in c.members} for c in claims]

    def beside(a: set[tuple[str, int]], b: set[tuple[str, int]]) -> bool:
        return any(a & ps and b & ps for ps in members)

    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        lone = _sum(group)
        if verdict is not Verdict.UNIQUE or lone is None or group[0].kind is not Kind.MONEY:
            continue
        own = _passages(group)
        targets = [k for k, (other, v, _c, _r) in enumerate(facts)
                   if k != n and v is Verdict.AGREE and other[0].kind is Kind.MONEY
                   and len({m.source for m in other}) >= 2
                   and group[0].source not in {m.source for m in other}
                   and len({m.value.currency for m in other if isinstance(m.value, Money)}) == 1
                   and all(isinstance(m.value, Money) and fits(lone, m.value) for m in other)
                   and beside(own, _passages(other))]
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_moved(facts, moved, order)


def _pct(source: str, amount: str, slot: str = "percent", passage: int = 1, at: int = 10) -> Mention:
    value = Quantity(Decimal(amount), "%")
    return Mention(Kind.PERCENT, source, passage, Span(at, at + 5), amount, value, slot)


def _sum_of(source: str, currency: str, amount: str, passage: int = 1, at: int = 10) -> Mention:
    return Mention(Kind.MONEY, source, passage, Span(at, at + 5), amount, Money(currency, Decimal(amount)),
                   "money")


def _random_facts(rng: random.Random) -> list[Judged]:
    facts: list[Judged] = []
    for _ in range(rng.randint(1, 14)):
        slot = rng.choice(("percent", "percent:change"))
        amount = rng.choice(("81.4", "79.2", "12", "40"))
        sources = rng.sample(SOURCES, rng.randint(1, 3))
        group = [_pct(s, amount if rng.random() < 0.85 else "79.2", slot, rng.randint(1, 5),
                      rng.randint(0, 900)) for s in sources]
        verdict = Verdict.AGREE if len(sources) > 1 and rng.random() < 0.8 else Verdict.UNIQUE
        facts.append((group, verdict, None, None))
    return facts


def _random_sums(rng: random.Random) -> tuple[list[Judged], list[Claim]]:
    facts: list[Judged] = []
    for _ in range(rng.randint(1, 10)):
        sources = rng.sample(SOURCES, rng.randint(1, 3))
        currency = rng.choice(("GBP", "EUR", "USD", "XAU"))
        amount = rng.choice(("42", "48.5", "53", "10"))
        group = [_sum_of(s, currency if rng.random() < 0.9 else "USD", amount, rng.randint(1, 4),
                         rng.randint(0, 900)) for s in sources]
        verdict = Verdict.AGREE if len(sources) > 1 and rng.random() < 0.8 else Verdict.UNIQUE
        facts.append((group, verdict, None, None))
    claims = [Claim(f"c{n}", 0.5, tuple(ClaimPassage(s, rng.randint(1, 4)) for s in rng.sample(SOURCES, 2)))
              for n in range(rng.randint(0, 6))]
    return facts, claims


def test_lone_equals_lookup_gives_the_scans_answer() -> None:
    rng = random.Random(38)
    for _ in range(3000):
        facts = _random_facts(rng)
        assert join_lone_equals(facts, ORDER) == _old_lone_equals(facts, ORDER)


def test_foreign_sums_lookup_gives_the_scans_answer() -> None:
    rng = random.Random(380)
    for _ in range(3000):
        facts, claims = _random_sums(rng)
        assert join_foreign_sums(facts, claims, ORDER) == _old_foreign_sums(facts, claims, ORDER)


def test_a_lone_figure_with_two_equal_agreed_facts_joins_neither() -> None:
    """Two agreed 81.4% facts from other sources: the blog's lone 81.4% cannot say which it is."""
    first = [_pct("wire", "81.4", at=10), _pct("paper", "81.4", at=10)]
    second = [_pct("wire", "81.4", at=400), _pct("radio", "81.4", at=50)]
    facts: list[Judged] = [(first, Verdict.AGREE, None, None), (second, Verdict.AGREE, None, None),
                           ([_pct("blog", "81.4")], Verdict.UNIQUE, None, None)]
    assert len(join_lone_equals(facts, ORDER)) == 3


def test_a_lone_figure_joins_the_one_agreed_fact_its_source_is_not_in() -> None:
    """The blog already states one agreed 81.4%: its lone 81.4% joins the other, the wire's and radio's."""
    first = [_pct("wire", "81.4"), _pct("blog", "81.4", at=300)]
    second = [_pct("paper", "81.4", at=500), _pct("radio", "81.4")]
    facts: list[Judged] = [(first, Verdict.AGREE, None, None), (second, Verdict.AGREE, None, None),
                           ([_pct("blog", "81.4", at=700)], Verdict.UNIQUE, None, None)]
    out = join_lone_equals(facts, ORDER)
    assert [[m.source for m in g] for g, *_ in out] == [["wire", "blog"], ["paper", "blog", "radio"]]


def _old_matched(ms: Sequence[Mention], same: Compatible, i: int, source: str) -> bool:
    by_source: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, m in enumerate(ms):
        by_source[(m.source, slot_family(m))].append(k)
    m = ms[i]
    family = slot_family(m)
    return any(same(m, ms[k], family) and same_thing(m, ms[k]) for k in by_source[(source, family)])


def test_matched_asks_each_statement_once_and_answers_as_before() -> None:
    """Sources restating their counts ("12 dead" three times) are answered as when each mention was asked."""
    rng = random.Random(3800)
    cues = ((), ("role:dead",), ("role:injured",), ("change",), ("boats",))
    for _ in range(400):
        ms = [Mention(Kind.NUMBER, rng.choice(SOURCES), rng.randint(1, 6), Span(n * 20, n * 20 + 3), "x",
                      Quantity(Decimal(rng.choice(("12", "15", "14", "120", "12.5")))), "number:count",
                      cues=rng.choice(cues)) for n in range(rng.randint(2, 25))]
        asks = [(rng.randrange(len(ms)), rng.choice(SOURCES)) for _ in range(10)]
        new_same, old_same = Compatible(), Compatible()
        matched = _Matched(ms, None, new_same)  # type: ignore[arg-type]  # the context is never read here
        for i, source in asks:
            assert matched(i, source) == _old_matched(ms, old_same, i, source)
        assert new_same.seen == {k: v for k, v in old_same.seen.items() if k in new_same.seen}
