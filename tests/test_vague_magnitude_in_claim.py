"""A vague magnitude and a figure of another noun outside its range, in one claim, are two facts.

"Dozens of hamlets will lose their ferry" and "12 of its 23 licensed
crossings" open two outlets' reports of one event, so the aligner puts the
sentences in one claim, and a shared claim linked every pair of fitting
values there. "Dozens" (24 and up, an about-range) fits 23 within the
approximate tolerance, so the trade paper's lone 23 crossings was shown as
a figure two sources agree on. Its range is the writer's hedge already: a
figure that reaches it only through the tolerance on top, counting another
noun, is another count. One inside the range, or of the same noun, still
links.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Fact, Verdict

A = ("Islanders in dozens of Harlow Sound hamlets will be left without a boat after Harlow Sound Ferries "
     "said on Monday that it will stop 12 estuary crossings, blaming a cut in the regional authority's "
     "ferry grant from £900,000 to £500,000.\n\n"
     "Its chief executive said the crossings could not be run at a loss.")
B = ("Harlow Sound Ferries confirmed on Monday that it will stop 12 of its 23 licensed estuary crossings "
     "in March, following a cut in the regional authority's ferry grant from £900,000 to £500,000.\n\n"
     "The operator said the remaining crossings would run to a new timetable.\n\n"
     "Its chief executive said the crossings could not be run at a loss.")


def _facts(a: str, b: str) -> list[Fact]:
    report = compare([Article.from_text(a, id="a", published="2027-02-02"),
                      Article.from_text(b, id="b", published="2027-02-03")])
    return list(report.facts)


def _with(facts: list[Fact], raw: str) -> list[Fact]:
    return [f for f in facts if any(m.raw == raw for m in f.mentions)]


def test_dozens_of_one_noun_does_not_agree_with_23_of_another() -> None:
    facts = _facts(A, B)
    [lone] = _with(facts, "23")
    assert {m.source for m in lone.mentions} == {"b"}
    assert lone.status is Verdict.UNIQUE


def test_the_shared_exact_figure_still_agrees() -> None:
    [twelve] = [f for f in _with(_facts(A, B), "12") if len({m.source for m in f.mentions}) == 2]
    assert twelve.status is Verdict.AGREE


def test_a_figure_inside_the_range_still_links() -> None:
    b = B.replace("12 of its 23 licensed estuary crossings", "12 estuary crossings, cutting off 30 hamlets,")
    [thirty] = _with(_facts(A, b), "30")
    assert {m.source for m in thirty.mentions} == {"a", "b"}
