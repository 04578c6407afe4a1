"""Multiples of a named limit: "almost four times the safe level", "twice the legal limit" are one figure.

Reports on pollution, toxins or speeding put a reading against its limit
("tests found the toxin at nearly four times the safe level"), and another
outlet writes the same comparison with another hedge ("almost four times").
To the number scan "four times the" is a multiplier, no count (it counts
nothing, and "flew four times" is a count of occasions), so the two outlets'
multiples were never compared. Here a multiple of a limit is one value in a
slot of its own, "number:multiple", with the hedge as its qualifier
("nearly", "almost" round it; "more than" bounds it) and what it multiplies
as its cue: "limit" for a limit, threshold, standard or a level that a word
calls safe, legal, permitted or recommended; "average" for an average or a
norm; "pay" for a multiple of a worker's pay ("205 times the pay of the
median employee", "times what the average worker earns") and the pay ratio
that states it ("a pay ratio of 205:1", "a 205-to-1 pay ratio"): executive-pay
and pay-gap reports give the same comparison either way. A multiple of
anything else ("three times the size", "five times the price") names no
standard outlets share, so it is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import ABOVE, APPROX, BELOW, Quantity

SLOT = "number:multiple"
COVER_CUE = "cover"  # the cue of a sale's cover ("covered 3.1 times"), a figure passages pair by

_CARDINALS = "|".join(sorted((w for w, v in WORD_VALUES.items() if 2 <= v <= 100), key=len, reverse=True))
# A word that makes a level a limit: "the safe level", "the legal level", "the recommended levels".
_LIMIT_ADJ = (r"safe|legal|permitted|permissible|allowed|allowable|acceptable|recommended|maximum|"
              r"guideline|regulatory|statutory|official|EU|WHO|national|federal|drinking-water")
# What the multiple is of, the cue group naming it.
_LIMIT = (rf"(?:(?:(?:{_LIMIT_ADJ})[\s-]+){{1,3}}(?:[\w-]+\s+){{0,2}}?(?:levels?|limits?|thresholds?|"
          r"standards?|maximums?|values?)|(?:[\w-]+\s+){0,2}?(?:limits?|thresholds?))")
_AVERAGE = r"(?:(?:national|seasonal|long-term|monthly|annual|yearly|usual)\s+)?(?:average|norm)s?"
# The hedge before the figure.
_HEDGE = (r"(?:(?P<approx>almost|nearly|about|around|roughly|approximately|some|close\s+to|just\s+under|"
          r"just\s+over)|(?P<above>more\s+than|over|upwards\s+of|at\s+least)|(?P<below>less\s+than|under))\s+")
# "nearly four times the safe level", "3.8 times the legal limit", "twice the national average",
# "double the permitted maximum": the figure, "times", "the"/"a", what it multiplies.
_MULTIPLE = regex(
    rf"\b(?:{_HEDGE})?(?:(?P<n>\d+(?:\.\d+)?|{_CARDINALS})\s+times|(?P<two>twice|double))"
    rf"\s+(?:the|a|an|its|their)\s+(?:(?P<limit>{_LIMIT})|(?P<average>{_AVERAGE}))\b", re.IGNORECASE)

# "205 times the pay of the median employee", "about 90 times the average worker's salary",
# "times what the median employee earns": the multiple is of a worker's pay (it wins over the "average"
# reading of the same words). A pay ratio writes it with a colon or "to": "a pay ratio of 205:1",
# "a 205-to-1 pay ratio".
_PAY_NOUN = r"(?:pay|salary|salaries|earnings|wages?|income|remuneration)"
_PAY = regex(
    rf"\b(?:{_HEDGE})?(?P<n>\d+(?:\.\d+)?|{_CARDINALS})\s+times\s+"
    rf"(?:(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){{0,4}}?{_PAY_NOUN}"
    r"|what\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:earns?|makes?|(?:is|are)\s+paid|takes\s+home))\b"
    r"|\bpay\s+ratio\s+(?:of\s+|was\s+|is\s+|at\s+|stood\s+at\s+)?(?P<r>\d+(?:\.\d+)?)(?::|\s+to\s+|-to-)(?:1|one)\b"
    r"|\b(?P<r2>\d+(?:\.\d+)?)(?::1|-to-1|-to-one)\s+pay\s+ratio\b", re.IGNORECASE)

# An energy gain, the output over the input: "a gain factor of 1.4", "a plasma gain of Q = 1.4", "Q = 1.4",
# "1.4 times what went in", "1.4 times the energy put in". One figure however written, so each reading is
# the multiple with the cue "gain"; "Q" alone is the physicists' symbol for it. A "gain of 1,200 jobs" counts
# jobs (only a gain *factor* or Q is a multiple), and a bare "factor of 1.4" or "1.4 times" of anything
# else ("1.4 times the size") names no gain, so both are left alone.
_INPUT = (r"(?:what\s+(?:went|was\s+(?:put|fed|pumped))\s+in|"
          r"(?:the|its)\s+(?:(?:energy|power|heat(?:ing)?)\s+)?(?:(?:put|fed|pumped|delivered)\s+in(?:to\s+it)?|input)|"
          r"(?:the\s+)?(?:energy|power)\s+(?:put|fed|pumped)\s+in)")
_GAIN = regex(
    rf"\b(?:{_HEDGE})?(?:(?:energy\s+|plasma\s+|net\s+)?gain\s+factor\s+(?:\(Q\)\s+)?(?:of\s+|was\s+|reached\s+)?"
    rf"(?:Q\s*=\s*)?(?P<g>\d+(?:\.\d+)?)(?![\d,.]*\d)(?!\s*(?:%|per\s*cent|percent))"
    rf"|(?<![\w-])Q\s*=\s*(?P<q>\d+(?:\.\d+)?)\b"
    rf"|(?P<t>\d+(?:\.\d+)?)\s+times\s+{_INPUT})")

# How many times a sale's bids covered what was on offer, as bond, auction and share-sale copy writes it:
# "was covered 3.1 times", "oversubscribed 4x", "3.25x covered", "a cover ratio of 3.25x", "a bid-to-cover
# ratio of 2.4", "more than three times the amount on offer". One figure however written (cue "cover"),
# so a "3.1 times" and a "3.25x" of the same sale are compared rather than one read as a count of
# occasions and the other dropped.
_COVER_HEDGE = (r"(?:almost|nearly|about|around|roughly|approximately|some|close\s+to|just\s+under|"
                r"just\s+over|more\s+than|over|upwards\s+of|at\s+least|less\s+than|under)\s+")
_COVER_FIGURE = rf"(?:{_COVER_HEDGE})?(?:\d+(?:\.\d+)?|{_CARDINALS})"
_COVER = regex(
    rf"\b(?:over-?)?(?:subscribed|covered)\s+(?P<a>{_COVER_FIGURE})(?:x(?![\w-])|\s+times\b)"
    rf"|(?<![\w.-])(?P<b>{_COVER_FIGURE})(?:x|\s+times)\s+(?:over-?)?(?:subscribed|covered)\b"
    rf"|\b(?:bid-to-)?cover\s+ratio\s+(?:of\s+|was\s+|is\s+|at\s+|stood\s+at\s+)?"
    rf"(?P<c>(?:{_COVER_HEDGE})?\d+(?:\.\d+)?)(?:x(?![\w-])|\s+times\b)?"
    rf"|(?<![\w.-])(?P<d>{_COVER_FIGURE})(?:x|\s+times)\s+the\s+(?:amount|sum|size|volume)\s+"
    rf"(?:on\s+offer|offered|sought|available|(?:being\s+)?(?:sold|auctioned))\b", re.IGNORECASE)
_COVER_HEDGE_WORDS = regex(rf"^(?P<h>{_COVER_HEDGE})?(?P<n>.+)$", re.IGNORECASE)


def _covers(text: str) -> list[tuple[int, int, Quantity, str]]:
    """Cover multiples of a sale ("covered 3.1 times", "a cover ratio of 3.25x") with their spans."""
    out = []
    for m in _COVER.finditer(text):
        group = next(g for g in "abcd" if m[g] is not None)
        parts = _COVER_HEDGE_WORDS.match(m[group])
        if parts is None:
            continue
        hedge = " ".join((parts["h"] or "").lower().split())
        bounded = hedge in _BOUNDS_ABOVE or hedge in _BOUNDS_BELOW
        groups: dict[str, str | None] = {
            "n": parts["n"], "approx": hedge if hedge and not bounded else None,
            "above": hedge if hedge in _BOUNDS_ABOVE else None,
            "below": hedge if hedge in _BOUNDS_BELOW else None}
        value = _quantity(groups)
        if value is not None:
            out.append((m.start(), m.end(), value, COVER_CUE))
    return out


_BOUNDS_ABOVE = frozenset({"more than", "over", "upwards of", "at least"})
_BOUNDS_BELOW = frozenset({"less than", "under"})


def _quantity(groups: dict[str, str | None]) -> Quantity | None:
    """The multiple a match names with its hedge; None for "one times" or "1 times"."""
    word = groups["n"]
    if word is None and groups.get("r") is None and groups.get("r2") is None:
        value = Decimal(2)
    elif word is None:
        value = Decimal(groups.get("r") or groups.get("r2") or "0")
    elif word[0].isdigit():
        value = Decimal(word)
    else:
        value = Decimal(WORD_VALUES[word.lower()])
    if value <= 1:
        return None
    qualifier = (APPROX if groups.get("approx") else ABOVE if groups.get("above")
                 else BELOW if groups.get("below") else None)
    return Quantity(value, qualifier=qualifier)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, multiple, what it multiplies) for every multiple of a limit or average in ``text``."""
    c = cues(text)
    out = []
    if c.has_ci("times", "ratio"):  # one call: has_ci is any() over its parts
        for m in _PAY.finditer(text):
            value = _quantity(m.groupdict())
            if value is not None:
                out.append((m.start(), m.end(), value, "pay"))
    pay = list(out)
    if c.has_ci("times", "twice", "double"):
        for m in _MULTIPLE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _, _ in pay):
                continue
            value = _quantity(m.groupdict())
            if value is not None:
                out.append((m.start(), m.end(), value, "limit" if m["limit"] else "average"))
    if c.has_ci("subscribed", "covered", "cover ratio", "times the"):
        out.extend(cov for cov in _covers(text) if not any(s < cov[1] and cov[0] < e for s, e, _, _ in out))
    if c.has_ci("gain", "times") or "=" in text:
        out.extend(_gains(text, out))
    return tuple(sorted(out))


