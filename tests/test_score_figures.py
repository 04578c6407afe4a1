"""A mark on a scale ("61 out of 100", "61/100", "two out of five") is one figure with its scale."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract import scorefigures
from sourcediff.segment import segment


def marks(text: str) -> list[tuple[str, str, str]]:
    article = Article.from_text(text, id="t", published="2026-03-02")
    return [(m.raw, str(m.value), m.cues[0]) for m in scorefigures.extract(article, segment(article))]


def test_the_written_forms_of_a_mark_are_read_with_their_scale() -> None:
    assert [(r, c) for r, _, c in marks("Auditors gave the depot a score of 61 out of 100 in March.")] == [
        ("61 out of 100", "out of 100")]
    assert [c for _, _, c in marks("The school was scored 61/100 by the panel.")] == ["out of 100"]
    assert [c for _, _, c in marks("Critics rated the show two out of five.")] == ["out of 5"]
    assert [r for r, _, _ in marks("The hostel got 3 out of a possible 10.")] == ["3 out of a possible 10"]


def test_a_proportion_of_people_is_no_mark() -> None:
    assert marks("Seven out of ten residents backed the plan.") == []
    assert marks("Three out of 4 drivers paid the toll on time.") == []


def test_a_slash_without_a_word_of_marks_is_no_mark() -> None:
    assert marks("The helpline is open 24/7 from 1/10 onwards.") == []


def test_a_mark_above_its_scale_is_no_mark() -> None:
    assert marks("The rating fell to 120/100 in the draft.") == []


def test_two_outlets_marks_on_one_scale_meet_and_differ() -> None:
    a = Article.from_text("Inspectors gave the Kelby depot a score of 61 out of 100 on Monday.", id="a",
                          published="2026-03-02")
    b = Article.from_text("The Kelby depot scored 67/100 when inspectors visited on Monday.", id="b",
                          published="2026-03-02")
    facts = [f for f in compare([a, b]).facts if f.kind.value == "number"]
    assert any(f.status.value == "diverge" and {m.source for m in f.mentions} == {"a", "b"} for f in facts)
