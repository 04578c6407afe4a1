"""Words cut by a window's edge are taken whole where a claim's consensus weighs the words around a time.

Invented sentences. The plain 48-character window cut "southbound" to
"hbound" and "minibus" to "inibus": fragments that match nothing in a
partner's window and weigh against the overlap as rare words. The judge's
passage similarity is fixed under CONSENSUS_MIN_SCORE here, so only the
words around the times can say the lone dissenter times the same moment.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, divergeconsensus
from sourcediff.diverge import CONSENSUS_MIN_SCORE, divergent_pairs
from sourcediff.divergeconsensus import CONSENSUS_MIN_CONTEXT
from sourcediff.evidence import Evidence, _word_end, _word_start
from sourcediff.model import Claim, ClaimPassage, Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf, weighted_overlap
from sourcediff.values import ClockTime

AGREEING = (
    "The minibus left the southbound carriageway between junctions 4 and 5 at 07:10 local time, police said.",
    "The minibus came off the road at 7.10am yesterday near Dunmore, leaving eleven hurt.",
    "The vehicle left the southbound A92 between exits 4 and 5 near Dunmore at 07:10 on Monday.",
)
DISSENTER = ("Witnesses said the minibus left the southbound carriageway at about 7:20 a.m., "
             "went through the fence and rolled.")


class _Scores:
    def get(self, a: str, i: int, b: str, j: int) -> float:
        return CONSENSUS_MIN_SCORE / 2


def _infos(texts: tuple[str, ...]) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published="2024-03-08")) for n, t in enumerate(texts)]


def _evidence(infos: list[SourceInfo]) -> Evidence:
    texts = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    return Evidence(_Scores(), {}, frozenset(), texts, weights)  # type: ignore[arg-type]


def _clock_pairs(texts: tuple[str, ...]) -> list[tuple[str, str]]:
    infos = _infos(texts)
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    members = tuple(dict.fromkeys(ClaimPassage(m.source, m.passage) for m in ms
                                  if isinstance(m.value, ClockTime)))
    pairs = divergent_pairs(ms, [Claim(id="c1", score=0.5, members=members)], _evidence(infos))
    return sorted((ms[a].raw, ms[b].raw) for a, b in pairs
                  if isinstance(ms[a].value, ClockTime) and isinstance(ms[b].value, ClockTime))


def test_an_edge_inside_a_word_moves_to_the_word_s_bounds() -> None:
    text = "the coach left the northbound road"
    assert text[_word_start(text, 6):] == "coach left the northbound road"
    assert text[:_word_end(text, 24)] == "the coach left the northbound"


def test_an_edge_between_words_or_at_the_text_s_ends_stays() -> None:
    text = "the coach left"
    assert _word_start(text, 4) == 4 and _word_end(text, 9) == 9
    assert _word_start(text, 0) == 0 and _word_end(text, len(text)) == len(text)
    assert _word_end(text, 99) == 99


def test_the_whole_window_holds_the_cut_words_the_plain_one_halves() -> None:
    infos = _infos((AGREEING[0], DISSENTER))
    ev = _evidence(infos)
    wire, odd = (next(m for m in s.mentions if isinstance(m.value, ClockTime)) for s in infos)
    assert "southbound" not in ev.window(wire) and "southbound" in ev.whole_window(wire)
    assert "minibus" in ev.whole_window(odd)
    plain = weighted_overlap(ev.window(odd), ev.window(wire), ev.idf)
    whole = weighted_overlap(ev.whole_window(odd), ev.whole_window(wire), ev.idf)
    assert plain < CONSENSUS_MIN_CONTEXT <= whole


def test_a_lone_time_whose_shared_words_the_edges_cut_diverges() -> None:
    assert _clock_pairs((*AGREEING, DISSENTER)) == [("07:10 local time", "7:20 a.m.")]


def test_a_lone_time_of_another_step_still_stays_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    # The whole words around the reopening share only the road with the crash's: another moment.
    # The words-around evidence alone: this test's claim is forced (every clock passage in one), and
    # an article's only clock in a claim three sources agree on meets theirs by any one shared word
    # (`divergeconsensus._lone_clock`), which in a real report needs the aligner to join the passages.
    monkeypatch.setattr(divergeconsensus, "LONE_CLOCK_MIN_AGREE", 99)
    reopened = "The southbound A92 reopened to traffic at about 11:40 a.m. after the wreck was cleared."
    assert _clock_pairs((*AGREEING, reopened)) == []
