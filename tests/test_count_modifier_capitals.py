"""A count written as a modifier of a noun in capitals: "a 2,400-TEU feeder ship" counts TEU.

"a 300-bed hospital" was read as a count of beds, but a figure hyphen-joined
to a trade's capital abbreviation ("2,400-TEU") ran on into letters and was
dropped as part of a code, while "2,400 TEU" with a space was read: an
outlet's modifier form then met nothing of another outlet's spaced form.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return [(m.raw, m.cues[:1]) for m in info.mentions if m.slot == "number:count"]


def test_a_capital_noun_joined_by_a_hyphen_is_counted() -> None:
    got = counts("The Varnel Crest, a 2,400-TEU feeder ship, docked at Osmarby.")
    assert got == [("2,400-TEU", ("teu",))]
    assert counts("The 9,800-TEU Varnel Crest docked at Osmarby.") == [("9,800-TEU", ("teu",))]


def test_the_lower_case_modifier_is_read_as_before() -> None:
    assert counts("Osmarby opened a 240-bed hospital last spring.") == [("240-bed", ("bed",))]


def test_two_capitals_and_codes_stay_out() -> None:
    assert counts("He drove a 4-WD pickup to the quay.") == []
    assert counts("The airline grounded its Model 737-MAX jets.") == []


def test_a_capital_unit_is_still_a_unit() -> None:
    info = analyse(Article.from_text("Osmarby opened a 300-MW plant.", id="s0", published="2026-05-02"))
    assert [m.slot for m in info.mentions if m.kind.name == "NUMBER"] == ["number:megawatt"]
