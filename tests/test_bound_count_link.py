"""A round bound count ("more than 50 of the exhausted animals") joins the story's one exact count in reach.

A count under a hundred links by its figure only through a shared claim, and
a descriptive noun ("the exhausted animals", "the stricken creatures") gives
it no noun key, so an outlet that rounds the others' 52 to "more than 50" in
a sentence of its own stayed a unique fact. It links when every exact count
the story writes within the bound's last step (51 to 59) gives one reading,
and two other sources write it.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind


def articles(*texts: str) -> list[Article]:
    return [Article.from_text(t, id=f"s{n}", published="2026-04-14") for n, t in enumerate(texts)]


def count_facts(*texts: str) -> list[tuple[str, list[str], list[str]]]:
    return [(f.status.value, sorted(m.source for m in f.mentions), sorted(m.raw for m in f.mentions))
            for f in compare(articles(*texts)).facts if f.kind is Kind.NUMBER]


WIRE = ("Rescuers on Marrow Point worked through Tuesday after 52 dolphins beached on the spit at dawn. "
        "A coastguard officer said the tide would turn by the afternoon.")
LOCAL = ("Fifty-two dolphins came ashore on the spit overnight. Volunteers from Lessing Bay arrived with "
         "buckets and sheets as the sun rose.")
TABLOID = ("Pet owner Dora Vance raised the alarm on her morning walk. More than 50 of the exhausted "
           "animals lay on the sand as crowds gathered.")


def test_a_rounded_bound_joins_the_count_two_outlets_agree_on() -> None:
    facts = count_facts(WIRE, LOCAL, TABLOID)
    assert any(sources == ["s0", "s1", "s2"] and "More than 50" in raws for _, sources, raws in facts)


def test_a_bound_whose_step_holds_two_readings_links_to_neither() -> None:
    local = LOCAL + " In all 57 volunteers joined the rescue."
    facts = count_facts(WIRE, local, TABLOID)
    assert not any("More than 50" in raws and len(sources) > 1 for _, sources, raws in facts)


def test_a_bound_fits_no_count_beyond_its_step() -> None:
    wire, local = WIRE.replace("52", "64"), LOCAL.replace("Fifty-two", "Sixty-four")
    facts = count_facts(wire, local, TABLOID)
    assert not any("More than 50" in raws and len(sources) > 1 for _, sources, raws in facts)


def test_one_other_outlet_is_not_enough() -> None:
    facts = count_facts(WIRE, TABLOID)
    assert not any("More than 50" in raws and len(sources) > 1 for _, sources, raws in facts)


HEATER_WIRE = ("The settlement covers about 3.4 million Warmline 20 heaters sold in Canada. "
               "A judge in Toronto will hear the motion in May.")
HEATER_TRADE = ("Some 3.4 million units were sold through hardware chains. The maker admitted no fault.")
HEATER_TABLOID = ("Families were told to unplug their Warmline heaters at once - more than three million of "
                  "which went on sale before anyone checked the wiring.")


def test_a_rounded_bound_joins_a_hedged_figure_two_outlets_agree_on() -> None:
    facts = count_facts(HEATER_WIRE, HEATER_TRADE, HEATER_TABLOID)
    assert any(sources == ["s0", "s1", "s2"] for _, sources, _ in facts)


def test_two_hedged_readings_in_the_step_leave_the_bound_alone() -> None:
    trade = HEATER_TRADE.replace("Some 3.4 million", "Some 3.8 million")
    facts = count_facts(HEATER_WIRE, trade, HEATER_TABLOID)
    assert not any("more than three million" in raws and len(sources) > 1 for _, sources, raws in facts)


def test_a_hedged_reading_that_rounds_the_exact_one_does_not_block_it() -> None:
    wire = "Organisers said 312 volunteers turned out for the clean-up of Corran Beach on Sunday."
    local = "In all, 312 volunteers collected litter along Corran Beach, organisers said."
    trade = "About 310 volunteers took part, the council said, filling 90 skips."
    tabloid = "Dog walker Sam Pell led the way. More than 300 of the tireless helpers stayed until dark."
    facts = count_facts(wire, local, trade, tabloid)
    assert any({"s0", "s1", "s3"} <= set(sources) and "More than 300" in raws for _, sources, raws in facts)
