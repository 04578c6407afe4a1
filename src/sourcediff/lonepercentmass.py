"""A lone percentage of a substance joins the agreed mass of it per 100 grams: one share, told two ways.

"A loaf of bread must contain no more than 0.9 per cent salt" in a tabloid,
"no more than 0.9 grams of salt per 100 grams", "0.9g salt/100g" and "0.9g
of salt per 100g" in three other outlets: grams per 100 grams are a share by
weight, so the tabloid states the others' figure. A percentage and a mass
are two kinds the judge never compares (they sit in different slot families),
so the tabloid's figure stayed a detail only it had, and the limit a fact it
did not state. Labels, nutrition tables and food rules are written both ways.

Joined only when everything says it is one figure: the lone fact is one
source's one percentage, followed by the noun it is a share of ("per cent
salt", "% of sugar"); the agreed fact is stated by at least two other
sources, and one of its mentions is a mass in grams of the same amount,
followed by the same noun and "per 100g" (or "/100g"); and exactly one agreed
fact is so found. Equal amounts only: a different figure is no reading of
the same share, and this rule names no rival.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.evidence import Evidence
from sourcediff.lonejoin import merge_moved
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.terms import stem
from sourcediff.values import Quantity

# The noun a percentage is a share of, right after it: "0.9 per cent salt", "5% of fat".
_SHARE_OF = regex(r"\s+(?:of\s+)?([a-z]{3,})\b", re.IGNORECASE)
# The noun a mass is of and the 100 grams it is measured in: "0.9 grams of salt per 100 grams",
# "0.9g salt/100g", "12.5g of total sugars per 100g".
_PER_HUNDRED_GRAMS = regex(r"\s+(?:of\s+)?(?:(?:total|added)\s+)?([a-z]{3,})\s*(?:per\s+100\s?|/\s?100\s?)"
                           r"(?:g|grams?|grammes?)\b", re.IGNORECASE)


def _noun(pattern: re.Pattern[str], m: Mention, ctx: Evidence) -> str | None:
    hit = pattern.match(ctx.texts.get(m.source, ""), m.span.end)
    return stem(hit.group(1).lower()) if hit else None


def _lone_share(group: Sequence[Mention], ctx: Evidence) -> tuple[Quantity, str] | None:
    """The one percentage a one-source fact states, with the noun it is a share of, else None."""
    if len({m.source for m in group}) != 1 or len({m.value for m in group}) != 1:
        return None
    first = group[0]
    v = first.value
    if first.kind is not Kind.PERCENT or not isinstance(v, Quantity) or v.high is not None:
        return None
    noun = _noun(_SHARE_OF, first, ctx)
    return (v, noun) if noun is not None else None


def _mass_key(m: Mention, ctx: Evidence) -> tuple[Decimal, str] | None:
    """A mass in grams of a noun per 100 grams, as (its amount, the noun's stem), else None."""
    v = m.value
    if m.kind is not Kind.NUMBER or not isinstance(v, Quantity) or v.unit != "gram" or v.high is not None:
        return None
    noun = _noun(_PER_HUNDRED_GRAMS, m, ctx)
    return (v.amount, noun) if noun is not None else None


def join_lone_percent_masses(facts: Sequence[Judged], ctx: Evidence,
                             order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone share of a noun moved into the one agreed fact of its grams per 100 grams.

    The agreed facts' masses are keyed once, so each lone share costs a look-up, not a scan of the story.
    """
    masses: dict[tuple[Decimal, str], set[int]] = defaultdict(set)
    for k, (group, verdict, _claim, _role) in enumerate(facts):
        if verdict is Verdict.AGREE and len({m.source for m in group}) >= 2:
            for m in group:
                key = _mass_key(m, ctx)
                if key is not None:
                    masses[key].add(k)
    if not masses:
        return list(facts)
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        if verdict is not Verdict.UNIQUE:
            continue
        lone = _lone_share(group, ctx)
        if lone is None:
            continue
        share, noun = lone
        targets = [k for k in masses.get((share.amount, noun), ())
                   if group[0].source not in {m.source for m in facts[k][0]}]
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_moved(facts, moved, order)


__all__ = ["join_lone_percent_masses"]
