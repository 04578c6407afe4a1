"""The year a count is given for: "212 in 2023 to 341 in 2025", "341 complaints last year".

Councils and regulators publish one figure per year, and an outlet gives
two or three of them in one sentence ("rose from 212 in 2023 to 341 in
2025"). The judge weighs a count of a named noun against the same noun's in
the claim's other passages only when a passage states one such count
(diverge.py, the consensus), so a passage with a year series stated none: a
rival outlet's "314 in 2025" stood unique beside two outlets' 341. Read with
the year each figure is given for, the series is one count per year, and
each year's count is weighed against the other outlets' counts of that year.

The year is the year-long date that follows the figure in its clause: no
clause mark (comma, semicolon, colon, bracket) and no other figure between.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import DateValue

# Joins a family's name to the year its count is given for.
YEAR_OF = "#"
# Ends the clause a figure's year must stand in.
_CLAUSE_END = regex(r"[,;:()\u2013\u2014.!?]")
# How far after the figure its year may stand ("341 reports of dangerous or unruly dogs last year").
_REACH = 60


def count_years(ms: Sequence[Mention], texts: Mapping[str, str]) -> dict[int, int]:
    """Each number mention's index mapped to the year its clause gives it for, when one does."""
    by_passage: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.kind in (Kind.NUMBER, Kind.DATE):
            by_passage[(m.source, m.passage)].append(i)
    out: dict[int, int] = {}
    for (source, _), idx in by_passage.items():
        text = texts.get(source, "")
        ordered = sorted(idx, key=lambda k: ms[k].span.start)
        for n, k in enumerate(ordered):
            if ms[k].kind is not Kind.NUMBER:
                continue
            year = _next_year(ms, ordered[n + 1:], ms[k], text)
            if year is not None:
                out[k] = year
    return out


def _next_year(ms: Sequence[Mention], after: list[int], figure: Mention, text: str) -> int | None:
    """The year of the first mention after ``figure``, when it is a year-long date of its clause."""
    for k in after:
        m = ms[k]
        if m.span.start < figure.span.end:
            continue
        if m.span.start - figure.span.end > _REACH or _CLAUSE_END.search(text, figure.span.end, m.span.start):
            return None
        if m.kind is Kind.NUMBER:
            return None  # another figure stands nearer the year: the year is its
        value = m.value
        if (isinstance(value, DateValue) and value.precision == "year" and value.start is not None
                and value.end is not None and value.start.year == value.end.year):
            return value.start.year
        return None
    return None


def year_family(family: str, year: int) -> str:
    """A family's name narrowed to the counts given for one year."""
    return f"{family}{YEAR_OF}{year}"


__all__ = ["YEAR_OF", "count_years", "year_family"]
