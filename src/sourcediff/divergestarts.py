"""Divergent pairs of start days: two sources' different days for when one change starts.

"Take effect on", "comes into force on", "from" before a calendar day make it
the day something starts. A story has one such day for each change, so two
sources' start days near the same place in their articles, whose sentences
name the same thing, are rivals even where the sentences are worded too
differently to align. Split out of divergeslots.py: the start-day words, the
sentence reader and the pairing rule are one job of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sourcediff.compat import comparable, compatible
from sourcediff.divergepair import calendar_day, divergeable
from sourcediff.evidence import Evidence
from sourcediff.mentionindex import near_pairs
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.terms import content_stems

# Words right before a day that make it the day something starts: "take effect on", "with effect from",
# "comes into force on", "effective", "as of", "starting", a bare "from" ("cost more from July 1"); the
# verb of starting itself with its "on" ("the levy will start on 1 May", "tolling begins on 3 March", "is
# due to commence on"), as often written as any of those.
_START_BEFORE = regex(r"(?:\b(?:tak(?:e|es|ing)|took|taken|c(?:o|a)mes?|coming|go(?:es)?|went|going|put)\s+"
                      r"(?:in(?:to)?\s+)?(?:effect|force|operation)\s+(?:on|from)|\bwith\s+effect\s+from|"
                      r"\b(?:start|starts|started|begin|begins|began|begun|commence|commences|commenced)\s+on|"
                      r"\beffective(?:\s+(?:from|on))?|\bas\s+of|\bstarting(?:\s+(?:on|from))?|\bfrom)\s+$",
                      re.IGNORECASE)
# A range's start ("from July 21 to August 6", "from 1 to 5 June", "from 1 June to mid-July", "to the end
# of August") is no lone start day. The range's end is a day, a month or an end: "from 1 May to keep their
# lists open" is a start day followed by what starts, its "to" no range's.
_RANGE_AFTER = regex(r"\s*(?:,\s*\d{4}\s*)?(?:to|until|till|through|and|[-\u2013\u2014])\s*"
                     r"(?:\d|mid\b|(?:the\s+)?end\b|(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b)",
                     re.IGNORECASE)
# How far before a day its start words may begin, in characters.
_START_REACH = 32


def start_day(text: str, m: Mention) -> bool:
    """A calendar day written as the day something starts ("take effect on July 1", "from June 1")."""
    return (calendar_day(m) and _START_BEFORE.search(text, max(0, m.span.start - _START_REACH), m.span.start)
            is not None and _RANGE_AFTER.match(text, m.span.end) is None)


def start_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' different days that each gives as the day something starts, at about the same place.

    "The new tolls take effect on March 3" against "the bridge toll climbs
    from €4.10 to €4.60 from April 3": the two sentences say different
    things around the day, so they need not align, yet each names the day
    the change starts, and a story has one such day near that place in each
    article (evidence.CONTEXT_REACH), as divergeslots' deadline rule reads
    deadlines.
    """
    starts = [i for i, m in enumerate(ms) if m.kind is Kind.DATE and divergeable(m)
              and start_day(ctx.texts[m.source], m)]
    days: dict[str, set[object]] = {}
    for i in starts:
        days.setdefault(ms[i].source, set()).add(ms[i].value)
    pairs = []
    for i, j in sorted(near_pairs(ms, starts, ctx)):
        a, b = ms[i], ms[j]
        sa, sb = _sentence_stems(ctx.texts[a.source], a), _sentence_stems(ctx.texts[b.source], b)
        named = bool(sa & sb) or (bool(sa & _INSTRUMENT_STEMS) and bool(sb & _INSTRUMENT_STEMS)
                                  and len(days[a.source]) == len(days[b.source]) == 1
                                  and ctx.shared_claim(a, b) is not None)
        if comparable(a, b) and not compatible(a, b) and named:
            pairs.append((i, j))
    return pairs


# Nouns outlets use in turn for the one measure a story is about: one writes "the law takes effect on
# 1 May", another "the ban applies from 1 June", a third "the rules come into force". Two start days
# whose sentences each name the measure by one of these are one fact's rivals only where the aligner put
# the two sentences in one claim and neither article gives any other start day (a law phased in, "the
# act takes effect in May and the ban from June", gives two).
_INSTRUMENT_STEMS = frozenset(content_stems("law ban act rules regulations legislation bill"))


# Stems every sentence about a start may use, whatever starts: they name no thing ("the new rules come into
# force", "the new quotas take effect").
_STARTING_STEMS = frozenset(content_stems(
    "new take takes effect force start starts begin begins come comes rise rises change changes will from "
    "next year month week day date under measure measures"))
# What ends a sentence around a start day, for the words that say what starts.
_SENTENCE_CUT = regex(r"[.!?;\n](?:\s|$)")
# How far around a start day its sentence is read, in characters.
_SENTENCE_REACH = 160


def _sentence_stems(text: str, m: Mention) -> frozenset[str]:
    """Content stems of the sentence around a day, the day aside: what the sentence says starts then.

    A story may start several things near one place ("the new quotas take
    effect on January 1" and "the minimum mesh rises ... from 1 July"): two
    start days are one fact's rivals only when their sentences name the same
    thing ("the new tolls take effect on March 3" / "the bridge toll climbs
    ... from April 3").
    """
    return sentence_stems(text, m) - _STARTING_STEMS


def sentence_stems(text: str, m: Mention) -> frozenset[str]:
    """Content stems of the sentence (to a stop, semicolon or line end) around a mention, itself aside."""
    lo, hi = max(0, m.span.start - _SENTENCE_REACH), min(len(text), m.span.end + _SENTENCE_REACH)
    cuts_before = list(_SENTENCE_CUT.finditer(text, lo, m.span.start))
    start = cuts_before[-1].end() if cuts_before else lo
    cut_after = _SENTENCE_CUT.search(text, m.span.end, hi)
    end = cut_after.start() if cut_after else hi
    return frozenset(content_stems(text[start:m.span.start] + " " + text[m.span.end:end]))
