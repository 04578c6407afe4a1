"""A lone sum told with an agreed sum's words, in no claim with it, is its rival (issue #11).

"The levy will raise an extra $90 million a year" in a wire, "the extra $90m
the levy is expected to raise" and "Expected additional revenue: US$90m" in
two more outlets, and a local paper's "the levy will raise around $75 million
a year, money the mayor wants for buses": the paper's sentence, long and
about the buses, was seated in none of the others' claims, so the claim
rivals (loneclaimrivals) never saw it, and the named-sum rival (lonesums)
knows only the nouns a story has one of (bail, ransom, fine). The words
beside the two sums ("raise") say which sum the paper disputes.

The lone sum joins an agreed sum as its rival only when nothing leaves room
for a second thing:
- the lone fact states one sum from one source, exact or "about", no bound,
  range or order of magnitude (loneclaimrivals' lone figure), the only sum
  of its currency in its passage;
- the agreed fact's sums in that currency are loneclaimrivals' consensus
  (one amount stated by CONSENSUS_MIN_AGREE sources, every figure fitting,
  from CONSENSUS_MIN_AGREE + 1 sources), none of them the lone one;
- one of those sums is named as the lone one is: a cue, the word after the
  figure or a content word beside it in its sentence (loneclaimrivals'
  reading of sums, bounded by the sentence or list item), and
  is the only sum of the currency in its passage ("will pay £3.50, up from
  £3.20" tells two levels, and words beside one are beside the other);
- the larger over the smaller is at most RIVAL_RATIO: a slip of a figure,
  not another sum of the story (a fee beside a budget);
- the two differ beyond any hedge or rounding, are both levels or both
  changes (the one named alike), and the lone sum is no bar to pass ("once
  fees exceed about $80,000": a threshold, not the fee);
- the lone source states no sum fitting the agreed one, and no agreeing
  source one fitting the lone sum (a source with both tells two things);
- exactly one agreed fact is so contradicted (lonerivals.lone_moves, with a
  headline restating the lone sum allowed to make the case).

The same reading serves percentages (join_lone_figure_words with Kind.PERCENT,
lonepercentwords): a family is then a slot and unit, and "the only sum of its
currency in its passage" becomes, for the lone figure, the only percentage of
its unit there within RIVAL_RATIO of the agreed one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.compat import compatible, distinct_figures
from sourcediff.evidence import Evidence
from sourcediff.extract.money import CONVERSION
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.loneclaimrivals import (
    _alone_in_passage,
    _consensus,
    _family,
    _figure,
    _lone,
    _rounds,
    _same_thing,
)
from sourcediff.lonerivals import lone_moves, merge_as_rivals, published_of
from sourcediff.loneround import noun_after, sentence_only, words_beside
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.terms import stem
from sourcediff.values import Money, Quantity

# A comparison right before a sum makes it a bar to pass: "exceed about $80,000", "more than £2m".
_COMPARED = regex(r"\b(?:exceed\w*|surpass\w*|tops?|topp\w+|above|below|beyond|than|over|under)"
                  r"(?:\s+(?:about|around|roughly|some|nearly|almost|approximately))?\s*$", re.IGNORECASE)
# How far apart a lone sum and the agreed one may lie and still be one sum told two ways.
RIVAL_RATIO = Decimal("1.5")
# A word in more than this share of a story's passages is its topic ("council", "pools"): beside two sums it
# says nothing about which thing each counts (`_topic_word`).
TOPIC_SHARE = 0.25


def _stated(m: Mention, kind: Kind) -> bool:
    """Whether ``m`` is a figure of ``kind`` as this rule reads it: a sum, or a percentage."""
    if m.kind is not kind:
        return False
    return isinstance(m.value, Money) if kind is Kind.MONEY else isinstance(m.value, Quantity)


def _lone_figure(group: Sequence[Mention], kind: Kind) -> Mention | None:
    """The one figure of ``kind`` a one-source fact states (its first mention), None otherwise."""
    lone = _lone(group)
    return lone if lone is not None and _stated(lone, kind) else None


def _near(a: Mention, b: Mention) -> bool:
    if not (isinstance(a.value, Money | Quantity) and isinstance(b.value, Money | Quantity)):
        return False
    low, high = sorted((a.value.amount, b.value.amount))
    return low > 0 and high <= low * RIVAL_RATIO


def _threshold(m: Mention, ctx: Evidence) -> bool:
    """Whether the sum is what something is compared with ("once fees exceed about $80,000"), not a level.

    A bar that a figure of the story may pass is another sum than the one the others state, however
    near it lies and whatever words it shares with theirs.
    """
    return bool(_COMPARED.search(ctx.texts.get(m.source, ""), max(0, m.span.start - 40), m.span.start))


def _sentence(m: Mention, ctx: Evidence) -> str:
    """The source's text with all but the figure's sentence blanked (offsets kept): what is beside it.

    "- Pensions: +3.1%" then "- Deficit target: 3.4%" in a list: the next item's "deficit" is
    within a few words of the 3.1%, and would name it as a think tank's deficit forecast is named.
    """
    return sentence_only(m, ctx.texts.get(m.source, ""))


def _named_alike(lone: Mention, m: Mention, ctx: Evidence) -> bool:
    """Whether the words about two figures name one thing (loneclaimrivals' reading of sums), each
    figure's words read in its own sentence.

    A shared cue names the thing unless it only tells how the figure is given: a conversion, or a change
    ("-5.1% q/q" of fishing landings and "fell 4.6 percent" of tourism are both changes; `_same_thing`
    already asks that both be changes or both levels).
    """
    if (set(lone.cues) - {CONVERSION, CHANGE}) & set(m.cues):
        return True
    text_l, text_m = _sentence(lone, ctx), _sentence(m, ctx)
    after = noun_after(lone, text_l)
    if after is not None and after == noun_after(m, text_m):
        return True
    lone_words, m_words = words_beside(lone, text_l), words_beside(m, text_m)
    return any(not _topic_word(lone_words[k], ctx) for k in lone_words.keys() & m_words.keys())


def _topic_word(word: str, ctx: Evidence) -> bool:
    """Whether ``word`` is in more than TOPIC_SHARE of the story's passages: it names the story, not a figure.

    "The council has bid for £2.6m from the government's fund" and "will save the cash-strapped council
    £2.3million a year" share "council" within four words of their sums, in a story about a council's
    cuts where a third of the passages say "council": the bid was set against the savings as their rival.
    """
    # A stand-in for the evidence (tests) may carry no passages and no weights: then no word is a topic.
    passages = sum(getattr(ctx, "passages", {}).values())
    if not passages:
        return False
    weight = getattr(ctx, "idf", {}).get(stem(word))
    return weight is not None and weight < math.log((1 + passages) / (1 + TOPIC_SHARE * passages)) + 1


def _no_other_near(lone: Mention, at: Mapping[tuple[str, int, object], list[Mention]],
                   figures: Sequence[Mention]) -> bool:
    """Whether every other figure of the lone one's family in its passage is far from the agreed ones.

    "an average grade of 1.6%, above a cut-off grade of 0.4%": the cut-off could never be the
    others' 1.4%, so the passage still tells one candidate for it.
    """
    others = [o for o in at.get((lone.source, lone.passage, _family(lone)), ()) if not compatible(o, lone)]
    if lone.kind is Kind.MONEY:
        return not others
    return not any(_near(o, m) for o in others for m in figures)


def _rival(lone: Mention, group: Sequence[Mention], at: Mapping[tuple[str, int, object], list[Mention]],
           stated: Mapping[tuple[str, object], list[Mention]], ctx: Evidence) -> bool:
    """Whether ``lone`` contradicts the agreed ``group``, matched to it by the words beside the figures."""
    family = _family(lone)
    sources = {m.source for m in group}
    if lone.source in sources or family is None:
        return False
    same = [m for m in group if _family(m) == family]
    if not same or not _consensus(same):
        return False
    figures = [m for m in same if _figure(m) and m.kind is lone.kind]
    if not figures or not all(_near(lone, m) for m in figures) or not _no_other_near(lone, at, figures):
        return False
    reps = distinct_figures(same)  # compatible reads a figure's key alone: each distinct one asked once
    if _threshold(lone, ctx) or not any(_same_thing(lone, m) and _alone_in_passage(m, at, reps)
                                        and _named_alike(lone, m, ctx) for m in figures):
        return False
    if any(compatible(lone, m) or compatible(m, lone) or _rounds(lone, m) for m in same):
        return False
    if any(compatible(o, m) for o in stated.get((lone.source, family), ()) for m in reps):
        return False  # the dissenter gives the agreed sum too: two things, not a rival
    return not any(compatible(o, lone) for s in sources for o in stated.get((s, family), ()))


def join_lone_figure_words(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                           order: Mapping[str, int], kind: Kind) -> list[Judged]:
    """``facts`` with each lone figure of ``kind`` moved into the one agreed figure told with its words.

    ``kind`` is Kind.MONEY (sums) or Kind.PERCENT (percentages, lonepercentwords): the figures of the
    other kind are neither candidates nor neighbours in a passage.
    """
    at: dict[tuple[str, int, object], list[Mention]] = {}
    stated: dict[tuple[str, object], list[Mention]] = {}
    for m in mentions:
        if _stated(m, kind) and (family := _family(m)) is not None:
            at.setdefault((m.source, m.passage, family), []).append(m)
            stated.setdefault((m.source, family), []).append(m)
    agreed = [k for k, (g, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and any(_stated(m, kind) for m in g)]
    # The agreed facts by the families their mentions state, with their sources, once: `_rival` refuses
    # an agreed fact holding the lone figure's source or no mention of its family, so a lone figure is
    # weighed only against the others (in ``agreed``'s order), not against every agreed fact of a long
    # story. The lone figure's restatements (``repeats``) share its source, slot and value, so its family.
    by_family: dict[object, list[tuple[int, frozenset[str]]]] = {}
    for k in agreed:
        sources = frozenset(m.source for m in facts[k][0])
        for family in dict.fromkeys(_family(m) for m in facts[k][0]):
            by_family.setdefault(family, []).append((k, sources))

    def among(lone: Mention) -> list[int]:
        return [k for k, sources in by_family.get(_family(lone), ()) if lone.source not in sources]

    moved = lone_moves(facts, agreed, lambda group: _lone_figure(group, kind),
                       lambda lone, group: _rival(lone, group, at, stated, ctx), repeats=True, among=among,
                       published=published_of(ctx))
    return merge_as_rivals(facts, moved, order)


def join_lone_sum_words(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                        order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone sum moved into the one agreed sum told with its words, now divergent."""
    return join_lone_figure_words(facts, mentions, ctx, order, Kind.MONEY)


__all__ = ["RIVAL_RATIO", "join_lone_figure_words", "join_lone_sum_words"]
