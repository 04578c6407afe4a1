"""A toll told as what did not happen ("did not make it", "did not survive") or in a trade's word
("mortalities") is the story's count of the dead, set against another outlet's "died"."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.roles import count_role
from sourcediff.model import Kind


def number_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-02") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions))
            for f in compare(articles).facts if f.kind is Kind.NUMBER]


def role(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    return count_role(sentence, start, start + len(figure))


def test_did_not_make_it_counts_the_dead() -> None:
    assert role("But 14 of the sheep did not make it.", "14") == "dead"
    assert role("Nine of the climbers did not make it out alive, the guides said.", "Nine") == "dead"


def test_did_not_survive_counts_the_dead() -> None:
    assert role("Three of the calves did not survive the night.", "Three") == "dead"
    assert role("Three of the calves didn't survive the night.", "Three") == "dead"


def test_mortalities_count_the_dead() -> None:
    assert role("The outbreak ended with 40 mortalities across the two farms.", "40") == "dead"


def test_making_it_somewhere_is_no_toll() -> None:
    assert role("Twelve of the teams did not make it to the final round.", "Twelve") is None


def test_a_euphemism_toll_diverges_from_a_plain_one() -> None:
    found = number_facts("Eleven of the stranded dolphins died on the mudflats at Saltmere, the trust said.",
                         "At Saltmere, 13 of the stranded dolphins did not make it.")
    assert ("diverge", ["13", "Eleven"]) in found


def test_a_euphemism_toll_agrees_with_the_same_figure() -> None:
    found = number_facts("Eleven of the stranded dolphins died on the mudflats at Saltmere, the trust said.",
                         "The Saltmere stranding ended with 11 mortalities, the trust's vet said.")
    assert ("agree", ["11", "Eleven"]) in found
