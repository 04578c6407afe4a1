"""An age told by a birthday or a verb of reaching it: "her 90th birthday", "turned 90", "lived to 104".

Birthday and obituary stories state one age in several ways across outlets:
"celebrated her 90th birthday", "turned 90 on Sunday", "reached the age of
90", "lived to 104". The ordinal gave no figure at all, and the bare figures
after "turned", "reached the age of" and "lived to" counted nothing and
were dropped, so the outlets' ages never met. Each is now an age in years
(slot "number:age", cue "age"), as "aged 90" is. A figure with a unit after
the verb ("turned 180 degrees") and an anniversary ("its 50th
anniversary") stay what they were. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import extract
from sourcediff.model import Article
from sourcediff.segment import segment


def ages(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.value.canonical()) for m in extract(article, segment(article))
            if m.slot == "number:age"]


@pytest.mark.parametrize(("text", "age"), [
    ("Hilde Varrow celebrated her 104th birthday at home on Sunday.", ("104th birthday", "104 year")),
    ("The twins marked their twentieth birthday with a party.", ("twentieth birthday", "20 year")),
    ("Guests came to his 21st-birthday dinner.", ("21st-birthday", "21 year")),
    ("Hilde Varrow turned 104 on Sunday.", ("104", "104 year")),
    ("The retired miner turns a remarkable 101 tomorrow.", ("101", "101 year")),
    ("Hilde Varrow reached the age of 104 in May.", ("104", "104 year")),
    ("He hit the ripe old age of 99 last week.", ("99", "99 year")),
    ("Her grandfather lived to 121.", ("121", "121 year")),
    ("Her grandfather lived to be 97, surrounded by his family.", ("97", "97 year")),
])
def test_the_age_reached_is_an_age(text: str, age: tuple[str, str]) -> None:
    assert ages(text) == [age]


@pytest.mark.parametrize("text", [
    "The ferry turned 180 degrees in the storm.",
    "Shares turned 3 points lower by noon.",
    "The museum marks its 50th anniversary this week.",
    "The club reached 40 goals in the league.",
    "The vote turned 5-4 against the plan.",
])
def test_no_age_without_a_birthday_or_a_verb_of_reaching_it(text: str) -> None:
    assert ages(text) == []
