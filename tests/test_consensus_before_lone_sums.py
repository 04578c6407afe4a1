"""A claim's consensus on a sum outranks two lone sums the aligner's confidence pairs (invented text).

Three outlets give a company's fine as $900,000 and a fourth as $600,000;
a fifth sentence, the fine "for each director", sits with the fourth's in a
claim the aligner is sure of, each sentence's only figure a sum. Offered
first, that pair of lone sums joined the fourth's $600,000 to the
directors' $400,000 (a false alarm), and the three agreeing sources could no
longer take their dissenter, whose source then sat in both groups. The
consensus is the stronger evidence, so lone-figure pairs are offered after
it (diverge.divergent_pairs).
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.compare import judge
from sourcediff.model import Claim, ClaimPassage, Kind, SourceInfo, Verdict
from sourcediff.pipeline import analyse

TEXTS = [
    "A judge set the fine at $900,000 and ordered Brackwater Chemicals to fund a clean-up of the river bank.",
    "The fine was set at $600,000.",
    "Judge Petra Holm set the fine for Brackwater Chemicals at $900,000 and imposed the following orders.\n\n"
    "Both directors were convicted. The fine for each director was set at $400,000.",
    "A judge set Brackwater's fine at nine hundred thousand dollars.",
]


def _passage(s: SourceInfo, words: str) -> ClaimPassage:
    return next(ClaimPassage(s.article.id, p.index) for p in s.passages if words in p.text)


def _sums() -> list[tuple[Verdict, list[str]]]:
    s = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-05-12")) for n, t in enumerate(TEXTS))
    claims = (Claim("c1", 0.55, (_passage(s[0], "$900,000"), _passage(s[1], "$600,000"),
                                 _passage(s[2], "$900,000"), _passage(s[3], "nine"))),
              Claim("c2", 0.65, (_passage(s[1], "$600,000"), _passage(s[2], "each director"),
                                 _passage(s[3], "nine"))))
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in judge(s, claims) if f.kind is Kind.MONEY]


def test_the_dissenting_fine_meets_the_three_agreeing_ones() -> None:
    sums = _sums()
    fines = ["$600,000", "$900,000", "$900,000", "nine hundred thousand dollars"]
    assert (Verdict.DIVERGE, fines) in sums, sums


def test_the_directors_fine_stays_its_own_fact() -> None:
    sums = _sums()
    assert (Verdict.UNIQUE, ["$400,000"]) in sums, sums
    assert not any(status is Verdict.DIVERGE and "$400,000" in raws for status, raws in sums), sums
