"""A count its sentence marks as a part of a larger whole: no rival of a count of the whole.

"Ellery spent his first 9 seasons at the club as a player" and another
outlet's "Morrow has spent 14 seasons at the club" share their words
(spent, seasons, the club), so a rule that pairs values by the words around
them read two men's careers as one figure given two ways. "The flood killed
1,200 people in the province alone" and "killed 1,200 people in the province
and hundreds more downstream" say as plainly that the count is a part, and
"the flood killed 1,900 people across the region" is its whole, not a rival.

A sentence marks a part with "first" right before the figure (the first
seasons of a career, the first days of a term, the first victims named), or,
after it in its clause, with "alone" or "and <a quantity> more". Such a count
says nothing of the whole, so it is never the rival of a count without a
mark. Two marked counts ("his first 9 seasons", "his first 11 seasons") still
contradict each other.

A count of one named place's share is a part too, when the other count is
marked as the whole: "Around 290 children attend the Ostlemere nurseries"
(the local paper) and "About 2,600 children attend its nurseries" (the
chain) are worded alike, yet the first counts the nurseries of one town,
named before their noun, the second every nursery the chain owns
(`scopes_apart`). Only the smaller count may be the part, and only against a
count whose clause names its whole ("its nurseries", "in total",
"nationwide", "across the country"): "12 people died in the Lisbury
attacks" still meets a rival "15 people died".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from sourcediff.extract.aliases import ORG, lookup
from sourcediff.extract.amounts import STOP_WORDS
from sourcediff.extract.orgs import LEGAL_SUFFIXES, ORG_WORDS
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# "first" right before the figure: "his first 11 seasons", "in the first two days", "the first three victims".
_FIRST_BEFORE = regex(r"\bfirst\s+$", re.IGNORECASE)
_BEFORE_REACH = 12
# The quantity of "and <a quantity> more": a figure, a number word, or an indefinite amount.
_QUANTITY = (r"(?:[\d][\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+dozen|several|many"
             r"|dozens|scores|hundreds|thousands|millions|tens\s+of\s+thousands|hundreds\s+of\s+thousands)"
             r"(?:\s+(?:of\s+)?(?:thousand|million|others?|people))?")
# "alone" of a place or a group ("in the province alone"), not of a person ("a woman who lived alone").
_ALONE = (r"(?<!\blived\s)(?<!\blive\s)(?<!\bliving\s)(?<!\bleft\s)(?<!\bnot\s)(?<!\bwas\s)(?<!\bwere\s)"
          r"\balone\b")
# After the figure, in its clause (no comma): "in the province alone", "in the province and tens of
# thousands more". A comma opens an aside about someone else ("3 people, including a man who lived alone").
_PART_AFTER = regex(r"[^.,;:!?()\n]{0,45}?(?:" + _ALONE + r"|\band\s+" + _QUANTITY + r"\s+more\b)",
                    re.IGNORECASE)
_AFTER_REACH = 90


def counts_part(m: Mention, texts: Mapping[str, str]) -> bool:
    """True when its sentence marks a count or measure as a part of a whole ("first", "alone", "more")."""
    if m.kind is not Kind.NUMBER:
        return False
    text = texts.get(m.source)
    if not text:
        return False
    if _FIRST_BEFORE.search(text, max(0, m.span.start - _BEFORE_REACH), m.span.start) is not None:
        return True
    return _PART_AFTER.match(text, m.span.end, min(len(text), m.span.end + _AFTER_REACH)) is not None


def parts_differ(a: Mention, b: Mention, texts: Mapping[str, str]) -> bool:
    """True when one figure counts a part ("his first 11 seasons", "in the province alone"), the other not."""
    return counts_part(a, texts) != counts_part(b, texts)


# After the figure, in its clause, a noun qualified by a place's name: "attend the Ostlemere nurseries",
# "at its Harrowgate site", "work in the Kent branches". The name is capitalised and stands between the
# determiner and a lower-case noun, so "the Ostlemere nurseries" reads as a part and "its nurseries" not.
_NAMED_PLACE_AFTER = regex(r"[^.,;:!?()\n]{0,45}?\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+"
                           r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})(?P<noun>[a-z]{3,})\b")
# Lower-case words after a name that are no noun it qualifies: "the UK today", "the Council said".
_NO_NOUN = STOP_WORDS | frozenset("today yesterday tomorrow tonight last next ago alone".split())
# After the figure, in its clause, a mark of the whole: the owner's own plural ("attend its nurseries",
# "across their 31 sites"), a total ("in total", "in all", "altogether", "overall", "combined") or the whole
# country ("nationwide", "across the country"). Lower case only: "its Leeds nurseries" is no whole.
_WHOLE_AFTER = regex(r"[^.,;:!?()\n]{0,45}?(?:\b(?:its|their)\s+(?:\d[\d,]*\s+)?[a-z]+s\b"
                     r"|\bin\s+(?:total|all)\b|\b(?:altogether|overall|combined|nationwide|countrywide|"
                     r"statewide)\b|\bacross\s+(?:the|its|their)\s+(?:country|nation|whole|entire|\d))")
_Scope = Literal["part", "whole", None]
# An organisation's name is no place: "attend the Pipwell Childcare nurseries" counts the chain's
# nurseries, every one of them. A name is an organisation's when it ends in an institution's word
# ("Trust", "Group", "Ltd", and the trades a chain is named for), when the alias table knows it as one, or
# when a source of the story makes it speak or run things ("Pipwell said", "Pipwell Childcare, which runs
# 31 nurseries"): a town is written as no such subject.
_ORG_TAILS = ORG_WORDS | LEGAL_SUFFIXES | frozenset("Childcare Care Homes Housing Education".split())
_ACTS = regex(r"(?:\s+(?:said|says|told|announced|runs|operates|owns)|,\s+which\s+(?:runs|operates|owns))\b")


@lru_cache(maxsize=4096)
def _acts_in(name: str, text: str) -> bool:
    """True when ``text`` writes ``name`` as the subject of a saying or of running something."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and _ACTS.match(text, end) is not None:
            return True
        start = text.find(name, end)
    return False


