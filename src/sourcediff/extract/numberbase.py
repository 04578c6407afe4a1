"""A figure classified (``Found``): the one result every reader of figures in numbers.py's split builds.

Split out of numbers.py so that the readers (numberunits, numberpercents,
numberclassify, numbercontext, numberparse) and the scan that runs them
(numbers) share one result type, and the quotation marks that may open a
clause, without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from sourcediff.model import Kind
from sourcediff.values import Quantity


@dataclass(frozen=True)
class Found:
    """A figure classified: the mention it makes and the text it covers (offsets into the scanned text)."""

    kind: Kind
    start: int
    end: int
    value: Quantity
    slot: str
    cues: tuple[str, ...] = ()


# Quotation marks that may open a clause right before its subject.
_OPENING_QUOTES = "\"'\u201c\u2018"
