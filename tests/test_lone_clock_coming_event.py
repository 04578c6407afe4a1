"""A coming event's clock ("a talk on Saturday, May 23, at 2pm") does not shield a lone rival time.

Invented text. Three outlets agree the ferry left the quay at 14:25 on
Thursday; a local paper, printed the next day, says "slipped its ropes at
2.52pm" in a sentence that names no day (its day is in the sentence before),
worded apart from theirs (the pair score is fixed under CONSENSUS_MIN_SCORE).
The paper also announces "a talk at the museum on Saturday, May 23, at
7pm": that passage dates its clock only to a day after the paper's own date,
a coming event, no second reading of the departure, so the paper's rival
time is still set against the others' (`divergeconsensus._coming_day`). The
same clock on a day already past ("on Tuesday, May 12, at 7pm") might be a
moment of the story, and a clock with no day at all may be the same
afternoon's: both still keep the paper quiet.
"""

from __future__ import annotations

import datetime as dt

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
LEFT = ("The Skerry Queen made her last crossing on Thursday. Crowds lined Fisher Row as the boat finally "
        "slipped its ropes from the quay at 2.52pm.")
PAPER_DATE = "2026-05-15"


class _Scores:
    def get(self, a: str, i: int, b: str, j: int) -> float:
        return CONSENSUS_MIN_SCORE / 2


def _clock_pairs(paper: str) -> list[tuple[str, str]]:
    texts = (*AGREEING, (paper, PAPER_DATE))
    infos: list[SourceInfo] = [analyse(Article.from_text(t, id=f"s{n}", published=p))
                               for n, (t, p) in enumerate(texts)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    first = {}
    for m in ms:  # each article's first clock: the departure, the claim's subject
        if isinstance(m.value, ClockTime):
            first.setdefault(m.source, ClaimPassage(m.source, m.passage))
    texts_by_id = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    published = {f"s{n}": dt.date.fromisoformat(p) for n, (_, p) in enumerate(texts)}
    ev = Evidence(_Scores(), {}, frozenset(), texts_by_id, weights,  # type: ignore[arg-type]
                  published=published)
    pairs = divergent_pairs(ms, [Claim(id="c1", score=0.5, members=tuple(first.values()))], ev)
    return sorted((ms[a].raw, ms[b].raw) for a, b in pairs
                  if isinstance(ms[a].value, ClockTime) and isinstance(ms[b].value, ClockTime))


def _rival(pairs: list[tuple[str, str]]) -> bool:
    return any("2.52pm" in pair for pair in pairs)


def test_a_talk_announced_for_a_later_day_leaves_the_rival_time_standing() -> None:
    paper = f"{LEFT}\n\nThe skipper will give a talk at the museum on Saturday, May 23, at 7pm."
    assert _rival(_clock_pairs(paper))


def test_without_a_second_clock_the_rival_time_stands() -> None:
    assert _rival(_clock_pairs(LEFT))


def test_a_clock_on_a_day_already_past_still_keeps_the_paper_quiet() -> None:
    paper = f"{LEFT}\n\nThe crew had rehearsed the farewell on Tuesday, May 12, at 7pm."
    assert not _rival(_clock_pairs(paper))


def test_a_clock_with_no_day_still_keeps_the_paper_quiet() -> None:
    paper = f"{LEFT}\n\nThe last passengers boarded at 7pm with their bikes."
    assert not _rival(_clock_pairs(paper))
