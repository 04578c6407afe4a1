"""A figure before "bar staff" counts the staff of a bar; it is no pressure in bar.

The pressure unit "bar" (patterns._N_PRESSURE) took "Some 1,200 bar" from
"Some 1,200 bar staff lost their jobs", so the count became a pressure of
1,200 bar, met no other outlet's count of the same people and stood alone.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return [(m.raw, m.slot) for m in info.mentions if m.kind.value == "number"]


@pytest.mark.parametrize("text", [
    "Some 1,200 bar staff lost their jobs when the clubs shut.",
    "The survey asked 340 bar owners about their rents.",
    "About 90 bar workers marched to the town hall.",
])
def test_a_count_of_bar_people_is_no_pressure(text: str) -> None:
    found = _numbers(text)
    assert found and all(slot != "number:bar" for _, slot in found), found


def test_a_pressure_in_bar_is_still_read() -> None:
    assert ("up to 9 bar", "number:bar") in _numbers("Face pressures of up to 9 bar were logged at the face.")
