"""Match records told by verbs ("won 12, drew nine and lost 17") are counts of wins, draws and defeats."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import records
from sourcediff.pipeline import analyse


def results(text: str) -> list[tuple[int, str]]:
    return [(int(value.amount), result) for _, _, value, result in records.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("She won 14, drew six and lost 10 of her 30 games in charge.",
     [(14, "win"), (6, "draw"), (10, "defeat")]),
    ("The side won just eight of their 26 matches, drawing five and losing 13.",
     [(8, "win"), (5, "draw"), (13, "defeat")]),
    ("Kessler's team have won 20 and lost four this season.", [(20, "win"), (4, "defeat")]),
    ("Under Odell they won only seven of 31 league games.", [(7, "win")]),
    ("Burnside have lost nine of them since the turn of the year.", [(9, "defeat")]),
    ("The Hawks had won 12 games in a row before Sunday.", [(12, "win")]),
    ("The club has drawn 11 fixtures, won six and lost three.", [(11, "draw"), (6, "win"), (3, "defeat")]),
])
def test_results_are_read(text: str, want: list[tuple[int, str]]) -> None:
    assert results(text) == want


@pytest.mark.parametrize("text", [
    "The rowing squad won 12 medals at the championships.",
    "The plant lost 170 jobs last year.",
    "The party won 12 of the 15 seats it contested.",
    "The exhibition drew 40,000 visitors and won two awards.",
    "Rovers won 3-1 at home and lost 2-0 away.",
    "The firm lost 12 on the day.",
    "She won 4.5 per cent of the vote.",
    "The band drew 300 fans to the park, then lost power.",
])
def test_a_figure_that_is_no_result_of_a_record_is_not_read(text: str) -> None:
    assert results(text) == []


def test_the_results_carry_both_nouns_they_are_counted_with() -> None:
    article = Article.from_text("He won 14, drew six and lost 10 of his 30 matches.", id="a",
                                published="2026-03-02")
    counts = {m.raw: m.cues for m in analyse(article).mentions if m.slot == records.SLOT}
    assert counts == {"14": ("win", "victory"), "six": ("draw",), "10": ("defeat", "loss"),
                      "30": ("match",)}


WIRE = ("Harlow Rovers sacked head coach Pete Lund on Monday. He won {}, drew six and lost 10 of his 30 "
        "matches in charge. The club are 18th with 17 points.")
SITE = ("Harlow Rovers have dismissed Pete Lund. His record was 14 victories, six draws and 10 defeats "
        "in 30 matches. Rovers have 17 points and sit 18th.")
BLOG = ("Pete Lund is out at Harlow Rovers. Lund won just 14 of his 30 matches, drawing six and losing 10. "
        "Rovers are 18th on 17 points.")


def _win_facts(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return [(f.status.value, tuple(sorted(m.raw for m in f.mentions))) for f in compare(articles).facts
            if any("win" in m.cues or "victory" in m.cues for m in f.mentions)]


def test_a_verb_led_record_meets_a_noun_led_one() -> None:
    assert _win_facts(WIRE.format(14), SITE, BLOG) == [("agree", ("14", "14", "14"))]


def test_a_lone_different_win_count_is_the_rival_and_never_joins_an_equal_count_of_points() -> None:
    assert _win_facts(WIRE.format(17), SITE, BLOG) == [("diverge", ("14", "14", "17"))]
