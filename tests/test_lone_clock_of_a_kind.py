"""A clock naming a kind of thing ("a 6 a.m. training session") is no second reading of a lone rival time.

Invented text. Three outlets agree the ferry left the quay at 14:25 on
Thursday; a local paper's sentence says 2.52pm and shares little wording with
theirs (the pair score is fixed under CONSENSUS_MIN_SCORE). The paper also
quotes a harbour master on "a 6am tide check" or mentions "an 8pm curfew":
a clock after "a"/"an" that qualifies a noun says what sort of check or
curfew, not when the departure was, so it must not keep the paper's rival
time from being set against the others' (`divergeconsensus._clock_of_a_kind`).
A clock timing a moment ("at 7pm") still counts as a second reading.
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
    ("The Skerry Queen left the quay at 14:25 GMT on Thursday, the harbour office said.", "2026-05-14"),
    ("The old ferry pulled away from the quay at 2.25pm on Thursday to cheers from the pier.", "2026-05-15"),
    ("The 60-metre Skerry Queen departed at 14:25 UTC on Thursday, the operator said.", "2026-05-15"),
)
LEFT = "Crowds lined Fisher Row as the boat finally slipped its ropes at 2.52pm on Thursday."


class _Scores:
    def get(self, a: str, i: int, b: str, j: int) -> float:
        return CONSENSUS_MIN_SCORE / 2


def _clock_pairs(paper: str) -> list[tuple[str, str]]:
    texts = (*AGREEING, (paper, "2026-05-15"))
    infos: list[SourceInfo] = [analyse(Article.from_text(t, id=f"s{n}", published=p))
                               for n, (t, p) in enumerate(texts)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    first = {}
    for m in ms:  # each article's first clock: the departure, the claim's subject
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


def test_a_quoted_kind_of_session_leaves_the_rival_time_standing() -> None:
    paper = (f"{LEFT}\n\n\"Anyone who has done a 6am tide check on this quay will miss her,\" "
             "said harbour master Elspeth Rowe.")
    assert _rival(_clock_pairs(paper))


def test_an_evening_curfew_is_no_second_reading() -> None:
    paper = f"{LEFT}\n\nThe pier has had an 8pm curfew since the spring."
    assert _rival(_clock_pairs(paper))


def test_a_clock_timing_a_moment_still_keeps_the_paper_quiet() -> None:
    paper = f"{LEFT}\n\nThe last passengers boarded at 7pm with their bikes."
    assert not _rival(_clock_pairs(paper))
