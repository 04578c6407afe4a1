"""diffinput.py: unified diffs to changed lines of the draft, and text offsets to file lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff.diffinput import FileMap, Position, change_for, parse_diff
from sourcediff.errors import InputError
from sourcediff.model import Span

MODIFY = """diff --git a/drafts/story.md b/drafts/story.md
index 1111111..2222222 100644
--- a/drafts/story.md
+++ b/drafts/story.md
@@ -2,4 +2,5 @@ title
 one
-two
+two, changed
+an added line
 three
 four
diff --git a/drafts/other.md b/drafts/other.md
index 3333333..4444444 100644
--- a/drafts/other.md
+++ b/drafts/other.md
@@ -1 +1 @@
-x
+y
"""

RENAME = """diff --git a/drafts/old.md b/drafts/story.md
similarity index 90%
rename from drafts/old.md
rename to drafts/story.md
index 1111111..2222222 100644
--- a/drafts/old.md
+++ b/drafts/story.md
@@ -1,2 +1,2 @@
 kept
-gone
+new line two
"""

NEW_FILE = """diff --git a/drafts/story.md b/drafts/story.md
new file mode 100644
index 0000000..2222222
--- /dev/null
+++ b/drafts/story.md
@@ -0,0 +1,3 @@
+first
+second
+third
"""

DELETED = """diff --git a/drafts/story.md b/drafts/story.md
deleted file mode 100644
index 2222222..0000000
--- a/drafts/story.md
+++ /dev/null
@@ -1,2 +0,0 @@
-first
-second
"""

NO_PREFIX = """--- drafts/story.md\t2026-02-26 10:00:00
+++ drafts/story.md\t2026-02-26 11:00:00
@@ -1,2 +1,2 @@
-old
+new
 same
"""


@pytest.fixture()
def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "drafts").mkdir()
    path = tmp_path / "drafts" / "story.md"
    path.write_text("x\n")
    monkeypatch.chdir(tmp_path)
    return Path("drafts/story.md")


def test_added_and_changed_lines_of_the_new_file(draft: Path) -> None:
    change = change_for(parse_diff(MODIFY), draft)
    assert change is not None and change.added == {3, 4}


def test_several_files_pick_the_draft(draft: Path) -> None:
    changes = parse_diff(MODIFY)
    assert len(changes) == 2
    assert change_for(changes, Path("drafts/other.md")) == changes[1]
    assert change_for(changes, draft) == changes[0]


def test_renames_match_the_new_name(draft: Path) -> None:
    change = change_for(parse_diff(RENAME), draft)
    assert change is not None and change.added == {2}


def test_new_file_is_all_added_and_deleted_file_is_no_change(draft: Path) -> None:
    change = change_for(parse_diff(NEW_FILE), draft)
    assert change is not None and change.added == {1, 2, 3}
    assert change_for(parse_diff(DELETED), draft) is None


def test_paths_without_git_prefixes_and_with_timestamps(draft: Path) -> None:
    change = change_for(parse_diff(NO_PREFIX), draft)
    assert change is not None and change.added == {1}


def test_absolute_and_dotted_draft_paths_match(draft: Path) -> None:
    assert change_for(parse_diff(MODIFY), draft.resolve()) is not None
    assert change_for(parse_diff(MODIFY), Path("./drafts/../drafts/story.md")) is not None
    assert change_for(parse_diff(MODIFY), Path("elsewhere/story.md")) is None


def test_an_empty_diff_touches_nothing() -> None:
    assert parse_diff("") == ()
    assert parse_diff("\n\n") == ()


@pytest.mark.parametrize("text", [
    "this is a commit message, not a diff\n",
    "--- a/x.md\n+++ b/x.md\n@@ -1,3 +1,3 @@\n a\n",  # hunk shorter than its header says
    "--- a/x.md\n+++ b/x.md\n@@ -1,1 +1,1 @@\n?garbage\n",
])
def test_malformed_diffs_are_input_errors(text: str) -> None:
    with pytest.raises(InputError, match="diff"):
        parse_diff(text, origin="changes.patch")


def test_file_map_with_a_stripped_prefix() -> None:
    file_text = " date 2026-02-26 First line.\nSecond line with 5:01 PM ET.\n"
    text = file_text[len(" date 2026-02-26 "):].rstrip()
    fmap = FileMap.build(file_text, text)
    at = text.index("5:01")
    loc = fmap.locate(Span(at, at + len("5:01 PM ET")))
    assert loc.start == Position(2, file_text.split("\n")[1].index("5:01") + 1)
    assert loc.end.line == 2 and list(loc.lines) == [2]


def test_file_map_searches_words_when_ingest_rewrote_the_text() -> None:
    file_text = ('{"content": "<p>It said \\u201cno progress\\u201d.</p>\\n'
                 '<p>Again: \\u201cno progress\\u201d.</p>"}')
    text = "It said “no progress”.\n\nAgain: “no progress”."
    fmap = FileMap.build(file_text, text)
    second = text.rindex("no progress")
    loc = fmap.locate(Span(second - 1, second + len("no progress") + 1))  # with its curly quotes
    assert loc.start.line == 1
    assert loc.start.column - 1 == file_text.rindex("no progress")  # the words, past the escape


def test_file_map_for_markdown_markup() -> None:
    file_text = "# Title\n\nThe **$300 million** contract.\n\nAnother $300 million line.\n"
    text = "Title\n\nThe $300 million contract.\n\nAnother $300 million line."
    fmap = FileMap.build(file_text, text)
    first, second = text.index("$300"), text.rindex("$300")
    assert fmap.locate(Span(first, first + 12)).start == Position(3, 7)
    assert fmap.locate(Span(second, second + 12)).start == Position(5, 9)


def test_spans_across_lines_cover_every_line() -> None:
    file_text = "a quote that\nruns over\nthree lines\n"
    fmap = FileMap.build(file_text, file_text)
    loc = fmap.locate(Span(2, file_text.index("lines") + 5))
    assert list(loc.lines) == [1, 2, 3]
    ends_at_newline = fmap.locate(Span(0, file_text.index("\n") + 1))
    assert list(ends_at_newline.lines) == [1]
