"""A concentration as a popular paper words it: "40 micrograms of lead in every litre".

A lab report or a trade outlet writes "38 µg/L" and a wire "38 micrograms per
litre"; a tabloid spells the unit out as "nearly 40 micrograms of lead in every
litre of water". Read as a bare count ("nearly 40"), that figure met no one's
concentration and could even sit with an unrelated count of 40 in the story.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.numbers import unit_name
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-10"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


@pytest.mark.parametrize(("text", "raw"), [
    ("Tests found nearly 40 micrograms of lead in every litre of tap water.",
     "nearly 40 micrograms of lead in every litre"),
    ("The river carried 12 milligrams of nitrate in each litre.", "12 milligrams of nitrate in each litre"),
    ("Samples held 3 nanograms in a litre, the lab said.", "3 nanograms in a litre"),
    ("The spring had 5 micrograms of weed-killer in every litre.",
     "5 micrograms of weed-killer in every litre"),
])
def test_in_every_litre_is_per_litre(text: str, raw: str) -> None:
    ((got, slot),) = measures(text)
    assert got == raw
    assert slot.endswith("gram per liter")


def test_unit_name_folds_the_substance_and_the_every() -> None:
    assert unit_name("micrograms of lead in every litre") == "microgram per liter"
    assert unit_name("milligrams in each liter") == "milligram per liter"
    assert unit_name("micrograms per litre") == "microgram per liter"


def test_grams_of_a_thing_without_a_volume_stay_grams() -> None:
    assert measures("The parcel held 40 grams of saffron in every box.") == [("40 grams", "number:gram")]


def test_a_tabloids_spelled_out_concentration_meets_the_lab_figure() -> None:
    lab = ("Water drawn from the Pellow reservoir on Monday contained 47 µg/L of lead, "
           "the utility said, nearly five times its limit.")
    tabloid = ("Water drawn from the Pellow reservoir on Monday had almost 50 micrograms of lead "
               "in every litre, the utility admitted. Some 50 families have complained.")
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-10")
                for n, t in enumerate((lab, tabloid))]
    facts = [f for f in compare(articles).facts if f.kind.value == "number"]
    concentration = [f for f in facts if any("microgram" in m.slot for m in f.mentions)]
    assert len(concentration) == 1
    assert concentration[0].status.value == "agree"
    assert {m.source for m in concentration[0].mentions} == {"s0", "s1"}


@pytest.mark.parametrize(("text", "raw"), [
    ("The kerbside sensor logged 57 micrograms of nitrogen dioxide per cubic metre of air.",
     "57 micrograms of nitrogen dioxide per cubic metre"),
    ("Smoke pushed it to 210 micrograms of fine particulate matter per cubic metre.",
     "210 micrograms of fine particulate matter per cubic metre"),
    ("The reservoir held 9 milligrams of dissolved iron per litre.",
     "9 milligrams of dissolved iron per litre"),
])
def test_a_substance_of_several_words_before_per(text: str, raw: str) -> None:
    """A gas or particle of two or three words ("of nitrogen dioxide") still makes a concentration."""
    ((got, slot),) = measures(text)
    assert got == raw
    assert slot.endswith("gram per cubic meter") or slot.endswith("gram per liter")


@pytest.mark.parametrize(("text", "raw", "unit"), [
    ("The annual mean reached 57µg/m³ at the kerbside.", "57µg/m³", "microgram per cubic meter"),
    ("The annual mean reached 57ug/m3 at the kerbside.", "57ug/m3", "microgram per cubic meter"),
    ("The well water held 4mg/l of nitrate.", "4mg/l", "milligram per liter"),
])
def test_a_concentration_glued_to_its_figure_is_no_path(text: str, raw: str, unit: str) -> None:
    """A trade outlet writes "57µg/m³" with no space: its slash is a unit's, not a URL's or a path's."""
    ((got, slot),) = measures(text)
    assert got == raw
    assert slot == f"number:{unit}"


def test_the_same_reading_spelled_out_and_glued_agrees() -> None:
    """The wire's spelled-out reading and the trade outlet's glued symbol are one fact."""
    a = Article.from_text("The sensor on Kiln Street logged 57 micrograms of nitrogen dioxide per "
                          "cubic metre last year, the council said.", id="a", published="2026-03-10")
    b = Article.from_text("Council data show the Kiln Street sensor averaged 57µg/m³ last year.",
                          id="b", published="2026-03-11")
    report = compare([a, b]).to_dict()
    shared = [f for f in report["facts"] if {m["source"] for m in f["mentions"]} == {"a", "b"}
              and any("57" in m["text"] for m in f["mentions"])]
    assert shared and shared[0]["status"] == "agree"
