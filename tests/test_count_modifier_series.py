"""A count whose noun has a comma series of modifiers: "240 sales, design and support staff" counts staff.

The reader of a count's noun read past one "and"/"or" joining two modifiers
("38 oil and gas tankers") but stopped at a comma, so a series of three
modifiers left the figure counting nothing and it was dropped, while another
outlet's "240 employees" was read.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return [(m.raw, m.cues[:1]) for m in info.mentions if m.slot == "number:count"]


def test_a_series_of_three_modifiers() -> None:
    assert counts("The mill laid off 240 spinning, dyeing and packing workers last week.") == [
        ("240", ("worker",))]
    assert counts("About 95 cabin, ground and catering crew walked out at dawn.") == [("About 95", ("crew",))]


def test_a_serial_comma_before_the_joiner() -> None:
    assert counts("The depot runs 120 red, white, and blue vans across the county.") == [("120", ("van",))]


def test_a_series_of_nouns_keeps_its_first_noun() -> None:
    assert counts("Police detained 38 men, women and children after the march.") == [("38", ("man",))]


def test_a_comma_that_ends_the_figure_phrase_still_ends_it() -> None:
    got = counts("The toll rose to 12 today, officials and medics said.")
    assert ("12", ("official",)) not in got


def test_a_breakdown_by_kind_is_unchanged() -> None:
    got = counts("The team won 4 gold, 6 silver and 9 bronze medals at the games.")
    assert ("4", ("gold",)) in got and ("9", ("bronze",)) in got
