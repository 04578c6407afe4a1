"""A bare "6.84m" that another source of the story writes as "6.84 metres" is that length.

An "m" glued to a small figure with no currency is read as millions
(amounts._atom: "5m people", "2.5m viewers"), the usual short form in the
press; but a regional paper writes a river's level, a wave's height or a
jump as "6.84m" too. One article cannot tell the two apart; the story can:
when another source states the very same figure in metres, and none states
it as millions, the "m" is metres. This is the cross-source step that
``unify_dollars`` is for a bare "$".
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.roles import ROLE_PREFIX
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

_METER = "meter"
_MILLION = Decimal(10) ** 6
# The figure and its glued "m" at the end of a mention's text ("6.84m", "almost 7.02m").
_BARE_M = regex(r"(?<![\w.,])(\d+(?:\.\d+)?)m$")


def _bare_millions(m: Mention) -> Decimal | None:
    """The written figure of a count read from "<figure>m" as millions, else None."""
    v = m.value
    if m.kind is not Kind.NUMBER or not isinstance(v, Quantity) or v.unit is not None or v.high is not None:
        return None
    hit = _BARE_M.search(m.raw.strip())
    if hit is None:
        return None
    figure = Decimal(hit[1])
    return figure if figure * _MILLION == v.amount else None


def unify_lengths(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """Read each bare "<figure>m" as metres when another source gives that figure in metres.

    Only the same figure is resolved (a "2.5m" elsewhere in the story stays
    millions), and never when a source states the figure as millions in
    words or with a unit-less count of that size.
    """
    metres: set[Decimal] = set()
    millions: set[Decimal] = set()
    bare: set[Decimal] = set()
    for s in sources:
        for m in s.mentions:
            v = m.value
            figure = _bare_millions(m)
            if figure is not None:
                bare.add(figure)
            elif isinstance(v, Quantity) and v.high is None:
                if v.unit == _METER:
                    metres.add(v.amount)
                elif v.unit is None and v.amount >= _MILLION:
                    millions.add(v.amount / _MILLION)
    lengths = (bare & metres) - millions
    if not lengths:
        return sources
    out = []
    for s in sources:
        ms = []
        for m in s.mentions:
            figure = _bare_millions(m)
            if figure is not None and figure in lengths and isinstance(m.value, Quantity):
                m = replace(m, value=Quantity(figure, _METER, m.value.qualifier), slot=f"number:{_METER}",
                            cues=_length_cues(m.cues))
            ms.append(m)
        new = tuple(ms)
        out.append(replace(s, mentions=new) if new != s.mentions else s)
    return tuple(out)


def _length_cues(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The cues a count read as a length keeps: those a length written in metres would have had.

    The count's reader marks the verb before it ("fell 40m", "rose 2m") as a
    change of a level and names a role, as it must for "fell 40m" meaning
    forty million fewer; the same sentence written "fell 40 metres" is read
    as a measure, which has neither. Kept, the change set the length apart
    from every other source's "40 metres" (compat.role_key), so the story's
    one distance was two families and a rival length met no consensus.
    """
    return tuple(c for c in cues if c != CHANGE and not c.startswith(ROLE_PREFIX))
