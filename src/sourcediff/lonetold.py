"""The loop the word-matched lone joins share: a lone figure joins the one agreed fact told with its words.

lonenounrivals (a lone count) and lonemeasurewords (a lone measure) read
each unique fact's lone figure, the agreed facts whose figures stand beside
a word the lone one has beside it too, and, when exactly one does and the
two contradict, move the lone fact into it as its rival. They differ in
which figure is lone, which agreed facts are told alike and what makes a
rival; this module holds the rest once: the walk over the facts and the
memo of the words beside each mention (each is read against many facts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from sourcediff.lonerivals import merge_as_rivals
from sourcediff.model import Mention, Verdict
from sourcediff.quotefacts import Judged

T = TypeVar("T")


def read_once(read: Callable[[Mention], set[str]]) -> Callable[[Mention], set[str]]:
    """``read`` remembered per mention (by identity: the judge's mentions live through one comparison)."""
    memo: dict[int, set[str]] = {}

    def once(m: Mention) -> set[str]:
        if (got := memo.get(id(m))) is None:
            got = memo[id(m)] = read(m)
        return got
    return once


def join_told(facts: Sequence[Judged], order: Mapping[str, int],
              lone_of: Callable[[Sequence[Mention]], Mention | None],
              told: Callable[[Mention], Sequence[tuple[int, T]]],
              rival: Callable[[Mention, int, T], bool]) -> list[Judged]:
    """``facts`` with each unique fact's lone figure moved into the one agreed fact told with its words.

    ``lone_of`` gives a unique fact's lone figure (None: not such a fact),
    ``told`` the agreed facts (index and what the match found) told alike,
    and ``rival`` whether the lone figure contradicts the one told fact.
    """
    moved: dict[int, int] = {}
    for n, (group, verdict, _claim, _role) in enumerate(facts):
        lone = lone_of(group) if verdict is Verdict.UNIQUE else None
        if lone is None:
            continue
        found = told(lone)
        if len(found) == 1 and rival(lone, *found[0]):
            moved[n] = found[0][0]
    return merge_as_rivals(facts, moved, order)


__all__ = ["join_told", "read_once"]
