"""A lone rival day meets the claim's agreed day through any witness whose words around it match (invented).

Three outlets date a suspended official's next panel appearance the same
day, a fourth gives another day in a sentence the aligner is sure belongs
with theirs. The witness whose passage scores best with the fourth's shares
no word around its day with it ("due back before the panel"), another does
("next ... date" against "next step"): the agreeing sources state one day,
so any of them may show that the rival dates the same step
(divergeconsensus._day_worded_alike). Asking only the best-scored witness
left the rival a unique fact. When no witness shares a word around its day,
the rival still dates another step.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.compare import judge
from sourcediff.model import Claim, ClaimPassage, Kind, SourceInfo, Verdict
from sourcediff.pipeline import analyse

FOURTH = ("The next step is a standards hearing on April 3 at 10:00, for suspended planning chief "
          "Mara Quill of Harrowby.", "2027-03-03")
WITNESSES = [
    ("Harrowby's suspended planning chief, Mara Quill, who denies any wrongdoing over the permit, "
     "is due back before the panel on 23 March.", "2027-03-03"),
    ("She is due back before the panel Tuesday, March 23.", "2027-03-04"),
]


def _days(first: str) -> list[tuple[Verdict, list[str]]]:
    texts = [(first, "2027-03-02"), WITNESSES[0], FOURTH, WITNESSES[1]]
    sources: tuple[SourceInfo, ...] = tuple(analyse(Article.from_text(t, id=f"s{n}", published=p))
                                            for n, (t, p) in enumerate(texts))
    claims = (Claim("c1", 0.8, tuple(ClaimPassage(f"s{n}", 0) for n in range(4))),)
    return [(f.status, sorted(m.source for m in f.mentions)) for f in judge(sources, claims)
            if f.kind is Kind.DATE and any(m.raw != "Tuesday" for m in f.mentions)]


def test_a_witness_naming_the_step_like_the_rival_makes_it_a_divergence() -> None:
    days = _days("Councillors in Harrowby said on Tuesday that her next panel date is March 23, "
                 "and that the quarry owners had been told.")
    assert (Verdict.DIVERGE, ["s0", "s1", "s2", "s3"]) in days, days


def test_a_rival_day_no_witness_words_alike_stays_apart() -> None:
    days = _days("Councillors in Harrowby said on Tuesday that her panel date is March 23, "
                 "and that the quarry owners had been told.")
    assert (Verdict.UNIQUE, ["s2"]) in days, days
    assert (Verdict.AGREE, ["s0", "s1", "s3"]) in days, days
