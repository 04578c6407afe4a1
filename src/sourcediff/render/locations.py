"""``source:line:column`` for a mention, so a reader can jump to the words.

A report's offsets point into each source's *extracted* text. For plain text
and Markdown that is the file, give or take a stripped prefix (a ``date
YYYY-MM-DD`` head, front matter); for HTML and JSON it is not. When the
caller hands over the files' own text (``RenderOptions.file_texts``), the
position is found in the file with the same mapping ``sourcediff check``
uses; otherwise it is the position in the extracted text, which is what
``sourcediff passages FILE`` prints.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import TYPE_CHECKING

from sourcediff.filehidden import Hidden
from sourcediff.model import Mention, Report

if TYPE_CHECKING:
    from sourcediff.diffinput import FileMap


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset`` in ``text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1)
    return line + 1, column + 1


class Locator:
    """Turns mentions into ``source:line:column``; one per rendering, files mapped once each.

    Plain text is found in its file once and every offset shifted; for a file
    whose text ingest rewrote, the mention's words are looked up in the file
    (the same k-th occurrence, passing over a page's head, scripts and tags),
    and only when they are not there verbatim is ``check``'s escape-tolerant
    mapping loaded.
    """

    def __init__(self, report: Report, file_texts: Mapping[str, str] | None = None) -> None:
        self._texts = {s.article.id: s.article.text for s in report.sources}
        self._files = dict(file_texts or {})
        self._bases: dict[str, int] = {}
        self._maps: dict[str, FileMap] = {}
        self._starts: dict[str, list[int]] = {}
        self._hides: dict[str, Hidden] = {}

    def position(self, mention: Mention) -> tuple[int, int]:
        """Line and column of the mention's first character."""
        source, offset = mention.source, mention.span.start
        if source in self._files:
            found = self._file_offset(mention)
            if found is not None:
                return self._line_column(("file", source), self._files[source], found)
            where = self._map(source).locate(mention.span).start
            return where.line, where.column
        return self._line_column(("text", source), self._texts.get(source, ""), offset)

    def __call__(self, mention: Mention) -> str:
        line, column = self.position(mention)
        return f"{mention.source}:{line}:{column}"

    def _file_offset(self, mention: Mention) -> int | None:
        """Where the mention starts in its file, when the words are there verbatim."""
        source = mention.source
        file_text, text = self._files[source], self._texts.get(source, "")
        if source not in self._bases:
            self._bases[source] = file_text.find(text) if text else -1
        base = self._bases[source]
        if base >= 0:
            return base + mention.span.start
        raw = text[mention.span.start:mention.span.end]
        if not raw:
            return None
        rank = text.count(raw, 0, mention.span.start)
        hits = []
        at = file_text.find(raw)
        while at >= 0:
            hits.append(at)
            at = file_text.find(raw, at + 1)
        # Occurrences in the page's head, scripts and tags (a description, JSON-LD) are no text's.
        hidden = self._hidden(source)
        if hidden.starts:
            # Only the visible text here; FileMap looks across entities and tags, then in the head.
            hits = hidden.visible(hits)
            if len(hits) != text.count(raw):
                return None  # one is written another way ("&pound;2.80"): FileMap's word search decides
        return hits[rank] if rank < len(hits) else None

    def _hidden(self, source: str) -> Hidden:
        if source not in self._hides:
            self._hides[source] = Hidden.of(self._files[source])
        return self._hides[source]

    def _line_column(self, key: tuple[str, str], text: str, offset: int) -> tuple[int, int]:
        name = f"{key[0]}:{key[1]}"
        starts = self._starts.get(name)
        if starts is None:  # once per text: setdefault would scan the text again for every mention
            starts = self._starts[name] = _line_starts(text)
        offset = max(0, min(offset, len(text)))
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def _map(self, source: str) -> FileMap:
        if source not in self._maps:
            from sourcediff.diffinput import FileMap

            self._maps[source] = FileMap.build(self._files[source], self._texts.get(source, ""))
        return self._maps[source]


def _line_starts(text: str) -> list[int]:
    """Offsets where each line begins (found with str.find, not a Python loop over every character)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts
