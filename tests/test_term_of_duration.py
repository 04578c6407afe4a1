"""A term's length before "after": "a sentence of two years after pleading guilty" is how long, not a gap.

"After" following a span is a gap between two events ("two days after the
flood"), but when the span is what a sentence, a ban or a term is "of", the
clause after "after" is the cause, and the span is the term's length, the
same duration another outlet states as "a two-year sentence" or "jailed for
two years".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare


def _durations(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2025-06-10") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.canonical for m in f.mentions))
                  for f in compare(arts).facts if f.kind.value == "number")


@pytest.mark.parametrize(("first", "second"), [
    ("The forger, Amos Trell, received a suspended sentence of a year and a half after pleading guilty.",
     "Amos Trell was given an 18-month suspended sentence."),
    ("The sprinter Dana Ockley was handed a ban of four years after testing positive.",
     "Dana Ockley was banned for four years."),
    ("The clerk was sentenced to three years after a two-week trial.",
     "The clerk was jailed for three years."),
])
def test_a_terms_length_is_a_duration_not_an_interval(first: str, second: str) -> None:
    facts = _durations(first, second)
    assert [status for status, _ in facts].count("agree") == 1, facts
    assert not any("after" in c for _, cs in facts for c in cs), facts


def test_a_gap_between_events_stays_an_interval() -> None:
    facts = _durations("The dam failed two days after the storm.", "The dam failed a day after the storm.")
    assert any("after" in c for _, cs in facts for c in cs), facts
