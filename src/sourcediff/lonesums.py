"""A lone sum named by the same noun as a sum the other outlets agree on joins that fact as its rival.

"Bail was set at $250,000" in three outlets and "a judge set bail of
$400,000" in a fourth, worded so apart that the aligner seated the fourth
sentence with none of the others: the $400,000 stayed a detail only one
outlet has, though an editor reads it as the same bail told differently.
The figure's own noun ties it: a sum whose phrase is headed by "bail"
("bail of $400,000", "$400,000 bail", "bail was set at $400,000") is the
story's bail, as is each agreed sum so named.

The noun must govern the sum within a few function words ("the ransom was
closer to $6 million"); a noun elsewhere in the sentence, or a second noun
between ("the payment made through an intermediary was $6 million"), names
nothing. The agreed fact states one value, from at least
CONSENSUS_MIN_AGREE + 1 sources, none of them the lone one, at least one of
them naming the sum by the same noun; the two sums are in one currency, of
one size, and do not fit; no source states both; and exactly one agreed
fact is so contradicted.

A sum told per unit ("£38k each", "£38,000 for every surgery") is named by
its share ("each") whatever the unit: a story of grants tells one share per
grantee, and a local paper's unaligned "will receive £28,000 each" is that
share told differently. One outlet's "about 38,000 pounds" agrees with the
others' exact sum, so the consensus holds with a hedge in it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sourcediff.compat import compatible, magnitude
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.divergepair import one_size
from sourcediff.evidence import Evidence
from sourcediff.lonerivals import merge_as_rivals
from sourcediff.model import Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.values import APPROX, Money

# The nouns that name what one sum of a story is for: a story has one ransom, one bail, one fee.
_NOUNS = r"ransom|fee|bail|bribe|fine|penalty"
# Words that may stand between the noun and its sum without naming anything else.
_GLUE = (r"(?:of|was|is|were|had|has|been|be|being|set|put|at|to|totall?ed|came|reportedly|closer|"
         r"about|around|some|nearly|almost|roughly|an?|the|worth|reached)")
# The verb that imposes a named sum, read as its noun: "will be fined €150" is the story's fine as "a
# fine of €120" is. An object may stand between ("fined the club £40,000"), one or two words, no glue.
_VERBS = {"fined": "fine", "penalised": "penalty", "penalized": "penalty"}
# The noun (or its verb) before the sum, at most four glue words between: "a ransom of", "bail was set at".
_BEFORE = regex(rf"\b(?:(?P<noun>{_NOUNS})s?|(?P<verb>fined|penali[sz]ed)(?:\s+(?:the|its|his|her|their))?"
                rf"(?:\s+(?!{_GLUE}\b)[\w'’.-]+){{0,2}})"
                rf"\b(?:\s+{_GLUE}){{0,4}}\s*$", re.IGNORECASE)
# The noun right after the sum: "a $4 million ransom", "£50,000 bail".
_AFTER = regex(rf"\s*({_NOUNS})s?\b", re.IGNORECASE)
# How far before a sum its noun may start, in characters.
_REACH = 48
# A sum told per unit right after its figure ("£38k each", "£38,000 for every surgery", "38,000 pounds for
# each practice that joins"): the share of one unit, which a story of grants or payouts tells once, as it
# tells one bail. Named "each" whatever the unit, since outlets name the unit in turn or not at all. Rates
# over time ("per hour", "a year") are left out: a story tells many.
_EACH = regex(r"\s*(?:each|apiece|for\s+(?:each|every)\s+\w)", re.IGNORECASE)
SHARE = "each"


def sum_noun(m: Mention, text: str) -> str | None:
    """The noun heading a sum's phrase ("ransom" in "a ransom of about $4 million"), or SHARE for a sum told
    per unit ("£5,000 each"); None when none does."""
    if not isinstance(m.value, Money):
        return None
    after = _AFTER.match(text, m.span.end)
    if after is not None:
        return after.group(1).lower()
    if _EACH.match(text, m.span.end) is not None:
        return SHARE
    before = _BEFORE.search(text[max(0, m.span.start - _REACH):m.span.start])
    if before is None:
        return None
    return before["noun"].lower() if before["noun"] else _VERBS[before["verb"].lower()]


def _lone(group: Sequence[Mention]) -> Mention | None:
    """The one sum a one-source fact states (its first mention), None otherwise."""
    if len({m.source for m in group}) != 1 or len({m.value for m in group}) != 1:
        return None
    m = group[0]
    return m if isinstance(m.value, Money) and m.value.amount > 0 and not magnitude(m.value) else None


def _agreed(group: Sequence[Mention]) -> bool:
    """An agreed sum of one value throughout, from enough sources to stand against one dissenter.

    One outlet may hedge the sum the others state ("about 38,000 pounds" beside "£38,000" and "£38k"):
    the same amount, exact or "about", is one value, as lonerivals reads a count's consensus.
    """
    values = [m.value for m in group]
    if not all(isinstance(v, Money) and v.qualifier in (None, APPROX) for v in values):
        return False
    return (len({_plain(m) for m in group}) == 1 and not magnitude(group[0].value)
            and any(_exact(m) for m in group) and len({m.source for m in group}) >= CONSENSUS_MIN_AGREE + 1)


def _plain(m: Mention) -> object:
    """A sum's value without its "about": what two outlets agreeing on it both state."""
    v = m.value
    return replace(v, qualifier=None, near=False) if isinstance(v, Money) else v


def _exact(m: Mention) -> bool:
    """A sum stated as a figure, no hedge."""
    return isinstance(m.value, Money) and m.value.qualifier is None


def _rival(lone: Mention, noun: str, group: Sequence[Mention], sums: Sequence[Mention],
           ctx: Evidence) -> bool:
    """Whether ``lone`` contradicts the agreed ``group`` as another reading of the same named sum."""
    agreed = next((m for m in group if _exact(m)), group[0])
    if lone.source in {m.source for m in group} or not isinstance(agreed.value, Money):
        return False
    if not isinstance(lone.value, Money) or lone.value.currency != agreed.value.currency:
        return False
    if not any(sum_noun(m, ctx.texts[m.source]) == noun for m in group):
        return False
    if compatible(lone, agreed) or not one_size(lone, agreed):
        return False
    sources = {m.source for m in group}
    for m in sums:
        if m.source == lone.source and compatible(m, agreed):
            return False  # the dissenter gives the agreed sum too: two sums, not a rival
        if m.source in sources and compatible(m, lone):
            return False  # an agreeing source gives the lone sum too
    return True


def join_lone_sums(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                   order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone named sum moved into the one agreed sum of that noun it contradicts."""
    sums = [m for m in mentions if isinstance(m.value, Money)]
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts) if v is Verdict.AGREE and _agreed(group)]
    if not agreed:
        return list(facts)
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        lone = _lone(group) if verdict is Verdict.UNIQUE else None
        noun = sum_noun(lone, ctx.texts[lone.source]) if lone is not None else None
        if lone is None or noun is None:
            continue
        targets = [k for k in agreed if _rival(lone, noun, facts[k][0], sums, ctx)]
        if len(targets) == 1:
            moved[n] = targets[0]
    return merge_as_rivals(facts, moved, order)
