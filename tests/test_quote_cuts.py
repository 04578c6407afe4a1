"""One fact for a statement that outlets cut at different sentences (invented text).

A wire quotes a harbour master's two sentences; a local site quotes only the
first, a broadcaster only the second. Judged sentence by sentence, the local
site and the broadcaster never met in one fact, though all three quote one
statement. `quotecuts.join_cut_quotations` makes it one fact; sentences of
separate quotations, and a sentence whose verdict differs, stay apart.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article, Fact, Kind, Verdict

HEAD = "Ferry service to Skerrow resumes after storm repairs\n\n"
FIRST = "The pier took the worst of it, but every mooring has now been tested"
SECOND = "We will run the full timetable from the first sailing on Saturday"
WIRE = (HEAD + f'Harbour master Oona Brackley said: "{FIRST}. {SECOND}."\n\n'
        "The crossing takes 40 minutes and carries about 600 passengers a day.\n")
LOCAL = HEAD + f'"{FIRST}," harbour master Oona Brackley told the Skerrow Bulletin.\n'
BROADCAST = HEAD + f'Oona Brackley, the harbour master, said: "{SECOND}."\n'


def _quote_facts(*texts: str) -> list[Fact]:
    report = compare([Article.from_text(t, id=f"s{n}") for n, t in enumerate(texts)])
    return [f for f in report.facts if f.kind is Kind.QUOTE]


def test_one_statement_cut_two_ways_is_one_fact() -> None:
    facts = _quote_facts(WIRE, LOCAL, BROADCAST)
    assert len(facts) == 1
    fact = facts[0]
    assert fact.status is Verdict.AGREE
    by_source = {m.source: m.raw for m in fact.mentions}
    assert set(by_source) == {"s0", "s1", "s2"}
    assert FIRST in by_source["s0"] and SECOND in by_source["s0"]
    assert SECOND not in by_source["s1"] and FIRST not in by_source["s2"]


def test_sentences_no_source_quotes_together_stay_apart() -> None:
    apart = (HEAD + f'Harbour master Oona Brackley said: "{FIRST}."\n\n'
             "The crossing takes 40 minutes and carries about 600 passengers a day.\n\n"
             f'Later, at the quayside, she said: "{SECOND}."\n')
    facts = _quote_facts(apart, LOCAL, BROADCAST)
    assert len(facts) == 2


def test_a_sentence_given_to_another_speaker_stays_its_own_divergence() -> None:
    other = HEAD + f'Councillor Rhys Tamworth said: "{SECOND}."\n'
    facts = _quote_facts(WIRE, LOCAL, other)
    assert len(facts) == 2
    assert sorted(f.status for f in facts) == sorted([Verdict.AGREE, Verdict.DIVERGE])
