"""Two outlets' moves of one named company's shares: rivals in a claim the aligner is sure of.

"Harlan shares closed up 2.4 percent" against "Harlan shares ended 3.4
percent higher": short sentences whose one differing figure the pair scorer
weighs against them, so the pair fell under the judge's minimum score and
the differing move stayed unique. A move's company is the name written
nearest before it in its sentence, so "Harlan rose 2.4%, while its rival
Coben fell 1.1%" gives each figure its own company: a move is set against
the move of the company it names, never its rival's.
"""

from __future__ import annotations

from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

# A sentence about a company's share price: only there is a capitalised name before a move a company.
# "Stocks" is a market's ("Greek stocks plunged", "tech stocks"), whose moves on two days are no rivals.
_SHARES = regex(r"\b(?:shares?|stock)\b", 0)
# A capitalised word (a possessive's "'s" dropped); the sentence's first word is skipped by `company`.
_NAME = regex(r"\b([A-Z][A-Za-z0-9&-]+)(?:['\u2019]s)?\b", 0)
# How far back in its sentence a move's company is sought.
_REACH = 80


def company(text: str, m: Mention) -> str | None:
    """The name written nearest before a move in its sentence ("Coben" in "while Coben fell 1.1%"), or None.

    The sentence's first word is no name ("Shares in ...", "The ..."), so a
    name there counts only when it is followed by "shares" or "stock".
    """
    stop = text.rfind(". ", 0, m.span.start)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.span.start) + 1, m.span.start - _REACH)
    window = text[start:m.span.start]
    if _SHARES.search(text, start, min(len(text), m.span.end + _REACH)) is None:
        return None
    names = [n for n in _NAME.finditer(window)
             if n.start() > 0 or _SHARES.match(window, n.end() + 1) is not None]
    return names[-1][1] if names else None


def one_company_moves(a: Mention, b: Mention, texts: dict[str, str]) -> bool:
    """Two percent moves (CHANGE) of share prices whose company (`company`) is the same one."""
    if a.kind is not Kind.PERCENT or b.kind is not Kind.PERCENT:
        return False
    if CHANGE not in a.cues or CHANGE not in b.cues:
        return False
    name = company(texts[a.source], a)
    return name is not None and name == company(texts[b.source], b)
