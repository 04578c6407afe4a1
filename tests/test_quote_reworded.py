"""One statement reworded by an outlet is one quotation that diverges (quoterewords.py).

Invented text: a named speaker's statement quoted word for word by one
outlet and half rewritten by another, in passages that tell the same moment.
Near-misses: two different statements of one speaker, the same words credited
to two people, an unnamed spokesman, quotes too short to tell.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.quoterewords import reworded
from sourcediff.values import QuoteValue

WIRE = ('Tiva Norquist, a hydrologist at the Ardlen Survey, said the ridge above Kelso Bay had been moving '
        'for weeks. '
        '"The clay under that ridge could not take any more water. Once the pressure in the ground passed '
        'a certain point, the whole block slid at once," Norquist said on Thursday.')
TABLOID = ('Hydrologist Tiva Norquist of the Ardlen Survey said the ridge above Kelso Bay had been moving '
           'for weeks. '
           '"That ridge was soaked like a sponge. When the pressure in the ground got too high, the whole '
           'hillside just gave way," Norquist said on Thursday.')


def q(text: str) -> QuoteValue:
    return QuoteValue(text=text, norm=text.casefold())


def quote_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-14") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.source for m in f.mentions))
            for f in compare(articles).facts if f.kind.value == "quote"]


@pytest.mark.parametrize(("a", "b"), [
    ("The clay under that ridge could not take any more water. Once the pressure in the ground passed a "
     "certain point, the whole block slid at once",
     "That ridge was soaked like a sponge. When the pressure in the ground got too high, the whole hillside "
     "just gave way"),
    ("Marrow Lane was torn apart in a matter of minutes, and the whole city will stand with its families "
     "until every one of them is home",
     "Marrow Lane was torn apart in minutes, and this city will not rest until every family has a home "
     "again"),
    ("We have checked every pipe in the district twice and found the leak near the old pumping station",
     "Engineers checked every pipe in the district and the leak was found by the pumping station"),
])
def test_a_rewritten_statement_is_reworded(a: str, b: str) -> None:
    assert reworded(q(a), q(b))


@pytest.mark.parametrize(("a", "b"), [
    # two statements of one speech: the topic's words, no run of the speaker's wording in common
    ("The clay under that ridge could not take any more water after three weeks of rain",
     "We will keep the road closed until the survey team says the ridge is safe"),
    # one shared phrase in otherwise different statements
    ("Our teams worked through the night and we are proud of every one of them",
     "The night shift found two more families and we expect to reopen the school"),
    # too short to tell a rewording from a common phrase
    ("It was a matter of minutes", "It was over in minutes"),
])
def test_different_statements_are_not_reworded(a: str, b: str) -> None:
    assert not reworded(q(a), q(b))


# A second outlet carrying the wire's words: two outlets agree on the statement as made.
RADIO = WIRE.replace("Tiva Norquist, a hydrologist at the Ardlen Survey, said",
                     "Ardlen Survey hydrologist Tiva Norquist told the station")


def test_one_speakers_reworded_quote_in_one_claim_is_one_diverging_fact() -> None:
    facts = quote_facts(WIRE, RADIO, TABLOID)
    assert ("diverge", ["s0", "s1", "s2"]) in facts
    assert not any(status == "unique" for status, _ in facts)


def test_two_outlets_each_with_its_own_version_stay_apart() -> None:
    # No third outlet says which words were spoken: they may be two sentences of one statement.
    assert sorted(quote_facts(WIRE, TABLOID)) == [("unique", ["s0"]), ("unique", ["s1"])]


def test_the_same_quote_stays_one_agreeing_fact() -> None:
    same = WIRE.replace(" on Thursday", " on Thursday evening")
    assert quote_facts(WIRE, same) == [("agree", ["s0", "s1"])]


def test_a_rewording_credited_to_someone_else_stays_apart() -> None:
    other = TABLOID.replace("Hydrologist Tiva Norquist", "Engineer Quilla Ashgrove").replace(
        "Norquist said", "Ashgrove said")
    assert sorted(quote_facts(WIRE, RADIO, other)) == [("agree", ["s0", "s1"]), ("unique", ["s2"])]


def test_an_unnamed_spokesman_is_no_speaker_to_join_on() -> None:
    a = ('A spokesman said the ridge had been moving. "The clay under that ridge could '
         'not take any more water. Once the pressure in the ground passed a certain point, the whole block '
         'slid at once," the spokesman said.')
    b = ('A spokesman said the ridge had been moving. "That ridge was soaked like a '
         'sponge. When the pressure in the ground got too high, the whole hillside just gave way," the '
         'spokesman said.')
    assert sorted(quote_facts(a, a, b)) == [("agree", ["s0", "s1"]), ("unique", ["s2"])]
