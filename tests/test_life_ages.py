"""A person's age at a step of their life, and a level reached by a multiple ("more than doubled to").

Biographies date a life's steps by age ("died at the age of 81", "who was
58 when she won it", "he took up rowing at 47"); outlets write one such age
in these shapes and in "aged 58", so each must be read as the age it is,
never as a count (the head-noun reader once read "the age of 24" as a
count of ages, and "died at the age of 81" as a toll of 81 dead). A bare
"at N" that is a level or a clock stays what it was.
"""

from __future__ import annotations

import pytest

from sourcediff.compat import compatible
from sourcediff.extract import numbers
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.raw, m.canonical, m.slot) for m in mentions(text)]


@pytest.mark.parametrize(("text", "raw"), [
    ("The novelist died at the age of 81 in her home in Carrowmore.", "81"),
    ("He was first elected at the age of 24.", "24"),
    ("She set the club record at age 58 in 2019.", "58"),
    ("The title went to Ines Valcour, who was 58 when she won it in 2019.", "58"),
    ("The previous holder, who was 47 at the time, has since retired.", "47"),
    ("Teodor Blanc was seven when his family moved to Lyon.", "seven"),
    ("Turnout was 12 when the polls closed.", None),  # one capitalised word: no person's name
    ("She took up rowing at 47, after closing her bakery.", "47"),
    ("He retired at 63 and moved to the coast.", "63"),
])
def test_a_life_step_dated_by_age_is_an_age(text: str, raw: str | None) -> None:
    ages = [m for m in mentions(text) if m.slot == "number:age"]
    assert [m.raw for m in ages] == ([raw] if raw else [])
    assert all(m.canonical.endswith(" year") for m in ages)


def test_a_death_at_an_age_is_no_toll() -> None:
    assert found("The founder died at the age of 81.") == [("81", "81 year", "number:age")]


def test_the_age_of_is_never_a_count_of_ages() -> None:
    assert not [m for m in mentions("He was first elected at the age of 24.") if m.slot == "number:count"]
    assert found("Children under the age of 12 travel free.") == []


@pytest.mark.parametrize("text", [
    "The index closed at 52.",  # a level after "at"
    "Rates were held at 5.",
    "She left the office at 5, and went home.",  # a clock
    "He started work at 9.",  # too small to tell from a clock
    "The firm, which was 40 when it was sold, grew.",  # "which": a thing's figure
    "He was 12 points clear at the top.",  # a noun after the figure
])
def test_other_bare_figures_are_not_ages(text: str) -> None:
    assert not [m for m in mentions(text) if m.slot == "number:age"]


def test_three_ways_of_writing_one_age_agree_and_a_fourth_differs() -> None:
    ages = [next(m for m in mentions(t) if m.slot == "number:age") for t in (
        "The record was set in 2014 by Ines Valcour, who won it at the age of 58.",
        "Valcour, who was 58 when she won it, held the record since.",
        "The previous mark belonged to Valcour, aged 58.",
        "Ines Valcour was 59 when she won it.",
    )]
    assert compatible(ages[0], ages[1]) and compatible(ages[1], ages[2])
    assert not compatible(ages[0], ages[3])


@pytest.mark.parametrize(("text", "raw", "cue"), [
    ("The fear gauge more than doubled to 38.6 on Monday.", "38.6", "gauge"),
    ("The fear gauge doubled to 38.6.", "38.6", "gauge"),
    ("Its membership has nearly tripled to 4,200.", "4,200", "membership"),
    ("Weekly sailings halved to 14, the operator said.", "14", "sailing"),
])
def test_a_multiple_to_a_level_reads_the_level(text: str, raw: str, cue: str) -> None:
    (m,) = mentions(text)
    assert (m.raw, m.slot, m.cues[:1]) == (raw, "number:count", (cue,))


def test_doubled_reads_as_rose_does() -> None:
    (a,) = mentions("The volatility gauge more than doubled to 38.6.")
    (b,) = mentions("The volatility gauge rose to 38.6.")
    assert a.canonical == b.canonical and compatible(a, b)


def test_a_multiple_without_a_level_is_no_figure() -> None:
    assert found("The fear gauge more than doubled on Monday.") == []


def test_the_aligner_keys_passages_without_life_step_ages() -> None:
    """The judge compares a life step's age; the aligner's pair model never saw one as a passage term."""
    from sourcediff.align import score_pairs
    from sourcediff.pipeline import analyse

    a = analyse(Article.from_text("Ines Valcour, 58, won the race. She took up rowing at 47, after "
                                  "closing her bakery.", id="a"))
    b = analyse(Article.from_text("Valcour, 58, won the race. She only took up rowing in her forties.",
                                  id="b"))
    assert any(m.slot == "number:age" and m.raw == "47" for m in a.mentions)
    values = {v for d in score_pairs((a, b)).docs for v in d.values}
    assert any(v.endswith("=58") for v in values)  # an apposition's age still keys its passage
    assert not any(v.endswith("=47") for v in values)
