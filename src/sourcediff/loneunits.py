"""A lone measure in another unit joins the one agreed measure it states converted (issue #11).

"The colossal gates will tower 31ft above the riverbed when they swing
shut, shielding 14,200 HOMES from the waves" in a tabloid, "rise 9.5
metres" in a wire and "a retained height of 9.5m" in a trade site: the
tabloid's sentence states the homes too, the aligner seats it in the claim
of the homes, and its 31ft, the wire's 9.5 metres written in feet, showed
as a height only the tabloid gives, next to the agreed height it is. The
equal-value join (`lonejoin.join_lone_equals`) asks for the same slot and
value, the bound join for a hedge, and the word rule (`lonemeasurewords`)
makes only rivals; a writer who measures in other units than the rest met
none of them.

Such a measure joins the agreed fact when everything but the alignment says
it is the same measure:
- the lone fact states one measure (lonerivals' lone measure: a figure
  with a unit, no conversion of the writer's own, no rate) from one source,
  in a dimension outlets convert (not a duration: "72 hours" and "three
  days" are stated, not converted);
- the agreed fact states measures only, in that dimension, from
  CONSENSUS_MIN_AGREE sources or more, none of them the lone one nor in the
  lone measure's unit, and the lone measure fits every one of them once
  converted (compat.compatible, with the rounding a conversion allows);
- exactly one agreed fact is so stated, no other figure of the story in the
  dimension fits the lone measure (a second thing of that size leaves it
  open which is meant), and the lone source writes no figure of the
  dimension in the agreed fact's units (a writer who measures in metres
  too gives its feet for something else).
Agreement only: a figure that does not fit is never made a divergence here
(`lonemeasurewords` and `lonerivals` weigh rivals with evidence of their own).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcediff.compat import compatible
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.evidence import Evidence
from sourcediff.lonejoin import merge_moved
from sourcediff.lonerivals import is_measure, lone_measure, stated_per_unit, unit_family
from sourcediff.measureconv import UNCONVERTED
from sourcediff.model import Mention, Verdict
from sourcediff.quotefacts import Judged


def _agreed_family(group: Sequence[Mention]) -> str | None:
    """The dimension an agreed fact states measures of only, from CONSENSUS_MIN_AGREE sources; else None."""
    families = {unit_family(m) if is_measure(m) else None for m in group}
    if len(families) != 1 or len({m.source for m in group}) < CONSENSUS_MIN_AGREE:
        return None
    return next(iter(families))


def _fits(lone: Mention, m: Mention) -> bool:
    return compatible(lone, m) or compatible(m, lone)


def join_lone_unit_equals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                          order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone measure moved into the one agreed measure it converts (see module)."""
    agreed: dict[str, list[int]] = {}  # the agreed measure facts by dimension, found once per story
    for k, (group, verdict, _claim, _role) in enumerate(facts):
        family = _agreed_family(group) if verdict is Verdict.AGREE else None
        if family is not None:
            agreed.setdefault(family, []).append(k)
    if not agreed:
        return list(facts)
    measures = [m for m in mentions if is_measure(m)]
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        lone = lone_measure(group) if verdict is Verdict.UNIQUE else None
        family = unit_family(lone) if lone is not None else None
        if lone is None or family not in agreed or family in UNCONVERTED or stated_per_unit(lone, ctx):
            continue
        targets = [k for k in agreed[family] if all(
            m.source != lone.source and m.slot != lone.slot and _fits(lone, m) for m in facts[k][0])]
        if len(targets) != 1:
            continue
        target = facts[targets[0]][0]
        units = {m.slot for m in target}
        if any(m.source == lone.source and m.slot in units for m in measures):
            continue  # the writer measures in the others' units too: its own unit names another thing
        told = {id(m) for m in (*target, *group)}
        if any(id(m) not in told and unit_family(m) == family and _fits(lone, m) for m in measures):
            continue  # a second figure of that size in the story: which one is meant is open
        moved[n] = targets[0]
    return merge_moved(facts, moved, order)


__all__ = ["join_lone_unit_equals"]
