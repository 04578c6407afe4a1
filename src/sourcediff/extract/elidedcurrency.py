"""A bare figure in millions next to a sum of money in the same sentence is that money: the currency elided.

Writers name the currency once and drop it from the next figure of the
sentence: "will cost 486 million pounds, about 74 million more than
budgeted", "revenue of 5 billion euros, up from 4.2 billion a year earlier",
"from 412 million to 486 million pounds". The bare figure was read as a
count (number:count), so another outlet's "£74m" met nothing of it: the
overspend a trade site gives in pounds was unique and the wire's a count.

A figure is read as the sentence's money when all of these hold:

* it carries a multiplier word ("million", "billion", "bn", "m") and no unit
  of its own, and it is set against another value: a comparative follows it
  ("74 million more", "2 billion short": `_COMPARATIVES`) or a framing word
  comes before it ("up from 4.2 billion", "from 412 million to": `_FRAMES`),
  so "£5m to help 2 million customers" and "will help 2 million." keep their
  counts;
* a sum of money with a multiplier word stands before it in the same
  sentence ("486 million pounds, about 74 million more"), or right after it
  across "to" / "and" ("from 412 million to 486 million pounds");
* every sum of money in that sentence is in one currency.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import Money, Quantity

# A multiplier word in a figure as written ("74 million", "4.2bn", "486 million pounds", "£3m").
_MULTIPLIER = regex(r"\d\s*(?:m|mn|bn)\b|\b(?:million|billion|trillion)\b", re.IGNORECASE)
# The same at the figure's end: a bare figure whose last word is its multiplier ("about 74 million").
_MULTIPLIER_END = regex(r"(?:\d\s*(?:m|mn|bn)|\b(?:million|billion|trillion))$", re.IGNORECASE)
# The words after an elided sum that set it against another: "about 74 million more than budgeted",
# "2 billion short". A noun the figure counts ("2 million customers") is none of them.
_COMPARATIVES = frozenset({"more", "less", "extra", "higher", "lower", "up", "down", "above", "below", "over",
                           "short", "than"})
# The words before an elided sum that frame it as another value of the same thing: "up from 4.2 billion",
# "from 412 million to", "rose to 500 million", "against 3 billion", "compared with 40 million".
_FRAMES = frozenset({"from", "to", "against", "with", "versus", "vs"})
# The words that may follow a framed sum: a time or the range's other end ("up from 4.2 billion a year
# earlier", "from 412 million to", "in 2025"), never a noun it counts ("40 million users").
_AFTER_FRAME = frozenset({"a", "an", "in", "last", "the", "this", "previously", "earlier", "before", "to",
                          "and", "at", "on", "for"})
# The first word after a figure.
_NEXT_WORD = regex(r"\s*(?P<word>[A-Za-z]+)")
# The last word before a figure.
_LAST_WORD = regex(r"(?P<word>[A-Za-z]+)\s*$")
# A sentence's end between two figures: a full stop, question or exclamation mark before a space.
_SENTENCE_END = regex(r"[.!?][\"'”’]?\s")
# "to" or "and" alone between a bare figure and the sum after it ("from 412 million to 486 million pounds").
_RANGE_JOIN = regex(r"\s+(?:to|and)\s+$")


def _elided(text: str, m: Mention) -> bool:
    """True when ``m`` is a bare figure in millions with no noun of its own after it."""
    if m.kind is not Kind.NUMBER or m.slot != "number:count":
        return False
    value = m.value
    if not isinstance(value, Quantity) or value.unit is not None:
        return False
    if _MULTIPLIER_END.search(m.raw) is None:
        return False
    after = _NEXT_WORD.match(text, m.span.end)
    if after is not None and after["word"].lower() in _COMPARATIVES:
        return True
    if after is not None and after["word"].lower() not in _AFTER_FRAME:
        return False  # "up from 40 million users": a count of its noun
    before = _LAST_WORD.search(text, max(0, m.span.start - 24), m.span.start)
    return before is not None and before["word"].lower() in _FRAMES


def _one_sentence(text: str, start: int, end: int) -> bool:
    """True when no sentence ends between ``start`` and ``end``."""
    return _SENTENCE_END.search(text, start, end) is None


def with_elided_currency(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each bare figure whose currency the sentence elides read as that money.

    ``text`` is the article's text (mention spans are absolute into it).
    """
    out = list(mentions)
    candidates = [n for n, m in enumerate(out) if _elided(text, m)]
    if not candidates:
        return out
    # Each passage's sums of money, so that a candidate looks at its own passage's only (a long article
    # holds hundreds of sums and few candidates per passage).
    moneys: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind is Kind.MONEY and isinstance(m.value, Money):
            moneys[m.passage].append(m)
    for n in candidates:
        m = out[n]
        own = moneys.get(m.passage, [])
        sums = [s for s in own if _MULTIPLIER.search(s.raw) is not None]
        before = [s for s in sums
                  if s.span.end <= m.span.start and _one_sentence(text, s.span.end, m.span.start)]
        after = [s for s in sums if s.span.start >= m.span.end
                 and _RANGE_JOIN.fullmatch(text, m.span.end, s.span.start) is not None]
        near = before or after
        if not near:
            continue
        sentence = [s for s in own
                    if _one_sentence(text, min(s.span.start, m.span.start), max(s.span.end, m.span.end))]
        currencies = {s.value.currency for s in sentence if isinstance(s.value, Money)}
        if len(currencies) != 1:
            continue
        value = m.value
        assert isinstance(value, Quantity)
        money = Money(currencies.pop(), value.amount, value.high, value.qualifier)
        out[n] = replace(m, kind=Kind.MONEY, slot="money", value=money, cues=())
    return out
