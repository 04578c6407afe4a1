"""A bound and another figure of its unit in one sentence are two facts, however a third source fits them.

Invented sentences. One source's values in one sentence need not fit each
other (a writer updates a figure: "rose from 9 to 61"), so a vague value
elsewhere that fits both used to join them into one fact. A bound beside
another figure is not an update: "within 500 nautical miles" and "at least
300 nautical miles" are the alert radius and the distance to keep.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.factclusters import _bound_beside
from sourcediff.values import FLOOR, Quantity

AGENCY = ("The maritime agency said on Friday it had alerted all ships within 500 nautical miles and urged "
          "them to keep at least 300 nautical miles from the coast.")
TRADE = "Shipping was told by the agency on Friday to stay at least 300 nautical miles off the coast."


def _facts(*texts: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-08") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.raw for m in f.mentions), frozenset(m.source for m in f.mentions))
            for f in compare(articles).facts if any("nautical" in m.raw for m in f.mentions)]


def test_a_radius_beside_a_floor_stays_the_one_source_s_own_fact() -> None:
    facts = _facts(AGENCY, TRADE)
    radius = [f for f in facts if "500 nautical miles" in f[1]]
    assert len(radius) == 1 and radius[0][0] == "unique" and radius[0][2] == {"s0"}
    floor = [f for f in facts if "at least 300 nautical miles" in f[1]]
    assert len(floor) == 1 and floor[0][0] == "agree" and floor[0][2] == {"s0", "s1"}


def test_a_bound_beside_another_figure_is_apart_and_a_repeat_is_not() -> None:
    floor = Quantity(amount=300, unit="nautical mile", qualifier=FLOOR)  # type: ignore[arg-type]
    assert _bound_beside(floor, Quantity(amount=500, unit="nautical mile"))  # type: ignore[arg-type]
    assert not _bound_beside(floor, Quantity(amount=300, unit="nautical mile"))  # type: ignore[arg-type]
    assert not _bound_beside(Quantity(amount=9), Quantity(amount=61))  # type: ignore[arg-type]


def test_a_bound_count_beside_another_count_is_left_to_its_roles() -> None:
    # "killing at least five people and injuring dozens": two tolls, kept apart by roles, not units.
    assert not _bound_beside(Quantity(amount=5, qualifier=FLOOR), Quantity(amount=24))  # type: ignore[arg-type]

