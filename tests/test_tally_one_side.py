"""Two sources' tallies of one division, one side reported differently, diverge wherever they stand.

"The final tally was 12 for, 7 against." shares no words with "backed the
merger by 12 votes to 5", so no claim set the two tallies side by side and
the odd one out was left a unique figure. Tallies with one side equal and
the other not are one division misread on one side; a second division of
the story shares neither side and stays apart. Every name and figure is
invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.values import Tally


def _tally_facts(texts: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    articles = [Article.from_text(t, id=i, published="2026-11-24") for i, t in texts.items()]
    return [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.NUMBER and any(isinstance(m.value, Tally) for m in f.mentions)]


def test_a_tally_worded_apart_with_one_side_changed_diverges() -> None:
    facts = _tally_facts({
        "a": "The Dunmore board backed the merger by 12 votes to 5 on Tuesday.\n\n"
             "The chair said the deal would close in June.",
        "b": "Dunmore's board approved the merger 12-5 on Tuesday evening.",
        "c": "The Dunmore board voted on Tuesday. The final tally was 12 for, 7 against.\n\n"
             "The deal closes in June.",
    })
    assert ("diverge", [("a", "12 votes to 5"), ("b", "12-5"), ("c", "12 for, 7 against")]) in facts


def test_two_divisions_sharing_no_side_stay_apart() -> None:
    facts = _tally_facts({
        "a": "The Dunmore board backed the merger by 12 votes to 5 on Tuesday.",
        "b": "Dunmore's board approved the merger 12-5 on Tuesday evening.",
        "c": "A motion to delay the Dunmore vote fell by 6 votes to 11 earlier in the day.",
    })
    assert not [ms for status, ms in facts if status == "diverge"]


def test_two_games_results_sharing_a_side_are_no_rivals() -> None:
    """A night of games: "won 77-68" and "an 85-68 win" are two games' results, not one misread vote."""
    facts = _tally_facts({
        "a": "Harlow came back to tie the game in the second half before Kestrel finally won 77-68.",
        "b": "Ana Roe scored 17 points, leading Dunmore to an 85-68 win over Pellworth at home.",
    })
    assert not [ms for status, ms in facts if status == "diverge"]
