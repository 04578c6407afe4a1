"""A weight or energy told per volume keeps both units: "5g per 100ml", "5g/100ml", "32mg per 100ml".

Why: a count in a sample's volume ("12 colonies per 100 millilitres", "12
cfu/100ml") drops what it counts and keeps the volume, so a lab's and a
paper's figures meet. A food label's "5g per 100ml" went the same way and
lost its grams: it met another outlet's "5mg per 100ml" or "5 kcal per
100ml" as one value. Attached ("5g/100ml") it was read as a path and dropped.
Now the weight or energy stays (`patterns.NUM_PER_VOLUME_MEASURE`): slot
"number:gram per 100 milliliter". With the substance between ("8 grams of
sugar per 100ml") the figure is still the bare "8 grams": outlets of one
story write the threshold with and without its volume, and reading it as a
rate split their agreement (benchmarks/notes/facts61.md). Invented text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.pipeline import analyse


def figures(body: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article.from_text("Fizzy drinks test\n\n" + body, id="s0", published="2026-05-04")
    return [(m.raw, m.value.amount, m.value.unit) for m in analyse(article).mentions  # type: ignore[union-attr]
            if m.kind is Kind.NUMBER and hasattr(m.value, "unit")]


@pytest.mark.parametrize(("body", "raw", "amount", "unit"), [
    ("The cola has 5g per 100ml of sugar, the survey found.", "5g per 100ml", "5", "gram per 100 milliliter"),
    ("The cola has 5g/100ml of sugar, the survey found.", "5g/100ml", "5", "gram per 100 milliliter"),
    ("The cola has 5 g/100 ml of sugar, the survey found.", "5 g/100 ml", "5", "gram per 100 milliliter"),
    ("The energy drink holds 32mg per 100ml of caffeine.", "32mg per 100ml", "32",
     "milligram per 100 milliliter"),
    ("The energy drink holds 32 milligrams per 100ml of caffeine.", "32 milligrams per 100ml", "32",
     "milligram per 100 milliliter"),
    ("The diet version has 1 kcal per 100ml.", "1 kcal per 100ml", "1", "kcal per 100 milliliter"),
    ("The diet version has 1 calorie per 100ml.", "1 calorie per 100ml", "1", "kcal per 100 milliliter"),
])
def test_a_weight_or_energy_per_volume_keeps_both_units(body: str, raw: str, amount: str, unit: str) -> None:
    assert figures(body) == [(raw, Decimal(amount), unit)]


@pytest.mark.parametrize(("body", "raw"), [
    ("The lake had 12 cfu/100ml of E. coli at the weekend.", "12 cfu/100ml"),
    ("The lake had 12 colonies per 100 millilitres at the weekend.", "12 colonies per 100 millilitres"),
])
def test_a_count_per_volume_still_drops_what_it_counts(body: str, raw: str) -> None:
    assert figures(body) == [(raw, Decimal(12), "per 100 milliliter")]


def _verdicts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER]


_SUGAR = "The best-selling cola contains {} of sugar, the consumer group said in its survey of fizzy drinks."


def test_grams_per_volume_agree_however_written() -> None:
    found = _verdicts(_SUGAR.format("10.6g per 100ml"), _SUGAR.format("10.6g/100ml"))
    assert (Verdict.AGREE, ["10.6g per 100ml", "10.6g/100ml"]) in found


def test_grams_per_volume_never_meet_milligrams_per_volume() -> None:
    found = _verdicts(_SUGAR.format("10.6g per 100ml"), _SUGAR.format("10.6mg per 100ml"))
    assert (Verdict.AGREE, ["10.6g per 100ml", "10.6mg per 100ml"]) not in found


def test_grams_per_volume_never_meet_bare_grams() -> None:
    found = _verdicts(_SUGAR.format("10.6g per 100ml"), _SUGAR.format("10.6g"))
    assert all(len(raws) == 1 for _, raws in found)
