"""Vote tallies and match results are one typed value whatever the spelling; a range is not a tally."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.tallies import parse_tally
from sourcediff.pipeline import analyse
from sourcediff.values import Tally


def tallies(text: str) -> list[tuple[str, str]]:
    mentions = analyse(Article.from_text(text)).mentions
    return [(m.raw, m.canonical) for m in mentions if m.slot == "number:tally"]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The appeals court ruled 7-2 on Monday.", "7-2", "7-2"),
    ("In a 7–2 decision, the justices sided with the port.", "7–2 decision", "7-2"),
    ("The panel split seven-to-two.", "seven-to-two", "7-2"),
    ("The harbour bill passed by a vote of 5 to 4.", "5 to 4", "5-4"),
    ("Councillors voted 11-3 to close the depot.", "11-3", "11-3"),
    ("The tribunal found 6–1 that the riders are staff.", "6–1", "6-1"),
    ("Rovers beat Old Town Athletic 2-1 in the final.", "2-1", "2-1"),
    ("United won 3-0 at home.", "3-0", "3-0"),
    ("The hosts sealed a 2–1 victory late on.", "2–1 victory", "2-1"),
    # A vote word and a verb before the split: hyphen, en dash or "to".
    ("The committee's vote was 8-1.", "8-1", "8-1"),
    ("The committee's vote was 8–1 in favour.", "8–1", "8-1"),
    ("The ruling was five to four.", "five to four", "5-4"),
    ("The final tally, 12-9, surprised the clerks.", "12-9", "12-9"),
    ("The majority was 4–3.", "4–3", "4-3"),
    # a parliament's division: the word "votes" between the sides, or the sides named
    ("The assembly backed the harbour levy by 212 votes to 187.", "212 votes to 187", "212-187"),
    ("The motion carried, 212 in favour and 187 against.", "212 in favour and 187 against", "212-187"),
    ("The count was 212 votes for, 187 against.", "212 votes for, 187 against", "212-187"),
    # who voted named between a side's count and its side (invented text)
    ("The motion passed with 41 councillors in favour, 17 against and two abstentions.",
     "41 councillors in favour, 17 against", "41-17"),
    ("The board split 9 members for and 3 members against.", "9 members for and 3 members against", "9-3"),
    ("Ayes 212, noes 187.", "Ayes 212, noes 187", "212-187"),
    ("The clerk read out 212 ayes to 187 noes.", "212 ayes to 187 noes", "212-187"),
    ("Result of the vote - For: 34, Against: 17.", "For: 34, Against: 17", "34-17"),
    ("The division: in favour: 34; against: 17", "in favour: 34; against: 17", "34-17"),
])
def test_tally_spellings(text: str, raw: str, canonical: str) -> None:
    assert tallies(text) == [(raw, canonical)]


@pytest.mark.parametrize("text", [
    "The score was 7-2 at halftime.",
    "The office is open 9-5 on weekdays.",
    "Sales rose between 2010-2012.",
])
def test_not_tallies(text: str) -> None:
    assert tallies(text) == []


def test_a_span_before_for_is_no_side_of_a_division() -> None:
    """Only a plural noun of voters may stand between a count and its side: "3 years for" is a sentence."""
    assert tallies("Marrow served 3 years for fraud, 2 against his will.") == []


def test_votes_between_counts_of_other_things_is_no_tally() -> None:
    """ "14 votes to the rival's 9" has a word between "to" and the second figure: two counts."""
    assert tallies("She won by 14 votes to the rival's 9.") == []


def test_a_tally_is_not_also_two_counts() -> None:
    found = [m.raw for m in analyse(Article.from_text("The bill passed by a vote of 5 to 4.")).mentions]
    assert found == ["5 to 4"]


@pytest.mark.parametrize("text", ["The board's vote was 8–1.", "Figures of 8–1 were quoted.",
                                  "They were 8-1."])
def test_an_en_dash_pair_is_never_two_counts(text: str) -> None:
    """ "8–1" (en dash) is no range (it runs down): read as the hyphen's "8-1", one split or nothing."""
    counts = [m.raw for m in analyse(Article.from_text(text)).mentions if m.slot != "number:tally"]
    assert counts == []


def test_parse_back() -> None:
    assert parse_tally("7-2") == parse_tally("seven to two") == Tally(7, 2)
    with pytest.raises(ValueError, match="not a vote tally"):
        parse_tally("seven dwarfs")


def test_tallies_agree_and_diverge_across_sources() -> None:
    def verdicts(*texts: str) -> list[str]:
        articles = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate(texts)]
        return [f.status.value for f in compare(articles).facts if f.kind.value == "number"]

    assert verdicts("The supreme court ruled 7-2 that the harbour levy was lawful.",
                    "In a seven-to-two decision the supreme court held the harbour levy lawful.") == ["agree"]
    assert verdicts("The supreme court ruled 7-2 that the harbour levy was lawful.",
                    "The supreme court ruled 6-3 that the harbour levy was lawful.") == ["diverge"]


@pytest.mark.parametrize(("text", "raw"), [
    ("The stadium plan is approved.\n\n- For: 34\n- Against: 17\n- Abstentions: 2\n\nCheers in the gallery.",
     "For: 34"),
    ("RESULT\n\nIn favour: 34\n\nAgainst: 17\n\nThe motion carries.", "In favour: 34"),
    ("How they voted\n\n* Ayes - 312\n* Noes - 298\n\nThe bill goes to the Lords.", "Ayes - 312"),
    ("The referendum result.\n\nYes: 5,120\n\nNo: 4,870\n\nTurnout was low.", None),  # beyond 999: no tally
])
def test_a_division_told_as_two_lines_of_a_list_is_one_tally(text: str, raw: str | None) -> None:
    """ "For: 34" then "Against: 17", each a list item: one tally on the first line, and no loose counts."""
    mentions = analyse(Article.from_text(text)).mentions
    found = [(m.raw, m.canonical) for m in mentions if m.slot == "number:tally"]
    if raw is None:
        assert found == []
        return
    assert len(found) == 1 and found[0][0] == raw
    assert not [m for m in mentions if m.slot == "number:count" and m.raw in raw]


@pytest.mark.parametrize("text", [
    "For: 34 years he served the town.\n\nAgainst: 17 odds he won.",  # not whole lines of a label and figure
    "For: 34\n\nThe motion failed.",  # one side only
    "Against: 17\n\nFor: 34",  # the sides the wrong way round
    "Members present: 34\n\nAgainst: 17",
])
def test_lines_that_are_not_a_division_are_no_tally(text: str) -> None:
    assert tallies(text) == []
