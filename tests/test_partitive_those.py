"""'N of those' / 'N of these' is a part of the count before it in the sentence, however far (invented text).

"Last year 180 lambs were lost on the estate, most of them to foxes, and 22
of those were on the home farm": the 22 named no noun of its own and stood
more than 48 characters after the count, so it was no mention at all and the
outlet that gave it had nothing to show.
"""

from __future__ import annotations

from sourcediff import Article, Kind
from sourcediff.extract import numbers
from sourcediff.extract.roles import PART
from sourcediff.segment import segment


def counts(text: str) -> dict[str, tuple[str, ...]]:
    article = Article.from_text(text, id="t")
    return {m.raw: m.cues for m in numbers.extract(article, segment(article)) if m.kind is Kind.NUMBER}


def test_of_those_far_after_the_count_is_a_part_of_it() -> None:
    found = counts("Last year 180 lambs were lost on the estate, most of them to foxes, and 22 of those "
                   "were on the home farm.")
    assert "22" in found
    assert PART in found["22"] and "lamb" in found["22"]


def test_of_these_right_after_the_count() -> None:
    found = counts("The clinic saw 640 patients in March, and 95 of these were under five.")
    assert PART in found["95"]


def test_of_them_far_after_the_count_is_a_part_of_it() -> None:
    found = counts("Inspectors visited 75 restaurants across the county over the summer months, and 12 of "
                   "them were told to close.")
    assert PART in found["12"]


def test_a_sentence_break_still_bounds_the_pronoun() -> None:
    found = counts("The shelter took in 75 dogs. Staff said 12 of those they could not rehome.")
    assert PART not in found.get("12", ())
