"""Betting odds: "a 40-1 outsider", "the 5/2 favourite", "at odds of 40 to 1", "41.0 in decimal terms".

Racing, election and awards stories give a winner's price. Read as loose
figures the odds were nothing or worse: "40-1" looked like a range or a score
("won 3-1"), so the outlet giving the price had it nowhere in its report and
two outlets with different prices were never compared. Here each price is one
figure in its own slot, "number:odds", as the decimal odds a bookmaker and an
exchange both quote: fractional a-b is a/b + 1 (stake returned), so the
British "40-1", the slash form "40/1", the spelled "40 to 1" and the
continental "41.0" agree, and "5-2" is "3.50".

Only a price written next to a word of betting is read: an odds noun after
it ("outsider", "favourite", "fav", "shot", "chance", "no-hoper", "jolly") or a
price phrase before it ("odds of", "sent off at", "returned at", "priced at",
"starting price", "SP"). A decimal price needs "fav" or "decimal" right after
it ("3.50 fav", "41.0 in decimal terms") or "decimal odds of" before it. A
bare "3-1" stays a tally or a score (tallies.py), "4/1" a date or a ratio.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.cues import Need, cues
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:odds"
# One fractional price: "40-1", "40/1", "11–4", "40 to 1", "100/30".
_FRAC = r"(?P<a>\d{1,3})(?:\s?[-–/]\s?|\s+to\s+)(?P<b>\d{1,2})"
_NOUN = (r"(?:(?:joint|second|co|clear|hot|red-hot|well-backed|rank)[\s-]+)?"
         r"(?:outsiders?|favou?rites?|favs?|jf|shot|chances?|no-hopers?|long-?shots?|jolly|rags?)\b")
_CUE = (r"\b(?:odds\s+of|(?:sent\s+off|went\s+off|returned|priced|backed|started)\s+at|"
        r"starting\s+price(?:\s+of|:)?|(?-i:SP)(?:\s+of|:)?)")
_PRICES = (
    # "a 40-1 outsider", "the 5/2 favourite", "11-4 joint-favourite", "a 33-1 shot"
    regex(rf"(?<![\w.,/:–-]){_FRAC}(?=[\s-]+{_NOUN})", flags=re.IGNORECASE),
    # "at odds of 40-1", "sent off at 40/1", "starting price: 40-1", "returned at 40 to 1"
    regex(rf"{_CUE}\s+{_FRAC}(?![\w/–-]|[.,]\d)", flags=re.IGNORECASE),
)
_DECIMALS = (
    # "(3.50 fav)", "41.0 in decimal terms", "41.0 decimal"
    regex(r"(?<![\w.,])(?P<d>\d{1,3}\.\d{1,2})(?=\s+(?:favou?rite|fav|jf)\b|\s+(?:in\s+)?decimal\b)",
          flags=re.IGNORECASE),
    # "decimal odds of 41.0", "a decimal price of 3.5"
    regex(r"\bdecimal\s+(?:odds|price)\s+of\s+(?P<d>\d{1,3}(?:\.\d{1,2})?)(?![\d.])", flags=re.IGNORECASE),
)
_CENT = Decimal("0.01")
# What each of _PRICES needs in a passage (cues.py): a word of _NOUN after the price, a word of _CUE before
# it. Most passages with a figure hold neither, and both patterns would try every character of them. _CUE's
# words are whole ones (a boundary or space before, a space after): "officials" or "restart" hold none.
PRICE_NEEDS: tuple[Need, Need] = (
    lambda c: c.has_ci("outsider", "fav", "jf", "shot", "chance", "hoper", "jolly", "rag"),
    lambda c: c.has_word("odds", "off", "returned", "priced", "backed", "started", "starting") or c.has("SP"),
)


def decimal_odds(a: int, b: int) -> Decimal | None:
    """The decimal price of fractional odds a-b: a/b + 1, to the cent; None for a zero side."""
    if a <= 0 or b <= 0:
        return None
    return (Decimal(a) / Decimal(b) + 1).quantize(_CENT)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, decimal price) of every betting price in ``text``; shared: numbers skips its figures."""
    c = cues(text)
    if not c.digit:  # every price, fractional or decimal, is written in figures
        return ()
    out: list[tuple[int, int, Quantity]] = []
    for pattern in (pattern for pattern, need in zip(_PRICES, PRICE_NEEDS, strict=True) if need(c)):
        for m in pattern.finditer(text):
            value = decimal_odds(int(m["a"]), int(m["b"]))
            if value is None or any(s < m.end("b") and m.start("a") < e for s, e, _ in out):
                continue
            out.append((m.start("a"), m.end("b"), Quantity(value)))
    for pattern in _DECIMALS if c.has_ci("fav", "jf", "decimal") else ():
        for m in pattern.finditer(text):
            value = Decimal(m["d"]).quantize(_CENT)
            if value <= 1 or any(s < m.end("d") and m.start("d") < e for s, e, _ in out):
                continue
            out.append((m.start("d"), m.end("d"), Quantity(value)))
    return tuple(sorted(out, key=lambda f: f[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Betting prices in every passage, slot "number:odds"; offsets absolute into ``article.text``."""
    return passage_mentions(article, passages, find, SLOT, ("odds",))
