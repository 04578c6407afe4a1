"""One statement reworded by an outlet: the same speaker's quotes, in one claim, sharing a run of words.

`compat.same_quotation` joins two quotes when most of the shorter one's words
appear in the longer one: quotes trimmed or with a word changed. A tabloid
often goes further and rewrites half a statement ("torn apart in a matter of
minutes, and the whole state will stand with this town" against "torn apart
in minutes, and this state will not rest"); each version then stood as a
fact of its own, unique or agreeing, and the rewording, which an editor
checks first, was never reported. Sharing wording alone is weak evidence of
one statement (a speaker repeats phrases across a story), so three things
must hold together:

* the same named speaker on every mention of both facts (a role noun such as
  "spokesman" names no one, and a quote credited to two people is the
  misattribution `same_quotation` already reports);
* one version is quoted word for word by at least two outlets: it is then the
  statement as made, and the other a rewording of it. Two outlets that each
  carry their own version may quote two sentences of one statement ("proud to
  have been asked to bring the book to the screen" and "thankful for the
  chance to bring the book to the screen"), and no third says which words
  were spoken;
* the aligner put a passage of each fact in one claim: the outlets tell the
  same moment of the story there;
* the shorter quote keeps a run of at least `compat.SAME_QUOTE_RUN` words of
  the longer, `REWORDED_SHARE` of its words in order, and
  `REWORDED_OWN_WORDS` of the speaker's content words.

The facts are then one quotation whose sources give different words: diverge.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from sourcediff.compat import SAME_QUOTE_RUN, _longest_run, _share_own_words, quote_words
from sourcediff.evidence import Evidence
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import QuoteValue

# Share of the shorter quote's words that appear, in order, in the longer: below compat.SAME_QUOTE_SHARE
# (a quote with a word changed), high enough that two different sentences of one speech, which share
# function words and the topic's nouns, stay apart (they keep about a quarter).
REWORDED_SHARE = 0.4
# The speaker's own content words both versions keep: a rewritten statement keeps its subject and its
# key nouns ("slope", "water pressure"); two statements sharing one topic word do not qualify.
REWORDED_OWN_WORDS = 3
# Quotes shorter than this many words are too short to tell a rewording from a common phrase.
REWORDED_MIN_WORDS = 8


def reworded(a: QuoteValue, b: QuoteValue) -> bool:
    """True when ``b`` may be ``a`` rewritten: a shared run of words, a share of them in order, own words."""
    from rapidfuzz.distance import LCSseq

    wa, wb = quote_words(a), quote_words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < REWORDED_MIN_WORDS:
        return False
    if LCSseq.similarity(list(short), list(long)) / len(short) < REWORDED_SHARE:
        return False
    return _longest_run(short, long) >= SAME_QUOTE_RUN and _share_own_words(a, b, most=REWORDED_OWN_WORDS)


def _speaker(group: Sequence[Mention]) -> str | None:
    """The one named speaker of every mention of a quote fact, folded; None for none, a role or several."""
    names = {m.speaker for m in group}
    if len(names) != 1:
        return None
    name = names.pop()
    if not name or not name[:1].isupper() or " " not in name.strip():
        return None
    return name.casefold()


def _joinable(a: Judged, b: Judged, ctx: Evidence) -> bool:
    ga, gb = a[0], b[0]
    if ga[0].kind is not Kind.QUOTE or gb[0].kind is not Kind.QUOTE:
        return False
    sources_a, sources_b = {m.source for m in ga}, {m.source for m in gb}
    if sources_a & sources_b or max(len(sources_a), len(sources_b)) < 2:
        return False
    speaker = _speaker(ga)
    if speaker is None or speaker != _speaker(gb):
        return False
    if not any(ctx.shared_claim(x, y) for x, y in itertools.product(ga, gb)):
        return False
    return any(isinstance(x.value, QuoteValue) and isinstance(y.value, QuoteValue)
               and reworded(x.value, y.value) for x, y in itertools.product(ga, gb))


def join_reworded(facts: Sequence[Judged], ctx: Evidence) -> list[Judged]:
    """``facts`` with each pair of one speaker's quote facts that one statement reworded makes one (diverge).

    A fact joins at most one other, the first in order; the joined fact
    keeps the claim of the larger.
    """
    quotes = [n for n, f in enumerate(facts) if f[0] and f[0][0].kind is Kind.QUOTE]
    partner: dict[int, int] = {}
    for i, j in itertools.combinations(quotes, 2):
        if i in partner or j in partner or not _joinable(facts[i], facts[j], ctx):
            continue
        partner[i], partner[j] = j, i
    out: list[Judged] = []
    for n, fact in enumerate(facts):
        if n not in partner:
            out.append(fact)
        elif n < partner[n]:
            other = facts[partner[n]]
            big, small = (fact, other) if len(fact[0]) >= len(other[0]) else (other, fact)
            out.append(([*big[0], *small[0]], Verdict.DIVERGE, big[2] or small[2], big[3]))
    return out
