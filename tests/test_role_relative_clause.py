"""A role word before a relative pronoun is not the role of a count after it (invented text).

"Police arrested the contractor who added two floors to the block": the
arrest is the contractor's; the floors were read as a count of the arrested
(cue role:arrested), a second count of the story's arrests beside its "one
man arrested". The figure's own clause starts at the relative pronoun; a
role word inside it is still the figure's ("the blast, which killed 12").
"""

from __future__ import annotations

from sourcediff.extract.roles import count_role


def _role(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    return count_role(sentence, start, start + len(figure))


def test_the_main_clause_role_stays_with_its_noun() -> None:
    assert _role("Police arrested the contractor who added two floors to the block.", "two") is None
    assert _role("Officers detained a driver who was carrying 14 passengers.", "14") is None


def test_a_role_word_inside_the_relative_clause_is_the_figures() -> None:
    assert _role("The blast, which killed 12 people, hit the market at noon.", "12") == "dead"
    assert _role("Police arrested 12 people after the match.", "12") == "arrested"
    assert _role("It was the worst crash since 2019, when 12 died on the same road.", "12") == "past-dead"
