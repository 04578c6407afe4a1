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
    """Turns mentions into ``source:line:column``; one per rendering, files mapped once each."""

    def __init__(self, report: Report, file_texts: Mapping[str, str] | None = None) -> None:
        self._texts = {s.article.id: s.article.text for s in report.sources}
        self._files = dict(file_texts or {})
        self._maps: dict[str, FileMap | None] = {}
        self._starts: dict[str, list[int]] = {}

    def position(self, mention: Mention) -> tuple[int, int]:
        """Line and column of the mention's first character."""
        file_map = self._map(mention.source)
        if file_map is not None:
            where = file_map.locate(mention.span).start
            return where.line, where.column
        text = self._texts.get(mention.source, "")
        starts = self._starts.setdefault(mention.source, _line_starts(text))
        offset = max(0, min(mention.span.start, len(text)))
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def __call__(self, mention: Mention) -> str:
        line, column = self.position(mention)
        return f"{mention.source}:{line}:{column}"

    def _map(self, source: str) -> FileMap | None:
        if source not in self._files:
            return None
        if source not in self._maps:
            from sourcediff.diffinput import FileMap

            self._maps[source] = FileMap.build(self._files[source], self._texts.get(source, ""))
        return self._maps[source]


def _line_starts(text: str) -> list[int]:
    return [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]

