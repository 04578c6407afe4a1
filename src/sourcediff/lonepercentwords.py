"""A lone percentage told with an agreed percentage's words, in no claim with it, is its rival (issue #11).

"Turnout fell to about 61% in the spring vote" in a wire, "turnout of 61 per
cent" and "Turnout: 61%" in two more outlets, and a weekly's "turnout fell to
about 64 per cent, the lowest since the war" in a sentence the aligner seated
with none of theirs: the claim rivals (loneclaimrivals) never saw it. The
words beside the two figures ("turnout", "fell") say which percentage the
weekly disputes, as they say it for sums (lonesumwords, whose rule this is,
read with percentages as the lone figure).

A story states many percentages (a rise and its month-earlier rate, a share
and its cut-off), so two of the sums' guards are read with that in mind:
- the agreed partner must be the only percentage of its unit in its passage
  ("up 3.1% on the year, from 2.8% a month earlier" tells two rates, and the
  words beside the one are beside the other), and the lone one the only one
  in its passage that could be the agreed figure (a 0.4% cut-off grade beside
  a 1.6% average grade could never be the others' 1.4%, and does not stop
  it; a second rate near 1.4% would);
- the words beside a figure are read in its own sentence (lonesumwords.
  _sentence): a list of rates puts the next item's words ("- Deficit
  target") a few words after a pension rise's figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sourcediff.evidence import Evidence
from sourcediff.lonesumwords import join_lone_figure_words
from sourcediff.model import Kind, Mention
from sourcediff.quotefacts import Judged


def join_lone_percent_words(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                            order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone percentage moved into the one agreed percentage told with its words."""
    return join_lone_figure_words(facts, mentions, ctx, order, Kind.PERCENT)


__all__ = ["join_lone_percent_words"]
