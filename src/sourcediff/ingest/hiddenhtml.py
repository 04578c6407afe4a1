"""Dropping spans of raw HTML no reader sees, in one pass over untrusted text.

Markdown may hold comments, scripts and style sheets; a plain text pasted
from a page's source may hold them too; a page embeds social posts whose
text is not the outlet's. Each is a span from an opener to its closer, and
each is replaced by its newlines, so the lines around it keep their numbers
and paragraphs. A lazy ``<script>.*?</script>`` per opener rescans the rest
of the file for every unclosed one, quadratic on a hostile page of openers;
here each closer is looked for once, from its opener on, and the first one
missing ends the scan: an element left open is kept as written (a browser
would hide the rest of the file; a comparison should not lose it silently).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sourcediff.regexcache import regex

# Elements whose content no reader sees (group 1 names the element; a comment has none).
_HIDDEN_OPEN = regex(r"<!--|<(script|style|noscript|template)\b", re.IGNORECASE)
_HIDDEN_CLOSE = {"": regex(r"-->"),
                 "script": regex(r"</script\s*>", re.IGNORECASE),
                 "style": regex(r"</style\s*>", re.IGNORECASE),
                 "noscript": regex(r"</noscript\s*>", re.IGNORECASE),
                 "template": regex(r"</template\s*>", re.IGNORECASE)}


def drop_spans(text: str, opener: re.Pattern[str],
               closer_of: Callable[[re.Match[str]], re.Pattern[str]]) -> str:
    """``text`` with each span from an ``opener`` match to its closer replaced by the span's newlines."""
    out: list[str] = []
    pos = 0
    while (start := opener.search(text, pos)) is not None:
        end = closer_of(start).search(text, start.end())
        if end is None:
            break
        out.append(text[pos:start.start()])
        out.append("\n" * text.count("\n", start.start(), end.end()))
        pos = end.end()
    out.append(text[pos:])
    return "".join(out)


def without_hidden_html(text: str) -> str:
    """``text`` without the HTML comments, scripts, style sheets, noscript and template elements."""
    if "<" not in text:
        return text
    return drop_spans(text, _HIDDEN_OPEN, lambda m: _HIDDEN_CLOSE[(m.group(1) or "").lower()])


__all__ = ["drop_spans", "without_hidden_html"]
