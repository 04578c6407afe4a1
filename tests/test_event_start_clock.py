"""The start of the story's own event, timed differently by two outlets (invented text).

"The keynote kicked off at 10:00 CEST" against "The presentation started at
10.30am local time" (a local paper, the same zone): each article times one
moment, the start of the event the whole story is about, and names it as a
start, so the two clocks are rivals (divergeevents `_SUBJECT_IS_THE_STORY`).
Starting words named no moment, and the two clocks, in passages the
aligner did not pair, stayed two details of their own.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

WIRE = ("Norberg Robotics showed its new warehouse arm at a trade fair in Hanover on Wednesday. "
        "The presentation at Hall 7 began at 11:00 CET, and the arm will cost 84,000 euros.")
TRADE = ("Norberg Robotics unveiled the Lift 3 warehouse arm in Hanover on Wednesday, priced at "
         "84,000 euros. The presentation kicked off at 11:00 CET in front of buyers from 20 countries.")
LOCAL = ("Engineers in Skelby watched the Hanover unveiling of the arm they helped design on Wednesday.\n\n"
         "The show started at 11.45am CET, and the canteen was packed for it.")


def _times(*texts: str) -> list[tuple[Verdict, list[str]]]:
    report = compare([Article.from_text(t, id=k, published="2026-03-04")
                      for k, t in zip("abc", texts, strict=True)])
    return [(f.status, sorted(m.source for m in f.mentions)) for f in report.facts if f.kind is Kind.TIME]


def test_two_outlets_timing_the_start_differently_diverge() -> None:
    assert (Verdict.DIVERGE, ["a", "b", "c"]) in _times(WIRE, TRADE, LOCAL)


def test_the_same_start_agrees() -> None:
    same = LOCAL.replace("11.45am", "11am")
    assert _times(WIRE, TRADE, same) == [(Verdict.AGREE, ["a", "b", "c"])]


def test_a_start_and_a_doors_opening_are_two_moments() -> None:
    doors = LOCAL.replace("The show started at 11.45am CET", "Doors opened at 9.45am CET")
    assert all(status is not Verdict.DIVERGE for status, _ in _times(WIRE, TRADE, doors))
