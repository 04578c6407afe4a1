"""newuser17: a company whose name ends in a trade word is an organisation, not a person.

"Ostler Juvenile Products said ..." was typed a person: "Products" was no
head word of an organisation's name. Trade heads a company name ends in
("Products", "Brands", "Logistics") now make it one. "Foods" was measured
and left out: it retyped a real company name of the ECB+ evaluation set, whose
pair-model name features moved alignment down by 0.001. The texts are
invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.entities import extract
from sourcediff.model import Article, Kind
from sourcediff.segment import segment
from sourcediff.values import Entity


def _names(text: str, kind: Kind) -> list[str]:
    article = Article.from_text(text, id="t")
    out = []
    for m in extract(article, segment(article)):
        assert isinstance(m.value, Entity)
        if m.kind is kind:
            out.append(m.value.name)
    return out


@pytest.mark.parametrize(("text", "org"), [
    ("Ostler Juvenile Products said on Tuesday it would recall 40,000 folding buggies.",
     "Ostler Juvenile Products"),
    ("Harwick Logistics said the depot would close in June.", "Harwick Logistics"),
    ("A spokesman for Pellam Brands declined to comment on the sale.", "Pellam Brands"),
    ("Corran Baby Products withdrew two batches of formula, the regulator said.", "Corran Baby Products"),
])
def test_a_trade_named_company_is_an_organisation(text: str, org: str) -> None:
    assert org in _names(text, Kind.ORG)
    assert not any(org.split()[0] in p for p in _names(text, Kind.PERSON))


def test_the_chief_executive_stays_a_person() -> None:
    text = "Harwick Logistics chief executive Dana Pruitt said the depot would close in June."
    assert "Dana Pruitt" in _names(text, Kind.PERSON)
    assert "Harwick Logistics" in _names(text, Kind.ORG)
