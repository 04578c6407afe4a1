"""Large volumes of water: "178 megalitres", "178Ml/d" and "178 million litres" are one quantity, in litres.

A water company, a regulator and the trade press state supply, demand and
leakage in megalitres a day ("Ml/d"), Australian outlets state dam storage
in gigalitres ("GL"), and the general press writes the same figure as
"178 million litres a day". A megalitre is exactly a million litres and a
gigalitre a billion, so each is read as its litres (the way datasize.py
reads "800GB" as bytes) and meets the other outlets' figures, and their
gallons through compat.py's conversions. The short forms are read with
their capitals only: "ml" is a millilitre. A serving or a dose ("250 ml", "250mL", "250
millilitres") is read in litres the same way, so a study's "250 mL" meets a paper's "0.25 litres".
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.amounts import in_base_unit

# The unit every scaled volume is stated in (numberunits' name for "litre").
LITER = "liter"
# Unit names as numberunits.unit_name normalizes them -> litres in one unit.
LITERS_PER_UNIT: dict[str, Decimal] = {
    "milliliter": Decimal("0.001"),
    "kiloliter": Decimal(10) ** 3, "megaliter": Decimal(10) ** 6, "gigaliter": Decimal(10) ** 9,
}


def in_liters(low: Decimal, unit: str, high: Decimal | None) -> tuple[Decimal, str, Decimal | None]:
    """A volume stated in litres ("178", "megaliter per day" -> 178 * 10**6, "liter per day")."""
    return in_base_unit(low, unit, high, LITERS_PER_UNIT, LITER)


__all__ = ["LITER", "LITERS_PER_UNIT", "in_liters"]
