"""A percentage hedged at one digit is no leftover rival of a precise one (the jetorder story's shares).

"Brask shares slid nearly 4 per cent, while Omsel's jumped almost 2 per
cent" against "Brask closed 3.4% lower; Omsel gained 1.9%": once the shared
Omsel figure pairs off, the tabloid's rounded "nearly 4" is left against the
precise 3.4%. The writer rounded to the coarsest digit and said so; that is
no contradiction (divergeleftover._coarse_hedge). Every sentence is invented.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.divergeleftover import _coarse_hedge
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import APPROX, Quantity


def _pct(amount: str, qualifier: str | None) -> Mention:
    value = Quantity(amount=Decimal(amount), unit="%", qualifier=qualifier)
    return Mention(source="a", kind=Kind.PERCENT, raw=f"{amount}%", value=value, span=Span(0, 4), passage=0,
                   slot="percent", cues=())


def test_a_hedged_one_digit_percentage_is_coarse() -> None:
    assert _coarse_hedge(_pct("4", APPROX))
    assert _coarse_hedge(_pct("40", APPROX))  # "nearly 40 per cent": one significant digit too


def test_precise_or_unhedged_figures_are_not() -> None:
    assert not _coarse_hedge(_pct("3.4", APPROX))  # "about 3.4%": the writer kept the precision
    assert not _coarse_hedge(_pct("4", None))  # a bare "4%" states a figure
    assert not _coarse_hedge(_pct("45", APPROX))
