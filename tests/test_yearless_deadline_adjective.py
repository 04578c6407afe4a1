"""A yearless deadline still to come is not sent to the year before by an "-ed" word near it (invented text).

A wire dated 13 April wrote that a provider "has been given a revised
completion date of Sept. 30": "revised", a regular past form close before the
date, read as the clause's past verb, and the coming 30 September went to the
September before. A tabloid's "has now been handed until September to finish
the job" went the same way: the month's pattern takes "until" into its match,
so the clause was read without its deadline word, and "handed" was its past
verb (extract/datetense.py: `_ed_adjectives_dropped`, `_deadline_lead`).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _starts(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text("Valley news\n\n" + text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("text, raw", [
    ("The contractor has been given a revised completion date of Sept. 30 and must file a plan.", "Sept. 30"),
    ("Councillors agreed the library's delayed opening on 30 September.", "30 September"),
    ("The operator has now been handed until September to finish the line.", "September"),
    ("Tenants have been granted until September to leave the flats.", "September"),
])
def test_a_coming_deadline_stays_ahead(text: str, raw: str) -> None:
    # Published 13 April 2027: the coming September is nearer than the one gone by.
    assert _starts(text, "2027-04-13")[raw].startswith("2027-09")


@pytest.mark.parametrize("text, raw", [
    ("The river flooded the lower town in September.", "September"),
    ("The museum was closed until September.", "September"),
    ("It was given a revised date of Sept. 30.", "Sept. 30"),
])
def test_a_past_clause_still_looks_back(text: str, raw: str) -> None:
    assert _starts(text, "2027-04-13")[raw].startswith("2026-09")
