"""Set-by-set scores: "6-4, 3-6, 7-6(5), 6-2" is one match result, not four loose figures.

A tennis or volleyball result is told set by set. Read pair by pair it was
nothing: the first pair a tally at most ("beat Brenner 6-4"), the others
ranges or nothing, so an outlet giving the fourth set as 6-3 where the
others said 6-2 went unseen. Here a run of two or more game pairs, joined by
commas, after a word that makes it a result ("beat", "won", "wins", "lost",
"defeated", "score", "sets"), is one values.Code of its pairs in order
("6-4 3-6 7-6 6-2"), slot "number:setscore": two outlets agree only on the
same sets. A tie-break's points ("7-6(5)") are left out of the value, since
outlets often drop them, so "7-6" and "7-6(5)" agree.

Not read: pairs with a side over 30 (a vote, "312-298"), a single pair (a
tally's job: "won 3-1", tallies.py), years ("2019-21") and runs without a
result word before them ("ages 6-8, 9-12").
"""

from __future__ import annotations

import re

from sourcediff.extract.cues import cues
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Code

SLOT = "number:setscore"

# One set: "6-4", "7–6", "7-6(5)", "7-6 (5)".
_SET = r"\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?"
# Two or more sets joined by commas.
_RUN = regex(rf"(?<![\w.,/-])(?:{_SET},\s?)+{_SET}(?![\w/-]|[.,]\d)")
_PAIR = regex(r"(\d{1,2})[-–](\d{1,2})")
# A word that makes the run a result, within a few words before it.
_RESULT_BEFORE = regex(
    r"\b(?:beat|beats|beaten|beating|won|wins|win|lost|loses|lose|losing|defeated|defeats|defeating|edged|"
    r"score|scores|scored|sets?|triumphed|prevailed)\b(?:\s+[\w'’.-]+){0,5}\s+$", flags=re.IGNORECASE)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Code], ...]:
    """(start, end, score) for every set-by-set score in ``text``; shared: tallies and numbers skip them."""
    c = cues(text)
    if not c.digit or not c.has(","):
        return ()
    out = []
    for m in _RUN.finditer(text):
        pairs = [(int(a), int(b)) for a, b in (_PAIR.match(p.strip()).groups()  # type: ignore[union-attr]
                                               for p in m.group(0).split(","))]
        if any(a > 30 or b > 30 for a, b in pairs):
            continue
        if not _RESULT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        out.append((m.start(), m.end(), Code(" ".join(f"{a}-{b}" for a, b in pairs))))
    return tuple(out)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Set-by-set scores in every passage, slot "number:setscore"; offsets absolute into ``article.text``."""
    return passage_mentions(article, passages, find, SLOT, ("score",))
