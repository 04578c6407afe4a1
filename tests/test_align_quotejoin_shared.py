"""A quote whose quoting passages each sit in two claims still joins the one claim they share (invented text).

A wire splits the harbourmaster's words around their attribution, a paper
cuts them to the first clause, and a blog gives them whole. The model tied
the wire's quote sentence also to the paper's next sentence, and the
paper's quote sentence to the wire's next one, so both quoting passages sit
in two claims, and quotejoin used to leave the run alone (which fact the
quote tells was not sure). Yet one claim holds both: it is the quote's, and
the blog's quoting passage, seated elsewhere, joins it.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align.quotejoin import join_quotes
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

WIRE = ('"The pier has stood for ninety winters and nobody asked the town," said harbourmaster Ilse '
        'Varga. The council voted on Thursday.')
PAPER = ('Harbourmaster Ilse Varga said: "The pier has stood for ninety winters." '
         "Demolition is due to begin in May.")
BLOG = ('Varga put it bluntly: "The pier has stood for ninety winters and nobody asked the town." '
        "Ms Varga has written to the council.")


def _run(claims: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    sources: list[SourceInfo] = [analyse(Article.from_text(t, id=f"s{n}", published="2026-10-02"))
                                 for n, t in enumerate((WIRE, PAPER, BLOG))]
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    found = join_quotes([[keys.index(k) for k in c] for c in claims], sources, keys, set())
    return [[keys[n] for n in claim] for claim in found]


def test_the_blog_quote_joins_the_claim_both_quoting_passages_share() -> None:
    quote = [("s0", 0), ("s1", 0), ("s2", 1)]  # the blog's seat taken by its letter sentence
    found = _run([quote, [("s0", 0), ("s1", 1)], [("s0", 1), ("s1", 0)], [("s0", 1), ("s2", 0)]])
    assert found[0] == [("s0", 0), ("s1", 0), ("s2", 0), ("s2", 1)]
    assert found[3] == [("s0", 1), ("s2", 0)]  # the claims it sits in keep it


def test_no_claim_shared_by_the_quoting_passages_joins_nothing() -> None:
    claims = [[("s0", 0), ("s1", 1)], [("s0", 0), ("s2", 1)], [("s1", 0), ("s0", 1)], [("s1", 0), ("s2", 1)],
              [("s0", 1), ("s2", 0)]]
    assert _run(claims) == [sorted(c) for c in claims]


def test_one_passage_in_two_claims_and_another_seated_once_still_name_the_quote_claim() -> None:
    # the paper's quote sentence sits only in the quote's claim (the claim of another of her statements no
    # longer holds it); the wire's sits there and in the claim of the paper's next sentence: the claim the
    # two share is the quote's, and the blog's quoting passage, seated elsewhere, joins it
    quote = [("s0", 0), ("s1", 0), ("s2", 1)]
    found = _run([quote, [("s0", 0), ("s1", 1)], [("s0", 1), ("s2", 0)]])
    assert found[0] == [("s0", 0), ("s1", 0), ("s2", 0), ("s2", 1)]


def test_one_passage_in_two_claims_alone_names_no_claim() -> None:
    # no other quoting passage sits in either of its claims: which one is the quote's is not sure
    claims = [[("s0", 0), ("s1", 1)], [("s0", 0), ("s2", 1)], [("s0", 1), ("s2", 0)]]
    assert _run(claims) == [sorted(c) for c in claims]
