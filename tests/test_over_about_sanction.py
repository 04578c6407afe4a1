"""'Faces a ban over £12,000 expenses': after a sanction, "over" before a sum is "about" (invented text).

Standards and discipline copy names the sum a sanction is for right after
"over" ("a suspension over £9,000 of claims", "banned over a $40,000 bill");
read as "more than", the sum became a floor beside the exact figure other
outlets state. A sum after a fine keeps its floor ("fined over £5m" is more
than £5m), as do counts.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import money
from sourcediff.model import Passage, Span
from sourcediff.text import fold
from sourcediff.values import Money


def _money(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    passages = (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),)
    return [(m.raw, m.canonical) for m in money.extract(article, passages)]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Senator Ilse Varga faces Senate ban over $12,400 travel claims", "$12,400", "USD 12400"),
    ("The committee proposed a 5-day suspension over £7,300 of wrongly claimed rent.", "£7,300", "GBP 7300"),
    ("Alderman banned over €2,500 hospitality bill", "€2,500", "EUR 2500"),
    ("Party sanctions over £18,000 donation row", "£18,000", "GBP 18000"),
    ("The deputy was censured over £4,100 in undeclared gifts.", "£4,100", "GBP 4100"),
    ("Councillor expelled over £9,900 expenses claims", "£9,900", "GBP 9900"),
])
def test_over_after_a_sanction_is_about_the_sum(text: str, raw: str, canonical: str) -> None:
    assert _money(text) == [(raw, canonical)]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The bank was fined over £5m by the regulator.", "over £5m", "above GBP 5000000"),
    ("The ban covers imports worth over $40m a year.", "over $40m", "above USD 40000000"),
])
def test_over_elsewhere_stays_more_than(text: str, raw: str, canonical: str) -> None:
    assert _money(text) == [(raw, canonical)]


def test_a_sum_in_pounds_written_out_after_a_sanction_is_about_the_sum() -> None:
    """ "suspension over 12,400 pound claim", read as sterling from a partner's £12,400, is exact too."""
    wire = Article.from_text("Senator faces suspension over 12,400 pound expenses claim\n\n"
                             "Senator Ilse Varga wrongly claimed 12,400 pounds in travel expenses, "
                             "the ethics office said on Tuesday.", id="wire", published="2026-03-03")
    paper = Article.from_text("Varga faces Senate ban\n\nSenator Ilse Varga wrongly claimed £12,400 in "
                              "travel expenses, the ethics office found.", id="paper", published="2026-03-04")
    sums = [m for f in compare([wire, paper]).facts for m in f.mentions if "12,400" in m.raw]
    assert sums and all(m.raw.startswith(("12,400", "£12,400")) for m in sums), [m.raw for m in sums]
    assert all(isinstance(m.value, Money) and m.value.qualifier is None for m in sums)
