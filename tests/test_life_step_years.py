"""A year after a life's step dates it: "Born: 1931", "Marriage: 1958", "(widowed 1990)", "married 1958".

Biographies, obituaries and records bodies' files put a life's steps in a
box or an aside with a bare year, as spec lists write "built 2011". Read as
bare figures they named nothing and were dropped, so another outlet's
"was widowed in 1990" stood alone. The step's participle before the year, or
a box line labelled with the step, now dates it, as "built 2011" and
"Opened: 2009" do. A lower-case word after the year keeps a count a count
("married 2000 couples"). Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import dates
from sourcediff.model import Article
from sourcediff.segment import segment


def years(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.value.canonical()) for m in dates.extract(article, segment(article))]


@pytest.mark.parametrize(("text", "year"), [
    ("Marriage: 1958, to a ferry pilot.", "1958"),
    ("Born: 1931", "1931"),
    ("She raised four sons (widowed 1990) on the island.", "1990"),
    ("Tamsin Corrie, born 1931 in a mining village, still paints.", "1931"),
    ("The couple married 1958 and moved to the coast.", "1958"),
    ("Died: 2019", "2019"),
])
def test_a_life_step_dates_its_year(text: str, year: str) -> None:
    assert years(text) == [(year, f"{year}-01-01..{year}-12-31")]


def test_a_count_after_the_participle_stays_a_count() -> None:
    assert years("The chapel married 2000 couples in its first century.") == []
