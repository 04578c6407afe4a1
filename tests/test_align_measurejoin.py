"""align.measurejoin: passages stating one measure in other units or roundings join one claim (issue #11).

Invented articles, read by the real extractors; the claims are given by hand,
so the tests read the step alone, not the pair model.
"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import (
    _WINDOW,
    _close_pairs,
    _precise,
    _rounds_to,
    dimensions_of,
    join_measures,
    key_of,
    measures_of,
    same_measure,
)
from sourcediff.compat import base_factor, base_unit_value, slot_family
from sourcediff.model import Article, Kind, Mention, Span
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

WIRE = """The freighter Osric Vale ran aground off Tarn Point on Tuesday with 4.2 tonnes of fertiliser aboard.

She was bound for Kessa, a port 560 km to the north.

Her crew raised the alarm at 1235 GMT."""

TABLOID = """Salvage teams counted 4,180 kg of fertiliser in the stranded ship's hold.

The ship's destination, Kessa, lies 348 miles up the coast.

The coastguard took the call at 14:35 EET, officials said."""

TRADE = """A cargo of 4.2 tonnes of fertiliser was declared for the voyage."""


def _story(*texts: str) -> tuple[list[str], list[list[Mention]]]:
    """Each passage's source and measures, in the aligner's doc order."""
    source_of, measures, _dimensions = _story_dimensions(*texts)
    return source_of, measures


def test_kg_and_tonnes_km_and_miles_and_a_zoned_time_form_claims() -> None:
    source_of, measures = _story(WIRE, TABLOID)
    assert source_of == ["s0"] * 3 + ["s1"] * 3
    # nothing clustered: each figure's two passages become a claim of their own
    assert join_measures([], {}, source_of, measures) == [[0, 3], [1, 4], [2, 5]]


def test_a_passage_joins_the_claim_of_its_measure() -> None:
    source_of, measures = _story(WIRE, TABLOID, TRADE)
    # the wire and the trade weekly's cargo sentences share a claim; the tabloid's kilograms join it
    assert join_measures([[0, 6]], {}, source_of, measures)[0] == [0, 3, 6]


def test_a_sibling_stating_the_measure_holds_the_seat() -> None:
    source_of, measures = _story(WIRE + "\n\nThe 4.2 tonnes were bagged.", TABLOID)
    # the wire's two sentences state the cargo; the one in the claim with the tabloid is its seat
    joined = join_measures([[3, 4]], {}, source_of, measures)
    assert [3, 4] in joined and [0, 3, 4] not in joined


def test_one_round_figure_said_of_two_things_joins_nothing() -> None:
    a = "The fire burned along 40 km of the coast.\n\nSmoke drifted 40 km inland by evening."
    b = "Flames raced along 40 km of shoreline.\n\nAsh fell 40 km from the fire front."
    source_of, measures = _story(a, b)
    # each source states the figure twice, of two things: no evidence of which is which
    assert join_measures([], {}, source_of, measures) == []


def test_small_counts_round_money_and_headlines_join_nothing() -> None:
    a = "Police arrested seven people.\n\nThe company set aside $2 billion."
    b = "Seven containers were opened.\n\nThe group has $2 billion of debt."
    source_of, measures = _story(a, b)
    assert join_measures([], {}, source_of, measures) == []
    source_of, measures = _story(WIRE, TABLOID)
    assert join_measures([], {}, source_of, measures, titles={0, 3}) == [[1, 4], [2, 5]]


def _mention(amount: str, unit: str) -> Mention:
    return Mention(Kind.NUMBER, "s", 0, Span(0, 1), amount, Quantity(Decimal(amount), unit), f"number:{unit}")


def test_precise_figures_of_one_unit_are_one_figure_only_when_one_rounds_the_other() -> None:
    assert same_measure(_mention("5760", "kg"), _mention("5764", "kg"))
    assert not same_measure(_mention("46.2", "degree celsius"), _mention("45.8", "degree"))
    assert same_measure(_mention("5.8", "tonne"), _mention("5764", "kg"))


def test_a_claim_holding_an_update_of_the_measure_is_still_its_claim() -> None:
    wire = "The fire has burned 12,000 hectares of forest."
    local = "By nightfall the blaze covered 120 square kilometres."
    monday = "The fire has now burned 15,000 hectares."
    source_of, measures = _story(wire, local, monday)
    # the wire's and Monday's figures (an update) share a claim; the local paper's square kilometres join it
    assert join_measures([[0, 2]], {}, source_of, measures) == [[0, 1, 2]]
    # a claim whose other member states a sum of money is no claim of the area: the two form their own
    source_of, measures = _story(wire, local, "The fire has cost $15 million so far.")
    assert join_measures([[0, 2]], {}, source_of, measures) == [[0, 2], [0, 1]]


def _story_dimensions(*texts: str) -> tuple[list[str], list[list[Mention]], dict[tuple[str, int, int], str]]:
    """Each passage's source and measures, in the aligner's doc order, and the measures' dimension words."""
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    return ([d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs]),
            dimensions_of(infos))


def test_dimension_words_name_width_length_and_height() -> None:
    _source_of, measures, dimensions = _story_dimensions(
        "The rockfall was about 400 metres wide and 1,500 metres long.\n\n"
        "It began at an altitude of 1,900 metres, 6,200ft up.\n\nThe road lies 40 km away.")
    named = {m.raw: dimensions.get(key_of(m)) for ms in measures for m in ms}
    assert named == {"about 400 metres": "width", "1,500 metres": "length", "1,900 metres": "height",
                     "6,200ft": "height", "40 km": None}


