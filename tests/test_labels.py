"""labels._label_before's separator test never turns away a line the label pattern fills.

The test reads the text before a figure with ``str.rstrip`` and ``in``; the
pattern reads it with ``\\s``. Every start of invented lines made of label
words, separators and white space of every kind is checked against the plain
``fullmatch``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.extract import labels
from sourcediff.extract import patterns as P

_PARTS = st.lists(st.sampled_from([
    "Deaths", "injured", "Ambulances diverted", "on day", "9 November", "12", "41", "2,150", ":", " :",
    "—", " — ", "–", " - ", "-", "\t", " ", "  ", "\u00a0", "\u2003", "\u3000", "\x1c", "\n", "- ", "• ",
    "he said", "O’Neil", "x"]), max_size=10)


def _plain(text: str, pos: int) -> tuple[int, int] | None:
    line = text.rfind("\n", 0, pos) + 1
    m = P.NUM_BOX_LABEL.fullmatch(text, line, pos)
    return None if m is None else m.span("label")


@settings(max_examples=400, deadline=None)
@given(parts=_PARTS)
def test_separator_test_keeps_every_label_the_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    for pos in range(len(text) + 1):
        m = labels._label_before(text, pos)
        assert (None if m is None else m.span("label")) == _plain(text, pos), (text, pos)


def test_labels_with_each_separator_are_found() -> None:
    for text in ("Boats sunk: 12", "- Trucks lost — 41", "Crates opened\t5", "Oars broken -  7",
                 "Tents:\u00a09"):
        pos = text.rfind(text.split()[-1])
        assert labels._label_before(text, pos) is not None, text
    assert labels._label_before("The crew counted 12", 17) is None
