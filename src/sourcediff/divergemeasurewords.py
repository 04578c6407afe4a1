"""Measures of one object paired across aligned passages by the measure word beside each.

A divergence rule of diverge.divergent_pairs. "The dam is 180 metres high
and 420 metres wide" against "a height of 195 m and a width of 420 m" states
two distances on each side, so the single-value rule (one value of a family
per passage) says nothing, and the leftover rule does not read distances.
Yet the writer names each measure: a height is compared with a height, a
width with a width, and a different height is the other's rival.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import compatible, role_key
from sourcediff.divergepair import DIVERGE_MIN_SCORE, divergeable, one_size, values_contradict
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, Mention
from sourcediff.regexcache import regex
from sourcediff.values import Converted, Quantity

# The measure a word names: "thick" and "thickness" are one measure, so are "high", "tall" and "height".
_MEASURES = {
    "thick": "thickness", "thickness": "thickness",
    "deep": "depth", "depth": "depth",
    "long": "length", "length": "length",
    "high": "height", "height": "height", "tall": "height",
    "wide": "width", "width": "width", "across": "width", "beam": "width", "breadth": "width",
}
# The word right after the figure: "210 metres thick", "36 miles long", "95 m in height". "Across" only
# ends its clause ("2 km across."): "spread 40 km across the valley" is a way travelled, not a width.
_AFTER = regex(r"\s*(?:(thick|deep|long|high|tall|wide)\b|(across)\b(?=\s*(?:[.,;:)]|and\b|$))"
               r"|in\s+(thickness|depth|length|height|width|breadth)\b)", re.IGNORECASE)
# The word right before it: "an ice thickness of roughly 250 m", "a beam of 32 metres".
_BEFORE = regex(r"\b(thickness|depth|length|height|width|breadth|beam)\s+of\s*$", re.IGNORECASE)
# How far before a figure its measure word may start, in characters ("a thickness of ").
_BEFORE_REACH = 24


def measure_word(m: Mention, text: str) -> str | None:
    """The measure a distance's own words name ("thick" -> thickness), or None when none stands beside it.

    Only the word touching the figure counts: "58 km long and 210 metres
    thick" names each measure once, and a word two figures away names the
    other one.
    """
    after = _AFTER.match(text, m.span.end)
    if after is not None:
        return _MEASURES[next(g for g in after.groups() if g).lower()]
    before = _BEFORE.search(text[max(0, m.span.start - _BEFORE_REACH):m.span.start])
    return _MEASURES[before.group(1).lower()] if before is not None else None


def _distance(m: Mention) -> bool:
    """A stated distance (not a writer's conversion of the figure before it) that may diverge."""
    return (isinstance(m.value, Quantity) and not isinstance(m.value, Converted)
            and role_key(m).endswith(":distance") and divergeable(m))


def measure_word_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                       ctx: Evidence) -> list[tuple[int, int]]:
    """Two aligned passages' measures named by one measure word that cannot both be right.

    Read only where a passage states several distances (a lone distance on
    each side is the single-value rule's case), and only for a measure word
    each passage names once ("a length of 58 km ... a thickness of 250 m").
    The two passages must be tied beyond the claim: their pair score reaches
    DIVERGE_MIN_SCORE, or they agree on another named measure ("58
    kilometres long" and "36 miles long"), which shows the two describe one
    object. Two structures' heights in one loose claim stay apart, and so
    do two figures more than BOUND_REACH apart (`one_size`): "a depth of
    1.2 miles" against "a depth of 12 miles" is a slipped decimal point or
    another thing measured, not a rival reading (it added an ECB+ false
    alarm).
    """
    named: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    distances: dict[tuple[str, int], int] = defaultdict(int)
    for i, m in enumerate(ms):
        if not _distance(m):
            continue
        distances[(m.source, m.passage)] += 1
        word = measure_word(m, ctx.texts[m.source])
        if word is not None:
            named[(m.source, m.passage)][word].append(i)
    pairs: list[tuple[int, int]] = []
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for claim in claims:
        members = [(p.source, p.index) for p in claim.members if (p.source, p.index) in named]
        for x, y in itertools.combinations(members, 2):
            if x[0] == y[0] or (x, y) in seen or (distances[x] < 2 and distances[y] < 2):
                continue
            seen.add((x, y))
            ones = {w: (xs[0], named[y][w][0]) for w, xs in named[x].items()
                    if len(xs) == 1 and len(named[y].get(w, ())) == 1}
            rivals = [(a, b) for a, b in ones.values()
                      if one_size(ms[a], ms[b]) and values_contradict(ms[a], ms[b], ctx)]
            if not rivals:
                continue
            tied = (ctx.scores.get(x[0], x[1], y[0], y[1]) >= DIVERGE_MIN_SCORE
                    or any(compatible(ms[a], ms[b]) for a, b in ones.values()))
            if tied:
                pairs.extend(rivals)
    return pairs
