"""Work done once rather than once a repetition, the same answers (perf65, issue #13).

* ``loneclaimrivals._rival`` and ``lonesumwords._rival`` ask `compatible` of each distinct figure of
  an agreed fact (`compat.distinct_figures`), not of every source restating it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import loneclaimrivals
from sourcediff.loneclaimrivals import join_lone_claim_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity

# loneclaimrivals: many sources restating one agreed percentage, a tabloid's other one in their claim.


class _Claims:
    def __init__(self, members: set[tuple[str, int]]) -> None:
        self.members = members
        self.texts: dict[str, str] = {}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        both = (a.source, a.passage) in self.members and (b.source, b.passage) in self.members
        return "c1" if both else None


def _pct(source: str, amount: str) -> Mention:
    value = Quantity(Decimal(amount), "%")
    return Mention(Kind.PERCENT, source, 1, Span(10, 14), f"{amount}%", value, "percent")


def _story(n: int) -> tuple[list[Judged], list[Mention], _Claims, dict[str, int]]:
    agreed = [_pct(f"outlet{k:02d}", "12") for k in range(n)]
    lone = _pct("tabloid", "15")
    facts: list[Judged] = [(list(agreed), Verdict.AGREE, "c1", None), ([lone], Verdict.UNIQUE, "c2", None)]
    order = {m.source: k for k, m in enumerate([*agreed, lone])}
    claims = _Claims({(m.source, 1) for m in [*agreed, lone]})
    return facts, [*agreed, lone], claims, order


@pytest.mark.parametrize("n", [3, 40])
def test_a_lone_claim_rival_asks_each_distinct_agreed_figure_once(n: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []
    real = loneclaimrivals.compatible

    def counting(a: Mention, b: Mention) -> bool:
        asked.append((a.source, b.source))
        return real(a, b)

    monkeypatch.setattr(loneclaimrivals, "compatible", counting)
    facts, mentions, claims, order = _story(n)
    joined = join_lone_claim_rivals(facts, mentions, claims, order)  # type: ignore[arg-type]
    # The rival still joins the agreed fact, as before.
    assert [(v.value, len(group)) for group, v, *_ in joined] == [("diverge", n + 1)]
    # The tabloid's 15% against the agreed 12%s: once a source in the rounding rule's walk (which reads
    # each figure as written), and once in all for "does the dissenter state the agreed figure too"
    # (once a source before: 2n in all).
    against_agreed = [(a, b) for a, b in asked if a == "tabloid" and b != "tabloid"]
    assert len(against_agreed) == n + 1
