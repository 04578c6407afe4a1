"""A lone measure in another unit joins the one agreed measure it states converted (loneunits.py).

Invented story: a wire and a trade site give a new harbour wall a height
of 7.5 metres; a tabloid gives it in feet (25ft) inside its sentence on the
homes the wall protects, a sentence the aligner may seat with the others'
homes sentences, so the judge sees the 25ft as a fact of its own. The join
is exercised on the judged facts directly. The guards: a figure that does
not fit once converted, a second figure of that size in the story, a
tabloid that measures in metres too, a span of time, and two agreed facts
it would fit leave the tabloid's measure alone.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sourcediff import Article
from sourcediff.loneunits import join_lone_unit_equals
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.pipeline import analyse

WIRE = ("Councillors in Brackenmouth on Monday approved a new harbour wall, a scheme meant to protect 3,850 "
        "homes from storm surges. The wall will rise 7.5 metres above the beach along the seafront.")
TRADE = "Precast units will give the Brackenmouth wall a crest height of 7.5m above the beach."
TABLOID = "The towering barrier will loom 25ft over the beach, shielding 3,850 HOMES from the waves."


def _measures(text: str, source: str) -> list[Mention]:
    info = analyse(Article.from_text(text, id=source, published="2026-03-04"))
    return [m for m in info.mentions if m.kind is Kind.NUMBER and m.slot != "number:count"]


def _join(tabloid: str = TABLOID, extra: tuple[tuple[str, str], ...] = (),
          second_agreed: bool = False) -> list[tuple[str, list[str]]]:
    texts = {"a": WIRE, "c": TRADE, "b": tabloid, **dict(extra)}
    ms = {s: _measures(t, s) for s, t in texts.items()}
    lone = next(m for m in ms["b"] if "ft" in m.raw or "hours" in m.raw)
    agreed = [ms["a"][0], ms["c"][0]]
    facts: list[Any] = [([lone], Verdict.UNIQUE, None, None), (agreed, Verdict.AGREE, "c4", None)]
    if second_agreed:
        facts.append(([ms["d"][0], ms["e"][0]], Verdict.AGREE, "c5", None))
    others = [m for s in ms for m in ms[s] if m is not lone and m not in agreed]
    facts += [([m], Verdict.UNIQUE, None, None) for m in others if not second_agreed]
    ctx = SimpleNamespace(texts={s: Article.from_text(t, id=s).text for s, t in texts.items()})
    mentions = [m for s in ms for m in ms[s]]
    out = join_lone_unit_equals(facts, mentions, ctx, {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4})
    return [(v.value, [m.raw for m in group]) for group, v, _c, _r in out]


def test_a_lone_measure_in_feet_joins_the_agreed_height_in_metres() -> None:
    assert _join() == [("agree", ["7.5 metres", "25ft", "7.5m"])]


def test_a_figure_that_does_not_fit_once_converted_stays_alone() -> None:
    got = _join(TABLOID.replace("25ft", "31ft"))
    assert ("unique", ["31ft"]) in got and ("agree", ["7.5 metres", "7.5m"]) in got


def test_a_second_figure_of_that_size_leaves_the_lone_measure_alone() -> None:
    got = _join(extra=(("d", "The old pier nearby stands 7.6 metres above the water."),))
    assert ("unique", ["25ft"]) in got


def test_a_writer_measuring_in_metres_too_keeps_its_feet_apart() -> None:
    got = _join(TABLOID + " The promenade behind it will be 12 metres wide.")
    assert ("unique", ["25ft"]) in got


def test_two_agreed_facts_it_would_fit_leave_it_alone() -> None:
    extra = (("d", "The old sea wall rose 7.6 metres."), ("e", "The old sea wall was 7.6m high."))
    got = _join(extra=extra, second_agreed=True)
    assert ("unique", ["25ft"]) in got
