"""A count written as a modifier ("a 19-gun salute") opening a sentence, and its rival in one claim.

Invented text. "A 12-member jury" was left unread at a sentence's start (the
capital "A" was taken for a label's name, as in "Boeing 737"). And a
tabloid's "a 21-gun salute boomed as thousands of fans packed the streets"
was never set against two outlets' 41 guns: its passage states two counts
(guns, fans), so it had no one value of the count family; a count of a named
noun is now also weighed in its noun's family, and two sources agreeing on a
count written in the same compound ("41-gun salute") make the lone other a
rival, however small the count (divergeconsensus._same_compound).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


@pytest.mark.parametrize(("text", "raw"), [
    ("A 12-member jury was sworn in on Monday.", "12-member"),
    ("A 300-bed hospital will open in the spring.", "300-bed"),
    ("An 80-strong choir sang at the service.", "80-strong"),
])
def test_a_count_modifier_opens_a_sentence(text: str, raw: str) -> None:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    assert raw in [m.raw for m in ms if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)]


@pytest.mark.parametrize("text", ["A. 38-caliber revolver was found in the car.",
                                  "Police found a 12-gauge shotgun under the bed."])
def test_a_bore_is_no_count(text: str) -> None:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    assert [m.raw for m in ms if m.kind is Kind.NUMBER] == []


def _counts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-09") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any("gun" in m.raw or m.raw in ("19", "31") for m in f.mentions)]


def test_a_lone_other_compound_count_diverges() -> None:
    facts = _counts(
        "A 31-gun salute was fired from Kessel Castle at noon on Tuesday for the prince's birthday.",
        "A 19-gun salute boomed out over the capital at noon on Tuesday as thousands of fans packed the "
        "streets for the prince's birthday.",
        "At noon on Tuesday, 31 guns were fired from Kessel Castle for the prince's birthday.",
    )
    assert (Verdict.DIVERGE, ["19-gun", "31", "31-gun"]) in facts


def test_agreeing_compound_counts_agree() -> None:
    facts = _counts(
        "A 31-gun salute was fired from Kessel Castle at noon on Tuesday for the prince's birthday.",
        "A 31-gun salute boomed out over the capital at noon on Tuesday as thousands of fans packed the "
        "streets for the prince's birthday.",
        "At noon on Tuesday, 31 guns were fired from Kessel Castle for the prince's birthday.",
    )
    assert all(v is not Verdict.DIVERGE for v, _ in facts)


def test_two_sources_on_a_bare_count_still_do_not_outvote() -> None:
    # No compound on the dissenter's side: "19 guns" and "31 guns" may count two batteries.
    facts = _counts(
        "A 31-gun salute was fired from Kessel Castle at noon on Tuesday for the prince's birthday.",
        "Some 19 guns boomed out over the capital at noon on Tuesday as thousands of fans packed the "
        "streets for the prince's birthday.",
        "At noon on Tuesday, 31 guns were fired from Kessel Castle for the prince's birthday.",
    )
    assert all(v is not Verdict.DIVERGE for v, _ in facts)
