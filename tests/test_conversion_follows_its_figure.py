"""A writer's bracketed conversion stands with the figure it converts (factclusters._conversions).

Three outlets weigh a newborn otter pup at 85 grams (3 ounces); a fourth
writes "88 grams (3.1 oz)". Its 3.1 oz is within a conversion's rounding of
the others' 85 grams and 3 ounces, so, linked as the other outlets' values
came, it joined their fact alone while its own 88 grams was refused there:
the fourth outlet seemed to agree, and its different weight was left a
unique fact. The conversion is the same figure restated; tied to it first,
the 88 grams and its 3.1 oz stand apart together and the weight diverges.
Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Converted, Quantity

WIRE = ("A rare otter pup was born at the Ostmere Wildlife Park on Sunday. Keepers put its weight at "
        "85 grams (3 ounces), the park said.")
DAILY = ("The Ostmere Wildlife Park's newborn otter pup weighed just 85g – about 3oz – when it was born "
         "on Sunday.")
SITE = "Keepers put the pup's birth weight at {}, the park said on Monday."
WEEKLY = "The pup, born at Ostmere on Sunday, weighed 85 grams, keepers said."


def _weights(site_weight: str) -> list[tuple[str, set[tuple[str, str]]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-18")
                for n, t in enumerate((WIRE, DAILY, SITE.format(site_weight), WEEKLY))]
    return [(f.status.value, {(m.source, m.raw) for m in f.mentions}) for f in compare(articles).facts
            if any("gram" in m.raw or "oz" in m.raw or "ounce" in m.raw or m.raw.endswith("g")
                   for m in f.mentions)]


def test_the_other_weight_and_its_conversion_diverge_together() -> None:
    facts = _weights("88 grams (3.1 oz)")
    assert [status for status, _ in facts] == ["diverge"]
    assert {("s2", "88 grams"), ("s2", "3.1 oz"), ("s0", "85 grams")} <= facts[0][1]


def test_the_conversion_never_agrees_without_its_figure() -> None:
    facts = _weights("88 grams (3.1 oz)")
    assert not any(status == "agree" and ("s2", "3.1 oz") in ms for status, ms in facts)


def test_the_same_weight_and_its_conversion_still_agree() -> None:
    facts = _weights("85 grams (3 oz)")
    assert [status for status, _ in facts] == ["agree"]
    assert {("s2", "85 grams"), ("s2", "3 oz")} <= facts[0][1]


def test_a_spaced_dash_marks_a_conversion() -> None:
    info = analyse(Article.from_text("The pup weighed just 85g – about 3oz – at birth.", id="s0"))
    assert [type(m.value) for m in info.mentions if m.kind is Kind.NUMBER] == [Quantity, Converted]


def _areas(*texts: str) -> list[tuple[str, set[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-08-12") for n, t in enumerate(texts)]
    return [(f.status.value, {m.source for m in f.mentions}) for f in compare(articles).facts
            if any("hectare" in m.raw or " ha" in m.raw or "acre" in m.raw for m in f.mentions)]


def test_a_conversion_tied_to_its_figure_does_not_keep_out_a_bound_the_figure_fits() -> None:
    """2.9 million acres is 1.17 million hectares: below "more than 1.2 million", which the wire's own
    "about 1.2 million hectares" fits. Judged through its figure, the conversion keeps no outlet out."""
    facts = _areas(
        "The Varrow fires burned about 1.2 million hectares (2.9 million acres), the agency said.",
        "The Varrow fires have scorched more than 1.2 million hectares since January.",
        "The fires burned 1.2m ha – roughly 2.9m acres – including much of the Varrow grazing land.",
        "More than 1.2 million hectares of the Varrow region have burned, officials said.",
    )
    assert ("agree", {"s0", "s1", "s2", "s3"}) in facts
