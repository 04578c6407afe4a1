"""The period a rate of change is measured over: a month's change is no rival of a year's.

Price, wage and output releases state each figure twice, once against the
month before and once against a year before ("prices rose 0.2% on the
month", "food prices rose 6.8 per cent over the year"). The words around
the two figures match (prices, rose), so a rule that pairs values by their
context alone (divergecontext) read the two as one figure given two ways,
a false divergence, and the year's figure then missed its true partners.
When both figures name their period and the periods differ, they are two
facts. A figure that names no period says nothing either way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sourcediff.model import Mention
from sourcediff.regexcache import regex

_UNIT = r"(?:year|month|quarter|week)"
# After the figure: "0.3% m/m", "2.9% year-on-year", "0.2% on the month", "6.8 per cent over the year",
# "6.2% higher than a year earlier", "1.8 per cent lower than last year", "up 4% from the previous
# month", "a 6% annual rise".
PERIOD_AFTER = regex(
    r"\s*\(?(?:(?P<short>[ymq])/[ymq]\b|(?P<on>year|month|quarter|week)[- ]on[- ]" + _UNIT + r"\b|"
    r"(?:(?:higher|lower|more|less|up|down)\s+)?(?:(?:on|over|in)\s+the\s+(?P<the>" + _UNIT + r")\b|"
    r"(?:from|than|compared\s+with|against|on)\s+(?:a|the\s+previous|the\s+prior|last)\s+"
    r"(?P<ago>" + _UNIT + r")\b)|"
    r"(?P<adj>annual|yearly|monthly|quarterly|weekly)\b)",
    re.IGNORECASE)
# Before it, a period adjective with at most two words between it and the figure's preposition:
# "an annual rate of 3.4%", "annual inflation fell to 3.4 per cent", "a monthly rise of 0.2%".
PERIOD_BEFORE = regex(
    r"\b(?P<adj>annual|yearly|monthly|quarterly|weekly|year[- ]on[- ]year|month[- ]on[- ]month|"
    r"quarter[- ]on[- ]quarter)\s+(?:[a-z]+\s+){0,2}(?:of|at|to|by)\s+(?:about\s+|around\s+|just\s+)?$",
    re.IGNORECASE)
_ADJECTIVES = {"annual": "year", "yearly": "year", "monthly": "month", "quarterly": "quarter",
               "weekly": "week", "y": "year", "m": "month", "q": "quarter"}
_REACH = 60


def change_period(m: Mention, texts: Mapping[str, str]) -> str | None:
    """The period ("year", "month", "quarter", "week") the sentence gives ``m`` over, if it names one."""
    text = texts.get(m.source)
    if not text:
        return None
    after = PERIOD_AFTER.match(text, m.span.end, min(len(text), m.span.end + _REACH))
    if after:
        word = next(g for g in after.groups() if g)
        return _ADJECTIVES.get(word.lower(), word.lower())
    before = PERIOD_BEFORE.search(text, max(0, m.span.start - _REACH), m.span.start)
    if before:
        word = re.split(r"[- ]", before.group("adj").lower())[0]
        return _ADJECTIVES.get(word, word)
    return None


def periods_differ(a: Mention, b: Mention, texts: Mapping[str, str]) -> bool:
    """True when both mentions name the period they are measured over, and the periods differ."""
    pa = change_period(a, texts)
    if pa is None:
        return False
    pb = change_period(b, texts)
    return pb is not None and pa != pb
