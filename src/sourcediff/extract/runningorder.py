"""A performer's or starter's place in an order: "22nd in the running order", "slot 22", "performed 22nd".

Why: a song contest, a draw or a start list gives each act a place in the
order of appearance, and outlets write it as an ordinal ("22nd in the running
order", "22nd of the 26 acts", "performed 22nd") or as a numbered slot ("slot
22"). None of these was read (positions.py reads standings and finishing
places), so four outlets' "22nd" were four words, never one fact that could
agree or diverge. The place is a whole number in a slot of its own,
"number:order": an order of appearance never meets a finishing place or a
count.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.ranks import ORDINALS, ordinal_value
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:order"

_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_NTH = rf"(?P<o>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\b(?![-–])"
# Words that open or name an order of appearance.
_ORDER = r"(?i:running|starting|performance|batting|start|draw)\s+(?i:order|list)\b"
_PATTERNS = (
    # "22nd in the running order", "fifth on the start list"
    regex(_NTH + r"\s+(?i:in|on)\s+(?i:the)\s+" + _ORDER),
    # "22nd of the 26 acts", "sang 22nd of 26 performers"
    regex(_NTH + r"\s+(?i:of|out\s+of)\s+(?:(?i:the)\s+)?\d{1,3}\s+(?i:acts|performers|performances|entries|"
          r"songs|finalists|starters)\b"),
    # "performed 22nd", "sang fifth", "took to the stage 22nd", "went on 22nd"
    regex(r"\b(?i:performed|performs|performing|sang|sings|singing|went\s+on|goes\s+on|took\s+(?:to\s+)?"
          r"the\s+stage|takes\s+(?:to\s+)?the\s+stage)\s+" + _NTH
          + r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?i:in|of|on|"
          r"and|after|before|with|out)\b)"),
    # "slot 22", "slot No. 22", "running order: 22", "No. 22 in the running order"
    regex(r"\b(?i:slot)\s+(?:(?i:no)\.?\s*|#)?(?P<n>\d{1,2})\b(?![.,]\d|\s*(?:%|per\b|machines?\b))"),
    regex(r"\b" + _ORDER + r"(?:\s+(?i:position|place|slot))?:\s*(?:(?i:slot|no\.?|#)\s*)?(?P<n>\d{1,2})\b"
          r"(?![.,]\d)"),
)


def _value(m: re.Match[str], group: str) -> int:
    """The place a match names: a slot's figure or an ordinal's."""
    if group == "n":
        return int(m["n"])
    return ordinal_value(m["o"].casefold())


def _group(m: re.Match[str]) -> str:
    return "n" if m.groupdict().get("n") else "o"


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, place) of every place in an order of appearance in ``text`` (the figure's span)."""
    c = cues(text)
    if not c.has_ci("order", "list", "slot", "acts", "performers", "performed", "sang", "stage", "entries",
                    "went on"):
        return ()
    spans: dict[int, tuple[int, int, Quantity]] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            g = _group(m)
            value = _value(m, g)
            if value:
                spans.setdefault(m.start(g), (m.start(g), m.end(g), Quantity(Decimal(value))))
    return tuple(spans[k] for k in sorted(spans))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Places in an order of appearance in every passage, slot "number:order"."""
    return passage_mentions(article, passages, find, SLOT, ("order",))


__all__ = ["SLOT", "extract", "find"]
