"""Two clocks beside words for making something public time one release (invented text).

"The bureau said in figures released at 8am" (beside last month's rate)
and "the bureau published its latest figures at 9am" share too few words
for the pair score a divergence needs, and each passage states other
figures, so the rule for a claim's lone clocks passed them over: the
planted rival release time stayed unique. In a claim the aligner is sure of,
a publishing word right at both clocks says both time the same act
(diverge._release_clocks).
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align import score_pairs
from sourcediff.diverge import _release_clocks
from sourcediff.evidence import Evidence, build_evidence
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse

PUBLISHED = "2027-07-13"


def _clocks(*texts: str) -> tuple[list[Mention], Evidence]:
    infos = tuple(analyse(Article.from_text(t, id=f"s{n}", published=PUBLISHED)) for n, t in enumerate(texts))
    ctx = build_evidence(infos, (), score_pairs(infos))
    return [m for s in infos for m in s.mentions if m.kind is Kind.TIME], ctx


def test_two_publishing_clocks_time_one_release() -> None:
    (a, b), ctx = _clocks(
        "The annual rate dropped from 5.2 per cent in May, "
        "the Labour Office said in figures released at 8am.",
        "The Labour Office published its latest figures at 9am, with wage growth at 4.8 per cent.")
    assert _release_clocks(a, b, ctx)


def test_a_clock_with_no_publishing_word_is_another_moment() -> None:
    (a, b), ctx = _clocks(
        "The annual rate dropped from 5.2 per cent in May, "
        "the Labour Office said in figures released at 8am.",
        "Union leaders met the minister at 9am, as wage growth slowed to 4.8 per cent.")
    assert not _release_clocks(a, b, ctx)
