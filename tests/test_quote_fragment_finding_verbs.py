"""A ruling's words quoted as a fragment after a verb of finding join the quotation (invented text).

"Judge Mara Quint found that the assurances were “specific, credible and
reliable”" cuts the judge's own sentence, which another outlet quotes whole;
only verbs of saying opened a reported fragment, so the court report was
missing from that quotation's fact and it read "only in one source".
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

WHOLE = ('"The assurances given by the Tervala authorities about detention conditions are specific, '
         'credible and reliable," Judge Mara Quint said at Ostbury Crown Court on Monday.')


def _quotes(other: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate((WHOLE, other))]
    return [(f.status, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.QUOTE]


def test_a_fragment_after_found_joins_the_whole_quotation() -> None:
    other = ('At Ostbury Crown Court, Judge Mara Quint found that the assurances given by Tervala about '
             'detention were "specific, credible and reliable" and dismissed the appeal.')
    assert _quotes(other) == [(Verdict.AGREE, ["s0", "s1"])]


def test_a_fragment_after_ruled_joins_the_whole_quotation() -> None:
    other = 'Judge Mara Quint ruled the Tervala assurances "specific, credible and reliable" on Monday.'
    assert _quotes(other) == [(Verdict.AGREE, ["s0", "s1"])]


def test_a_fragment_with_other_words_stays_out() -> None:
    other = ('Judge Mara Quint found that the assurances given by Tervala were "thin but sufficient" '
             'and dismissed the appeal.')
    assert _quotes(other) == [(Verdict.UNIQUE, ["s0"])]
