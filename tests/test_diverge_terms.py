"""Two sources' prison terms for one offence are rivals: "up to 15 years in prison" against "up to 20 years".

Invented articles. Outlets word a penalty apart ("carries a sentence of",
"the suspects face", "punishable by", "behind bars"), so the words around
the figure rarely match; what the term is for (a term served in prison)
says it is the story's one maximum penalty, or its one sentence.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind


def _term_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-10") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.NUMBER and "year" in f.mentions[0].raw)


WIRE = ("Three men were charged on Tuesday with smuggling rhino horn through the port of Lindqvist. "
        "Under the wildlife act, the offence carries a sentence of up to {} years in prison and a fine.")
PAPER = ("The three suspects, arrested at the Lindqvist docks with 40 kg of horn, face up to {} years behind "
         "bars if convicted, prosecutors said.")
BLOG = ("Smuggling protected species is punishable by up to {} years' imprisonment, a court official "
        "reminded reporters outside the Lindqvist courthouse.")


@pytest.mark.parametrize(("wire", "paper", "blog"), [(15, 15, 20), (15, 20, 15), (20, 15, 15)])
def test_a_different_maximum_term_diverges(wire: int, paper: int, blog: int) -> None:
    facts = _term_facts(WIRE.format(wire), PAPER.format(paper), BLOG.format(blog))
    assert [status for status, _ in facts] == ["diverge"], facts


def test_the_same_maximum_agrees() -> None:
    facts = _term_facts(WIRE.format(15), PAPER.format(15), BLOG.format(15))
    assert all(status != "diverge" for status, _ in facts), facts


def test_different_sentences_handed_down_diverge() -> None:
    one = "The smuggler Anton Berg was jailed for nine years by Lindqvist crown court on Friday."
    two = "A judge in Lindqvist sentenced Anton Berg to 12 years for trafficking ivory through the docks."
    facts = _term_facts(one, two)
    assert [status for status, _ in facts] == ["diverge"], facts


def test_a_sentence_is_no_rival_of_the_maximum() -> None:
    """The court's sentence and the law's maximum are two facts of one story."""
    one = "Anton Berg was jailed for nine years on Friday for trafficking ivory through Lindqvist."
    two = "Anton Berg, convicted of trafficking ivory through Lindqvist, had faced up to 15 years in prison."
    facts = _term_facts(one, two)
    assert all(status != "diverge" for status, _ in facts), facts


def test_years_that_are_not_a_term_stay_apart() -> None:
    """Years of service, or of a trade, are no prison term: no penalty rule pairs them."""
    one = "The customs officer who found the horn has spent 15 years in the port service at Lindqvist."
    two = ("The customs officer who found the horn has worked 22 years on the docks at Lindqvist, "
           "colleagues said.")
    facts = _term_facts(one, two)
    assert all(status != "diverge" for status, _ in facts), facts