def _names_org(name: str, texts: Mapping[str, str]) -> bool:
    """True when the capitalised words before a count's noun name an organisation, not a place."""
    if name.split()[-1] in _ORG_TAILS:
        return True
    known = lookup(name)
    if known is not None and known[1] == ORG:
        return True
    return any(_acts_in(name, text) for text in texts.values())


def count_scope(m: Mention, texts: Mapping[str, str]) -> _Scope:
    """The share of the story a count's clause names: one named place ("part"), the whole, or neither.

    Read after the figure, in its clause: a named place is read first, so "its Leeds nurseries" is a part.
    """
    if m.kind is not Kind.NUMBER or not m.slot.endswith(":count"):
        return None
    text = texts.get(m.source)
    if not text:
        return None
    end = min(len(text), m.span.end + _AFTER_REACH)
    named = _NAMED_PLACE_AFTER.match(text, m.span.end, end)
    if named is not None and named["noun"] not in _NO_NOUN and not _names_org(" ".join(named["name"].split()),
                                                                                 texts):
        return "part"
    if _WHOLE_AFTER.match(text, m.span.end, end) is not None:
        return "whole"
    return None


def _amount(m: Mention) -> Decimal | None:
    return m.value.amount if isinstance(m.value, Quantity) else None


def scopes_apart(a: Mention, b: Mention, scope_a: _Scope, scope_b: _Scope) -> bool:
    """True when the smaller count is one named place's share and the larger is marked as the whole.

    Scopes come from `count_scope` (the callers read them once per statement). A part larger than its
    whole is no part of it, so a rival that happens to name a place still diverges when it is the larger.
    """
    if {scope_a, scope_b} != {"part", "whole"}:
        return False
    part, whole = (a, b) if scope_a == "part" else (b, a)
    low, high = _amount(part), _amount(whole)
    return low is not None and high is not None and low < high
