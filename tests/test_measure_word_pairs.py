"""Measures of one object paired across aligned passages by their measure word (divergemeasurewords).

"The Ostra dam is 180 metres high and 420 metres wide" against "a height
of 195 m and a width of 420 m": each passage states two distances, so no
rule had a single value to compare and the height was left unjudged. A
height is now compared with a height, a width with a width. Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergemeasurewords import measure_word
from sourcediff.model import Fact, Kind, Verdict
from sourcediff.pipeline import analyse


def _words(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-07-02"))
    return [(m.raw, measure_word(m, text)) for m in info.mentions if m.kind is Kind.NUMBER]


def _facts(*texts: str) -> tuple[Fact, ...]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-07-02") for n, t in enumerate(texts)]
    return compare(articles).facts


def _status(facts: tuple[Fact, ...], raw: str) -> Verdict:
    found = [f for f in facts if any(raw in m.raw for m in f.mentions)]
    assert len(found) == 1, facts
    return found[0].status


def test_the_word_after_or_before_names_the_measure() -> None:
    assert _words("The new Ostra dam is 180 metres high and 420 metres wide.") == [
        ("180 metres", "height"), ("420 metres", "width")]
    assert _words("Engineers gave the tunnel a length of 9.2 km and a depth of about 40 m below the river.") \
        == [("9.2 km", "length"), ("about 40 m", "depth")]
    assert _words("The ferry has a beam of 32 metres and is 210 metres long.") == [
        ("32 metres", "width"), ("210 metres", "length")]


def test_a_figure_without_its_word_names_nothing() -> None:
    """"of which about 12 m stands above the water": no measure word touches the figure."""
    assert _words("The hull is 210 metres long, of which about 12 m stands above the water.") == [
        ("210 metres", "length"), ("about 12 m", None)]


DAM = ("The new Ostra dam is 180 metres high and 420 metres wide, the water authority said on Tuesday.",
       "The Ostra dam has a height of 195 m and a width of 420 m, the water authority said on Tuesday.")


def test_a_different_height_diverges_and_the_width_agrees() -> None:
    facts = _facts(*DAM)
    assert _status(facts, "195 m") is Verdict.DIVERGE
    assert _status(facts, "420 m") is Verdict.AGREE


def test_a_converted_length_ties_the_passages_and_the_depth_diverges() -> None:
    facts = _facts(
        "The Brannock rail tunnel, opened on Monday, is 9 kilometres long and 45 metres deep at its lowest "
        "point, the operator said.",
        "The Brannock rail tunnel runs 5.6 miles long and sits 60 metres deep at its lowest point under "
        "the estuary.")
    assert _status(facts, "60 metres") is Verdict.DIVERGE


def test_agreeing_measures_in_other_units_agree() -> None:
    facts = _facts(
        "The cruise ship Solvane is 300 metres long and 38 metres wide, the shipyard said on Friday.",
        "The Solvane is 984ft long and 125ft wide, its builder said on Friday.")
    assert all(f.status is not Verdict.DIVERGE for f in facts), facts


def test_a_measure_word_named_twice_is_left_alone() -> None:
    """Two heights in one passage (a dam and its spillway): no telling which one the partner's is."""
    facts = _facts(
        "The Ostra dam is 180 metres high and 420 metres wide, and its spillway tower is 60 metres high.",
        "The Ostra dam has a height of 195 m and a width of 420 m, the water authority said.")
    assert all(f.status is not Verdict.DIVERGE for f in facts if any("m" in m.raw for m in f.mentions)
               and any(m.raw in ("195 m", "180 metres", "60 metres") for m in f.mentions))


def test_across_names_a_width_only_at_its_clause_end() -> None:
    assert _words("The crater is about 2 km across, the survey found.") == [("about 2 km", "width")]
    assert _words("The smoke drifted 40 km across the valley.") == [("40 km", None)]


def test_in_and_a_noun_name_the_measure() -> None:
    assert _words("The bridge span is 1,100 metres in length.") == [("1,100 metres", "length")]


def test_measures_of_different_sizes_are_not_rivals() -> None:
    """A tenfold gap ("1.2 miles" against "12 miles") is no rival reading of one depth."""
    facts = _facts(
        "The Corran mine shaft, sealed on Monday, is 300 metres wide at the top and has a depth of 1.2 miles,"
        " the company said.",
        "The Corran mine shaft, sealed on Monday, is 300 metres wide at the top with a depth of 12 miles, "
        "the company said.")
    assert all(f.status is not Verdict.DIVERGE for f in facts), facts
