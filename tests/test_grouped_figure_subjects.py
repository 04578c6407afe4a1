"""A figure's grouping comma in a subject phrase ("The union, which has 6,200 members, said") cuts nothing."""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse

LEAD = "Harwick council approved the new parking charges on Monday after a long debate.\n\n"


def speakers(text: str) -> list[str | None]:
    found = analyse(Article.from_text(LEAD + text, published="2026-03-10")).mentions
    return [m.speaker for m in found if m.kind.value == "quote"]


def test_a_grouped_figure_in_a_relative_clause_leaves_the_body_its_words() -> None:
    text = ("The Harwick Landlords Association, whose 1,300 members own or manage most of the town’s "
            "purpose-built rental stock, called the charges “a tax on tenants”.")
    assert speakers(text) == ["Harwick Landlords Association"]


def test_the_digits_after_a_grouping_comma_are_never_the_speaker() -> None:
    text = ("The tenants union, which has 6,200 members across the town and in the villages, said the plan "
            "was “a good start”.")
    assert not any(s and "members" in s for s in speakers(text))


def test_a_comma_before_a_space_still_parts_the_pieces() -> None:
    text = ("Mara Vell, 44, who has run the Corner Deli for 12 years, said the charges would "
            "“empty the high street”.")
    assert speakers(text) == ["Mara Vell"]


def test_a_body_read_right_before_is_still_read() -> None:
    text = ("The Harwick Traders Association, which has 2,100 members in the town and the villages "
            "around it, called the charges “a tax on shopping”.")
    assert speakers(text) == ["Harwick Traders Association"]
