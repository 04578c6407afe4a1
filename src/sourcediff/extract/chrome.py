"""Page chrome that text copied from a browser keeps: share buttons and advert labels on lines of their own.

A reader who selects a story in a browser and pastes it gets the button row
too ("Share", "Facebook", "Twitter", "Email", "Comment", "Advertisement").
Those lines are no words of the story: read as facts they made "Facebook"
and "Twitter" organizations only one source names. A passage that holds
nothing but such labels states no fact; it stays a passage, so offsets and
line numbers are the file's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sourcediff.model import Passage
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
