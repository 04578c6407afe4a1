"""A toll counted at the scene is a part of the toll its own article gives whole (extract/scenecounts.py).

Invented text. A crash's dead are counted where they lie, then in the
hospitals: "SIX people are dead ... Five died at the scene" states one toll,
six. Read as a second toll, the scene's five agreed with an earlier
report's whole toll of five, so the earlier five and the later six never met.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.roles import PART
from sourcediff.extract.scenecounts import SCENE
from sourcediff.model import Kind

EARLY = ("Five people were killed and 22 injured when a minibus carrying a school choir collided with a "
         "lorry on the Dunraven bypass on Saturday morning, police said. The lorry driver was not hurt.")
LATE = ("SIX people are dead after a minibus full of choir singers smashed into a lorry on the Dunraven "
        "bypass on Saturday. Five victims died at the scene. A sixth, a 15-year-old boy, died in hospital "
        "on Saturday night. Twenty-two others were hurt.")
LATER = ("Six people have died after a minibus carrying a school choir hit a lorry on the Dunraven bypass "
         "on Saturday. Five of them were pronounced dead at the scene; a teenage boy died in hospital later "
         "that night. Twenty-two people were injured.")


def _report(*texts: str) -> list[tuple[str, list[tuple[str, str]]]]:
    report = compare([Article.from_text(t, id=f"s{n}", published="2026-05-16") for n, t in enumerate(texts)])
    return [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if f.kind is Kind.NUMBER]


def _cues(text: str, raw: str) -> tuple[str, ...]:
    report = compare([Article.from_text(text, id="s0", published="2026-05-16"),
                      Article.from_text(EARLY, id="s9", published="2026-05-16")])
    return next(m.cues for f in report.facts for m in f.mentions if m.source == "s0" and m.raw == raw)


def test_an_earlier_toll_meets_the_later_one_past_the_scene_count() -> None:
    facts = _report(EARLY, LATE)
    assert ("diverge", [("s0", "Five"), ("s1", "SIX")]) in facts
    # the scene's five is no reading of the earlier whole toll
    assert not any(("s0", "Five") in ms and ("s1", "Five") in ms for _, ms in facts)


def test_two_later_reports_agree_on_both_the_toll_and_the_scene_count() -> None:
    facts = _report(LATE, LATER)
    assert ("agree", [("s0", "SIX"), ("s1", "Six")]) in facts
    assert ("agree", [("s0", "Five"), ("s1", "Five")]) in facts
    assert not any(status == "diverge" for status, _ in facts)


def test_a_scene_count_is_a_part_only_beside_a_larger_whole() -> None:
    assert {PART, SCENE} <= set(_cues(LATE, "Five"))
    alone = ("Two people died at the scene when a van left the Dunraven bypass on Saturday, police said.")
    assert not {PART, SCENE} & set(_cues(alone, "Two"))


def test_a_scene_count_that_is_the_whole_toll_still_agrees() -> None:
    alone = ("Two people died at the scene when a van left the Dunraven bypass on Saturday and overturned, "
             "police said.")
    other = ("Two people were killed when a van left the Dunraven bypass on Saturday and overturned, police "
             "said.")
    assert ("agree", [("s0", "Two"), ("s1", "Two")]) in _report(alone, other)


def test_the_scene_must_be_in_the_figure_s_own_clause() -> None:
    text = ("At the scene, officers said seven people had been killed and 12 hurt in the collision on the "
            "Dunraven bypass on Saturday.")
    assert SCENE not in _cues(text, "seven")
