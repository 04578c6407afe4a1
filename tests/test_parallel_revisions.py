"""Two revisions in one sentence are two updated facts; "revised X up to N" moves a figure, no ceiling.

Monthly statistics revise earlier months in pairs ("March was revised up to
4,210 from 3,980 and April down to 5,020 from 5,350"). Pairing every old
figure with every new one made both months one fact, so a source that
disagreed on one month made the other month diverge too.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.updates import EARLIER, LATER
from sourcediff.model import Fact, Report
from sourcediff.pipeline import analyse

DAY = "2026-05-08"


def cues(text: str) -> list[tuple[str, str | None, str]]:
    info = analyse(Article.from_text(text, id="t", published=DAY))
    return [(m.raw, EARLIER if EARLIER in m.cues else LATER if LATER in m.cues else None, str(m.value))
            for m in info.mentions if m.kind is Kind.NUMBER and not m.slot.startswith("interval:")]


@pytest.mark.parametrize(("text", "raw"), [
    ("The registry revised March's housing starts up to 4,210 from 3,980.", "4,210"),
    ("The agency pushed the estimate up to 8,400 on Monday.", "8,400"),
    ("The council revised the figure up to 650 places.", "650"),
])
def test_a_change_verb_with_its_object_before_up_to_is_no_ceiling(text: str, raw: str) -> None:
    found = {r: (side, value) for r, side, value in cues(text)}
    assert raw in found
    assert "ceiling" not in found[raw][1]


@pytest.mark.parametrize(("text", "raw"), [
    ("The union raised fears of cuts of up to 500 posts.", "up to 500"),
    ("The board revised its plans and could hire up to 300 staff.", "up to 300"),
    ("The scheme will house up to 1,200 families.", "up to 1,200"),
])
def test_up_to_after_other_words_stays_a_ceiling(text: str, raw: str) -> None:
    found = {r: value for r, _, value in cues(text)}
    assert raw in found
    assert "ceiling" in found[raw]


WIRE = ("The Harbour Board said 61,300 containers passed through Portsmere in May. It revised March's "
        "total up to 58,200 from 55,900 and April's down to 49,800 from 52,600, the board said on Friday.")
TRADE = ("Portsmere handled 61,300 containers in May. March was revised up from 55,900 to 58,200; "
         "April was revised down from 52,600 to 47,900, the Harbour Board said on Friday.")
LOCAL = ("Portsmere's container count for May was 61,300, the Harbour Board said on Friday. March was "
         "revised up to 58,200 and April down to 49,800.")


def story(*texts: str) -> Report:
    return compare([Article.from_text(t, id=chr(ord("a") + n), published=DAY) for n, t in enumerate(texts)])


def holding(report: Report, digits: str) -> list[Fact]:
    return [f for f in report.facts if f.kind is Kind.NUMBER and any(digits in m.raw for m in f.mentions)]


def test_two_revisions_in_one_sentence_are_two_facts_and_one_month_agrees_whatever_the_other_says() -> None:
    report = story(WIRE, TRADE, LOCAL)
    march = holding(report, "58,200")
    april = holding(report, "52,600")
    assert len(march) == 1 and len(april) == 1
    assert march[0] is not april[0]
    assert march[0].status is Verdict.AGREE  # the trade paper's other April (47,900): no March divergence
    assert {m.raw for m in march[0].mentions} == {"58,200", "55,900"}
    # April's current figures differ (49,800 against the trade paper's 47,900): a divergence, not an agreed
    # update with two later values; the 52,600 both revised from agrees on its own (facts60)
    (revised,) = holding(report, "47,900")
    assert revised.status is Verdict.DIVERGE and {m.raw for m in revised.mentions} == {"49,800", "47,900"}
    assert april[0].status is Verdict.AGREE and {m.raw for m in april[0].mentions} == {"52,600"}


def test_one_revision_still_joins_its_old_and_new_figure() -> None:
    report = story("The toll from the Arvel landslide was revised up to 61 from 9 on Tuesday, rescuers said.",
                   "Rescuers said on Tuesday the Arvel landslide had killed 61 people.")
    toll = holding(report, "61")
    assert len(toll) == 1
    assert any(m.raw == "9" for m in toll[0].mentions)
    assert toll[0].status is Verdict.AGREE
