"""An age told by a person's noun ("a boy of seven") or a bare superlative ("the oldest 84") is an age."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract import numbers
from sourcediff.segment import segment


def ages(text: str) -> list[str]:
    article = Article.from_text(text, id="t", published="2026-05-20")
    return [m.raw for m in numbers.extract(article, segment(article)) if m.slot == "number:age"]


def test_a_person_noun_of_a_figure_is_an_age() -> None:
    assert ages("Among the injured were a boy of seven and a grandad of 84.") == ["seven", "84"]


def test_a_bare_superlative_before_a_figure_is_an_age() -> None:
    found = ages("Eleven passengers were treated, the youngest aged 6 and the oldest 84.")
    assert found == ["6", "84"]


def test_a_parent_of_a_small_figure_counts_children() -> None:
    assert ages("A mother of three was rescued from the flat in Corley Street.") == []
    assert ages("The fire killed a grandmother of 82, neighbours said.") == ["82"]


def test_a_figure_with_a_noun_after_it_is_no_age() -> None:
    assert ages("A man of 40 years' service at the Dunmere mill retired on Friday.") == []


def test_the_age_meets_another_outlets_hyphenated_age() -> None:
    a = Article.from_text("The most seriously hurt is a boy of seven, police in Tarrow said.", id="a",
                          published="2026-05-20")
    b = Article.from_text("A seven-year-old boy is the most seriously hurt, Tarrow police said.", id="b",
                          published="2026-05-20")
    agreed = [f for f in compare([a, b]).facts if f.status.value == "agree" and f.kind.value == "number"]
    assert any({m.source for m in f.mentions} == {"a", "b"} for f in agreed)


def test_a_time_or_origin_after_the_age_still_ends_it() -> None:
    # The clause goes on with when or where from; the figure is still the noun's age.
    assert ages("Officers held a man of 24 and a woman of 31 yesterday.") == ["24", "31"]
    assert ages("Coastguards rescued a boy of 12 on Tuesday after he was cut off by the tide.") == ["12"]
    assert ages("A woman of 58 from Corley was later released.") == ["58"]
    assert ages("A girl of nine who was hit by the van is stable.") == ["nine"]


def test_a_parent_of_children_is_still_no_age_before_a_time() -> None:
    assert ages("A mother of three yesterday told the inquiry she had seen the smoke.") == []
