"""Both fragments of one speaker's quoted sentence join the quotation another outlet gives whole.

A local paper writes: Rhee said the ferry was “the best option yet” but
warned that the fare “will have to rise next spring”. The second fragment
(a statement of its own) joined the wire's whole quotation; the first then
found its source already in the fact and stayed out, so the fact held only
half of what the paper quoted. Both are now in it. A fragment in another
passage of that source, or by another speaker, is another quotation.
"""

from __future__ import annotations

from sourcediff import Article, Kind, compare

WIRE = ('"The ferry is the best option yet, but the fare will have to rise next spring," '
        'harbour board chair Mina Rhee said on Thursday.')


def quote_raws(*texts: str) -> list[list[tuple[str, str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-12") for n, t in enumerate(texts)]
    return [[(m.source, m.raw) for m in f.mentions] for f in compare(arts).facts if f.kind is Kind.QUOTE]


def fact_with(raw: str, facts: list[list[tuple[str, str]]]) -> list[tuple[str, str]]:
    return next((f for f in facts if any(r == raw for _, r in f)), [])


def test_both_fragments_of_one_sentence_join() -> None:
    paper = ('The harbour board met on Thursday. Mina Rhee said the ferry was "the best option yet" '
             'but warned that the fare "will have to rise next spring".')
    fact = fact_with("the best option yet", quote_raws(WIRE, paper))
    assert ("s1", "will have to rise next spring") in fact
    assert ("s0", "The ferry is the best option yet, but the fare will have to rise next spring") in fact


def test_a_fragment_in_another_passage_stays_out() -> None:
    # the same source's other sentence is no cut of this quotation: it is not pulled in beside it
    paper = ('Mina Rhee said the fare "will have to rise next spring". '
             'The board also approved a new pier. Rhee said the pier was "the best option yet" for the town.')
    facts = quote_raws(WIRE, paper)
    fact = fact_with("The ferry is the best option yet, but the fare will have to rise next spring", facts)
    assert ("s1", "the best option yet") not in fact


def test_a_fragment_by_another_speaker_stays_out() -> None:
    paper = ('Mina Rhee warned that the fare "will have to rise next spring", while the mayor, Tom Vasko, '
             'said the pier was "the best option yet" for the town.')
    facts = quote_raws(WIRE, paper)
    fact = fact_with("The ferry is the best option yet, but the fare will have to rise next spring", facts)
    assert ("s1", "the best option yet") not in fact
