"""Complete linkage remembers which cluster pairs it refused, and still clusters exactly as before.

In a long story a figure repeated for unrelated events ("about 2,300
workers" in one district, "about 2,340 residents" in another) links every
cross-source pair of its mentions, and `factclusters._link_by_strength`
tested the same two clusters again for each such pair. A refusal depends on
the two clusters' members alone, so it is now remembered until either
cluster grows. The reports must not change: the stories below (invented
outlets, places and figures) are compared with and without the memory.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal

import pytest

from sourcediff import Article, compare, factclusters
from sourcediff.factclusters import _Refused
from sourcediff.model import Kind, Mention, Span
from sourcediff.render.json import report_to_dict
from sourcediff.values import Money

PLACES = ("Marrowby", "Estcourt", "Pellinge", "Dunhaven", "Corrigan Vale", "Saltmere", "Holloway Cross",
          "Brackwater", "Fennick", "Tolland Bay")
CROWDS = ("workers", "residents", "tenants", "drivers", "nurses", "farmers", "students", "volunteers")
THINGS = ("depot", "clinic", "ferry terminal", "reservoir", "tram line", "grain store", "sea wall", "school")
OPINIONS = ("opposed the plan", "backed the plan", "asked for a delay", "signed the petition")


Event = tuple[str, str, str, int, int, int]  # place, crowd, thing, count, tenths of millions, share


def _sentences(rng: random.Random, outlet: int, events: list[Event]) -> list[str]:
    """One outlet's sentences: each event told in its own words, its figures repeated across events."""
    out = []
    for place, crowd, thing, count, millions, share in events:
        said = rng.choice(("said", "told reporters", "confirmed"))
        style = (outlet + rng.randint(0, 2)) % 3
        if style == 0:
            out.append(f"About {count:,} {crowd} in {place} were affected when the {thing} closed, "
                       f"the council {said}.")
        elif style == 1:
            out.append(f"The {thing} in {place} shut on Tuesday, leaving some {count:,} {crowd} without "
                       f"a service.")
        else:
            out.append(f"Officials in {place} put the number of {crowd} affected at roughly {count:,}.")
        out.append(f"Repairs to the {thing} near {place} will cost ${millions / 10:.1f} million, "
                   f"a spokesperson {said}.")
        out.append(f"Some {share}% of the {crowd} in {place} {rng.choice(OPINIONS)}, a survey found.")
    return out


def story(seed: int, events: int = 36) -> list[Article]:
    """Two outlets on many events whose figures recur: counts near a few round numbers, shares from a few."""
    rng = random.Random(seed)
    told = [(rng.choice(PLACES), rng.choice(CROWDS), rng.choice(THINGS),
             rng.choice((2300, 2340, 2310, 2360, 4800, 4750)) + rng.randint(0, 9),
             rng.choice((42, 45, 47, 120, 125)), rng.choice((12, 15, 40))) for _ in range(events)]
    articles = []
    for outlet in range(2):
        mine = [e for e in told if rng.random() < 0.8]
        rng.shuffle(mine)
        articles.append(Article.from_text(" ".join(_sentences(rng, outlet, mine)), id=f"outlet{outlet}"))
    return articles


def _report(articles: list[Article]) -> str:
    return json.dumps(report_to_dict(compare(articles)), sort_keys=True, default=str)


class _Forgetful(_Refused):
    """The walk as it was before: nothing is remembered, every pair's clusters are tested."""

    def __contains__(self, pair: tuple[int, int]) -> bool:
        return False


@pytest.mark.parametrize("seed", range(3))
def test_remembered_refusals_give_the_same_report(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = story(seed)
    remembered = _report(articles)
    monkeypatch.setattr(factclusters, "_Refused", _Forgetful)
    assert _report(articles) == remembered


def test_repeated_figures_do_meet_a_refused_pair_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stories exercise the memory: a refused cluster pair is met again, pairs wait unasked on it,
    and some are put back when one of its clusters changes."""
    skipped = parked = released = 0

    class Counting(_Refused):
        def __contains__(self, pair: tuple[int, int]) -> bool:
            nonlocal skipped
            known = super().__contains__(pair)
            skipped += known
            return known

        def park(self, a: int, b: int, entry: tuple[float, float, int, int, int]) -> None:
            nonlocal parked
            parked += 1
            super().park(a, b, entry)

        def forget(self, a: int, b: int) -> list[tuple[float, float, int, int, int]]:
            nonlocal released
            waiting = super().forget(a, b)
            released += len(waiting)
            return waiting

    monkeypatch.setattr(factclusters, "_Refused", Counting)
    for seed in range(3):
        compare(story(seed))
    assert skipped > 0 and parked > 0 and released > 0


def test_a_refusal_holds_one_way_round_until_either_cluster_merges() -> None:
    refused = _Refused()
    refused.add(3, 9)
    refused.add(9, 14)
    refused.add(20, 21)
    assert (3, 9) in refused and (9, 3) not in refused  # clusters are tested one way round
    refused.forget(9, 30)  # cluster 9 took in cluster 30: both of its refusals are void
    assert (3, 9) not in refused and (9, 14) not in refused
    assert (20, 21) in refused
    refused.forget(21, 20)
    assert (20, 21) not in refused


def test_forgetting_clusters_never_refused_changes_nothing() -> None:
    refused = _Refused()
    refused.add(1, 2)
    refused.park(1, 2, (-1.2, 0.0, 1, 2, 0))
    assert refused.forget(5, 6) == []
    assert (1, 2) in refused


def test_pairs_waiting_on_a_refusal_come_back_when_it_lapses() -> None:
    refused = _Refused()
    refused.add(4, 8)
    refused.add(8, 11)
    refused.park(4, 8, (-1.4, 0.0, 5, 9, 0))
    refused.park(4, 8, (-1.3, 0.0, 6, 9, 0))
    refused.park(8, 11, (-1.1, 0.0, 9, 12, 0))
    assert refused.forget(4, 17) == [(-1.4, 0.0, 5, 9, 0), (-1.3, 0.0, 6, 9, 0)]
    assert refused.forget(4, 17) == []  # released once
    assert refused.forget(11, 2) == [(-1.1, 0.0, 9, 12, 0)]


def test_a_pair_whose_turn_passed_while_it_waited_is_not_put_back() -> None:
    """Unparked after its turn at its own strength has gone by, a pair changes nothing: the walk had
    met it then, with the refused clusters unchanged. One whose turn is still to come goes back."""
    ms = [Mention(Kind.MONEY, source, 0, Span(0, 3), "$4m", Money("USD", Decimal(4_000_000)), slot="money")
          for source in ("wire", "daily")]

    class Evidence:
        def __init__(self, strength: float | None) -> None:
            self.strength = strength

    def strength(a: Mention, b: Mention, ctx: Evidence) -> float | None:
        return ctx.strength

    queue: list[tuple[float, float, int, int, int]] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(factclusters, "_link_strength", strength)
        waiting = (-1.5, 0.0, 0, 1, 0)
        factclusters._unpark(ms, Evidence(1.4), queue, waiting, (-1.3, 0.0, 7, 9, 0))  # 1.4 came before 1.3
        assert queue == []
        factclusters._unpark(ms, Evidence(None), queue, waiting, (-1.5, 0.0, 7, 9, 0))  # no link at all
        assert queue == []
        factclusters._unpark(ms, Evidence(1.2), queue, waiting, (-1.3, 0.0, 7, 9, 0))  # 1.2 still to come
        assert queue == [(-1.2, 0.0, 0, 1, 1)]
