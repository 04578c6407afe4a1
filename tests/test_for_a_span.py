""""for a week", "for an hour": after "for", the "a" of a unit of time is the figure 1 of a span.

Why: the "a" of a unit of time was read only after a hedge ("nearly a week",
`patterns.NUM_A_HEDGED_SPAN`), since a bare "a week" is as often a rate ("$5
a week"). After "for" it is how long something lasts ("closed for a week",
"jailed for a year"), which another outlet writes "seven days" or "12
months"; left unread, that outlet's span met nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def spans(body: str) -> list[tuple[Decimal, str | None]]:
    article = Article.from_text("Harbour closed after storm\n\n" + body, id="s0", published="2026-05-04")
    out = []
    for m in analyse(article).mentions:
        v = m.value
        if m.kind.value == "number" and getattr(v, "unit", None) in ("minute", "hour", "day", "week", "month",
                                                                       "year"):
            out.append((v.amount, v.unit))
    return out


@pytest.mark.parametrize(("body", "want"), [
    ("The harbour was closed for a week after the storm.", [(Decimal(1), "week")]),
    ("The ferry service was suspended for an hour while divers checked the hull.", [(Decimal(1), "hour")]),
    ("The skipper was banned from the water for a year.", [(Decimal(1), "year")]),
    ("The quay will stay shut for a full month.", [(Decimal(1), "month")]),
])
def test_for_a_unit_is_one_unit(body: str, want: list[tuple[Decimal, str]]) -> None:
    assert spans(body) == want


@pytest.mark.parametrize("body", [
    "The harbour master was re-elected for a second time.",
    "Moorings cost 40 euros a week, the harbour board said.",
    "The crew were praised for a week's work clearing the slipway.",
    "The quay was closed for a day or two, the harbour board said.",
    "The board voted for a year-long review of the moorings.",
])
def test_no_span_without_for_a_unit_alone(body: str) -> None:
    assert spans(body) == []
