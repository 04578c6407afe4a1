"""One statement reworded by an outlet is one quotation that diverges (quotevariants.join_altered).

Invented text throughout: a named speaker's statement quoted word for word
by one or two outlets and rewritten by another (its opening kept, half its
words kept, or a run of its words kept), in passages that tell the same
moment. Near-misses: exact and trimmed re-quotes (agree), two different
statements of one speaker, the same words credited to someone else, an
unnamed spokesman, quotes too short to tell, passages in no shared claim,
and two outlets each with its own version and no third to say which was said.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from sourcediff import Article, compare
from sourcediff.evidence import Evidence, _claims_of
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Report, Span, Verdict
from sourcediff.quotevariants import altered, join_altered
from sourcediff.values import QuoteValue


def q(text: str) -> QuoteValue:
    return QuoteValue(text=text, norm=text.casefold())


def quote_facts(*texts: str, published: str = "2026-05-14") -> list[tuple[str, list[str]]]:
    """(verdict, sources) of each quote fact when the texts are compared, sources named s0, s1, ..."""
    report: Report = compare([Article.from_text(t, id=f"s{n}", published=published)
                              for n, t in enumerate(texts)])
    return [(f.status.value, sorted(m.source for m in f.mentions))
            for f in report.facts if f.kind is Kind.QUOTE]


# --- Half a statement rewritten, no second outlet quoting it alike (from quoterewording.py) ---

SAID = ("Mayor Elena Brandt toured the flooded district of Halden on Tuesday. "
        '"{}," Brandt told reporters at the pumping station.')
ORIGINAL = ("Halden was swamped in a matter of hours, and the whole city will stand with these streets "
            "until every shop is open again")
REWORDED = ("Halden was swamped in hours, and this city will not rest until every shop on these streets "
            "trades again")


def quote(text: str, speaker: str | None, source: str = "a", passage: int = 0) -> Mention:
    return Mention(Kind.QUOTE, source, passage, Span(0, len(text)), text, QuoteValue(text=text, norm=""),
                   slot="quote", speaker=speaker)


def ctx_of(*claims: Claim) -> Evidence:
    return Evidence(None, _claims_of(claims), frozenset(), {}, {})  # type: ignore[arg-type]


ORDER = {"s0": 0, "s1": 1}
SHARED = Claim("c1", 0.9, (ClaimPassage("s0", 3), ClaimPassage("s1", 7)))


def joined(a: Mention, b: Mention, *claims: Claim) -> bool:
    facts = [([a], Verdict.UNIQUE, None, None), ([b], Verdict.UNIQUE, None, None)]
    return join_altered(facts, ctx_of(*claims), ORDER) == [([a, b], Verdict.DIVERGE, None, None)]


def test_a_half_rewritten_quote_of_one_speaker_is_the_quote_altered() -> None:
    assert altered(q(ORIGINAL), q(REWORDED), witnessed=False)
    assert joined(quote(ORIGINAL, "Elena Brandt", "s0", 3), quote(REWORDED, "Brandt", "s1", 7), SHARED)
    assert quote_facts(*(SAID.format(x) for x in (ORIGINAL, ORIGINAL, REWORDED)),
                       published="2026-02-11") == [("diverge", ["s0", "s1", "s2"])]


def test_exact_and_trimmed_re_quotes_still_agree() -> None:
    trimmed = "the whole city will stand with these streets until every shop is open again"
    assert quote_facts(SAID.format(ORIGINAL), SAID.format(ORIGINAL), published="2026-02-11") == [
        ("agree", ["s0", "s1"])]
    assert quote_facts(SAID.format(ORIGINAL), SAID.format(trimmed), published="2026-02-11") == [
        ("agree", ["s0", "s1"])]


def test_no_rewording_without_one_named_speaker() -> None:
    a = quote(ORIGINAL, "Elena Brandt", "s0", 3)
    assert not joined(a, quote(REWORDED, "Oskar Lindqvist", "s1", 7), SHARED)
    assert not joined(a, quote(REWORDED, None, "s1", 7), SHARED)
    assert not joined(a, quote(REWORDED, "spokeswoman", "s1", 7), SHARED)


def test_another_statement_of_the_same_speaker_is_no_rewording() -> None:
    # the same speaker's other words share a phrase or two, never half the statement
    other = "Every shop owner in Halden will get a grant from the city before the end of the month"
    assert not altered(q(ORIGINAL), q(other), witnessed=False)
    # a short phrase is left to the exact-quote rules
    assert not altered(q("swamped in a matter of hours"), q("swamped within hours"), witnessed=False)


def test_a_rewording_joins_only_through_a_shared_claim() -> None:
    a, b = quote(ORIGINAL, "Elena Brandt", "s0", 3), quote(REWORDED, "Elena Brandt", "s1", 7)
    apart = Claim("c1", 0.9, (ClaimPassage("s0", 3), ClaimPassage("s1", 2)))
    assert joined(a, b, SHARED)
    assert not joined(a, b, apart)
    assert not joined(a, b)


# --- A run of the statement's words kept, the statement witnessed by two outlets (from quoterewords.py) ---

WIRE = ('Tiva Norquist, a hydrologist at the Ardlen Survey, said the ridge above Kelso Bay had been moving '
        'for weeks. '
        '"The clay under that ridge could not take any more water. Once the pressure in the ground passed '
        'a certain point, the whole block slid at once," Norquist said on Thursday.')
TABLOID = ('Hydrologist Tiva Norquist of the Ardlen Survey said the ridge above Kelso Bay had been moving '
           'for weeks. '
           '"That ridge was soaked like a sponge. When the pressure in the ground got too high, the whole '
           'hillside just gave way," Norquist said on Thursday.')
# A second outlet carrying the wire's words: two outlets agree on the statement as made.
RADIO = WIRE.replace("Tiva Norquist, a hydrologist at the Ardlen Survey, said",
                     "Ardlen Survey hydrologist Tiva Norquist told the station")


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
    assert altered(q(a), q(b), witnessed=True)


@pytest.mark.parametrize(("a", "b"), [
    ("We are shocked, but this is not the end", "We are stunned, but this fight is not the end"),
    ("We were let down, and that is not right", "We were betrayed, and that is not right"),
])
def test_a_witnessed_statement_with_one_word_swapped_is_reworded(a: str, b: str) -> None:
    """All the shorter version's words but one kept, in order: its content word swapped ("shocked" for
    "stunned") leaves none of its own, yet a sentence of eight words or more so kept is the statement."""
    assert altered(q(a), q(b), witnessed=True)


@pytest.mark.parametrize(("a", "b"), [
    ("We are sad but not beaten", "We are angry but not beaten"),  # too short to tell from a stock phrase
    ("We are proud of the work our crews did", "We are sorry for the delay our crews caused"),
])
def test_a_swap_needs_a_long_sentence_kept_but_one_word_and_a_witness(a: str, b: str) -> None:
    assert not altered(q(a), q(b), witnessed=True)
    assert not altered(q("We are shocked, but this is not the end"),
                       q("We are stunned, but this fight is not the end"), witnessed=False)


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
    assert not altered(q(a), q(b), witnessed=True)


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


# --- The opening kept, the rest rewritten (from divergequotes.py) ---

BOIL_WIRE = ('Marlow Water told 90,000 residents of Tessing on Thursday to boil their tap water after '
             'bacteria were found at the Orley works.\n\n'
             '"We will not lift this notice until two rounds of tests come back clean, and nobody should '
             'take risks in the meantime," said Rhoda Fenner, the utility\'s director.')
BOIL_TRADE = ('Marlow Water put Tessing under a boil-water notice on Thursday after bacteria were found at '
              'its Orley works, affecting 90,000 residents.\n\n'
              '"We will not lift this notice until two rounds of tests come back clean, and nobody should '
              'take risks in the meantime," director Rhoda Fenner said.')


def _boil_tabloid(words: str, speaker: str = "Rhoda Fenner") -> str:
    return ('Some 90,000 people in Tessing were told on Thursday to boil their tap water after '
            'bacteria were found at the Orley works.\n\n'
            f'Water boss {speaker} said: "{words}"')


def _boil_facts(words: str, speaker: str = "Rhoda Fenner") -> list[tuple[str, list[str]]]:
    return quote_facts(BOIL_WIRE, BOIL_TRADE, _boil_tabloid(words, speaker), published="2026-11-19")


@pytest.mark.parametrize("words", [
    "We won't lift this notice until the water is totally safe, full stop.",
    "We will not lift this notice until every test says the water is safe to drink.",
    "We will NOT lift this notice until we are sure, and I won't apologise for that.",
])
def test_a_quote_rewritten_after_its_opening_diverges_from_the_whole(words: str) -> None:
    assert ("diverge", ["s0", "s1", "s2"]) in _boil_facts(words)


def test_the_same_words_still_agree() -> None:
    words = ("We will not lift this notice until two rounds of tests come back clean, and nobody "
             "should take risks in the meantime.")
    assert ("agree", ["s0", "s1", "s2"]) in _boil_facts(words)


def test_another_opening_or_another_speaker_is_another_statement() -> None:
    # a statement of its own (another opening), and the same opening credited to someone else
    # (a misattribution is the quote join's job, not this rule's: the words must be the same)
    assert ("unique", ["s2"]) in _boil_facts("Tessing deserves better than this, and we will fix it fast.")
    other = _boil_facts("We will not lift this ban on hosepipes before spring.", speaker="Colm Abara")
    assert all(status != "diverge" for status, _ in other)


def test_an_opening_alone_needs_the_statement_witnessed() -> None:
    opened = "We will not lift this notice until we are sure, and I won't apologise for that"
    whole = BOIL_WIRE.split('"')[1].rstrip(",")
    assert altered(q(whole), q(opened), witnessed=True)
    assert not altered(q(whole), q(opened), witnessed=False)


def test_one_moved_mention_keeps_source_order() -> None:
    a = replace(quote(ORIGINAL, "Elena Brandt", "s1", 7))
    b = replace(quote(REWORDED, "Elena Brandt", "s0", 3))
    facts = [([a], Verdict.UNIQUE, None, None), ([b], Verdict.UNIQUE, None, None)]
    assert join_altered(facts, ctx_of(SHARED), ORDER)[0][0] == [b, a]
