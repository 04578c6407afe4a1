"""A press release's tail: its end mark, "About <company>" boilerplate and media contacts.

A release pasted as text ends with what every release of that company ends
with: "About Coastline Electric / Coastline Electric serves 310,000 homes
...", a "Media contact:" block with a name and a phone number, and an end
mark ("###", "-30-", "ENDS"). None of it is the story: read as facts, the
customer count and the press officer's name were details "only in" the
release, listed above the story's own. ``segment`` makes no passage from the
tail and the extractors' mentions in it are dropped; offsets are the text's
own, so line numbers do not move.

The tail opens at the first such line after the first few paragraphs (an
"About" heading at the top is a story's own, "About this series").
"""

from __future__ import annotations

import re

from sourcediff.regexcache import regex

# A line that closes a release: "###", "# # #", "-30-", "- 30 -", "ENDS", "-ends-".
_END_MARK = regex(r"[ \t]*(?:#[ \t]*#[ \t]*#|-[ \t]*30[ \t]*-|-?[ \t]*(?:ENDS|[Ee]nds)[ \t]*-?)[ \t]*")
# A boilerplate heading on a line of its own: "About Coastline Electric", "About the Harwick Trust",
# "Media contact:", "Press contacts", "For media enquiries:", "Notes to editors".
_BOILERPLATE = regex(
    r"[ \t]*(?:About[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&'’.-]*[ \t]*){1,6}"
    r"|(?:For[ \t]+)?(?:[Mm]edia|[Pp]ress|[Nn]ews)[ \t]+"
    r"(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|[Rr]elations)"
    r"|Notes?[ \t]+to[ \t]+[Ee]ditors?|NOTES?[ \t]+TO[ \t]+EDITORS?|MEDIA[ \t]+CONTACTS?"
    r"|ABOUT[ \t]+[A-Z][A-Z \t&.-]{1,60})"
    r"[ \t]*:?[ \t]*")
_LINE = re.compile(r"[^\n]+")
# The tail never opens among the first lines of text (headline, label, dateline, lead).
MIN_LINES_BEFORE = 3


def tail_start(text: str) -> int | None:
    """Where a release's tail opens in ``text``, or None when it has none."""
    seen = 0
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        seen += 1
        if seen > MIN_LINES_BEFORE and (_END_MARK.fullmatch(line) or _BOILERPLATE.fullmatch(line)):
            return match.start()
    return None
