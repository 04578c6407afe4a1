"""A passage stating several lengths: its exact one, not a round one beside it, is compared (cyclingstage).

A specialist writes "a maximum of 13% in the final 2km, and tops out at
1,847m" where the others write "1,874 metres". Before, the round "2km" fitted
1,874 m as a rounding and took the specialist's seat in the summit fact,
while "1,847m" (several lengths in its passage, so no lone measure to
weigh) stayed a detail of its own: the misstated summit was never shown.
Now a round measure whose own passage gives an exact one near the other
source's exact figure does not link to it, and two passages' precise
measures that remain once their shared figures pair off ("11.4 km" in
both) are rivals when exactly one pair is near.

Every sentence is invented.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article


def _facts(texts: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = compare([Article.from_text(t, id=k, published="2026-07-11") for k, t in texts.items()])
    return [(f.status.value, [(m.source, m.raw) for m in f.mentions]) for f in report.facts]


def _with(facts: list[tuple[str, list[tuple[str, str]]]], raw: str) -> tuple[str, list[tuple[str, str]]]:
    return next(f for f in facts if any(r == raw for _, r in f[1]))


WIRE = ("Rider Anna Folk won the stage on Saturday. The pass climbs 11.4 km at an average 7.2 per cent "
        "to its summit at 1,874 metres. Folk attacked with 4 km to go.")
LOCAL = ("Anna Folk won on Saturday. The road climbs 11.4km at 7.2 per cent to the summit at 1,874m. "
         "She attacked 4km out.")


def test_the_exact_summit_beside_a_round_length_diverges() -> None:
    trade = ("Anna Folk took the stage on Saturday. The climb is 11.4km at 7.2%, with ramps of 13% in the "
             "final 2km, and tops out at 1,847m. Folk went clear 4km from the top.")
    facts = _facts({"wire": WIRE, "trade": trade, "local": LOCAL})
    status, mentions = _with(facts, "1,847m")
    assert status == "diverge"
    assert ("wire", "1,874 metres") in mentions and ("local", "1,874m") in mentions
    assert ("trade", "2km") not in mentions
    assert _with(facts, "11.4km")[0] == "agree"


def test_a_misstated_summit_among_other_lengths_diverges() -> None:
    trade = ("Anna Folk took the stage on Saturday. The climb is 11.4km at 7.2%, with ramps of 13% in the "
             "final 3km, and tops out at 1,847m. Folk went clear 4km from the top.")
    status, mentions = _with(_facts({"wire": WIRE, "trade": trade, "local": LOCAL}), "1,847m")
    assert status == "diverge" and ("wire", "1,874 metres") in mentions


def test_the_same_summit_beside_a_round_length_agrees() -> None:
    trade = ("Anna Folk took the stage on Saturday. The climb is 11.4km at 7.2%, with ramps of 13% in the "
             "final 2km, and tops out at 1,874m. Folk went clear 4km from the top.")
    facts = _facts({"wire": WIRE, "trade": trade, "local": LOCAL})
    status, mentions = _with(facts, "1,874 metres")
    assert status == "agree" and ("trade", "1,874m") in mentions
    assert not [f for f in facts if f[0] == "diverge"]


def test_precise_lengths_far_apart_are_two_things() -> None:
    trade = ("Anna Folk took the stage on Saturday. The climb is 11.4km at 7.2%, and the road tops out at "
             "1,874m after passing the lake at 1,212m. Folk went clear 4km from the top.")
    facts = _facts({"wire": WIRE, "trade": trade, "local": LOCAL})
    assert _with(facts, "1,874 metres")[0] == "agree"
    assert not [f for f in facts if f[0] == "diverge"]


def test_a_round_reading_beside_a_figure_both_share_keeps_its_seat() -> None:
    facts = _facts({
        "wire": "The Arden peaked at 4.62 metres on Sunday, below the record of 4.70 metres set in 1998.",
        "trade": "The Arden gauge peaked at 4.6 metres on Sunday, short of the 4.70m record from 1998.",
        "local": "The Arden reached 4.62m at its peak on Sunday, short of the 4.70 metre record of 1998.",
    })
    status, mentions = _with(facts, "4.6 metres")
    assert status == "agree" and ("wire", "4.62 metres") in mentions
    assert not [f for f in facts if f[0] == "diverge"]