def test_a_length_of_another_dimension_is_no_update_of_the_measure() -> None:
    a = "Two climbers died on the mountain.\n\nThe rockfall was about 400 metres wide and 1,500 metres long."
    b = "The 400m-wide rockfall broke loose 6,200ft up at 10.25am."
    c = "The rockfall began at 10:25 on a slope at 1,900 m."
    source_of, measures, dimensions = _story_dimensions(a, b, c)
    assert source_of == ["s0", "s0", "s1", "s2"]
    # the claim of the deaths, the tabloid's width-and-height sentence and the trade site's start:
    # the width sentence's 400 m is no other value of the start's 1,900 m, so it does not join
    claims = [[0, 2, 3]]
    assert [0, 1, 2, 3] not in join_measures(claims, {}, source_of, measures, dimensions=dimensions)
    # read without the words, 1,900 m would count as an update of 400 m
    assert [0, 1, 2, 3] in join_measures(claims, {}, source_of, measures)


def test_a_figure_met_as_written_leaves_the_same_sources_rounded_neighbour_unlinked() -> None:
    a = "The factory employs about 820 people.\n\nAbout 800 people spent the night in a school gym."
    b = "Around 800 people slept in the gym overnight, a reporter said."
    source_of, measures = _story(a, b)
    # 800 meets the wire's own 800; its 820 (a workforce) is not that figure rounded
    assert join_measures([], {}, source_of, measures) == [[1, 2]]


def _swept(ms: list[Mention]) -> list[tuple[int, int]]:
    """The plain sweep the index replaces: every later row of a family within the window of a row."""
    by_family: dict[str, list[tuple[Decimal, Decimal, int]]] = {}
    for n, m in enumerate(ms):
        assert isinstance(m.value, Quantity)
        by_family.setdefault(slot_family(m), []).append((*base_unit_value(m.value), n))
    out = []
    for family, rows in by_family.items():
        rows.sort()
        slack = Decimal(1) if family.endswith("temperature") else Decimal(0)
        for x, (_lo, hi, i) in enumerate(rows):
            out.extend((i, j) for lo, _hi, j in rows[x + 1:] if lo <= hi + abs(hi) * _WINDOW + slack)
    return out


def _rounded(amount: Decimal, exponent: int) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP)


def test_the_indexed_sweep_leaves_out_only_precise_figures_that_do_not_round_to_each_other() -> None:
    rng = random.Random(7)
    units = ["kilometre", "mile", "metre", None, "degree fahrenheit", "degree celsius"]
    ms = []
    for _ in range(400):
        digits = rng.choice([1, 2, 3, 3, 4, 5])
        amount = Decimal(rng.randint(10 ** (digits - 1), 10 ** digits - 1)).scaleb(rng.randint(-3, 2))
        amount = -amount if rng.random() < 0.05 else amount
        ms.append(Mention(Kind.NUMBER, "s", 0, Span(0, 1), str(amount),
                          Quantity(amount, rng.choice(units), rng.choice([None, None, "about"])), "number:x"))
    # near figures of one unit: the same figure, and one rounded from another
    ms += [replace(m, value=replace(m.value, amount=_rounded(m.value.amount, e)))
           for m in ms[:60] for e in (-1, 0, 1)
           if isinstance(m.value, Quantity)]

    def refused(a: Mention, b: Mention) -> bool:
        va, vb = a.value, b.value
        assert isinstance(va, Quantity) and isinstance(vb, Quantity)
        return (_precise(a) and _precise(b) and base_factor(va) == base_factor(vb)
                and not _rounds_to(va.amount, vb.amount))

    expected = [(i, j) for i, j in _swept(ms) if not refused(ms[i], ms[j])]
    assert list(_close_pairs(ms)) == expected
    assert len(expected) < len(_swept(ms))


def test_a_listed_division_joins_the_claim_of_its_tally() -> None:
    """ "For: 21" over "Against: 9" (a list) and "by 21 votes to 9" (a sentence) state one division."""
    wire = "Marrowby council backed the library by 21 votes to 9 on Monday."
    paper = "Councillors voted 21-9 in favour of the new library."
    blog = "The library plan is approved.\n\n- For: 21\n- Against: 9\n- Abstentions: 3"
    source_of, measures = _story(wire, paper, blog)
    assert source_of == ["s0", "s1", "s2", "s2", "s2", "s2"]
    assert join_measures([[0, 1]], {}, source_of, measures)[0] == [0, 1, 3]


def test_another_tally_joins_nothing() -> None:
    """A 21-9 vote and a 20-10 one, or a match's 2-1, are no one division."""
    source_of, measures = _story("The council backed the library by 21 votes to 9.",
                                 "The motion passed 20-10 after a long debate.",
                                 "Rovers beat Old Town 2-1 on Saturday.")
    assert join_measures([], {}, source_of, measures) == []


def test_a_games_score_joins_nothing() -> None:
    """A match's score is said with each moment of the game (its winner, what it clinches): no one claim."""
    a = "Okoro's late header gave Rovers a 3-1 win over Old Town on Saturday."
    b = "Rovers beat Old Town 3-1 to reach the cup final for the first time."
    source_of, measures = _story(a, b)
    assert join_measures([], {}, source_of, measures) == []
