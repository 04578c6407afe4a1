"""A subject count of a passive under way ("Two were being treated") is a count.

Invented sentences. "Two were treated for smoke inhalation" gave a count
cued by its participle, but with "being" before the participle the verb's
word read as "being", a stop word, and the figure was dropped: another
outlet's "two treated" met nothing.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-03-04")).mentions
    return [(m.raw, m.cues) for m in ms if m.slot == "number:count" and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "word"), [
    ("Two were being treated for smoke inhalation, the fire service said.", "Two", "treated"),
    ("Four are still being questioned at the harbour, a spokesman said.", "Four", "questioned"),
    ("Three were being assessed by paramedics at the depot.", "Three", "assessed"),
])
def test_a_progressive_passive_counts_its_participle(text: str, raw: str, word: str) -> None:
    assert any(r == raw and word in cues for r, cues in counts(text)), counts(text)


def test_a_bare_figure_after_being_stays_apart() -> None:
    """No subject: "the score was being kept at 3" opens no clause with its figure."""
    assert [r for r, _ in counts("The score was being kept at 3 by the referee.")] == []
