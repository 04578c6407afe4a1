"""A fact box's "Tunnel closure: 9 hours" is the span two outlets tell with the verb ("the tunnel was closed
for 11 hours"): a label noun in "-ure" names the act its verb tells, so the box's lone figure is their rival
(diverge), not a unique detail. A label naming another measure stays unique."""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare

WIRE = ("A lorry fire shut the Penhallow road tunnel on Friday, the operator said.\n\nThe tunnel was closed "
        "for 11 hours while engineers checked its roof for damage, and drivers were sent on a long detour.")
PAPER = ("Drivers faced long delays after a lorry caught fire inside the Penhallow tunnel on Friday.\n\n"
         "The tunnel was closed for eleven hours as engineers inspected the roof, officials said.")
SITE = ("Penhallow tunnel fire: what we know\n\nA lorry caught fire in the Penhallow road tunnel on Friday."
        "\n\n{label}: 9 hours\n\nVehicles involved: one lorry\n\nOperator: Kelburn Roads")


def _status_of(raw: str, label: str) -> str:
    day = dt.date(2026, 5, 9)
    texts = {"wire": WIRE, "paper": PAPER, "site": SITE.format(label=label)}
    report = compare([Article(id=key, text=text, published=day) for key, text in texts.items()])
    [fact] = [f for f in report.facts if any(m.raw == raw for m in f.mentions)]
    return fact.status.value


def test_a_label_noun_in_ure_meets_its_verb_beside_the_rival_figure() -> None:
    assert _status_of("9 hours", "Tunnel closure") == "diverge"


def test_a_label_naming_another_measure_stays_unique() -> None:
    assert _status_of("9 hours", "Tunnel cleanup") == "unique"

