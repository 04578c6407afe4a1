"""Shirt numbers: "the No 9 shirt", "the number 10 jersey", "shirt number 23" are one squad number.

Transfer stories say which number a new signing will wear. Read as a loose
figure it was nothing ("No 9" is a label, like "Flight 17"), so the outlet
that gave the number had it nowhere in its report, and two outlets giving
different numbers were never compared. Here it is a whole number in its own
slot, "number:shirt", cue "shirt": never a count, a rank or a position.

Only a number written next to its garment is read: "No/number/# N" right
before "shirt"/"jersey"/"kit", or "shirt/jersey number N" ("squad number N"
as well). "A proper No 9" (a kind of striker) and "the No 2 bus" say no
shirt and stay unread.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:shirt"
_CARDINALS = "|".join(w for w, v in WORD_VALUES.items() if 1 <= v <= 20)
_N = rf"(?P<n>\d{{1,2}}|(?i:{_CARDINALS}))\b"
_GARMENT = r"(?i:shirts?|jerseys?|kits?)\b"
_SHIRTS = (
    # "the No 9 shirt", "the number 10 jersey", "the No. 7 shirt", "the #23 jersey"
    regex(rf"(?:\b[Nn]o\.?\s?|\b[Nn]umber\s+|#){_N}(?:[\s-]+{_GARMENT})"),
    # "shirt number 23", "squad number 4", "jersey No. 8"
    regex(rf"\b(?i:shirt|jersey|squad)\s+(?:[Nn]umber\s+|[Nn]o\.?\s?|#){_N}"),
)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, number) for every shirt number in ``text``; shared: numbers skips their figures."""
    c = cues(text)
    if not c.has_ci("shirt", "jersey", "kit", "squad"):
        return ()
    out: list[tuple[int, int, Quantity]] = []
    for pattern in _SHIRTS:
        for m in pattern.finditer(text):
            word = m["n"]
            value = int(word) if word.isdigit() else WORD_VALUES.get(word.lower(), 0)
            if value <= 0 or any(s < m.end() and m.start() < e for s, e, _ in out):
                continue
            out.append((m.start(), m.end(), Quantity(Decimal(value))))
    return tuple(sorted(out, key=lambda f: f[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Shirt numbers in every passage, slot "number:shirt"; offsets absolute into ``article.text``."""
    return passage_mentions(article, passages, find, SLOT, ("shirt",))
