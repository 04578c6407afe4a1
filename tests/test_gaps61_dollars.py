"""A bare "$" is the one non-US dollar its own article names (gaps61). Every text is invented."""

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


CANADIAN = ("Ottawa backs battery plant\n\nThe federal government will put $1.2-billion into a battery plant "
            "in Moncton, the industry minister said on Monday. The province adds C$300-million in loans.\n")
WIRE = ("Canada funds battery factory\n\nCanada will invest $1.2 billion in a battery factory in Moncton, "
        "the industry minister said on Monday.\n")


def test_a_bare_dollar_in_an_article_naming_only_the_canadian_one_is_canadian() -> None:
    report = compare([_one(CANADIAN, "globe.txt"), _one(WIRE, "wire.txt")])
    assert _currencies(report, "globe")["$1.2-billion"] == "CAD"


def test_the_canadian_sum_no_longer_rivals_a_wire_sum_in_us_dollars() -> None:
    wire = _one(WIRE.replace("$1.2 billion", "US$880 million"), "wire.txt")
    report = compare([_one(CANADIAN, "globe.txt"), wire])
    assert not any(f.status.value == "diverge" and f.kind.value == "money" for f in report.facts)


def test_an_article_naming_no_dollar_keeps_its_own_bare_dollar() -> None:
    text = "Plant jobs\n\nThe plant will cost $90 million and employ 400 people, officials said.\n"
    report = compare([_one(CANADIAN, "globe.txt"), _one(text, "wire.txt")])
    assert _currencies(report, "wire")["$90 million"] == "USD"


def test_an_article_naming_the_us_dollar_too_is_left_alone() -> None:
    text = CANADIAN.replace("The province adds C$300-million in loans.",
                            "The province adds C$300-million, and a US$50-million loan comes from Detroit.")
    report = compare([_one(text, "globe.txt"), _one(WIRE, "wire.txt")])
    assert _currencies(report, "globe")["$1.2-billion"] == "USD"


def test_two_other_dollars_in_one_article_decide_nothing() -> None:
    text = CANADIAN.replace("C$300-million in loans.", "C$300-million and an Australian firm A$40 million.")
    report = compare([_one(text, "globe.txt"), _one(WIRE, "wire.txt")])
    assert _currencies(report, "globe")["$1.2-billion"] == "USD"


def test_a_bracketed_conversion_shows_a_us_dollar_and_leaves_the_article_alone() -> None:
    text = ("Wellington port deal\n\nThe port will spend NZ$600 million ($360 million) on two new berths, "
            "its chief executive said. A further $45 million goes to dredging.\n")
    report = compare([_one(text, "herald.txt"), _one(WIRE, "wire.txt")])
    found = _currencies(report, "herald")
    assert found["$45 million"] == "USD"


def test_an_australian_article_reads_its_bare_dollar_as_australian() -> None:
    text = ("Reef grant\n\nThe reef trust will receive $3.5 million, the minister said on Friday. A further "
            "A$800,000 goes to monitoring.\n")
    other = "Reef money\n\nScientists welcomed the grant on Friday, the minister said.\n"
    report = compare([_one(text, "courier.txt"), _one(other, "wire.txt")])
    assert _currencies(report, "courier")["$3.5 million"] == "AUD"
