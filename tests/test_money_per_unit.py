"""A price per unit: "$84.20/bbl" is the paper's "$84.20 a barrel" (invented text).

Trade outlets write a price with a slash and a short unit ("$84.20/bbl",
"€1.92/litre", "$2.75/MMBtu", "£6.40/kg"); the whole token once looked like
a path, so the price was never read as money and could neither agree with a
paper's "$84.20 a barrel" nor diverge from "$85.10 a barrel". The unit is
kept as a cue, so a price per barrel and a price per tonne are never rivals.
A slashed unit is part of the written token, so the mention's text keeps it
("$84.20/bbl"); a unit spelled out in words stays outside ("$84.20").
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def _money(text: str) -> list[tuple[str, str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-09-14"))
    return [(m.raw, m.value.canonical(), next((c for c in m.cues if c.startswith("per:")), None))
            for m in info.mentions if m.kind is Kind.MONEY]


@pytest.mark.parametrize(("text", "raw", "canonical", "unit"), [
    ("North Sea crude closed at $84.20/bbl on Friday.", "$84.20/bbl", "USD 84.2", "per:barrel"),
    ("North Sea crude closed at $84.20 a barrel on Friday.", "$84.20", "USD 84.2", "per:barrel"),
    ("Forecourt diesel averaged €1.92/litre in Velmont last month.", "€1.92/litre", "EUR 1.92", "per:liter"),
    ("Forecourt diesel averaged €1.92 per litre in Velmont last month.", "€1.92", "EUR 1.92", "per:liter"),
    ("Hub gas traded at $2.75/MMBtu on Tuesday.", "$2.75/MMBtu", "USD 2.75", "per:mmbtu"),
    ("Lamb sold for £6.40/kg at the Dunmore mart.", "£6.40/kg", "GBP 6.4", "per:kilogram"),
    ("Thermal coal fetched $112 per tonne, up from $104/t.", "$112", "USD 112", "per:tonne"),
    ("Unleaded rose to 148.9p/litre at the pump.", "148.9p/litre", "GBP 1.489", "per:liter"),
])
def test_a_price_per_unit_is_money_with_its_unit(text: str, raw: str, canonical: str, unit: str) -> None:
    assert _money(text)[0] == (raw, canonical, unit)


@pytest.mark.parametrize("text", [
    "The stall sold them at $15 a t-shirt run.",  # no tonne in a t-shirt
    "Each winner took $2m, a share of the pot.",  # a part of something, no price per share
    "The fund raised $40m last year.",
])
def test_no_unit_where_none_is_written(text: str) -> None:
    assert all(unit is None for _, _, unit in _money(text))


def test_a_slashed_path_is_still_no_price() -> None:
    assert _money("The file sits at files.example.org/$5/kg/list on the site.") == []


TEXT = "Brent crude ended the week at {}, traders in Calder said on Friday, after the output talks stalled."


def _verdicts(b_price: str) -> list[tuple[Verdict, int]]:
    paper = TEXT.format("$84.20 a barrel")
    texts = {"a": paper, "b": TEXT.format(b_price), "c": paper}
    report = compare([Article.from_text(t, id=i, published="2026-09-14") for i, t in texts.items()])
    return [(f.status, len(f.mentions)) for f in report.facts if f.kind is Kind.MONEY]


def test_the_trades_slashed_price_agrees_with_the_papers() -> None:
    assert _verdicts("$84.20/bbl") == [(Verdict.AGREE, 3)]


def test_a_different_slashed_price_diverges() -> None:
    assert Verdict.DIVERGE in [v for v, _ in _verdicts("$85.10/bbl")]


def test_a_price_per_tonne_is_no_rival_of_a_price_per_barrel() -> None:
    assert Verdict.DIVERGE not in [v for v, _ in _verdicts("$610/t")]
