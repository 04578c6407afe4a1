"""A clock that times "the first quake" or "a second blast": one of several events of a kind.

Stories of aftershocks, repeated blasts and waves of attacks time several
events of one kind. A writer marks which one by an ordinal before the
event's noun; an outlet's "The first quake ... struck at 4:43 a.m." beside
others' "The quake struck at 7:48 a.m." tells the other quake, so the
judge's rules that set two sources' clock times against each other ask
here first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sourcediff.evidence import Evidence
from sourcediff.extract.amounts import singular
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

# An ordinal before the noun of the event a clock times: "The first quake ... struck at 4:43 a.m.", "a
# second blast at 9:10 p.m.".
_EVENT_ORDINAL = regex(r"\b(first|second|third|fourth|initial|earlier|previous|later|subsequent|another)"
                       r"\s+([a-z]{3,})\b", re.IGNORECASE)
# How far before a clock the words naming its event are read: its sentence, at most this many characters.
_EVENT_WORDS_BEFORE = 160


def _words_before(ctx: Evidence, m: Mention) -> str:
    """The words of ``m``'s sentence before it (at most _EVENT_WORDS_BEFORE characters)."""
    text = ctx.texts[m.source]
    before = text[max(0, m.span.start - _EVENT_WORDS_BEFORE):m.span.start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    return before[cut + 1:].casefold()


def one_of_several(ms: Sequence[Mention], o: int, rest: Sequence[int], ctx: Evidence) -> bool:
    """Whether a lone clock times one of several events of a kind its partners time as "the" one.

    "The first quake, magnitude 7.6, struck at 4:43 a.m." beside two
    outlets' "The quake struck ... at 7:48 a.m." is the story's other quake,
    not a rival time of the one they report: the ordinal before the event's
    noun says the writer counts more than one. The partners must name the
    noun without that ordinal; where they too write "the first quake", the
    times are rivals again.
    """
    if ms[o].kind is not Kind.TIME:
        return False
    own = [(m.group(1), singular(m.group(2))) for m in _EVENT_ORDINAL.finditer(_words_before(ctx, ms[o]))]
    partners = [_words_before(ctx, ms[i]) for i in rest] if own else []
    for ordinal, noun in own:
        if all(re.search(rf"\b{re.escape(noun)}", words) and ordinal not in words for words in partners):
            return True
    return False
