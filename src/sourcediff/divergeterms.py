"""Divergent pairs of custodial terms: two sources' prison terms for one offence.

One divergence rule of diverge.divergent_pairs, split out as one job. A
story about a crime names one maximum penalty ("faces up to 15 years in
prison") and, once a court has ruled, one sentence ("was jailed for 12
years"). Outlets word these apart ("punishable by", "the suspects face",
"behind bars"), so neither aligned passages nor the words around the figure
(a duration needs both, divergepair.values_contradict) bring two of them together;
what the term is for does, as a death toll's role does for counts.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import comparable
from sourcediff.divergepair import Compatible, divergeable, one_size
from sourcediff.evidence import Evidence
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import CEILING, Quantity

# After a term of years or months, the place it is served: "15 years in prison", "20 years behind bars",
# "ten years' imprisonment", "a 12-year jail term" is left to the words before.
TERM_AFTER = regex(r"^(?:'|’)?\s*(?:in\s+(?:prison|jail|gaol)|behind\s+bars|(?:of\s+)?(?:imprisonment|"
                   r"incarceration)|(?:in\s+)?(?:prison|jail)\s+(?:term|sentence))\b", re.IGNORECASE)
# Before it, the sentence it is: "jailed for 12 years", "sentenced to nine years", "sentenced Anton Berg to
# 12 years", "a prison term of up to 20 years" (the hedge is part of the figure's mention, so the text ends
# right before the number or hedge).
TERM_BEFORE = regex(r"\b(?:jailed|imprisoned|incarcerated|sentenced\s+(?:[\w'-]+\s+){0,3}?to"
                    r"|(?:prison|jail|custodial)\s+(?:term|sentence)\s+of)\s+(?:for\s+)?$", re.IGNORECASE)
# Units a custodial term is counted in.
TERM_UNITS = frozenset({"year", "month"})
# How far either side of the figure the words above are read, in characters.
TERM_REACH = 40


def custodial(m: Mention, text: str) -> bool:
    """A term of years or months served in prison, as its neighbouring words say."""
    v = m.value
    if m.kind is not Kind.NUMBER or not isinstance(v, Quantity) or v.unit not in TERM_UNITS:
        return False
    after = text[m.span.end:m.span.end + TERM_REACH]
    before = text[max(0, m.span.start - TERM_REACH):m.span.start]
    return TERM_AFTER.search(after) is not None or TERM_BEFORE.search(before) is not None


def term_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' single custodial terms of one sort that cannot both be right.

    A stated maximum ("up to 15 years") is only set against another maximum,
    a sentence ("jailed for 12 years") against another sentence: a story
    gives both, and the sentence is not a rival of the law's maximum. A
    source that states two terms of one sort (two defendants, two counts)
    says nothing about which one a partner contradicts, and is left out.
    """
    stated: dict[tuple[bool, str], dict[object, int]] = defaultdict(dict)
    for i, m in enumerate(ms):
        if divergeable(m) and custodial(m, ctx.texts[m.source]):
            ceiling = isinstance(m.value, Quantity) and m.value.qualifier == CEILING
            stated[(ceiling, m.source)].setdefault(m.value, i)
    single: dict[bool, list[int]] = defaultdict(list)
    for (ceiling, _), values in stated.items():
        if len(values) == 1:
            single[ceiling].append(next(iter(values.values())))
    same = Compatible()
    return [(i, j) for idx in single.values() for i, j in itertools.combinations(idx, 2)
            if comparable(ms[i], ms[j]) and one_size(ms[i], ms[j]) and not same(ms[i], ms[j], "term")]
