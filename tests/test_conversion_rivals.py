"""Two writers' conversions of one sum: set off by a dash, and rivals when no day's rate fits both
(invented text)."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.money import CONVERSION
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


@pytest.mark.parametrize("text", [
    "The award is worth 8 million kronor \u2013 around $760,000.",
    "The award is worth 8 million kronor \u2014 about $760,000.",
    "The award is worth 8 million kronor - roughly $760,000.",
    "The award is worth 8 million kronor, about $760,000.",
])
def test_a_hedged_sum_after_a_dash_or_comma_converts_the_one_before(text: str) -> None:
    article = Article.from_text(text, published="2026-10-08")
    sums = [m for m in analyse(article).mentions if m.kind is Kind.MONEY]
    read = [(m.raw.split()[-1], CONVERSION in m.cues) for m in sums]
    assert read == [("kronor", False), ("$760,000", True)]


def test_a_dash_before_an_unhedged_sum_is_no_conversion() -> None:
    article = Article.from_text("Fees rose to 900 kronor - $85 more than a year ago.", published="2026-10-08")
    assert not any(CONVERSION in m.cues for m in analyse(article).mentions)


def _facts(texts: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    articles = [Article.from_text(t, id=i, published="2026-10-08") for i, t in texts.items()]
    return [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.MONEY]


WIRE = ("The Falkvik Foundation named marine biologist Ines Calloway winner of its ocean prize "
        "on Wednesday.\n\n"
        "The prize is worth 8 million kronor (about {wire}), the foundation said.")
TABLOID = ("Ocean boffin Ines Calloway has scooped the Falkvik prize, a haul of 8 million kronor "
           "\u2013 around "
           "{tabloid}.\n\nShe said she would spend it on a new research boat.")
SITE = ("Ines Calloway wins the Falkvik Foundation's ocean prize, the foundation said on Wednesday.\n\n"
        "The award carries 8 million kronor, about {site}.")


def test_conversions_of_one_sum_no_day_fits_diverge() -> None:
    """$760,000 against $840,000 for the same 8 million kronor: 10% apart, a rate no day had."""
    facts = _facts({"a": WIRE.format(wire="$760,000"), "b": TABLOID.format(tabloid="$840,000"),
                    "c": SITE.format(site="$760,000")})
    assert ("diverge", [("a", "about $760,000"), ("b", "around $840,000"), ("c", "about $760,000")]) in facts
    kronor = [(s, "8 million kronor") for s in "abc"]
    assert ("agree", kronor) in facts


def test_conversions_a_days_rate_apart_do_not_diverge() -> None:
    """$760,000 and $775,000 (2% apart) are two days' rates, not a contradiction."""
    facts = _facts({"a": WIRE.format(wire="$760,000"), "b": TABLOID.format(tabloid="$775,000"),
                    "c": SITE.format(site="$760,000")})
    assert not any(status == "diverge" for status, _ in facts)


def test_conversions_of_different_sums_do_not_diverge() -> None:
    facts = _facts({"a": WIRE.format(wire="$760,000"),
                    "b": TABLOID.replace("8 million", "9 million").format(tabloid="$860,000")})
    assert not any(status == "diverge" for status, _ in facts)


def test_two_lone_conversions_apart_do_not_diverge() -> None:
    """With no third outlet, $760,000 against $840,000 may be two days' rates: no rate is the story's."""
    facts = _facts({"a": WIRE.format(wire="$760,000"), "b": TABLOID.format(tabloid="$840,000")})
    assert not any(status == "diverge" for status, _ in facts)
