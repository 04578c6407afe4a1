"""A fact-box line's different sum joins the claim of the sum the prose agrees on (align/rivaljoin.py).

Three outlets wrote that a ferry operator owed about €80m; a trade site's
fact box had "Total debt: €95m". The line shares no word with the prose
("owed ... to its lenders") and, its figure being another, no figure key:
the candidate index never proposed it, so the rival sum joined nothing and
the two readings were never weighed side by side in one claim. A box line
stating one sum is now looked at beside every sum of its currency in the
other sources; the rival tests decide. And one source stating the agreed
sum twice in the claim (its standfirst and its sentence) is one reading,
not two sums of which the rival's could be either. Invented text.
"""

from __future__ import annotations

from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import measures_of
from sourcediff.align.rivaljoin import join_rivals
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

PROSE = (
    "Marlowe Ferries owed about 80 million euros to its lenders when it stopped sailing.",
    "The operator collapsed owing €80m, the court heard.\n\nIts boats are laid up in Dunkerrin owing €80m.",
    "Creditors are owed some €80 million, administrators said.",
)


def _story(*texts: str) -> tuple[list[str], list[list[Mention]], list[frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return ([d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs]),
            [d.boxed for d in docs])


def _joined(line: str, claim: list[int], boxed: bool = True, seated: bool = False) -> list[int]:
    """``seated``: the line also sits in a claim with s2's sentence (doc 3), so it is no lone sentence."""
    source_of, measures, box = _story(*PROSE, line)
    assert source_of == ["s0", "s1", "s1", "s2", "s3"]
    lines = [n for n, keys in enumerate(box) if keys] if boxed else []
    claims = [claim, [3, 4]] if seated else [claim]
    return join_rivals(claims, {}, source_of, measures, (), lines)[0]


def test_the_line_is_a_box_line() -> None:
    assert _story("Total debt: €95m")[2][0]


def test_a_box_lines_rival_sum_joins_the_claim_unproposed() -> None:
    assert _joined("Total debt: €95m", [0, 1, 2, 3]) == [0, 1, 2, 3, 4]


def test_without_the_box_reading_or_with_another_currency_or_a_far_sum_it_joins_nothing() -> None:
    # a prose sentence the index never proposed, seated in another claim, is still no evidence
    assert _joined("Total debt: €95m", [0, 1, 2, 3], boxed=False, seated=True) == [0, 1, 2, 3]
    assert _joined("Total debt: $95m", [0, 1, 2, 3]) == [0, 1, 2, 3]
    # twice the agreed sum or more is another sum
    assert _joined("Total debt: €190m", [0, 1, 2, 3]) == [0, 1, 2, 3]
    # one other source is no consensus
    assert _joined("Total debt: €95m", [0]) == [0]


def test_a_source_stating_the_agreed_sum_twice_is_one_reading() -> None:
    # s1's two passages both state €80m: still the claim of one agreed sum
    assert _joined("Total debt: €95m", [0, 1, 2]) == [0, 1, 2, 4]


def test_a_sentence_in_no_claim_is_looked_at_as_a_box_line_is() -> None:
    # in no claim, a sentence stating one sum is looked at beside the other sources' sums of its currency
    # (rivaljoin: the index never proposes a short sentence sharing no word and no figure with them)
    assert _joined("Total debt: €95m", [0, 1, 2, 3], boxed=False) == [0, 1, 2, 3, 4]
