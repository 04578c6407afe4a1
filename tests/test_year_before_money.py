"""A bare year between two sums of money is the first sum's date, not the low end of a range."""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.amounts import scan_amounts


def _read(text: str) -> list[tuple[str, Decimal, Decimal | None]]:
    return [(text[a.start:a.end], a.low, a.high) for a in scan_amounts(text)]


def test_year_then_scaled_sum_is_two_figures() -> None:
    text = "The trust's income fell from £9.1 million in 2021 to £7.4 million last year."
    assert _read(text) == [("£9.1 million", Decimal("9100000.0"), None), ("2021", Decimal("2021"), None),
                           ("£7.4 million", Decimal("7400000.0"), None)]


def test_year_then_billions_is_two_figures() -> None:
    assert [raw for raw, _, _ in _read("Sales rose from 2019 to $4 billion.")] == ["2019", "$4 billion"]


def test_plain_and_scaled_ranges_stay_ranges() -> None:
    assert _read("Tickets cost between 1500 and 2500 euros.") == [
        ("between 1500 and 2500 euros", Decimal("1500"), Decimal("2500"))]
    assert _read("a bill of $10-12 million") == [("$10-12 million", Decimal("10000000"), Decimal("12000000"))]
    assert _read("between 5 and 7 million euros")[0][1:] == (Decimal("5000000"), Decimal("7000000"))
