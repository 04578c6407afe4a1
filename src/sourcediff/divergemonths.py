"""Two sources' months in one claim, each dated by the same word right before it: rivals.

A month written with its year ("in March 2024") names a period, so it is no
rival of another month in an aligned passage by itself
(`divergepair.written_month`): "the plant opened in May 2019" and "the plant
was expanded in June 2021" date two steps in sentences alike in most other
words. Only a claim's consensus sets one against the others, and that needs
two agreeing sources. A story that two outlets alone date then lost its rival
month: a wire's "The agency opened its inquiry in June 2023 after a surge in
complaints" against a trade site's "The agency opened its inquiry in May
2023, following a rise in complaints" was two unique dates.

What a month dates is named by the two words right before it, past the
words that only link a date to it ("in", "since", "early") and determiners:
"opened ... inquiry" in both, "plant opened" against "was expanded" in the
plant's two steps. So two months of one claim are rivals when those words
are the same, the rare words around them half
match (as a claim's consensus asks, `CONSENSUS_MIN_CONTEXT`), their clauses
name no different steps (`casesteps`), each is its passage's only month,
and neither source states the other's month anywhere (then it tells both).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.casesteps import steps_differ
from sourcediff.compat import compatible
from sourcediff.divergeconsensus import CONSENSUS_MIN_CONTEXT
from sourcediff.divergepair import written_month
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, Mention
from sourcediff.regexcache import regex
from sourcediff.terms import weighted_overlap
from sourcediff.text import fold

# A word of a sentence, letters with inner apostrophes or hyphens.
_WORD = regex(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# How far before a month its dating word is looked for, in characters.
_REACH = 60
# The words that only join a date to what it dates ("opened its inquiry in March 2024", "since early
# June 2023"): read past them to the word that names what happened.
_DATE_LINKS = frozenset({"in", "on", "since", "from", "by", "during", "until", "till", "of", "as", "early",
                         "late", "mid", "the", "end", "start", "beginning", "around", "about", "back"})
# Words between a verb and its object that name neither: "opened its inquiry", "began a review".
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"})
# How many words before a month must match for two months to date one step (`dated_words`).
_DATED_WORDS = 2


def dated_words(text: str, m: Mention) -> tuple[str, ...]:
    """The two words right before a date, past its linking words and determiners: what the date dates.

    Two, not one: "opened its inquiry in" and "widened its inquiry in" name
    one inquiry's two steps, and the verb tells them apart.
    """
    words: list[str] = []
    for word in reversed(_WORD.findall(text, max(0, m.span.start - _REACH), m.span.start)):
        folded = fold(word)
        if folded in _DATE_LINKS and not words:
            continue
        if folded not in _DETERMINERS:
            words.append(folded)
        if len(words) == _DATED_WORDS:
            break
    return tuple(reversed(words))


def month_pairs(ms: Sequence[Mention], claims: Sequence[Claim], ctx: Evidence) -> list[tuple[int, int]]:
    """(mention, mention) of two sources' months in one claim that date the same step differently."""
    at: dict[tuple[str, int], list[int]] = defaultdict(list)
    stated: dict[str, set[object]] = defaultdict(set)
    for i, m in enumerate(ms):
        if written_month(m):
            at[(m.source, m.passage)].append(i)
            stated[m.source].add(m.value)
    lone = {key: idx[0] for key, idx in at.items() if len({ms[i].value for i in idx}) == 1}
    pairs = []
    for claim in claims:
        # Only passages with one written month can pair: the others are left out before the pairs
        # (at 80 sources a claim's members were paired by the thousand to find a few), in order,
        # so the pairs met are the same, in the same order.
        months = [(p.source, lone[(p.source, p.index)]) for p in claim.members if (p.source, p.index) in lone]
        for (sa, a), (sb, b) in itertools.combinations(months, 2):
            if sa == sb:
                continue
            if _rivals(ms[a], ms[b], stated, ctx):
                pairs.append((min(a, b), max(a, b)))
    return list(dict.fromkeys(pairs))


def _rivals(a: Mention, b: Mention, stated: dict[str, set[object]], ctx: Evidence) -> bool:
    if a.value in stated[b.source] or b.value in stated[a.source] or compatible(a, b):
        return False
    words = dated_words(ctx.texts[a.source], a)
    return (len(words) == _DATED_WORDS and words == dated_words(ctx.texts[b.source], b)
            and weighted_overlap(ctx.whole_window(a), ctx.whole_window(b), ctx.idf) >= CONSENSUS_MIN_CONTEXT
            and not steps_differ(a, b, ctx.texts))
