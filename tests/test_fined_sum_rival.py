"""A sum after "fined" is the story's fine: a lone "will be fined £100" is the rival of an agreed £80 fine.

Three outlets wrote "a fine of £80" or "an £80 fine"; a broadsheet wrote
"Cyclists who ride on the pavement will be fined £100", worded so apart
that its pair scores stayed under the consensus's, and its £100 stayed a
detail of its own. The verb imposing the sum names it as the noun does
(lonesums.sum_noun), so the lone sum joins the agreed fine as its rival.
Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.lonesums import sum_noun
from sourcediff.model import Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import Money


def _nouns(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2027-05-11"))
    return [(m.raw, sum_noun(m, text)) for m in info.mentions if isinstance(m.value, Money)]


def test_the_verb_imposing_a_sum_names_it() -> None:
    assert _nouns("Cyclists who ride on the pavement will be fined £100.") == [("£100", "fine")]
    assert _nouns("The league fined the club £40,000 on Friday.") == [("£40,000", "fine")]
    assert _nouns("The striker was penalised $5,000 for the tackle.") == [("$5,000", "penalty")]


def test_a_verb_elsewhere_names_nothing() -> None:
    assert _nouns("He was fined last year, and the shop later paid £2,500 for repairs.") == [("£2,500", None)]


AGREED = (
    "Riders caught on the pavement of the new Eastgate promenade will face a fine of £80 from June, the "
    "borough said.",
    "From June, an £80 fine awaits anyone cycling on the Eastgate promenade footway, officials confirmed.",
    "Pavement cyclists in Eastgate will get a fine of £80 under the byelaw approved on Tuesday.",
)


def test_a_lone_fined_sum_diverges_from_the_agreed_fine() -> None:
    lone = "Cyclists who ride on the pavement will be fined £100, wardens warned."
    arts = [Article.from_text(t, id=f"s{n}", published="2027-05-11") for n, t in enumerate((*AGREED, lone))]
    facts = [f for f in compare(arts).facts if any("£100" in m.raw for m in f.mentions)]
    assert len(facts) == 1 and facts[0].status is Verdict.DIVERGE, facts
    assert {m.source for m in facts[0].mentions} == {"s0", "s1", "s2", "s3"}


def test_the_same_fine_fined_agrees() -> None:
    lone = "Cyclists who ride on the pavement will be fined £80, wardens warned."
    arts = [Article.from_text(t, id=f"s{n}", published="2027-05-11") for n, t in enumerate((*AGREED, lone))]
    assert all(f.status is not Verdict.DIVERGE for f in compare(arts).facts)
