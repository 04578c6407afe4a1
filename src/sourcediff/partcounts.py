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
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

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
