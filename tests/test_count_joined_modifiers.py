"""A count whose noun has two modifiers joined by "and"/"or": "38 oil and gas tankers" counts tankers.

The function word "and" ended the reading of the noun phrase, so the figure
counted nothing and was dropped, while "38 gas tankers" was a count; and
"gas" (like "news", "lens") read as a plural made the count's noun "ga".
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.extract.amounts import is_plural, singular
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return [(m.raw, m.cues[:1]) for m in info.mentions if m.slot == "number:count"]


def test_two_joined_modifiers_before_the_noun() -> None:
    assert counts("The port said 38 oil and gas tankers were waiting outside.") == [("38", ("tanker",))]
    assert counts("The council bought 12 red or white vans for the new routes.") == [("12", ("van",))]


def test_a_figure_after_the_joiner_is_a_count_of_its_own() -> None:
    got = counts("The port said 38 oil and 12 gas tankers were waiting outside.")
    assert ("38", ("tanker",)) not in got
    assert ("12", ("tanker",)) in got


def test_a_noun_before_the_joiner_is_kept() -> None:
    assert counts("Police detained 38 men and women after the march.") == [("38", ("man",))]


def test_an_address_is_read_no_further() -> None:
    assert counts("Firefighters went to 38 Baker Street and neighbours were evacuated.") == []


def test_singular_nouns_ending_in_s() -> None:
    assert singular("gas") == "gas" and not is_plural("gas")
    assert singular("news") == "news" and not is_plural("lens")
    assert singular("tankers") == "tanker" and is_plural("vans")
    assert counts("Two news agencies reported 14 gas leaks on Monday.") == [
        ("Two", ("agency",)), ("14", ("leak",))]


def test_overseas_modifies_the_noun_it_stands_before() -> None:
    assert singular("overseas") == "overseas" and not is_plural("overseas")
    assert counts("The sequel played in 47 overseas markets over the weekend.") == [("47", ("market",))]


def test_a_three_kind_breakdown_still_counts_its_last_kind() -> None:
    got = counts("The team won 4 gold, 6 silver and 9 bronze medals at the games.")
    assert ("9", ("bronze",)) in got
