"""What a role-less count counts, and which counted nouns one story keeps apart.

Two equal counts are not one fact because their values fit: "38 states"
and "38 draws" are two things a lottery story counts, and joined as one
agreeing fact, the draws' count could no longer be the rival of another
outlet's "41 draws". Writers do name one thing with changing nouns ("two
safeguards", "these two exceptions"; "37 patients", "37 cases"), so
differing nouns alone prove nothing, nor does one source using both (a
tabloid varies "helicopters" and "choppers" for one fleet). The story tells
them apart when a source gives the other noun another figure, in a passage
aligned with the other count's: the wire's "38 states" is not the
tabloid's "38 draws" when the wire's "41 draws" sits in the claim that
holds the tabloid's sentence (factlinks `_nouns_apart`). A small count is
kept apart on narrower evidence: its source must state the other noun's
figure in two passages, or, for the very same figure, state it in a claim
of its own beside the other count while the aligner put the small count
there too (a live blog's "three stations" beside the wire's "three
floors", which the blog quotes in another entry: `_told_with_own_noun`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from sourcediff.compat import counted_cues
from sourcediff.countclasses import class_stems
from sourcediff.extract.roles import roles_of
from sourcediff.model import Kind, Mention
from sourcediff.terms import stem
from sourcediff.values import Quantity

# Counts below this are the commonest figures of a story ("two boats", "two rifles", "one rocket"): told of
# many things at once, their nouns alone set them neither apart nor against each other; only the source's
# own figures for the other noun do (factlinks `_nouns_apart`, divergeconsensus `_same_counted_noun`).
NOUN_APART_MIN = 10


def count_stems(m: Mention) -> frozenset[str]:
    """The stems of the nouns a role-less count names ("41 draws", "41 drawings": "draw"); else empty.

    A count of a role (the dead, the injured) is one fact per role already
    (factlinks), and generic nouns ("people", "figure") name no thing
    narrower (`compat.counted`).
    """
    if m.kind is not Kind.NUMBER or not m.slot.endswith(":count"):
        return frozenset()
    return _stems(m.cues)


@functools.lru_cache(maxsize=4096)
def _stems(cues: tuple[str, ...]) -> frozenset[str]:
    """Memoized: a story's counts share few cue tuples, and clustering asks of each pair."""
    if roles_of(cues):
        return frozenset()
    return frozenset(stem(c) for c in counted_cues(cues))


def folded_count_stems(m: Mention) -> frozenset[str]:
    """`count_stems` with each noun of a class as its head (countclasses.class_stems): "homes", "households".

    Memoized by cues as `_stems` is: the lone-figure rules fold every agreed count's nouns once per
    lone count, and a long story has hundreds of lone counts beside thousands of agreed ones.
    """
    if m.kind is not Kind.NUMBER or not m.slot.endswith(":count"):
        return frozenset()
    return _folded(m.cues)


@functools.lru_cache(maxsize=4096)
def _folded(cues: tuple[str, ...]) -> frozenset[str]:
    return class_stems(_stems(cues))


def named_count(m: Mention) -> bool:
    """A role-less count of NOUN_APART_MIN or more that names its noun: "38 draws", not "two boats"."""
    v = m.value
    return bool(count_stems(m)) and isinstance(v, Quantity) and v.amount >= NOUN_APART_MIN


def source_counts(mentions: Iterable[Mention]) -> dict[tuple[str, str], list[Mention]]:
    """(source, noun stem) -> that source's counts of that noun."""
    out: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        for s in count_stems(m):
            out.setdefault((m.source, s), []).append(m)
    return out
