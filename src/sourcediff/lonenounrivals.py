"""A lone count of a noun the story counts often joins the one agreed count told with its words (issue #11).

"Vandals stole 420 scooters" in a tabloid, "380 scooters were stolen" in a
wire and "380 scooters have been stolen" in a local paper, every outlet
also counting the fleet ("all 2,000 scooters") and the damaged ones: the
tabloid's sentence shares no claim with the others', so the claim's rules
stay silent, and the story-wide lone dissenter (divergestorycounts) reads
each source's largest count as the one disputed (here the fleet). Yet the words beside the figures say
which count the tabloid disputes: the stolen ones, not the fleet.

The lone count joins an agreed count as its rival only when nothing leaves
room for a second thing:
- the lone fact states one named count (lonerivals' lone count) from one
  source;
- among the story's agreed facts counting that noun in CONSENSUS_MIN_AGREE
  sources or more, exactly one has, in CONSENSUS_MIN_AGREE of its sources,
  a content word within loneround.REACH_WORDS of its figure in its sentence
  (its verb or qualifier, not the noun, no attribution or hedge) that the
  lone figure has beside it too: two
  such facts (the stolen and the damaged both "reported") leave it alone;
- that fact is lonerivals' consensus (one figure, from CONSENSUS_MIN_AGREE
  + 1 sources, not the lone one); a source counting two nouns with it
  ("310 thefts", "310 bikes stolen") does not spoil it, as the words matched
  the figure to it already;
- the two differ beyond any hedge or rounding and are of one size, both
  levels or both changes;
- the lone source states no count of the noun fitting the agreed one, and
  no agreeing source one fitting the lone figure (a source with both tells
  two things).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sourcediff.compat import compatible, magnitude
from sourcediff.countnouns import count_stems, folded_count_stems
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.divergepair import one_size
from sourcediff.evidence import Evidence
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.loneclaimrivals import _rounds
from sourcediff.lonerivals import (
    by_sex_count,
    counts_noun,
    lone_count,
    one_figure_consensus,
    one_set,
    people_count,
)
from sourcediff.loneround import STEM, sentence_only, stems_beside
from sourcediff.lonetold import join_told, read_once
from sourcediff.model import Mention, Verdict
from sourcediff.quotefacts import Judged

# Stems of words beside any figure that say nothing of which count it is: attribution, hedges, totals.
_WEAK = frozenset({"accor", "estim", "total", "least", "inclu", "figur", "numbe", "peopl", "year", "years"})


def _qualifiers(m: Mention, ctx: Evidence) -> set[str]:
    """The stems of the words beside a count in its sentence, not its noun ("stole" of "stole 420 scooters").

    The sentence bounds them: the next sentence's verb tells another thing.
    """
    clipped = sentence_only(m, ctx.texts.get(m.source, ""))
    nouns = {s[:STEM] for s in count_stems(m) | folded_count_stems(m)}
    return {w for w in stems_beside(m, clipped) - _WEAK if not any(w.startswith(n) for n in nouns)}


def _one_noun(lone: Mention, m: Mention) -> bool:
    """Whether ``m`` counts the lone count's noun or its class ("households" and "homes"), or its people."""
    return bool(folded_count_stems(m) & folded_count_stems(lone)) or one_set(lone, m)


def _told_alike(lone: Mention, group: Sequence[Mention], qualifiers: Callable[[Mention], set[str]]) -> bool:
    """Whether CONSENSUS_MIN_AGREE sources of ``group`` count the lone noun with a word the lone count has.

    ``qualifiers`` is `_qualifiers` read once per mention: a lone count is weighed against many agreed
    facts, and an agreed count against many lone ones.
    """
    mine = qualifiers(lone)
    if not mine:
        return False
    sources: set[str] = set()
    for m in group:  # a source counted once is not read again, and enough sources end the reading
        if (m.source != lone.source and m.source not in sources and _one_noun(lone, m)
                and mine & qualifiers(m)):
            sources.add(m.source)
            if len(sources) >= CONSENSUS_MIN_AGREE:
                return True
    return False


def _rival(lone: Mention, group: Sequence[Mention], counts: Sequence[Mention]) -> bool:
    """Whether ``lone`` contradicts the agreed ``group`` it was matched to by its words."""
    sources = {m.source for m in group}
    if lone.source in sources or not one_figure_consensus(group):
        return False
    figures = [m for m in group if not magnitude(m.value)]
    if any(compatible(lone, m) or compatible(m, lone) or _rounds(lone, m) for m in figures):
        return False
    partners = [m for m in figures if m.slot == lone.slot and _one_noun(lone, m)]
    if not partners or not all(one_size(lone, m) and (CHANGE in lone.cues) == (CHANGE in m.cues)
                               for m in partners):
        return False
    for m in counts:
        if m.slot != lone.slot or not _one_noun(lone, m) or magnitude(m.value):
            continue
        if m.source == lone.source and any(compatible(m, p) for p in partners):
            return False  # the dissenter gives the agreed count too: two moments, not a rival
        if m.source in sources and compatible(m, lone):
            return False  # an agreeing source gives the lone count too
    return True


def join_lone_noun_rivals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                          order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone count moved into the one agreed count of its noun told with its words."""
    counts = [m for m in mentions if count_stems(m)]
    agreed = [k for k, (_g, v, _c, _r) in enumerate(facts) if v is Verdict.AGREE]
    by_noun, peopled = _agreed_by_noun(facts, agreed)
    qualifiers = read_once(lambda m: _qualifiers(m, ctx))

    def told(lone: Mention) -> list[tuple[int, None]]:
        maybe = (set(agreed) if people_count(lone)
                 else peopled.union(*(by_noun.get(s, ()) for s in folded_count_stems(lone))))
        return [(k, None) for k in sorted(maybe) if counts_noun(facts[k][0], lone)
                and _told_alike(lone, facts[k][0], qualifiers)]

    return join_told(facts, order, lone_count, told, lambda lone, k, _: _rival(lone, facts[k][0], counts))


def _agreed_by_noun(facts: Sequence[Judged], agreed: Sequence[int]) -> tuple[dict[str, set[int]], set[int]]:
    """The agreed facts by the folded nouns their mentions count, and those holding a count of people.

    counts_noun can hold for a lone count only through a shared folded noun, or through a count of bare
    people or of men or women among the agreed mentions (lonerivals._people_meet), unless the lone count
    counts bare people itself: the index leaves every other agreed fact unread, the same answer sooner
    on a long story (thousands of agreed facts, hundreds of lone counts).
    """
    by_noun: dict[str, set[int]] = {}
    peopled: set[int] = set()
    for k in agreed:
        for m in facts[k][0]:
            for s in folded_count_stems(m):
                by_noun.setdefault(s, set()).add(k)
            if people_count(m) or by_sex_count(m):
                peopled.add(k)
    return by_noun, peopled


__all__ = ["join_lone_noun_rivals"]
