"""Recognise the files sourcediff itself writes, so they are never read back as articles.

``sourcediff report stories/ -o stories/report`` is a natural first run: the
report lands next to the articles. The next ``compare stories/`` then read
report.html and report.md as two more "sources" of the story, each repeating
every fact of the others, and the comparison agreed with itself without a
word; report.json failed as a JSON article with no body. Each output carries
a mark of its maker (the HTML's generator meta, the corpus index's title, the
JSON's schema, the Markdown's closing ``<sub>sourcediff VERSION</sub>``),
looked for only in the first or last bytes.
"""

from __future__ import annotations

from pathlib import Path

from sourcediff.errors import FormatError
from sourcediff.regexcache import regex

_HEAD_CHARS = 2048
_TAIL_CHARS = 200

_JSON_SCHEMA = regex(r'\A\s*\{[^{}]{0,200}?"schema"\s*:\s*"sourcediff/([\w.-]{1,40})@\d{1,4}"')
_HTML_MARK = regex(r'<meta\s+name="generator"\s+content="sourcediff\s|<title>sourcediff corpus</title>')
_MARKDOWN_MARK = regex(r"\n<sub>sourcediff [^<>\n]{1,40}</sub>\s*\Z")


def own_output(text: str) -> str | None:
    """What sourcediff output ``text`` is ("a JSON report", "an HTML report"), or None for anything else."""
    head = text[:_HEAD_CHARS]
    schema = _JSON_SCHEMA.match(head)
    if schema is not None:
        return f"a JSON {schema.group(1)}"
    if _HTML_MARK.search(head):
        return "an HTML report"
    if _MARKDOWN_MARK.search(text[-_TAIL_CHARS:]):
        return "a Markdown report"
    return None


# Said when such a file is named on the command line: ``compare *`` run where an
# earlier ``-o report.json`` landed picks the report up, and the bare refusal
# left the user to work out why and what to do.
NAMED_HINT = "; leave it out of the list, or give the folder, which skips it"


class OwnOutputError(FormatError):
    """A file sourcediff wrote was given as an article."""


def refusal(kind: str) -> str:
    """The one line for a sourcediff output given as an article."""
    return f"is {kind} that sourcediff wrote, not an article"


def is_own_output_file(path: Path) -> bool:
    """Whether a file in an input folder is a report sourcediff wrote (read: its first and last bytes).

    Such a file is not an input: ``report stories/ -o stories/report`` run a
    second time replaces its own report rather than refusing it as an input.
    Any file that cannot be read, or is not sourcediff's, stays protected.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_CHARS)
            size = fh.seek(0, 2)
            fh.seek(max(len(head), size - _TAIL_CHARS))
            tail = fh.read(_TAIL_CHARS)
    except OSError:
        return False
    text = head.decode("utf-8", "replace")
    joined = text if size <= _HEAD_CHARS else text + "\n" + tail.decode("utf-8", "replace")
    return own_output(joined) is not None
