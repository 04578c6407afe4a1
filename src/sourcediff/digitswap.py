"""Two figures that differ by two neighbouring digits swapped: one figure, miscopied.

"Prize: $1.53 million" against another outlet's "$1.35 million", "18,250
seats" against "18,520 seats": the commonest slip of a hand copying a
figure. It is many per cent off (so no "within a few per cent" rule sees
it), yet the digits say it is the same figure misprinted, not another fact
of the story, and an editor wants it reported as a divergence.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

# Fewer significant digits than this swap into another plausible round figure too often ("25" and "52").
SWAP_MIN_DIGITS = 3


def _digits(value: Decimal) -> str:
    return "".join(str(d) for d in abs(value).normalize().as_tuple().digits)


def _comparable_digits(mine: Decimal | str, theirs: Decimal | str) -> tuple[str, str] | None:
    """The significant digits of two figures a copying slip could turn one into the other, or None.

    Shared by `transposed` and `one_digit_off` so both slips keep one set of
    guards: finite, different, non-zero, of one sign, SWAP_MIN_DIGITS
    significant digits or more on both, as many of them and the same order of
    magnitude (1.53 million against 135,000 is another figure).
    """
    try:
        a, b = Decimal(mine), Decimal(theirs)
    except (InvalidOperation, ValueError):
        return None
    if not (a.is_finite() and b.is_finite()) or a == b or (a < 0) != (b < 0) or a == 0 or b == 0:
        return None
    x, y = _digits(a), _digits(b)
    if len(x) != len(y) or len(x) < SWAP_MIN_DIGITS or a.adjusted() != b.adjusted():
        return None
    return x, y


def transposed(mine: Decimal | str, theirs: Decimal | str) -> bool:
    """Whether two figures of one magnitude differ only by one swapped pair of neighbouring digits.

    Both need SWAP_MIN_DIGITS significant digits or more, the same number of
    them and the same order of magnitude (1.53 million against 135,000 is
    another figure), and the same sign.
    """
    pair = _comparable_digits(mine, theirs)
    if pair is None:
        return False
    x, y = pair
    diff = [n for n in range(len(x)) if x[n] != y[n]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def one_digit_off(mine: Decimal | str, theirs: Decimal | str) -> bool:
    """Whether two figures of one magnitude differ in exactly one digit ("76.3" against "78.3").

    The other slip of a hand copying a figure: a key struck for its neighbour.
    The same guards as `transposed`: SWAP_MIN_DIGITS significant digits or
    more on both, as many of them, the same order of magnitude and sign.
    """
    pair = _comparable_digits(mine, theirs)
    if pair is None:
        return False
    x, y = pair
    return sum(1 for n in range(len(x)) if x[n] != y[n]) == 1
