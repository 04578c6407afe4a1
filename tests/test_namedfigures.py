"""Bare figures of a ranking by name ("Norland (412)", "Ostmark with 390") are counts of that part."""

from __future__ import annotations

from sourcediff import compare
from sourcediff.extract import numbers
from sourcediff.model import Article
from sourcediff.segment import segment


def named(text: str) -> dict[str, tuple[str, ...]]:
    """Each count mention's raw figure and its cues, for the figures a ranking gives by name."""
    article = Article.from_text(text)
    return {m.raw: m.cues for m in numbers.extract(article, segment(article)) if m.slot == "number:count"}


def test_bracketed_figures_after_names_are_read_with_the_name() -> None:
    found = named("Norland (412), Ostmark (390) and Vale (201) hold most of the country's bears.")
    assert found["412"] == ("named:norland",)
    assert found["390"] == ("named:ostmark",)
    assert found["201"] == ("named:vale",)


def test_with_figures_take_the_noun_of_the_count_before() -> None:
    found = named("Norland has the most bears, 412, followed by Ostmark with 390 and Vale with 201.")
    assert found["412"] == ("bear", "named:norland")
    assert found["390"] == ("bear", "named:ostmark")
    assert found["201"] == ("bear", "named:vale")


def test_a_with_figure_takes_the_noun_of_the_sentence_before() -> None:
    found = named("Norland has 412 bears. Ostmark comes second with 390.")
    assert found["390"] == ("bear", "named:ostmark")


def test_figures_that_are_not_a_ranking_stay_unread() -> None:
    found = named("The team arrived with 12 minutes to spare. Section (3) of the act applies. "
                  "The Vale road (2019) is closed.")
    assert "3" not in found
    assert "12" not in found
    assert not any(c.startswith("named:") for cues in found.values() for c in cues)


def test_one_part_figure_differing_between_outlets_is_a_divergence() -> None:
    a = Article.from_text("The survey counted 1,003 bears. Norland has the most bears, 412, followed by "
                          "Ostmark with 390 and Vale with 201.", id="a")
    b = Article.from_text("The survey counted 1,003 bears. Norland (412), Ostmark (309) and Vale (201) "
                          "hold most of them.", id="b")
    facts = compare([a, b]).to_dict()["facts"]
    status = {m["text"]: f["status"] for f in facts for m in f["mentions"]}
    assert status["412"] == "agree"
    assert status["201"] == "agree"
    assert status["309"] == "diverge"
    assert status["390"] == "diverge"
