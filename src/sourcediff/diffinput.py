"""Where a draft's findings sit in its file, and which of its lines a diff changed.

Two mappings that ``sourcediff check`` needs and that the pipeline cannot give:

* offsets into ``Article.text`` -> line and column of the draft *file*. For
  plain text and Markdown the extracted text is usually the file minus a
  stripped prefix (a `` date YYYY-MM-DD `` line, front matter), so the text is
  found once in the file and every offset is shifted by where it starts. When
  ingest rewrote the text (HTML tags dropped, JSON strings unescaped, Markdown
  markup removed) there is no single shift; then each mention's raw words are
  searched in the file, taking the same occurrence (the k-th) as in the text,
  first verbatim, then word by word across escapes and tags.
* a unified diff (``git diff`` output, parsed with unidiff) -> the set of
  lines of the new file that were added or changed, for the draft only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sourcediff.errors import InputError, parsing
from sourcediff.filehidden import Hidden
from sourcediff.model import Span
from sourcediff.regexcache import regex

# One word of a mention's raw text, for the escape-tolerant search.
_WORD = regex(r"[^\W_]+", re.UNICODE)
# What may stand between two words in a file whose text was unescaped by ingest:
# punctuation and spaces, JSON \uXXXX escapes, HTML tags and character references.
# The draft is untrusted, so each step is atomic (the longest reading first, then
# one character) and a gap is at most 64 steps: "\\\\..." has one reading, not 2^n,
# and a 189-byte draft can no longer stall a CI gate for minutes.
_GAP = r"(?:(?>\\u[0-9a-fA-F]{4}|\\[nrt\"/\\]|<[^<>]{0,200}>|&#?\w{1,10};|[\W_])){1,64}"
# The header line git and diff(1) put before each file; its presence tells a diff from other text.
_FILE_HEADER = regex(r"^(?:diff --git |--- |\+\+\+ |rename (?:from|to) )", re.MULTILINE)
# A hunk header as unified diffs write it; line numbers of up to nine digits (a
# draft of a billion lines is no draft, and a 5,000-digit number is an attack).
_HUNK_HEADER = regex(r"@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@")
# git's C-style quoting of a path with special or non-ASCII bytes: \303\251, \t, \", \\.
_GIT_ESCAPE = regex(r"\\(?:[0-7]{3}|.)", re.DOTALL)
_GIT_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
# The prefixes git adds to the two sides of a diff (a/, b/, and i/ w/ c/ o/ with diff.mnemonicPrefix).
_GIT_PREFIX = regex(r"^[abciwo]/")


@dataclass(frozen=True, order=True)
class Position:
    """A 1-based line and column (columns count Unicode code points)."""

    line: int
    column: int


@dataclass(frozen=True)
class Location:
    """Where a span lies in the file: start, and end just past the last character."""

    start: Position
    end: Position

    @property
    def lines(self) -> range:
        """Every line the span covers."""
        last = self.end.line if self.end.column > 1 or self.end.line == self.start.line else self.end.line - 1
        return range(self.start.line, max(last, self.start.line) + 1)


@dataclass(frozen=True)
class FileMap:
    """Maps offsets of an article's extracted text to positions in its file."""

    file_text: str
    article_text: str
    base: int | None  # where article_text starts in file_text, None when ingest rewrote it
    line_starts: tuple[int, ...]
    # The file's head, scripts, tags and comments, searched last (filehidden.py); empty when not rewritten.
    hidden: Hidden = field(default_factory=lambda: Hidden((), ()))

    @classmethod
    def build(cls, file_text: str, article_text: str) -> FileMap:
        found = file_text.find(article_text) if article_text else 0
        starts = (0, *(m.end() for m in re.finditer("\n", file_text)))
        if found >= 0:
            return cls(file_text, article_text, found, starts)
        return cls(file_text, article_text, None, starts, Hidden.of(file_text))

    def position(self, offset: int) -> Position:
        """The line and column of a file offset."""
        offset = max(0, min(offset, len(self.file_text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(index + 1, offset - self.line_starts[index] + 1)

    def locate(self, span: Span) -> Location:
        """The file location of a span of the article's text."""
        start, end = self._file_span(span)
        return Location(self.position(start), self.position(end))

    def _file_span(self, span: Span) -> tuple[int, int]:
        if self.base is not None:
            return self.base + span.start, self.base + span.end
        raw = self.article_text[span.start:span.end]
        found = None
        # The visible text first (filehidden.py), then the whole file.
        for hidden in (self.hidden, None) if self.hidden.starts else (None,):
            found = (_nth_verbatim(self.file_text, self.article_text, raw, span.start, hidden)
                     or _nth_words(self.file_text, self.article_text, raw, span.start, hidden))
            if found is not None:
                break
        if found is None:
            # Nothing to anchor on: the same relative position is the best guess.
            scale = len(self.file_text) / max(1, len(self.article_text))
            return int(span.start * scale), int(span.end * scale)
        return found


def _nth_verbatim(file_text: str, text: str, raw: str, start: int,
                  hidden: Hidden | None = None) -> tuple[int, int] | None:
    """The occurrence of ``raw`` in the file with the same rank as the one at ``start`` in the text.

    Occurrences in ``hidden`` (a page's head, scripts and tags: filehidden.py) are no text's: not counted.
    """
    if not raw:
        return None
    rank = text.count(raw, 0, start)
    hits = [m.start() for m in re.finditer(re.escape(raw), file_text)]
    if hidden is not None:
        hits = hidden.visible(hits)
    if not hits or (hidden is not None and len(hits) != text.count(raw)):
        return None  # one is written another way ("&pound;2.80"): ranks differ, the word search decides
    at = hits[min(rank, len(hits) - 1)]
    return at, at + len(raw)


def _nth_words(file_text: str, text: str, raw: str, start: int,
               hidden: Hidden | None = None) -> tuple[int, int] | None:
    """Like :func:`_nth_verbatim`, matching the words of ``raw`` across escapes, tags and punctuation."""
    tokens = _WORD.findall(raw)
    if not tokens:
        return None
    pattern = re.compile(_GAP.join(re.escape(t) for t in tokens), re.IGNORECASE)
    rank = sum(1 for m in pattern.finditer(text) if m.start() < start)
    hits = [m for m in pattern.finditer(file_text) if hidden is None or not hidden.covers(m.start())]
    if not hits:
        return None
    hit = hits[min(rank, len(hits) - 1)]
    return hit.start(), hit.end()


@dataclass(frozen=True)
class FileChange:
    """One file of a diff: its old and new paths and the new file's added or changed lines."""

    source: str | None  # None for a new file
    target: str | None  # None for a deleted file
    added: frozenset[int]


def parse_diff(text: str, *, origin: str = "diff") -> tuple[FileChange, ...]:
    """The files of a unified diff; an empty diff has none, text that is no diff is an InputError."""
    if not text.strip():
        return ()
    _check_hunk_headers(text, origin)
    # Imported here: renderers use this module's FileMap on every compare, the diff parser only check.
    from unidiff.errors import UnidiffParseError
    from unidiff.patch import PatchSet

    try:
        with parsing(origin, "diff"):
            patch = PatchSet(text)
    except UnidiffParseError as exc:
        raise InputError(f"malformed unified diff: {exc}", path=origin) from None
    if not len(patch):
        problem = "no file headers" if not _FILE_HEADER.search(text) else "no file could be parsed"
        raise InputError(f"not a unified diff ({problem})", path=origin)
    return tuple(_file_change(f) for f in patch)


def _check_hunk_headers(text: str, origin: str) -> None:
    """Refuse a diff with a line that starts like a hunk header but is not one.

    unidiff skips such a line and every added line after it, so a mangled
    header would make ``check`` report "nothing to check" and pass.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("@@") and not _HUNK_HEADER.match(line):
            raise InputError(f"line {number}: malformed hunk header {line[:60]!r}", path=origin)


def _file_change(patched: object) -> FileChange:
    source = _side(getattr(patched, "source_file", None))
    target = _side(getattr(patched, "target_file", None))
    added = frozenset(
        line.target_line_no
        for hunk in patched  # type: ignore[attr-defined]
        for line in hunk
        if line.is_added and line.target_line_no is not None
    )
    return FileChange(source=source, target=target, added=added)


def _side(path: str | None) -> str | None:
    """A path as the diff names it, without its time stamp; /dev/null is no file."""
    if path is None:
        return None
    path = unquote_git(path.split("\t")[0].strip())
    return None if path in ("/dev/null", "") else path


def unquote_git(path: str) -> str:
    """A path as git quotes it (``"b/\\303\\251t\\303\\251.txt"``) -> the real name (``b/été.txt``).

    git writes names with non-ASCII or special bytes in double quotes with
    C escapes and octal UTF-8 bytes; left quoted, a draft named in French
    would never match and ``check`` would pass it unchecked.
    """
    if len(path) < 2 or not (path.startswith('"') and path.endswith('"')):
        return path

    out = bytearray()
    body, at = path[1:-1], 0
    for m in _GIT_ESCAPE.finditer(body):
        out += body[at:m.start()].encode("utf-8")
        code = m.group()[1:]
        out.append(int(code, 8) if len(code) == 3 else _GIT_ESCAPES.get(code, ord(code) & 0xFF))
        at = m.end()
    out += body[at:].encode("utf-8")
    return out.decode("utf-8", errors="replace")


def _candidates(diff_path: str) -> tuple[tuple[str, ...], ...]:
    """The path's parts, with and without a git prefix (a/, b/): diffs made with --no-prefix exist."""
    parts = PurePosixPath(diff_path.replace("\\", "/")).parts
    parts = tuple(p for p in parts if p not in (".", ""))
    stripped = PurePosixPath(_GIT_PREFIX.sub("", "/".join(parts))).parts
    return tuple(dict.fromkeys((parts, stripped)))


def _match_length(diff_path: str, draft: Path) -> int:
    """How many trailing path parts a diff path shares with the draft (0: not the draft)."""
    draft_parts = draft.resolve().parts
    best = 0
    for parts in _candidates(diff_path):
        if parts and len(parts) <= len(draft_parts) and draft_parts[-len(parts):] == parts:
            best = max(best, len(parts))
    return best


def change_for(changes: tuple[FileChange, ...], draft: Path) -> FileChange | None:
    """The diff's entry for the draft's new version, matched on the longest path suffix.

    The diff's paths are relative to the repository root and the draft's to
    wherever the command runs, so the draft matches a diff path that ends its
    absolute path. A deleted draft (no new side) is not a change to check.
    """
    scored = [(_match_length(c.target, draft), c) for c in changes if c.target is not None]
    scored = [(n, c) for n, c in scored if n > 0]
    if not scored:
        return None
    return max(scored, key=lambda pair: pair[0])[1]
