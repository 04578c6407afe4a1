"""The generic "one" of a present-tense condition is no count of one (numberclassify.pronoun_one)."""

from __future__ import annotations

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _counts(text: str) -> list[str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-16"))
    return sorted(m.raw for m in info.mentions if m.kind is Kind.NUMBER)


def test_generic_one_after_when_is_no_toll() -> None:
    text = ("Two officers were killed in the ambush near Delvin on Tuesday. "
            "\"When one is killed, all of us lose,\" the union chief said.")
    assert "one" not in _counts(text)
    assert "Two" in _counts(text)


def test_generic_one_after_if_is_no_count() -> None:
    assert "one" not in _counts("If one has a permit, the fee is waived for the whole season.")


def test_past_tense_one_is_still_a_count() -> None:
    # "when one was killed" may tell of one death: only the present-tense maxim is generic
    text = "Three climbers were caught by the slide; when one was killed, the others turned back."
    assert "one" in _counts(text)


def test_one_as_count_elsewhere_is_kept() -> None:
    assert "one" in _counts("Only one is still missing after the flood in Varnby.")
