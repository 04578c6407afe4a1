"""A written-out "dollars" with no country names no dollar, as a bare "$" does not. Every text is invented."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcediff import compare
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Report
from sourcediff.values import Money


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def _currencies(report: Report, source: str) -> dict[str, str]:
    return {m.raw: m.value.currency for s in report.sources if s.article.id == source
            for m in s.mentions if isinstance(m.value, Money)}


WIRE = ("New Zealand funds flood repairs\n\nWellington will spend NZ$640 million on flood repairs, "
        "the finance minister said on Monday. Landlords can claim up to NZ$18,000 per property.\n")
RADIO = ("Flood money for Tamaru\n\nThe government's $640 million flood fund opened on Monday. "
         "Landlords can claim up to eighteen thousand dollars for each property.\n")


def test_spelled_dollars_in_an_outlet_of_bare_dollars_take_the_story_dollar() -> None:
    report = compare([_one(WIRE, "wire.txt"), _one(RADIO, "radio.txt")])
    currencies = _currencies(report, "radio")
    assert currencies["$640 million"] == "NZD"
    assert next(c for raw, c in currencies.items() if "eighteen thousand dollars" in raw) == "NZD"


def test_the_spelled_cap_and_the_wire_cap_are_one_agreed_sum() -> None:
    report = compare([_one(WIRE, "wire.txt"), _one(RADIO, "radio.txt")])
    caps = [f for f in report.facts if f.kind.value == "money"
            and {m.value.amount for m in f.mentions if isinstance(m.value, Money)} == {18000}]
    assert len(caps) == 1
    assert caps[0].status.value == "agree"
    assert {m.source for m in caps[0].mentions} == {"wire", "radio"}


def test_us_dollars_written_out_stay_us_dollars() -> None:
    radio = RADIO.replace("eighteen thousand dollars", "eighteen thousand US dollars")
    report = compare([_one(WIRE, "wire.txt"), _one(radio, "radio.txt")])
    assert next(c for raw, c in _currencies(report, "radio").items() if "US dollars" in raw) == "USD"


def test_a_story_naming_no_other_dollar_keeps_spelled_dollars_american() -> None:
    wire = WIRE.replace("NZ$", "$")
    report = compare([_one(wire, "wire.txt"), _one(RADIO, "radio.txt")])
    assert next(c for raw, c in _currencies(report, "radio").items() if "dollars" in raw) == "USD"
