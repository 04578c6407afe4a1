"""What the waterbills story's first run missed, on invented text of its own.

- "rose by £40 to £610" is a change and the level it reaches, never the range "£40 to £610";
- a flow may name its stuff before its period: "180 million litres of water a day" is litres a day
  (a mass keeps its old reading: "1.8 million tonnes of coal a year" is the tonnes another outlet gives);
- in a claim the aligner is sure of, a lone rate of flow against three sources' agreed one is a rival
  though the passages share few words ("leaks" and "leakage" stem apart);
- two sources' lone zoned clocks that time one release, told with two words for making it public
  ("issued ... at 09:00 GMT", "released at 10:00 GMT"), are rivals.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.diverge import divergent_pairs
from sourcediff.divergeslots import _lone_clock_pairs
from sourcediff.evidence import Evidence
from sourcediff.extract.amounts import scan_amounts
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf
from sourcediff.values import ClockTime, Quantity


def _amounts(text: str) -> list[tuple[str, Decimal | None]]:
    return [(text[a.start:a.end], a.high) for a in scan_amounts(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Council tax will rise by £40 to £610 next year.", ["£40", "£610"]),
    ("The average fare jumped by about $3 to $29 after the merger.", ["$3", "$29"]),
    ("Membership grew by 150 to 2,400 over the summer.", ["150", "2,400"]),
])
def test_a_change_by_a_step_to_a_level_is_two_figures(text: str, want: list[str]) -> None:
    got = _amounts(text)
    assert [high for _, high in got] == [None] * len(want)
    assert [any(w in s for s, _ in got) for w in want] == [True] * len(want)


@pytest.mark.parametrize("text", [
    "Prices are expected to fall by 10 to 15 per cent this winter.",
    "The river is forecast to rise by 2 to 4 metres overnight.",
    "Between 30 and 90 homes were flooded.",
])
def test_a_range_of_like_figures_stays_a_range(text: str) -> None:
    assert len(scan_amounts(text)) == 1


def _slots(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s", published="2026-05-04"))
    return [(m.raw, m.slot) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "unit"), [
    ("The network loses 180 million litres of water a day through cracked mains.", "liter per day"),
    ("The works treat 95 megalitres of sewage every day.", "liter per day"),
    ("The terminal ships 30,000 barrels of crude oil a day.", "barrel per day"),
    ("The old pipes leak about 12,000 litres of drinking water per hour.", "liter per hour"),
])
def test_a_rate_that_names_its_stuff_keeps_its_period(text: str, unit: str) -> None:
    assert any(slot.endswith(unit) for _, slot in _slots(text)), _slots(text)


@pytest.mark.parametrize("text", [
    "Tankers brought 30,000 litres of water to the village on Sunday.",
    # a mass is an output, said yearly or not: another outlet's "1.8m tonnes" is the same figure
    "The pit produces about 1.8 million tonnes of coal a year.",
])
def test_no_flow_without_a_period_or_of_a_mass(text: str) -> None:
    slots = _slots(text)
    assert slots and not any(" per " in slot for _, slot in slots)


class _Scores:
    """Every pair of passages scores this (the model's word similarity), whatever the text."""

    def __init__(self, score: float) -> None:
        self.score = score

    def get(self, a: str, i: int, b: str, j: int) -> float:
        return self.score


def _pairs(texts: list[str], claim_score: float, pair_score: float = 0.02) -> list[tuple[str, str]]:
    infos: list[SourceInfo] = [analyse(Article.from_text(t, id=f"s{n}", published="2026-05-04"))
                               for n, t in enumerate(texts)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    members = tuple(ClaimPassage(s.article.id, 0) for s in infos)
    texts_by_id = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    ev = Evidence(_Scores(pair_score), {}, frozenset(), texts_by_id, weights)  # type: ignore[arg-type]
    pairs = divergent_pairs(ms, [Claim(id="c1", score=claim_score, members=members)], ev)
    return sorted((ms[a].raw, ms[b].raw) for a, b in pairs)


LEAKS = [
    "Marrowgate Water currently loses 143 megalitres a day through leaks, its accounts show.",
    "The leaky firm pours away 143 million litres of water every day.",
    "Burst and cracked pipes cost Marrowgate 143 million litres a day, the council heard.",
]


def test_a_lone_flow_in_a_confident_claim_is_the_rival_of_the_agreed_one() -> None:
    dissent = "Marrowgate reported leakage of 134 Ml/d in its annual performance report."
    pairs = _pairs([*LEAKS, dissent], claim_score=0.7)
    assert any("134 Ml/d" in pair for pair in pairs), pairs


def test_the_same_flow_in_other_units_is_no_rival() -> None:
    same = "Marrowgate reported leakage of 143 Ml/d in its annual performance report."
    assert _pairs([*LEAKS, same], claim_score=0.7) == []


def test_a_lone_flow_in_a_doubtful_claim_keeps_needing_words_in_common() -> None:
    # 128, not a digit swap of 143: a swapped "134" is one figure miscopied (divergeswap), a rival anywhere
    dissent = "Marrowgate reported leakage of 128 Ml/d in its annual performance report."
    assert not any("128 Ml/d" in pair for pair in _pairs([*LEAKS, dissent], claim_score=0.4))


def test_a_swapped_flow_is_a_rival_even_in_a_doubtful_claim() -> None:
    dissent = "Marrowgate reported leakage of 134 Ml/d in its annual performance report."
    assert any("134 Ml/d" in pair for pair in _pairs([*LEAKS, dissent], claim_score=0.4))


def test_a_lone_distance_in_a_confident_claim_still_needs_its_own_evidence() -> None:
    towns = [
        "The quake struck 135 kilometres from Varna, the institute said.",
        "Its epicentre lay 135 kilometres from the city of Varna.",
        "Seismologists placed it 135 kilometres north of Varna.",
    ]
    other = "A second tremor was felt 75 kilometres from the coast."
    assert not any("75 kilometres" in pair for pair in _pairs([*towns, other], claim_score=0.7))


def _clock_rivals(a: str, b: str) -> list[tuple[str, str]]:
    infos = [analyse(Article.from_text(t, id=f"s{n}", published="2026-05-04")) for n, t in enumerate((a, b))]
    ms = [m for s in infos for m in s.mentions]
    texts_by_id = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    ev = Evidence(_Scores(0.0), {}, frozenset(), texts_by_id, weights)  # type: ignore[arg-type]
    return [(ms[i].raw, ms[j].raw) for i, j in _lone_clock_pairs(ms, ev)
            if isinstance(ms[i].value, ClockTime)]


def test_two_words_for_making_a_report_public_time_one_release() -> None:
    a = "The inspectorate issued its verdict on the hospital at 09:00 GMT."
    b = "The report, released at 10:00 GMT, rates the trust inadequate."
    assert _clock_rivals(a, b) == [("09:00 GMT", "10:00 GMT")]


def test_zoned_clocks_of_unrelated_steps_stay_apart() -> None:
    a = "The ferry left Tarrow harbour at 09:00 GMT."
    b = "The report, released at 10:00 GMT, rates the trust inadequate."
    assert _clock_rivals(a, b) == []


def test_a_flow_reads_as_litres_a_day_in_any_unit() -> None:
    info = analyse(Article.from_text("Leakage stood at 143 Ml/d last year.", id="s", published="2026-05-04"))
    flows = [m.value for m in info.mentions if isinstance(m.value, Quantity) and m.value.unit]
    assert flows and flows[0].unit == "liter per day"
