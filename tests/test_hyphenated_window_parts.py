"""A hyphenated compound's parts are words around a figure when two mentions are asked to share one.

A results box writes "On-time departures: 76.5%", a wire "76.5% of flights
left on time". The windows shared no word ("on-tim" against "time"), and
when one outlet states the value twice, two windows sharing nothing read as
two subjects, so one agreed figure split into two facts. A name's parts
("Ortega-Blanco") are not taken. The parts stay out of the window itself:
added there, they matched other figures' words in the rules that set
figures against each other (three false alarms on real stories).
Invented sentences.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.evidence import Evidence
from sourcediff.model import Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf


class _Scores:
    def get(self, a: str, i: int, b: str, j: int) -> float:
        return 0.0


def _infos(texts: tuple[str, ...]) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published="2026-03-08")) for n, t in enumerate(texts)]


def _evidence(infos: list[SourceInfo]) -> Evidence:
    texts = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    return Evidence(_Scores(), {}, frozenset(), texts, weights)  # type: ignore[arg-type]


def _figure(info: SourceInfo, raw: str) -> Mention:
    return next(m for m in info.mentions if m.raw == raw)


def test_a_compound_shares_its_part_with_the_open_form() -> None:
    infos = _infos(("Annual results\n\nOn-time departures: 76.5% (target 85%)",
                    "Only 76.5% of flights at Corvane airport left on time last year."))
    ctx = _evidence(infos)
    box, wire = _figure(infos[0], "76.5%"), _figure(infos[1], "76.5%")
    assert ctx.share_words(box, wire)
    assert "time" not in ctx.window(box)  # only share_words reads the parts


def test_a_hyphenated_name_adds_no_parts() -> None:
    infos = _infos(("Mayor Ortega-Blanco won 52.4% of the vote.",))
    parts = _evidence(infos)._compound_parts(_figure(infos[0], "52.4%"))
    assert "ortega" not in parts and "blanco" not in parts
