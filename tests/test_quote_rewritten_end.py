"""A quotation whose last sentence an outlet rewrote diverges (quotevariants.ends_otherwise).

Invented text throughout. Two outlets quote a union leader's two sentences
alike; a tabloid prints the first word for word and its own second ("We
will shut every depot in the county."). Sentence by sentence, the first
joined the others' statement as a cut and the rewritten one, sharing only
"we will" with anything, stood as a unique quote: the change went
unreported. Its place says what it is. Near-misses: a second quotation of
the speaker elsewhere in the story, one witness only, and the tabloid's
second sentence as a quotation of its own all stay apart.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Report

LEAD = ("Bus drivers at Corrowby Transit voted on Monday to strike for two days next month after "
        "rejecting a 3.5% pay offer, the Transport Workers' Guild said.")
FIRST = "Our members have carried this network through two hard winters and they have been insulted"
SECOND = "We will ballot again in the spring if the company does not come back to the table"
REWRITTEN = "We will shut every depot in the county"


def quote_facts(articles: list[str]) -> list[tuple[str, list[str]]]:
    report: Report = compare([Article.from_text(t, id=f"s{n}", published="2027-04-13")
                              for n, t in enumerate(articles)])
    return [(f.status.value, sorted(m.source for m in f.mentions))
            for f in report.facts if f.kind is Kind.QUOTE]


def witnessed(tabloid: str, witnesses: int = 2) -> list[str]:
    sources = [f'{LEAD}\n\nGuild organiser Petra Vennick said: "{FIRST}. {SECOND}."',
               f'{LEAD}\n\n"{FIRST}. {SECOND}," organiser Petra Vennick told reporters.'][:witnesses]
    return [*sources, f"{LEAD}\n\n{tabloid}"]


def test_a_rewritten_last_sentence_diverges_from_the_witnessed_statement() -> None:
    facts = quote_facts(witnessed(f'Fuming organiser Petra Vennick said: "{FIRST}. {REWRITTEN}."'))
    assert ("diverge", ["s0", "s1", "s2", "s2"]) in facts
    assert ("unique", ["s2"]) not in facts


def test_a_rewritten_first_sentence_diverges_too() -> None:
    opening = "Nobody at head office has ever driven a night route in the snow"
    facts = quote_facts([
        f'{LEAD}\n\nGuild organiser Petra Vennick said: "{SECOND}. {FIRST}."',
        f'{LEAD}\n\n"{SECOND}. {FIRST}," organiser Petra Vennick told reporters.',
        f'{LEAD}\n\nFuming organiser Petra Vennick said: "{opening}. {FIRST}."'])
    assert ("diverge", ["s0", "s1", "s2", "s2"]) in facts


def test_one_witness_is_not_enough() -> None:
    facts = quote_facts(witnessed(f'Fuming organiser Petra Vennick said: "{FIRST}. {REWRITTEN}."', 1))
    assert ("unique", ["s1"]) in facts


def test_a_sentence_in_a_quotation_of_its_own_stays_apart() -> None:
    facts = quote_facts(witnessed(f'Fuming organiser Petra Vennick said: "{FIRST}." '
                                  f'Later she added: "{REWRITTEN}."'))
    assert ("unique", ["s2"]) in facts
    assert not [f for f in facts if f[0] == "diverge"]
