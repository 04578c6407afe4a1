"""A lone dissenting clock is weighed against the agreed one though its article times other days too.

Invented text. Three outlets agree the old brewery chimney fell at 14:25 on
Thursday; a local paper's sentence says 2.52pm and shares little wording
with theirs (the pair score here is fixed under CONSENSUS_MIN_SCORE). The
paper also writes that the clearance crew came "at 7am this morning" and that
the council meets "on Monday at 6pm": moments of other days, which its own
passages date. Those used to count as the paper's second and third readings
of the collapse, so `divergeconsensus._lone_clock` let the rival time go.
A clock with no day beside it, or one of the same day, still counts.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.diverge import CONSENSUS_MIN_SCORE, divergent_pairs
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, ClaimPassage, Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf
from sourcediff.values import ClockTime

AGREEING = (
    ("The chimney of the old brewery collapsed at 14:25 GMT on Thursday, fire officers said.", "2026-03-12"),
    ("The brewery stack came crashing down at 2.25pm on Thursday, showering the high street with grit.",
     "2026-03-13"),
    ("The 40-metre stack at the former brewery fell at 14:25 UTC on Thursday, the fire service said.",
     "2026-03-13"),
)
FELL = "Readers heard it: a roar and a grey cloud over Tanner Square at 2.52pm on Thursday, then silence."


class _Scores:
    def get(self, a: str, i: int, b: str, j: int) -> float:
        return CONSENSUS_MIN_SCORE / 2


def _clock_pairs(paper: str) -> list[tuple[str, str]]:
    texts = (*AGREEING, (paper, "2026-03-13"))
    infos: list[SourceInfo] = [analyse(Article.from_text(t, id=f"s{n}", published=p))
                               for n, (t, p) in enumerate(texts)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    first = {}
    for m in ms:  # each article's first clock: the collapse, the claim's subject
        if isinstance(m.value, ClockTime):
            first.setdefault(m.source, ClaimPassage(m.source, m.passage))
    texts_by_id = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    ev = Evidence(_Scores(), {}, frozenset(), texts_by_id, weights)  # type: ignore[arg-type]
    pairs = divergent_pairs(ms, [Claim(id="c1", score=0.5, members=tuple(first.values()))], ev)
    return sorted((ms[a].raw, ms[b].raw) for a, b in pairs
                  if isinstance(ms[a].value, ClockTime) and isinstance(ms[b].value, ClockTime))


def _rival(pairs: list[tuple[str, str]]) -> bool:
    return any("2.52pm" in pair for pair in pairs)


def test_clocks_the_paper_dates_to_other_days_leave_its_rival_time_standing() -> None:
    paper = (f"{FELL}\n\nThe clearance crew arrived at 7am this morning with two diggers.\n\n"
             "The town council will discuss the site on Monday at 6pm in the library.")
    assert _rival(_clock_pairs(paper))


def test_a_lone_rival_time_still_diverges() -> None:
    assert _rival(_clock_pairs(FELL))


def test_an_undated_second_clock_may_be_the_same_moment_read_again() -> None:
    paper = f"{FELL}\n\nThe clearance crew arrived at 7pm with two diggers."
    assert not _rival(_clock_pairs(paper))


def test_a_second_clock_of_the_same_day_keeps_the_paper_quiet() -> None:
    paper = f"{FELL}\n\nThe clearance crew arrived at 7pm on Thursday with two diggers."
    assert not _rival(_clock_pairs(paper))
