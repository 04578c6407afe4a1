"""A bare "<figure>m" read as metres keeps no count cues (invented text).

"The lorry slid 12 metres" in one outlet and "the lorry slid back and fell
some 12m" in another: the second is first read as twelve million, and the
count reader marks a figure after "fell" as a change of a level. Once the
story shows the "m" is metres (lengths.unify_lengths), the figure must be
read as the length "fell 12 metres" would have been, with no change cue:
kept, it set the length apart from the other outlet's (compat.role_key), and
a third outlet's rival length met no consensus.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Kind
from sourcediff.compat import role_key
from sourcediff.extract.lengths import unify_lengths
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Mention
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def _lengths(texts: list[str]) -> list[Mention]:
    infos = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-03-02"))
                  for n, t in enumerate(texts))
    return [m for s in unify_lengths(infos) for m in s.mentions
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity) and m.value.unit == "meter"]


def test_a_fall_in_bare_metres_is_the_same_family_as_one_in_metres() -> None:
    ms = _lengths(["The lorry left the road and fell 12 metres into the quarry, police said.",
                   "The lorry slid off the bend and fell some 12m into the quarry below."])
    assert [m.value.amount for m in ms] == [Decimal(12), Decimal(12)]
    assert all(CHANGE not in m.cues for m in ms)
    assert role_key(ms[0]) == role_key(ms[1])


def test_a_bare_m_with_no_length_elsewhere_stays_millions() -> None:
    assert _lengths(["Shares fell 12m on the day.", "The index fell sharply."]) == []
