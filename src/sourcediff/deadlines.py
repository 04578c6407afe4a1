"""Whether the words around a time or date make it a deadline: "until Friday", "by 5:01 p.m.".

Split out of evidence.py so that the aligner (align/datejoin.py) reads a
deadline as the judge does (Evidence.role), without importing the judge.
"""

from __future__ import annotations

import re

from sourcediff.regexcache import regex
from sourcediff.text import fold

# Words that make a time or date a deadline: "until Friday evening", "by
# 5:01 p.m.", "ahead of a Friday afternoon deadline". Two sources giving
# different values for a deadline contradict each other even when their
# sentences are worded too differently to align.
# A fact box's label names the role too: "Deadline: 9 December", "Deadline - 5 p.m.".
DEADLINE_BEFORE = ("until", "by", "before", "ahead of", "ahead of a", "deadline of", "no later than",
                   "till", "due", "expires", "deadline is", "deadline was", "deadline:", "deadline -")
DEADLINE_AFTER = ("deadline", "cutoff", "cut-off")
# How far around a mention to look for those words, in characters.
ROLE_WINDOW = 24
# "did not tell the regulator until April 2", "wasn't fixed till Friday": a negated "until" names the
# moment the thing happened at last, as "only notified them on 4 April" does: neither a deadline nor
# the end of a span. So does a negated "before" ("the bridge will not reopen before 2031"): the earliest
# moment, which another outlet writes "will reopen in 2031" or "not until 2031". Searched in the text
# right before a value.
NOT_UNTIL = regex(r"(?:\bnot|n't|\bnever)\s+(?:[\w'-]+\s+){0,5}(?:until|till|before)\s+$", re.IGNORECASE)
# How far before a value to look for that negation, in characters.
NEGATION_WINDOW = 48
# A call that closes on a day names the last day to answer it: "Applications close on 15 May", "entries
# for the grants closed on Friday". Only such a call: "the bridge will close on Friday" is an event.
CALL_CLOSES = regex(
    r"\b(?:applications?|entries|nominations|bids|submissions|registrations?|claims|tenders|objections"
    r"|consultation|ballot|voting|the\s+(?:scheme|fund|offer|window))\b(?:\s+[\w'-]+){0,4}?"
    r"\s+(?:will\s+)?(?:close|closes|closed|closing)\s+(?:on\s+|at\s+)?$",
    re.IGNORECASE,
)
# How far before a value a call that closes may begin, in characters.
CALL_REACH = 64


def is_deadline(text: str, start: int, end: int) -> bool:
    """Whether the value at ``text[start:end]`` is a deadline by the words right around it."""
    before = fold(text[max(0, start - ROLE_WINDOW):start])
    after = fold(text[end:end + ROLE_WINDOW])
    if after.startswith(DEADLINE_AFTER):
        return True
    if before.endswith(DEADLINE_BEFORE):
        return NOT_UNTIL.search(text[max(0, start - NEGATION_WINDOW):start]) is None
    return CALL_CLOSES.search(text, max(0, start - CALL_REACH), start) is not None
