"""A count after a plural possessive is a count: "the Liberals' 23 deputies" (invented text).

A capitalized word right before digits makes them a name ("Boeing 737",
"Section 230"), and a possessive "Labour's 202 seats" was already exempt;
the plural possessive was not, so a blog's "The Greens' 14 councillors"
lost its figure. The possessor owns the count whether its apostrophe
follows an s or precedes one.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[str]:
    info = analyse(Article.from_text(text, published="2027-04-09"))
    return [m.raw for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "figure"), [
    ("The Liberals' 23 deputies abstained in the final vote.", "23"),
    ("The Rangers’ 1,200 season-ticket holders were told by email.", "1,200"),
    ("The Farmers' 9 delegates walked out of the congress.", "9"),
])
def test_a_plural_possessive_owns_its_count(text: str, figure: str) -> None:
    assert figure in _numbers(text)


def test_a_model_name_before_digits_stays_a_name() -> None:
    assert "320" not in _numbers("The carrier flies the Airbus 320 on the route.")
