"""Two lone sums a claim sets side by side that a source's own words keep apart.

A paper's "will take on £30m of debt, and add 4,000 seats to the ground"
states the debt and the stadium in one sentence, so it sits in the stadium
claim too, beside a trade site's "Stadium: 4,000 more seats, with a budget
of GBP 18m". Each passage states one sum and the pair scores high on the
shared seat figure, so the two lone sums were offered as rivals (a false
alarm, and the budget lost as a detail). The trade site names its debt
elsewhere ("Debt assumed: GBP 27m"): in its own words the debt is another
sum, so its budget is no reading of the paper's debt.

Only sums whose nouns (money cues) share none, and only when one source
states a different sum under the other's noun in another passage. Two
nouns for one sum ("a £90m deal", "the £95m takeover") with no such sum
keep their pair, as does a source whose other sum under the noun is the
same figure (it restates, it does not tell another sum).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcediff.extract.money import CONVERSION
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind, Mention

# Cues of a sum that say how it is stated, not what it is for.
_NOT_NOUNS = frozenset({CONVERSION, CHANGE})

NounSums = dict[tuple[str, str], list[Mention]]


def sum_nouns(m: Mention) -> frozenset[str]:
    """What a sum is for, from its cues: "debt", "budget"; no role, period, unit or conversion cue."""
    if m.kind is not Kind.MONEY:
        return frozenset()
    return frozenset(c for c in m.cues if ":" not in c and c not in _NOT_NOUNS)


def noun_sums(ms: Sequence[Mention]) -> NounSums:
    """Each source's sums by the nouns they are named for."""
    out: NounSums = defaultdict(list)
    for m in ms:
        for noun in sum_nouns(m):
            out[(m.source, noun)].append(m)
    return out


def sums_told_apart(a: Mention, b: Mention, by_noun: NounSums) -> bool:
    """True when a's and b's nouns differ and one's source names the other's noun another sum elsewhere."""
    na, nb = sum_nouns(a), sum_nouns(b)
    if not na or not nb or not na.isdisjoint(nb):
        return False
    return _told_otherwise(a, nb, by_noun) or _told_otherwise(b, na, by_noun)


def _told_otherwise(m: Mention, nouns: frozenset[str], by_noun: NounSums) -> bool:
    return any(k.passage != m.passage and k.value != m.value
               for noun in nouns for k in by_noun.get((m.source, noun), ()))
