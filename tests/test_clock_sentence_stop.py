"""A 12-hour clock ends at its "am"/"pm"; a stop after an undotted "pm" ends the sentence (invented text).

"The lights came back just after 9pm." was read as the clock "9pm.", which
no other outlet's "just after 9pm" or "9 p.m." contains as written. A dotted
"p.m." keeps its closing point.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse


def clocks(text: str) -> list[str]:
    ms = analyse(Article.from_text(text, id="x", published="2026-02-03")).mentions
    return [m.raw for m in ms if m.kind is Kind.TIME and m.slot == "clock"]


@pytest.mark.parametrize(("text", "raw"), [
    ("The lights in Corran Street came back just after 9pm.", "9pm"),
    ("The ferry left Oban at 5.30pm. It was full.", "5.30pm"),
    ("Trading was halted at 11am, the exchange said.", "11am"),
    ("The road reopened at 7 a.m. on Monday.", "7 a.m."),
    ("The road reopened at 7 a.m.", "7 a.m."),
    ("Voting closes at 10 p.m", "10 p.m"),
])
def test_the_clock_as_written(text: str, raw: str) -> None:
    assert clocks(text) == [raw]
