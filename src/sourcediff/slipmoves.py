"""A dissenting figure that is another agreed figure miscopied is that figure's rival, not its claim's.

A tabloid writes "It managed just 76.3 per cent last year"; three other
outlets give the year's figure as 78.3% and the latest quarter's as 83.7%.
The tabloid's short sentence was seated with the quarter's sentences, so
its figure was set against 83.7 (a divergence no editor would report) while
the 78.3 fact it miscopies stayed agreed. One digit struck for another
(`digitswap.one_digit_off`) or two neighbouring digits swapped
(`digitswap.transposed`) is the commonest slip of a hand copying a figure,
and far likelier than a second figure of the story that happens to share
all its other digits.

So a dissenter moves when: its fact is a divergence of figures of one kind
and unit, where one source states one figure and every other source (at
least CONSENSUS_MIN_AGREE of them) one other; that other figure is no slip
of the dissenter's (then the claim's rivalry is the slip itself); exactly one
agreed fact of the same kind and unit, from at least CONSENSUS_MIN_AGREE
sources not including the dissenter's, states one figure the dissenter's
is a slip of; the dissenter's source states that figure nowhere, and the
agreed sources state the dissenter's nowhere (a source giving both reports
two figures). The dissenter's mentions join the agreed fact, now a
divergence, and the fact it left agrees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.digitswap import one_digit_off, transposed
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Money, Quantity

_FIGURE_KINDS = frozenset({Kind.NUMBER, Kind.PERCENT, Kind.MONEY})


def _figure(m: Mention) -> tuple[Kind, str | None, Decimal] | None:
    """(kind, unit or currency, amount) of a plain figure: no range, no qualifier; None otherwise."""
    v = m.value
    if m.kind not in _FIGURE_KINDS or not isinstance(v, Quantity | Money):
        return None
    if v.high is not None or v.qualifier:
        return None
    return m.kind, v.currency if isinstance(v, Money) else v.unit, v.amount


def _slip(a: Decimal, b: Decimal) -> bool:
    return one_digit_off(a, b) or transposed(a, b)


def _one_figure(group: Sequence[Mention]) -> tuple[Kind, str | None, Decimal] | None:
    """The one figure every mention of ``group`` states, else None."""
    figures = {_figure(m) for m in group}
    if len(figures) != 1:
        return None
    return next(iter(figures))


def _dissent(group: Sequence[Mention]) -> tuple[str, tuple[Kind, str | None, Decimal],
                                                tuple[Kind, str | None, Decimal]] | None:
    """(dissenting source, its figure, the others' figure) of a one-against-the-rest divergence, else None."""
    by_source: dict[str, set[tuple[Kind, str | None, Decimal] | None]] = {}
    for m in group:
        by_source.setdefault(m.source, set()).add(_figure(m))
    if any(len(figs) != 1 or None in figs for figs in by_source.values()):
        return None
    values = {s: next(iter(figs)) for s, figs in by_source.items()}
    distinct = set(values.values())
    if len(distinct) != 2:
        return None
    for fig in distinct:
        holders = [s for s, v in values.items() if v == fig]
        others = [s for s, v in values.items() if v != fig]
        if len(holders) == 1 and len(others) >= CONSENSUS_MIN_AGREE:
            rest = values[others[0]]
            if fig is not None and rest is not None and fig[:2] == rest[:2]:
                return holders[0], fig, rest
    return None


def join_slipped_dissenters(facts: Sequence[Judged], mentions: Sequence[Mention],
                            order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each dissenter that miscopies another agreed figure moved to it (module doc)."""
    agreed: list[tuple[int, tuple[Kind, str | None, Decimal], frozenset[str]]] = []
    for k, (group, verdict, _claim, _role) in enumerate(facts):
        if verdict is Verdict.AGREE and group[0].kind in _FIGURE_KINDS:
            fig = _one_figure(group)
            sources = frozenset(m.source for m in group)
            if fig is not None and len(sources) >= CONSENSUS_MIN_AGREE:
                agreed.append((k, fig, sources))
    if not agreed:
        return list(facts)
    stated: dict[str, set[tuple[Kind, str | None, Decimal]]] = {}
    for m in mentions:
        if (fig := _figure(m)) is not None:
            stated.setdefault(m.source, set()).add(fig)
    moves: dict[int, tuple[int, str]] = {}
    taken: set[int] = set()
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        if verdict is not Verdict.DIVERGE or group[0].kind not in _FIGURE_KINDS:
            continue
        found = _dissent(group)
        if found is None:
            continue
        source, mine, rest = found
        if _slip(mine[2], rest[2]):
            continue  # the claim's rivalry is itself a slip: it stays
        targets = [k for k, fig, sources in agreed
                   if k != n and fig[:2] == mine[:2] and source not in sources and _slip(mine[2], fig[2])
                   and fig not in stated.get(source, set())
                   and not any(mine in stated.get(s, set()) for s in sources)]
        if len(targets) == 1 and targets[0] not in taken:
            moves[n] = (targets[0], source)
            taken.add(targets[0])
    if not moves:
        return list(facts)
    out: list[Judged] = []
    incoming: dict[int, list[Mention]] = {}
    for n, (target, source) in moves.items():
        incoming.setdefault(target, []).extend(m for m in facts[n][0] if m.source == source)
    for k, (group, verdict, claim, role) in enumerate(facts):
        if k in moves:
            source = moves[k][1]
            group = [m for m in group if m.source != source]
            verdict = Verdict.AGREE
        elif k in incoming:
            group = sorted([*group, *incoming[k]], key=lambda m: (order[m.source], m.span.start))
            verdict = Verdict.DIVERGE
        out.append((group, verdict, claim, role))
    return out
