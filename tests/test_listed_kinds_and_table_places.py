"""A medal haul written as a breakdown by kind, a place in a table with lower-case modifiers (invented).

"4 gold, 6 silver and 3 bronze medals" names each kind once after its
figure and the shared noun once (or not at all), so the items used to count
nothing ("4 gold" even read as money in a currency named "gold"), and the
last one counted medals: another outlet's "four golds" or "three bronzes"
had nothing to meet. "9th in the final medal table" held a lower-case
modifier before the standing, which only capitalized names were allowed.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import positions
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def counts(text: str) -> dict[str, tuple[str, ...]]:
    return {m.raw: m.cues for m in analyse(Article.from_text(text)).mentions if m.slot == "number:count"}


def test_each_item_of_a_breakdown_by_kind_counts_its_kind() -> None:
    found = counts("The squad of 61 won 4 gold, 6 silver and 3 bronze medals at the regatta.")
    assert found.get("4") == ("gold",)
    assert found.get("6") == ("silver",)
    assert found.get("3") == ("bronze",)


def test_a_breakdown_without_its_shared_noun_still_counts_each_kind() -> None:
    found = counts("Orvena came home with two gold and five silver – its best ever tally.")
    assert found.get("two") == ("gold",)
    assert found.get("five") == ("silver",)


def test_a_figure_before_gold_is_no_money() -> None:
    mentions = analyse(Article.from_text("The rowers took 4 gold and 2 silver on the lake.")).mentions
    assert not [m for m in mentions if m.kind is Kind.MONEY]


@pytest.mark.parametrize("text", [
    "Three dead, 5 injured and 40 homes evacuated after the blast.",
    "The bus carried 12 adults and 30 children.",
    "Crews sent 210 firefighters and 35 fire engines to the mill.",
])
def test_roles_and_plurals_keep_their_own_reading(text: str) -> None:
    found = counts(text)
    assert found.get("5") != ("injured",)
    assert found.get("12", ("adult",)) == ("adult",)
    assert found.get("35", ("engine",)) == ("engine",)


def test_a_breakdown_agrees_with_plurals_and_a_changed_item_diverges() -> None:
    wire = ("Orvena finished the Coastal Games on Sunday, the committee said.\n\n"
            "Its 61 athletes won 4 gold, 6 silver and 3 bronze medals in Pellmar.")
    paper = ("Orvena closed the Coastal Games on Sunday.\n\n"
             "The 61 athletes took four golds, six silvers and five bronzes in Pellmar.")
    report = compare([Article.from_text(t, id=i, published="2027-07-11")
                      for i, t in (("a", wire), ("b", paper))])
    by_raws = {frozenset(m.raw for m in f.mentions): f.status for f in report.facts}
    assert by_raws.get(frozenset({"4", "four"})) is Verdict.AGREE
    assert by_raws.get(frozenset({"6", "six"})) is Verdict.AGREE
    assert by_raws.get(frozenset({"3", "five"})) is Verdict.DIVERGE


@pytest.mark.parametrize(("text", "place"), [
    ("The hosts ended 9th in the final medal table.", "9th"),
    ("Tarrow are fourth in the overall points standings.", "fourth"),
    ("leaving the country 14th in the medal table among 50 nations.", "14th"),
])
def test_a_place_in_a_table_with_lower_case_modifiers(text: str, place: str) -> None:
    assert [text[s:e] for s, e, _ in positions.find(text)] == [place]


@pytest.mark.parametrize("text", [
    "She was third in the race for the league title.",
    "He came first in the vote of the league board.",
])
def test_a_function_word_before_the_standing_names_no_place(text: str) -> None:
    assert positions.find(text) == ()
