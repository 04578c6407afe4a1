"""A quotation cut at its first clause joins the statement another outlet gives whole (invented text;
quoteopenings.py).

A wire quotes a harbour master's "We were unlucky, and the storm did the rest of the damage"; a local
paper quotes only “We were unlucky,” and goes on in its own words. Three words are too few to join on
words alone, so the cut stayed a unique quotation of its own. Opening the whole quotation up to a clause
break, credited to the same speaker, it is the same words cut: it joins. A short quote credited to
someone else, or words from the middle of the statement, stay apart.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

WIRE = ('Harbour master Linnea Crowther said on Monday: "We were unlucky, and the storm did the rest of '
        'the damage to the moorings." Eleven boats sank at Pellow Quay overnight.')


def _quotes(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-10") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.QUOTE]


def test_a_cut_opening_clause_joins_the_whole_quotation() -> None:
    local = ('Eleven boats sank at Pellow Quay. “We were unlucky,” Linnea Crowther said, adding that '
             'the quay would reopen within a week.')
    assert _quotes(WIRE, local) == [(Verdict.AGREE, ["s0", "s1"])]


def test_a_cut_credited_to_someone_else_stays_apart() -> None:
    local = ('Eleven boats sank at Pellow Quay. “We were unlucky,” fisherman Odo Fenlake said, adding '
             'that his boat was lost.')
    assert sorted(_quotes(WIRE, local)) == [(Verdict.UNIQUE, ["s0"]), (Verdict.UNIQUE, ["s1"])]


def test_words_from_the_middle_stay_apart() -> None:
    local = ('Eleven boats sank at Pellow Quay. “The storm did,” Linnea Crowther said, adding that '
             'the quay would reopen within a week.')
    assert sorted(_quotes(WIRE, local)) == [(Verdict.UNIQUE, ["s0"]), (Verdict.UNIQUE, ["s1"])]
