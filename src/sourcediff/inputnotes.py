"""Notes on stderr about inputs that load but will not compare as the user expects.

Neither case is an error (exit 0 is right, the report is still valid), but a
first-time user otherwise sees an empty or all-agreeing report with no hint
why: a French or German article yields almost no facts, because the
extractors read English only, and the same article given twice (two names,
a copy) agrees with itself on everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sourcediff.model import Article
from sourcediff.regexcache import regex

# Frequent English function words that French, German, Spanish, Italian and
# Dutch prose almost never contains ("a", "in", "an", "on" are left out: they
# are words there too).
_ENGLISH = frozenset(
    "the of and to that for with was were is are said has have had been this from by at his her "
    "their they who which will would not but its it".split())
# The same for French, German, Spanish, Italian, Dutch and Portuguese, less
# what a list of names or a table also holds: particles of names (de, van,
# von, la, del, des), codes and abbreviations (es, en, il, et, est, au, par).
_OTHER = frozenset(
    "les une dans pour que qui pas sur aux avec cette sont été ont "
    "und ist nicht mit dem zu sich ein eine auf für wird wurde auch sie "
    "por para una más como fue los las che non della è gli nel sono alla "
    "het een niet dat zijn voor werd não uma são foi".split())
# Fewer letters-only words than this is too little text to judge its language.
MIN_WORDS = 20
# English news prose is 10-30% these words (the lowest measured on 974 ECB+
# articles of 20 words or more: 5%); French and German prose is about 0%.
MIN_ENGLISH_SHARE = 0.03
# Share of words that must show another language (its function words, or a
# script other than Latin) before a text is said not to read as English.
MIN_OTHER_SHARE = 0.03
# Words from here on (Greek, Cyrillic, Arabic, CJK...) are in another script.
_FIRST_NON_LATIN = "\u0370"
_WORD = re.compile(r"[^\W\d_]+")


def reads_as_english(text: str) -> bool:
    """False when there is enough text, almost no English function words in it, and another language shows.

    Low English alone is not enough: a list of names or a table of figures
    has no function words in any language, and calling it "not English"
    would send the user looking for a problem that is not there.
    """
    words: list[str] = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS or sum(word in _ENGLISH for word in words) >= MIN_ENGLISH_SHARE * len(words):
        return True
    other = sum(word in _OTHER or word[0] >= _FIRST_NON_LATIN for word in words)
    return other < MIN_OTHER_SHARE * len(words)


# The line a paywall puts where a subscriber's story goes on ("Subscribe to continue reading",
# "This article is for subscribers only", "Already a subscriber? Log in"), at the start
# of a short line (the prompt and its buttons: "Subscribe to continue reading. Log in.").
_PAYWALL = regex(
    r"^[ \t]*((?:subscribe|sign\s+in|log\s*in|register)\s+(?:now\s+)?(?:to|and)\s+(?:continue|keep)\s+reading"
    r"|(?:this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paid\s+)?"
    r"subscribers(?:\s+only)?)"
    r"|already\s+a\s+subscriber\??(?:\s+(?:log|sign)\s*in)?"
    r"|to\s+continue\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s*in|sign\s+in))\b[^\n]{0,80}$",
    re.IGNORECASE | re.MULTILINE)


def paywall_line(text: str) -> str:
    """The first paywall prompt standing as a line of its own in ``text``, or ''.

    A page saved without a login holds the story's first paragraphs and the
    prompt; compared, it looked like a source that simply says little. Only a
    prompt that opens a short line counts: a story about paywalls quoting one
    mid-sentence is prose.
    """
    match = _PAYWALL.search(text)
    return " ".join(match.group(1).split()) if match else ""


def input_notes(articles: Sequence[Article]) -> list[str]:
    """One plain sentence per input worth a warning: not English, or the same text as another input."""
    notes: list[str] = []
    first_with: dict[str, Article] = {}
    for article in articles:
        name = _name(article)
        earlier = first_with.setdefault(article.text, article)
        if earlier is not article:
            # "a.txt (a-2) has the same text as a.txt (a)" left a user wondering which copy
            # was meant; the same path twice is said to be one file named twice.
            twice = ", the same file named twice" if article.path and article.path == earlier.path else ""
            notes.append(f"{name} has the same text as {_name(earlier)}{twice}: every fact they state "
                         "will agree")
        wall = paywall_line(article.text)
        if wall:
            notes.append(f"{name} looks cut short by a paywall (\"{wall}\"): only the part shown "
                         "without a login is compared; save the page while logged in for the whole story")
        if article.partial:
            notes.append(f"{name} {article.partial}")
        if not reads_as_english(article.text):
            notes.append(f"{name} does not read as English; sourcediff reads English only, "
                         "so it will find few facts in it")
    return notes


def _name(article: Article) -> str:
    """The input as the user gave it, with its source id (a draft and a source may share a path)."""
    return f"{article.path} ({article.id})" if article.path and article.id else article.path or article.id
