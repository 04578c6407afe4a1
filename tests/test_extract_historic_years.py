"""Years before 1800 after a date preposition: castles, abbeys and charters date from centuries ago.

The ordinary year patterns read 1800-2199 only, so "built in 1347" was no date at all and two outlets
giving a church's founding year could neither agree nor differ. A year that old is read only when its
clause ends or goes on with a joining word: "in 1500 homes" is a count of homes.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def dates(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in analyse(Article.from_text(text)).mentions if m.kind.value == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Work on the abbey began in 1347 and lasted a century.", [("1347", "1347-01-01..1347-12-31")]),
    ("The bridge, finished in 1612, carries a tram line.", [("1612", "1612-01-01..1612-12-31")]),
    ("The guild has met in the hall since 1588.", [("1588", "1588-01-01..1588-12-31")]),
    ("Its chapel was consecrated in 1096; the nave came later.", [("1096", "1096-01-01..1096-12-31")]),
    ("The charter dated 1290 was kept in the vault.", [("1290", "1290-01-01..1290-12-31")]),
    ("The town was sacked in 1704 when the garrison left.", [("1704", "1704-01-01..1704-12-31")]),
])
def test_old_years_after_a_date_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Power was cut in 1500 homes on the coast.",
    "She won after 1200 votes were recounted.",
    "The tally stood at 1400 in total.",
    "Prices rose in 1,500 shops.",
    "Room 1214 was locked.",
])
def test_counts_are_not_old_years(text: str) -> None:
    assert dates(text) == []


def test_two_outlets_agree_on_an_old_founding_year() -> None:
    from sourcediff import compare
    one = Article.from_text("The priory, founded in 1132, lost its roof in the storm.", id="one")
    two = Article.from_text("Monks founded the priory in 1132 and rebuilt it twice.", id="two")
    report = compare([one, two]).to_dict()
    years = [f for f in report["facts"] if f["kind"] == "date" and "1132" in f["summary"]]
    assert years and all(f["status"] == "agree" for f in years)
