"""A boarding and a seizure are moments a story has one of; a claim holding both clocks names the one thing.

Invented sentences. "Six raiders boarded the freighter at 03:15" and "the
boarding took place at 04:15" time the one boarding of a story; the trade
site's terse clause shares no subject word with the wire's, yet the aligner
put both passages in one claim, which says they tell the same thing.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.divergeevents import event_clock_pairs, event_moments
from sourcediff.evidence import Evidence
from sourcediff.model import Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf
from sourcediff.values import ClockTime

WIRE = "Six raiders in a speedboat boarded the Panama-flagged freighter at 03:15 local time off the coast."
TRADE = "According to the charterer's first report, the boarding took place at 04:15 local time."


class _Scores:
    def get(self, a: str, i: int, b: str, j: int) -> float:
        return 0.05


def _clock(text: str) -> tuple[str, Mention]:
    info = analyse(Article.from_text(text, id="s", published="2025-06-02"))
    return info.article.text, next(m for m in info.mentions if isinstance(m.value, ClockTime))


def _pairs(texts: tuple[str, ...], *, one_claim: bool) -> list[tuple[str, str]]:
    infos: list[SourceInfo] = [analyse(Article.from_text(t, id=f"s{n}", published="2025-06-02"))
                               for n, t in enumerate(texts)]
    ms = [m for s in infos for m in s.mentions]
    claims = {(m.source, m.passage): frozenset({"c1"}) for m in ms} if one_claim else {}
    ev = Evidence(_Scores(), claims, frozenset(), {s.article.id: s.article.text for s in infos},  # type: ignore[arg-type]
                  idf([content_stems(p.text) for s in infos for p in s.passages]))
    return sorted(tuple(sorted((ms[i].raw, ms[j].raw))) for i, j in event_clock_pairs(ms, ev))  # type: ignore[misc]


def test_a_boarding_is_named_by_the_verb_or_the_noun() -> None:
    assert event_moments(*_clock(WIRE)) == {"boarding"}
    assert event_moments(*_clock(TRADE)) == {"boarding"}


def test_a_passenger_s_boarding_gate_or_pass_is_no_boarding() -> None:
    for text in ("Passengers were told the boarding gate would open at 09:40.",
                 "Her boarding pass said 09:40 on the morning of the flight."):
        assert event_moments(*_clock(text)) == frozenset()


def test_a_hijacking_a_storming_and_a_seizure_are_one_moment() -> None:
    for text in ("Gunmen hijacked the ferry at 11:20 a.m. as it left the harbour.",
                 "Police stormed the farmhouse at 5.30am on Sunday.",
                 "Customs officers seized the lorry at 22:05 at the port."):
        assert event_moments(*_clock(text)) == {"seizure"}


def test_two_boarding_times_in_one_claim_diverge_with_no_shared_subject_word() -> None:
    assert _pairs((WIRE, TRADE), one_claim=True) == [("03:15 local time", "04:15 local time")]


def test_two_boarding_times_outside_a_claim_and_with_no_shared_word_stay_apart() -> None:
    assert _pairs((WIRE, TRADE), one_claim=False) == []


def test_the_same_boarding_time_is_no_rival() -> None:
    assert _pairs((WIRE, TRADE.replace("04:15", "03:15")), one_claim=True) == []


def test_a_boarding_and_a_later_seizure_of_the_bridge_are_not_rivals() -> None:
    # Two moments of one story: the raiders board at 03:15 and take the bridge an hour later.
    bridge = "The crew locked themselves in, and the raiders seized the bridge at 04:15 local time."
    assert _pairs((WIRE, bridge), one_claim=True) == []


def test_a_source_timing_two_boardings_says_nothing_of_which_is_rivalled() -> None:
    trade = TRADE + " A second skiff's men boarded at 04:40 local time, the report said."
    assert _pairs((WIRE, trade), one_claim=True) == []