def _gains(text: str, taken: list[tuple[int, int, Quantity, str]]) -> list[tuple[int, int, Quantity, str]]:
    """Energy gains ("a gain factor of 1.4", "Q = 1.4", "1.4 times what went in"), outside the spans taken."""
    out = []
    for m in _GAIN.finditer(text):
        figure = m["g"] or m["q"] or m["t"]
        start = m.start("g") if m["g"] else m.start("q") if m["q"] else m.start()
        if figure is None or any(s < m.end() and start < e for s, e, _, _ in taken):
            continue
        value = Decimal(figure)
        if value <= 0:
            continue
        qualifier = (APPROX if m["approx"] else ABOVE if m["above"] else BELOW if m["below"] else None)
        begin = m.start() if qualifier is not None else start
        end = m.end() if m["t"] else m.end(m.lastgroup or 0)
        out.append((begin, end, Quantity(value, qualifier=qualifier), "gain"))
    return out


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Multiples in every passage, slot "number:multiple", what they multiply as the cue."""
    out: list[Mention] = []
    # Each passage scanned once, and only those holding a multiple read again per base: most hold none,
    # and five lookups of their empty scans cost more than the one. A `shared_text` scan (its one caller
    # outside, numbers._tallied_all, passes the text alone too): its memory is read at once (shared.answers).
    holders = holding(passages, find)
    for base in ("average", COVER_CUE, "gain", "limit", "pay"):
        def scan(text: str, base: str = base) -> tuple[tuple[int, int, Quantity], ...]:
            return tuple((s, e, v) for s, e, v, b in find(text) if b == base)
        out.extend(passage_mentions(article, holders, scan, SLOT, (base,)))
    return tuple(out)
