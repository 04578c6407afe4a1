"""A live blog entry's opening stamp is a clock even when its hour could be 12-hour (issue #11).

A blog that keeps the 24-hour clock ("09:30", "14:10", no a.m./p.m.)
stamps its late-morning entries "11:42" and "10:04" too. A lone "11:42" is
dropped as ambiguous (it could be a 12-hour time missing its a.m./p.m.),
so such a blog's 09:30 entry was read and its 11:42 entry, the moment of a
sentencing the wire gives as "11:42 a.m.", was not. An entry's opening
clock is now read as the others are; it carries the cue ENTRY_CLOCK, and
the aligner leaves it out (pipeline `_aligner_view`). Every text is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import times
from sourcediff.extract.times import ENTRY_CLOCK
from sourcediff.model import Kind
from sourcediff.pipeline import _aligner_view, analyse
from sourcediff.segment import segment

BLOG = ("# Live: the verdict\n\n*All times AEDT.*\n\n"
        "{entry}\n\n"
        "**09:30** Good morning. The court sits at 10:00.\n\n"
        "**14:10** The court has risen for the day.\n")


def clocks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.cues) for m in times.extract(article, segment(article)) if m.slot == "clock"]


@pytest.mark.parametrize(("entry", "raw"), [
    ("**11:42** Thirteen years. The judge has passed sentence.", "11:42"),
    ("11:42 - The judge has passed sentence.", "11:42"),
    ("**10:04** Justice Roe takes her seat.", "10:04"),
    ("> 12:20 \"We will appeal,\" the defence says.", "12:20"),
])
def test_an_entry_stamp_of_a_24_hour_blog_is_a_clock(entry: str, raw: str) -> None:
    assert any(r == raw and ENTRY_CLOCK in cues for r, cues in clocks(BLOG.format(entry=entry)))


@pytest.mark.parametrize("text", [
    # in running prose, with no preposition: a score or a ratio as often as a clock
    BLOG.format(entry="**12:05** The vote went 11:42 against the motion."),
    # an entry that opens in lower case is no stamp's entry
    BLOG.format(entry="11:42 was the time on the court clock."),
    # a blog that writes a.m./p.m. does not keep the 24-hour clock: its "11:42" may be either
    "11:42 The judge has passed sentence.\n\n4:10 p.m. The court has risen.",
])
def test_no_clock_where_the_hour_stays_ambiguous(text: str) -> None:
    assert not any(raw.endswith("11:42") for raw, _ in clocks(text))


def test_unambiguous_stamps_carry_no_entry_cue() -> None:
    found = dict(clocks(BLOG.format(entry="**11:42** Thirteen years.")))
    assert ENTRY_CLOCK not in found["09:30"] and ENTRY_CLOCK not in found["14:10"]


def test_the_aligner_does_not_see_entry_clocks_and_the_judge_does() -> None:
    blog = Article.from_text(BLOG.format(entry="**11:42** Justice Roe sentences him to nine years."),
                             id="blog", published="2026-11-19")
    wire = Article.from_text("Justice Roe sentenced him to nine years at 11:42 a.m. (0042 GMT).",
                             id="wire", published="2026-11-19")
    seen = _aligner_view((analyse(blog), analyse(wire)))
    assert not any(ENTRY_CLOCK in m.cues for s in seen for m in s.mentions)
    report = compare([blog, wire])
    both = [f for f in report.facts if f.kind is Kind.TIME and len({m.source for m in f.mentions}) == 2]
    assert both and both[0].status.value == "agree"
