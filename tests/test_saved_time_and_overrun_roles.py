"""Figures of one kind in one passage, each given its role by its own words (the tunnel story).

- A sum "more than the original budget" ("€1.3bn more than the original
  budget", "less than the initial estimate") is a change, as "over budget"
  is: its passage states a cost and an overrun, one each, so two outlets'
  overruns meet though each also gives the new cost.
- Time saved ("a saving of 35 minutes", "saving 35 min", "shave 40 minutes
  off", "cut the trip by 20 minutes") is a change too, so a passage's "from
  80 to 45 minutes, a saving of 35" states two levels and one saving, and a
  tabloid's lone "shave 40 minutes off" is the rival of three outlets' 35.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.extract import money, numbers
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Article
from sourcediff.segment import segment


def _cues(text: str) -> dict[str, tuple[str, ...]]:
    article = Article.from_text(text, id="t", published="2026-11-24")
    ps = segment(article)
    return {m.raw: m.cues for m in (*money.extract(article, ps), *numbers.extract(article, ps))}


@pytest.mark.parametrize(("text", "raw"), [
    ("The final bill is now €4.2bn, which is €1.3bn more than the original budget.", "€1.3bn"),
    ("It came in at $610m, some $45m less than the initial estimate.", "some $45m"),
    ("The stadium cost £385m, £60m higher than the budget.", "£60m"),
])
def test_a_sum_beyond_the_budget_is_a_change(text: str, raw: str) -> None:
    cues = _cues(text)
    assert CHANGE in cues[raw]
    assert all(CHANGE not in c for r, c in cues.items() if r != raw)  # the cost itself stays a level


@pytest.mark.parametrize(("text", "raw"), [
    ("Buses will run from 50 minutes to 30 minutes, a saving of 20 minutes.", "20 minutes"),
    ("Crossing time falls from 50 min to 30 min, saving 20 min per trip.", "20 min"),
    ("The bypass will shave 20 minutes off the school run.", "20 minutes"),
    ("The new timetable cuts the coast trip by about 20 minutes.", "about 20 minutes"),
])
def test_time_saved_is_a_change(text: str, raw: str) -> None:
    assert CHANGE in _cues(text)[raw]


@pytest.mark.parametrize("text", [
    "The trip to the coast takes 50 minutes.",
    "The ferry was delayed by 20 minutes.",
    "She spent 20 minutes in the queue before the bus came.",
])
def test_a_plain_length_of_time_is_no_change(text: str) -> None:
    assert all(CHANGE not in cues for cues in _cues(text).values())


def _facts(texts: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = compare([Article.from_text(t, id=k, published="2026-11-24") for k, t in texts.items()])
    return [(f.status.value, [(m.source, m.raw) for m in f.mentions]) for f in report.facts]


def _with(facts: list[tuple[str, list[tuple[str, str]]]], raw: str) -> tuple[str, list[tuple[str, str]]]:
    return next(f for f in facts if any(r == raw for _, r in f[1]))


def test_a_lone_saving_against_three_outlets_savings_diverges() -> None:
    facts = _facts({
        "wire": ("The Harlow bypass opened on Monday. Buses will cut the run between Tarn and Kell from 50 "
                 "minutes to 30 minutes, a saving of 20 minutes."),
        "tabloid": "The Harlow bypass opened on Monday. Buses will now shave 25 minutes off the run to Kell.",
        "trade": ("The Harlow bypass opened on Monday. Run time between Tarn and Kell falls from 50 min to "
                  "30 min, saving 20 min per trip."),
        "local": ("The Harlow bypass opened on Monday. The run to Kell will take 30 minutes instead of 50, "
                  "saving 20 minutes each way."),
    })
    status, mentions = _with(facts, "25 minutes")
    assert status == "diverge"
    assert ("wire", "20 minutes") in mentions and ("trade", "20 min") in mentions
    assert _with(facts, "50 min")[0] == "agree"


def test_an_overrun_beside_the_cost_diverges_with_the_others_overrun() -> None:
    facts = _facts({
        "wire": ("The Arden viaduct is expected to cost 4.2 billion euros, against a budget of 2.9 billion "
                 "euros. The overrun of 1.3 billion euros was caused by flooding, the firm said."),
        "tabloid": "The viaduct's bill has soared to €4.2bn – a whopping €1.3bn over budget.",
        "trade": ("The firm puts the outturn cost at 4.2 billion euros, up from 2.9 billion euros. Of the "
                  "1.3 billion euros overrun, most went on ground works."),
        "local": "The viaduct's bill is now put at €4.2bn, which is €1.6bn more than the original budget.",
    })
    status, mentions = _with(facts, "€1.6bn")
    assert status == "diverge"
    assert ("tabloid", "€1.3bn") in mentions
    assert _with(facts, "€4.2bn")[0] == "agree"
