"""Article text made harmless for where it is shown: terminals, Markdown and HTML.

Articles are untrusted. Two kinds of character do harm when passed through:

* terminal control sequences: an ESC in a passage printed by ``sourcediff
  passages`` could set the terminal's title, move the cursor or hide text;
  :func:`printable` shows every control character as a visible escape;
* Unicode bidirectional overrides and embeddings (U+202A..U+202E) and
  isolates (U+2066..U+2069): an unclosed RIGHT-TO-LEFT OVERRIDE in one quote
  would reverse the rest of a Markdown table row or HTML line, making the
  report say something its data does not. :func:`isolate_bidi` balances
  them and wraps the text in a first-strong isolate, so whatever they do
  stays inside the text they came with.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

# Embeddings and overrides (closed by PDF) and isolates (closed by PDI).
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
_PDF = "\u202c"
_ISOLATES = frozenset("\u2066\u2067\u2068")
_PDI = "\u2069"
_BIDI = _EMBEDDINGS | _ISOLATES | {_PDF, _PDI}
FSI = "\u2068"


# Control characters (C0 but tab and newline, DEL, C1): ESC and CSI start
# terminal sequences, BEL and CR act on a terminal; none belongs in a report.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with control characters shown as ``\\x1b``-style escapes, bidi controls left alone.

    For documents that balance bidi controls themselves (HTML, Markdown): a
    report printed to a terminal, or a page's source shown with ``cat``,
    must not let an article's ESC set the title or clear the screen.
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


# DEL and the C1 controls (CSI is U+009B): json.dumps escapes C0 controls, but
# with ensure_ascii=False writes these as they are.
_RAW_IN_JSON = re.compile("[\x7f-\x9f]")


def json_document(data: Any, indent: int | None = 2) -> str:
    """``data`` as JSON (and a final newline), non-ASCII text readable, every control character escaped.

    ``\\u009b`` parses to the same string as the raw character does, but a
    JSON report printed to a terminal cannot start an escape sequence there.
    """
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def printable(text: str) -> str:
    """Text with control characters (other than newline and tab) shown as ``\\x1b``-style escapes."""
    if text.isprintable():
        return text
    out: list[str] = []
    for ch in text:
        if ch in "\n\t" or ch.isprintable() or unicodedata.category(ch) not in ("Cc", "Cf"):
            out.append(ch)
        elif ch in _BIDI or unicodedata.category(ch) == "Cc":
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)  # other format characters (soft hyphen, zero-width joiner) are harmless
    return "".join(out)


def isolate_bidi(text: str) -> str:
    """``text`` with its bidi controls balanced and wrapped in FSI..PDI; unchanged when it has none."""
    if not any(ch in _BIDI for ch in text):
        return text
    out: list[str] = []
    stack: list[str] = []  # open controls, each needing PDF or PDI
    for ch in text:
        if ch in _EMBEDDINGS:
            stack.append(_PDF)
        elif ch in _ISOLATES:
            stack.append(_PDI)
        elif ch in (_PDF, _PDI):
            if not stack or stack[-1] != ch:
                continue  # a closer with nothing of its kind open: it would close ours
            stack.pop()
        out.append(ch)
    return FSI + "".join(out) + "".join(reversed(stack)) + _PDI
