"""newuser19: Indian, Nigerian and converted sums as papers in those countries write them.

Every text here is invented: a metro line in an Indian city, a rail spur in
Nigeria. Indian papers group digits in lakhs ("1,20,000"), count in "lakh
crore" and abbreviate the rupee "Rs."; Nigerian papers write the naira as a
capital N set close to the figure ("N45bn") or as "₦".
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from sourcediff import compare
from sourcediff.extract import extract
from sourcediff.extract.amounts import parse_digits
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Mention
from sourcediff.segment import segment
from sourcediff.values import Money


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def _mentions(text: str) -> list[Mention]:
    article = _one(text, "a.txt")
    return list(extract(article, segment(article)))


def _sums(text: str) -> dict[str, tuple[str, Decimal]]:
    return {m.raw: (m.value.currency, m.value.amount) for m in _mentions(text) if isinstance(m.value, Money)}


@pytest.mark.parametrize(("digits", "value"), [
    ("1,20,000", Decimal(120000)), ("10,00,000", Decimal(1000000)), ("2,50,00,000", Decimal(25000000)),
])
def test_indian_digit_groups_read(digits: str, value: Decimal) -> None:
    assert parse_digits(digits) == value


@pytest.mark.parametrize("digits", ["1,2,000", "123,45,000", "1,20,00", "1,20.000"])
def test_other_odd_groups_stay_unread(digits: str) -> None:
    assert parse_digits(digits) is None


def test_english_groups_unchanged() -> None:
    assert parse_digits("1,200,000") == Decimal(1200000)
    assert parse_digits("1.200.000", german=True) == Decimal(1200000)


def test_rupee_sums_in_lakh_crore_and_with_a_dot() -> None:
    sums = _sums("Metro line approved\n\nThe budget was Rs. 5 lakh crore this year. The fee was Rs. 500 "
                 "and the survey Rs 10,00,000. The state pays Rs 20 thousand crore.\n")
    assert sums["Rs. 5 lakh crore"] == ("INR", Decimal(10) ** 12 * 5)
    assert sums["Rs. 500"] == ("INR", Decimal(500))
    assert sums["Rs 10,00,000"] == ("INR", Decimal(1000000))
    assert sums["Rs 20 thousand crore"] == ("INR", Decimal(2) * 10 ** 11)


def test_rs_dot_does_not_end_a_sentence_before_a_figure() -> None:
    article = _one("Fee rises\n\nThe fee was Rs. 500 last year. It is now Rs. 650.\n", "a.txt")
    texts = [p.text for p in segment(article)]
    assert "The fee was Rs. 500 last year." in texts


@pytest.mark.parametrize(("written", "amount"), [
    ("N45bn", Decimal(45) * 10 ** 9), ("N2.5 trillion", Decimal("2.5") * 10 ** 12),
    ("N5,000", Decimal(5000)), ("₦12.5 billion", Decimal("12.5") * 10 ** 9),
])
def test_naira_as_nigerian_papers_write_it(written: str, amount: Decimal) -> None:
    sums = _sums(f"Rail spur funded\n\nThe council approved {written} for the spur on Wednesday.\n")
    assert sums[written] == ("NGN", amount)


@pytest.mark.parametrize("text", [
    "Nurses asked for N95 masks for 300 staff.",
    "The N1 road was shut for 12 hours.",
    "The A-N2 million-dollar question stayed open.",
])
def test_a_capital_n_before_other_figures_is_no_naira(text: str) -> None:
    sums = _sums(f"Hospital supplies\n\n{text}\n")
    assert all(cur != "NGN" for cur, _ in sums.values())


def test_indian_and_western_groupings_agree_across_outlets() -> None:
    head = "Metro corridor cleared\n\nThe line is expected to carry"
    a = _one(f"{head} 1,20,000 commuters a day.\n", "times.txt")
    b = _one(f"{head} 120,000 commuters a day.\n", "wire.txt")
    report = compare([a, b])
    agreed = [f for f in report.facts if f.status.value == "agree"]
    assert any({m.source for m in f.mentions} == {"times", "wire"} for f in agreed)


def test_naira_sums_diverge_across_outlets() -> None:
    head = "Rail spur funded\n\nThe council approved"
    a = _one(f"{head} N45bn for the rail spur on Wednesday.\n", "punch.txt")
    b = _one(f"{head} ₦54 billion for the rail spur on Wednesday.\n", "wire.txt")
    report = compare([a, b])
    assert any(f.status.value == "diverge" and f.kind.value == "money" for f in report.facts)


def test_a_converted_sum_is_named_a_conversion_not_an_estimate() -> None:
    a = _one("State approves $310 million metro\n\nThe cabinet approved a Rs 25 billion ($310 million) "
             "metro line on Wednesday.\n", "wire.txt")
    b = _one("Metro line cleared\n\nThe cabinet approved the Rs 2,500 crore metro line on Wednesday.\n",
             "times.txt")
    report = compare([a, b])
    (fact,) = [f for f in report.facts if f.kind.value == "money" and f.status.value == "agree"]
    assert "wire gives it as a conversion: \u201c$310 million\u201d" in fact.summary
    assert "estimate" not in fact.summary
