"""A span after "across" or "spanning" is how long something lasted, not a gap before an event (invented).

A legal site wrote that a jury "deliberated ... across three days before
returning" its verdict: read as an interval ("3 day before returning"),
the three days never met the other outlets' "over three days".
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _slots(text: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-06-02"))
    return {m.raw: m.slot for m in info.mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize("text", [
    "The negotiators met across three days before signing the pact in Vellmar.",
    "The hearings ran spanning three days before the panel adjourned.",
])
def test_a_stretch_across_days_is_a_duration(text: str) -> None:
    assert _slots(text)["three days"] == "number:day"


def test_a_gap_before_an_event_is_still_an_interval() -> None:
    text = "Rescuers reached the cave three days before the storm broke over Vellmar."
    assert _slots(text)["three days before"] == "interval:before"
