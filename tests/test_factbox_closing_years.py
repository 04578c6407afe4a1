"""A fact box's closing steps ("Decommissioned: 1994", "Closed: 2003") date their thing (invented text).

A heritage site's box listed "Built: 1871" and "Decommissioned: 1996": the
opening year was read, since "Built" is an event label, but the closing one
was no fact at all, so the year other sources gave as 1994 was never set
against it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

_BOX = """The old Harlby pumping station has been sold to a developer.

Built: 1902
{label}: {year}
Capacity: 2000 gallons
"""


def _years(text: str) -> set[str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-15"))
    return {m.raw for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("label", ["Decommissioned", "Closed", "Demolished", "Restored", "Automated"])
def test_a_closing_label_dates_its_year(label: str) -> None:
    years = _years(_BOX.format(label=label, year="1987"))
    assert "1987" in years
    assert "1902" in years


def test_a_counting_label_is_still_no_date() -> None:
    assert "2000" not in _years(_BOX.format(label="Closed", year="1987"))
