"""A sum a plan saves and a sum it costs are two quantities, however alike the words around them.

"Shutting the five schools will save £1.7m a year once the cost of extra
buses is taken into account" and "the extra buses will cost around £310k a
year" share their rare words (buses, year, cost), so the rule that pairs
values by the words around them (`divergecontext._context_pairs`) set the
saving against the buses' cost, and the saving was reported as the cost's
dissenter. The word that governs a sum, read right before it in its clause,
says which it is: "save", "saving(s)" or "saved" make a saving; "cost(s)",
"spend", "spent", "spending" make a cost. Two sums read as a saving and a
cost are two facts.

A clause that cuts a cost ("cut costs by £2m", "reduce spending by £2m")
tells a saving in a cost's words: there no role is read, and the pair is
left to the other rules. Nothing is read past a comma, a full stop or a
line, nor further back than ROLE_REACH characters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

_Role = Literal["saving", "cost", None]
# How far before a sum its governing word may stand: "will save a further £1.7m", "expects to spend about".
ROLE_REACH = 40
# The clause right before a sum: no comma, stop, semicolon, colon, bracket or line break in it.
_CLAUSE_BEFORE = regex(r"[^.,;:!?()\n]*$")
_ROLE_WORD = regex(r"\b(?P<saving>sav(?:e|es|ed|ing|ings))\b"
                   r"|\b(?P<cost>cost(?:s|ing)?|spen(?:d|ds|t|ding))\b", re.IGNORECASE)
# A cost cut, raised or lowered: the sum may be a saving told in a cost's words, or a cost's change.
_CHANGED = regex(r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|slash\w*|trim\w*|rais\w*|increas\w*|"
                 r"rise|rises|rising|rose|fell|fall\w*|drop\w*)\b", re.IGNORECASE)


def sum_role(m: Mention, texts: Mapping[str, str]) -> _Role:
    """"saving" or "cost" when the last governing word before a sum, in its clause, says which."""
    text = texts.get(m.source)
    if m.kind is not Kind.MONEY or text is None:
        return None
    begin = max(0, m.span.start - ROLE_REACH)
    clause = _CLAUSE_BEFORE.search(text, begin, m.span.start)
    if clause is None:
        return None
    words = list(_ROLE_WORD.finditer(text, clause.start(), m.span.start))
    if not words or _CHANGED.search(text, clause.start(), m.span.start):
        return None
    return "saving" if words[-1].group("saving") else "cost"


def roles_apart(role_a: _Role, role_b: _Role) -> bool:
    """One sum is a saving, the other a cost: two quantities."""
    return role_a is not None and role_b is not None and role_a != role_b
