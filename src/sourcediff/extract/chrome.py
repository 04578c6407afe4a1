"""Page chrome that text copied from a browser keeps: share buttons and advert labels on lines of their own.

A reader who selects a story in a browser and pastes it gets the button row
too ("Share", "Facebook", "Twitter", "Email", "Comment", "Advertisement").
Those lines are no words of the story: read as facts they made "Facebook"
and "Twitter" organizations only one source names. ``segment`` makes no
passage of them (the header counted them, and two pasted copies could align
on their button rows); the extractors that scan the whole text still meet
them, so a mention that starts in such a line, outside every passage, is
dropped. Passages keep the text's own offsets, so line numbers do not move.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from sourcediff.model import Mention, Passage
from sourcediff.regexcache import regex

# One button or label: sharing targets, the share/print/e-mail/comment verbs, advert markers.
_LABEL = (r"(?:share(?:\s+(?:this|on|via|to))?(?:\s+(?:article|story|page|link))?"
          r"|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|threads|bluesky|flipboard|messenger"
          r"|e-?mail(?:\s+this(?:\s+(?:article|story|page|link))?)?|print(?:\s+this(?:\s+(?:article|story|page))?)?"
          r"|\d{0,6}\s*comments?|copy\s+link|link\s+copied|save(?:\s+article)?|gift\s+(?:this\s+)?article"
          r"|advertisement|advertising|sponsored(?:\s+content)?|skip\s+advert(?:isement)?)")
# A whole passage of such labels, one or several ("Share on Facebook Share on X Email").
_CHROME_LINE = regex(rf"\A\W*(?:{_LABEL}\W*)+\Z", re.IGNORECASE)
# Longer than this, a passage is a sentence however it starts.
_MAX_CHARS = 80


def is_chrome(text: str) -> bool:
    """True when the passage text is nothing but share-button or advert labels."""
    return len(text) <= _MAX_CHARS and _CHROME_LINE.match(text.strip()) is not None


def chrome_passages(passages: Iterable[Passage]) -> frozenset[int]:
    """The indexes of the passages that are page chrome (see the module docstring)."""
    return frozenset(p.index for p in passages if is_chrome(p.text))


def without_chrome_mentions(text: str, passages: tuple[Passage, ...],
                            mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those that start in a chrome line no passage holds (see the module docstring).

    Only the stretch of the line between passages is judged, so a label left
    beside story text on one line is judged alone, as ``segment`` judged it.
    """
    starts = [p.span.start for p in passages]
    kept: list[Mention] = []
    for mention in mentions:
        at = mention.span.start
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < passages[i].span.end:
            kept.append(mention)
            continue
        low = max(passages[i].span.end if i >= 0 else 0, text.rfind("\n", 0, at) + 1)
        line_end = text.find("\n", at)
        high = min(passages[i + 1].span.start if i + 1 < len(passages) else len(text),
                   len(text) if line_end < 0 else line_end)
        if not is_chrome(text[low:high]):
            kept.append(mention)
    return kept
