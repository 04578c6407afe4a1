"""A rate whose period follows the figure's conversion in brackets (invented text).

Wire copy converts a flow or a speed in brackets and names the period after
them: "1.2 million gallons (4.5 million litres) of water a day", "80 km (50
miles) an hour". Read only right after the unit, the period was lost, both
figures were bare volumes or lengths, and another outlet's "4.5 million
litres per day" was a figure of another kind.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

PUBLISHED = "2027-09-14"


def _units(text: str) -> dict[str, str | None]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return {m.raw.strip(): m.value.unit for m in info.mentions
            if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)}


def test_both_figures_of_a_bracketed_flow_are_rates() -> None:
    units = _units("The Tarnley plant may draw 1.2 million gallons (4.5 million litres) of water a day.")
    assert units.get("1.2 million gallons") == "gallon per day", units
    assert units.get("4.5 million litres") == "liter per day", units


def test_a_bracketed_speed_is_a_speed_in_both_units() -> None:
    units = _units("The new Corlby trams will run at up to 80 km (50 miles) an hour.")
    assert {units.get("up to 80 km"), units.get("80 km")} & {"km/h"}, units
    assert units.get("50 miles") == "mph", units


def test_stuff_of_a_mass_and_a_bracket_without_period_stay_as_they_were() -> None:
    units = _units("The Harwick mill dumps 40 tonnes (44 tons) of waste a week.")
    assert units.get("40 tonnes") == "tonne" and units.get("44 tons") == "ton", units
    units = _units("The town used 3 million litres (792,000 gallons) in the drought last year.")
    assert units.get("3 million litres") == "liter" and units.get("792,000 gallons") == "gallon", units


def test_the_bracketed_litres_meet_another_outlets_litres_per_day() -> None:
    texts = ["The Tarnley bottling plant may draw 1.2 million gallons (4.5 million litres) of water a day "
             "from the Orrin river, its permit says.",
             "Its permit lets the Tarnley plant take 4.5 million litres per day from the Orrin river."]
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    facts = [f for f in compare(arts).facts if any("4.5 million litres" in m.raw for m in f.mentions)]
    assert len(facts) == 1, [(f.status, [m.raw for m in f.mentions]) for f in facts]
    assert facts[0].status.value == "agree" and len({m.source for m in facts[0].mentions}) == 2
