""""Not one of the 300 residents was hurt", "not a single passenger was injured": nobody (invented text).

The emphatic negation was read as the count 1 of the clause's role ("one"
injured), the opposite of what the writer said, and a rival to any other
source's count of the injured; "not a single ..." was read as nothing. Like
"no one was hurt", both are the count 0 of the role, and the "one" of "not
one" is never a count ("not one but two blasts" is a contrast).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _counts(text: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-16"))
    return {m.raw: str(m.value.amount) for m in info.mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize(("text", "raw"), [
    ("Not one of the 300 residents was hurt in Orvik.", "Not one"),
    ("Remarkably, not one of Orvik's 310 villagers was hurt.", "not one"),
    ("Not one passenger was injured when the Brask ferry ran aground.", "Not one"),
    ("Not a single passenger was injured when the Brask ferry ran aground.", "Not a single"),
])
def test_not_one_is_the_count_zero(text: str, raw: str) -> None:
    counts = _counts(text)
    assert counts.get(raw) == "0"
    assert "one" not in counts and "1" not in counts.values()


def test_not_one_but_two_counts_two() -> None:
    counts = _counts("It was not one but two blasts that injured 12 workers at the Orvik mill.")
    assert "1" not in counts.values() and counts.get("two") == "2"


def test_not_one_hurt_diverges_from_two_hurt() -> None:
    a = Article.from_text("Flood water swept through Orvik on Monday. Not one of its residents was hurt, "
                          "the mayor said.", id="a", published="2026-05-12")
    b = Article.from_text("Flood water swept through Orvik on Monday. Two residents were hurt, officials "
                          "said.", id="b", published="2026-05-12")
    injured = [f for f in compare([a, b]).facts if f.kind is Kind.NUMBER
               and any("role:injured" in m.cues for m in f.mentions)]
    assert any(f.status.value == "diverge" and {m.source for m in f.mentions} == {"a", "b"} for f in injured)
