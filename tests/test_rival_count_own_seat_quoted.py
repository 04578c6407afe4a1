"""align.rivaljoin: an outlet's seat in a count's claim keeps its rival out only when it states the count.

A tabloid writes "Shoppers returned 3.4 million bottles last year" where three
outlets write 3.1 million, then "That was a 20 per cent rise" and a
campaigner's words repeating the others' figure ("3.1 million bottles is a
start"). Clustering may seat the follow-up and the quotation in the count's
claim and the tabloid's own figure elsewhere: neither of those seats states
the outlet's count in its own voice, so the rival still joins. A sentence of
the outlet counting the bottles outside quotation marks is its seat, as
before. Invented articles, read by the real extractors; the claims and the
index's proposals are given by hand.
"""

from __future__ import annotations

from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import measures_of
from sourcediff.align.rivaljoin import join_rivals, quotation_spans
from sourcediff.model import Article
from sourcediff.pipeline import analyse

AGREEING = (
    "Shoppers in Dunmere returned 3.1 million bottles to deposit machines last year.",
    "The scheme took back 3.1 million bottles in its first full year, the council said.",
    "Machines in Dunmere collected 3.1 million bottles over the year.",
)
RIVAL = "Shoppers returned a record 3.4 million bottles last year."


def _joined(*own: str) -> list[list[int]]:
    """The claim of the three agreeing sentences plus the fourth source's ``own`` sentences, after the join.

    The fourth source's first passage is RIVAL; its ``own`` sentences follow it and sit in the claim.
    """
    texts = [*AGREEING, " ".join((RIVAL, *own))]
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-12") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    keys = [(d.source, d.index) for d in docs]
    source_of = [d.source for d in docs]
    assert source_of[:3] == ["s0", "s1", "s2"] and set(source_of[3:]) == {"s3"}
    assert len(docs) == 4 + len(own)
    claim = [0, 1, 2, *range(4, len(docs))]
    return join_rivals([claim], {(0, 3): 0.1}, source_of, measures_of(infos, keys), (), (),
                       quotation_spans(infos, keys))


def test_a_follow_up_and_a_quotation_of_the_agreed_count_leave_the_rival_free_to_join() -> None:
    joined = _joined("That was a 20 per cent rise on the year before.",
                     '"3.1 million bottles is a start, but it is not enough," said campaigner Orla Tensley.')
    assert joined == [[0, 1, 2, 3, 4, 5]]


def test_an_own_sentence_counting_the_bottles_in_its_own_voice_is_the_seat() -> None:
    joined = _joined("Machines took in 3.1 million bottles in the town alone.")
    assert joined == [[0, 1, 2, 4]]


def test_an_own_sentence_stating_another_figure_is_the_seat() -> None:
    joined = _joined("The machines were emptied at 6pm each evening.")
    assert joined == [[0, 1, 2, 4]]


def test_a_claim_stating_the_count_only_inside_quotations_takes_no_rival() -> None:
    quoted = tuple(f'"{t}" said a spokesman.' for t in AGREEING)
    texts = [*quoted, RIVAL]
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-12") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    keys = [(d.source, d.index) for d in docs]
    source_of = [d.source for d in docs]
    assert source_of == ["s0", "s1", "s2", "s3"]
    joined = join_rivals([[0, 1, 2]], {(0, 3): 0.1}, source_of, measures_of(infos, keys), (), (),
                         quotation_spans(infos, keys))
    assert joined == [[0, 1, 2]]
    # the same sentences unquoted take the rival
    assert join_rivals([[0, 1, 2]], {(0, 3): 0.1}, source_of, measures_of(infos, keys)) == [[0, 1, 2, 3]]
