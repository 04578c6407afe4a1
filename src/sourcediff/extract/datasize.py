"""Data sizes: "800GB", "800 gigabytes", "1.2 TB", "500 megabytes" are one quantity, in bytes.

A leak, a breach or a storage figure is written with whichever unit the
writer likes: the wire's "800 gigabytes" and a trade site's "800GB" must be
one value that agrees, and "1.2 TB" must meet "1,200 gigabytes". Writers use
the abbreviations and the spelled-out words for the same decimal units
(a "gigabyte" in a news story is never meant as 2**30 bytes against a "GB"),
so both read as powers of 1000; only the explicitly binary "GiB" and
"gibibyte" are powers of 1024. Bits ("Gb", "gigabits") are not sizes of
data held and are not read here.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.amounts import in_base_unit

# The unit every data size is stated in.
BYTE = "byte"
_K = Decimal(1000)
_KI = Decimal(1024)
# Unit names as numbers.unit_name normalizes them (lower case, singular) -> bytes in one unit.
BYTES_PER_UNIT: dict[str, Decimal] = {
    "byte": Decimal(1),
    **dict.fromkeys(("kb", "kilobyte"), _K), **dict.fromkeys(("mb", "megabyte"), _K ** 2),
    **dict.fromkeys(("gb", "gigabyte"), _K ** 3), **dict.fromkeys(("tb", "terabyte"), _K ** 4),
    **dict.fromkeys(("pb", "petabyte"), _K ** 5),
    **dict.fromkeys(("kib", "kibibyte"), _KI), **dict.fromkeys(("mib", "mebibyte"), _KI ** 2),
    **dict.fromkeys(("gib", "gibibyte"), _KI ** 3), **dict.fromkeys(("tib", "tebibyte"), _KI ** 4),
    **dict.fromkeys(("pib", "pebibyte"), _KI ** 5),
}


def in_bytes(low: Decimal, unit: str, high: Decimal | None) -> tuple[Decimal, str, Decimal | None]:
    """A data size stated in bytes ("800", "gb" -> 800 * 10**9, "byte"); a rate keeps its period."""
    return in_base_unit(low, unit, high, BYTES_PER_UNIT, BYTE)


__all__ = ["BYTE", "BYTES_PER_UNIT", "in_bytes"]
