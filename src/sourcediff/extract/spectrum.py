"""A holding of radio spectrum: "won 140 MHz", "40MHz unsold", "(100 MHz)", one amount in megahertz.

A regulator's auction results give each operator's winnings as a width of
spectrum: the wire's "won 140 MHz of spectrum", a daily's "paying $1.5bn for
140MHz" and a trade site's bullet "14 lots (140 MHz)" state one amount, and
an outlet that gives another width states another. Elsewhere a figure in
megahertz or gigahertz is a name, not an amount: a band ("the 3.6GHz band"),
a chip's clock ("clocked at 2.66 GHz", "a 2.4GHz processor"), a memory
speed ("1066MHz DDR3"), and one story names several of those that no editor
would set against each other. So the figure is read only where it can be a
holding: the article speaks of spectrum or airwaves, the figure is a single
amount, not a range's end ("assigned 3660-3800 MHz" is a place in the band),
and nothing it names follows the unit (a stop, a bracket or a function word,
never a noun: "140 MHz of spectrum", not "3.6 GHz award").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import Amount
from sourcediff.extract.cues import may_contain_ci

# The units a holding of spectrum is written in (numberunits.unit_name's names).
SPECTRUM_UNITS = frozenset({"megahertz", "gigahertz"})
# Whether the article being read speaks of spectrum: an auction's bullet "Brisca: 80MHz for $400m" names
# no spectrum in its own sentence, the article around it does.
_topic: ContextVar[bool] = ContextVar("sourcediff_spectrum_topic", default=False)


@contextmanager
def topic(text: str) -> Iterator[None]:
    """Read figures in megahertz as holdings, until the block ends, when ``text`` (one article) speaks of
    spectrum or airwaves."""
    # the pattern opens with \b and is tried at every character of the article: first the words' letters
    held = may_contain_ci(text, "spectrum", "airwaves") and P.SPECTRUM_TOPIC.search(text) is not None
    token = _topic.set(held)
    try:
        yield
    finally:
        _topic.reset(token)


def spectrum_held(text: str, a: Amount, unit: re.Match[str], name: str) -> bool:
    """Whether a figure in ``name`` (a unit name) may be read: any unit but MHz/GHz, or a spectrum holding."""
    if name not in SPECTRUM_UNITS:
        return True
    return (_topic.get() and a.high is None
            and P.NUM_SPECTRUM_HELD_AFTER.match(text, unit.end()) is not None)


__all__ = ["SPECTRUM_UNITS", "spectrum_held", "topic"]
