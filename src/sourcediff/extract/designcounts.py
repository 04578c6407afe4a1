"""Counts told through a model designation or a capacity compound: "40 K-210s", "a 164-seat jet".

Two shapes of count that the noun reader (numbernouns) leaves unread:

- a count of a product named by its designation, letters and digits with
  an optional hyphen and a plural "s" ("forty K-210s", "12 A321neos", "40
  Korvel K-210 aircraft", "20 of the longer K-250"). The designation is no
  lower-case plural noun, so the figure counted nothing and was dropped,
  and an order split by model stated nothing another outlet's split could
  agree with. The count carries the designation, lower-cased and without
  the plural "s", as its cue: two models' counts never meet, and the split
  of an order is never a rival of its total ("60 jets").
- a capacity compound, a figure joined by a hyphen to a noun of the room a
  thing has ("a 164-seat K-210", "a 300-bed hospital", "a 12-storey
  block"): the figure counts that noun per thing, as "the K-210 with 164
  seats" does, so the two spellings meet. numberclassify reads the
  compound before a lower-case noun ("a 96-bed ward"); before a
  capitalized designation ("a 164-seat K-210") it read nothing. Only the nouns of
  CAPACITY_NOUNS: other compounds are ratings ("a 5-star hotel"), margins
  ("a 3-point lead"), ages or spans, read elsewhere or not at all.
"""

from __future__ import annotations

from sourcediff.extract.amounts import Amount
from sourcediff.extract.numberbase import Found
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# After a figure: "of the" (a part), up to two words (a maker's name, an adjective), then the designation:
# one to three capitals, an optional hyphen, two to four digits, up to four lower-case letters (a variant,
# "neo", or the plural "s"); the designation ends the word.
_DESIGNATED = regex(
    r"\s+(?:of\s+the\s+)?(?:(?:[A-Z][a-z]+|[a-z]{3,})\s+){0,2}?"
    r"(?P<model>(?-i:[A-Z]{1,3})-?\d{2,4}(?-i:[a-z]{0,4}))(?![\w-])")
# Capacity nouns a figure may be joined to by a hyphen before the noun it describes.
CAPACITY_NOUNS = frozenset({"seat", "seater", "bed", "room", "bedroom", "storey", "story", "floor", "berth",
                            "cabin", "carriage", "lane", "screen", "page", "member"})
_CAPACITY = regex(r"-(?P<noun>[a-z]+)\s+(?=[\w(])")


def _model(word: str) -> str:
    """The designation without the plural "s": "K-210s" -> "k-210", "A321neos" -> "a321neo"."""
    return (word[:-1] if word.endswith("s") else word).lower()


def designated_count(text: str, a: Amount) -> Found | None:
    """A count of a product named by its designation ("40 K-210s"), or None (see the module doc)."""
    if a.currency is not None or a.year_like or a.vague or a.high is not None or a.scaled:
        return None
    if a.start > 0 and (text[a.start - 1].isalnum() or text[a.start - 1] == "-"):
        return None  # the digits of a designation themselves ("K-210")
    m = _DESIGNATED.match(text, a.num_end)
    if m is None:
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 (_model(m["model"]),))


def capacity_count(text: str, a: Amount) -> Found | None:
    """A capacity compound's figure ("a 164-seat K-210") as a count of its noun, or None."""
    if a.currency is not None or a.year_like or a.vague or a.high is not None or a.scaled:
        return None
    m = _CAPACITY.match(text, a.num_end)
    if m is None or m["noun"] not in CAPACITY_NOUNS:
        return None
    noun = "seat" if m["noun"] == "seater" else m["noun"]
    end = a.num_end + 1 + len(m["noun"])  # "164-seat", as numberclassify reads "a 96-bed ward"
    return Found(Kind.NUMBER, a.start, end, Quantity(a.low, None, a.qualifier, None), "number:count", (noun,))
