"""A place in an order of appearance (gaps53): "22nd in the running order", "slot 22", "performed 22nd".

Every sentence here is invented. The place is a whole number in its own slot,
so outlets writing it as an ordinal or as a numbered slot meet; a league
standing or a slot machine is no order of appearance.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.extract.runningorder import find


@pytest.mark.parametrize(("text", "place"), [
    ('Varga performed her ballad "Copper Rain" 14th in the running order.', 14),
    ("The trio sang their anthem ninth of the 25 acts on the night.", 9),
    ("Running order position: slot 14", 14),
    ("Varga, who performed 14th in the running order, won the final.", 14),
    ("The home favourite took to the stage last but one, in slot 24.", 24),
    ("She was drawn third on the start list.", 3),
])
def test_the_place_is_read(text: str, place: int) -> None:
    assert [v.amount for _, _, v in find(text)] == [Decimal(place)]


@pytest.mark.parametrize("text", [
    "Rovers are 14th in the table.",
    "The slot 22 machines were busy all night.",
    "The 14th of the 25 clauses was struck out.",
])
def test_no_order_of_appearance(text: str) -> None:
    assert find(text) == ()
