""""Since she was 8", "from the age of nine", "since age 12": the age a person started at is their age fact.

Profiles say how long someone has done a thing by the age they began; one
outlet writes "since he was a 10-year-old", another "since he was 10", and
both must meet as one age, never a loose count.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[tuple[str, str | None, Decimal]]:
    info = analyse(Article.from_text(text, id="x", published="2026-09-03"))
    return [(m.raw, m.slot, m.value.amount) for m in info.mentions  # type: ignore[union-attr]
            if m.kind.name == "NUMBER"]


@pytest.mark.parametrize(("text", "raw", "years"), [
    ("Priya Nair has played chess at the Ardmore club since she was 8 under coach Len Ruiz.", "8", 8),
    ("Tomas Lind has sailed dinghies since he was 10, his mother said.", "10", 10),
    ("The twins have rowed at Kelso since they were 12 and still train there.", "12", 12),
    ("Mara Voss has played the cello from the age of nine.", "nine", 9),
    ("Dev Patel has fenced since age 12 at the Halden club.", "12", 12),
])
def test_the_age_a_person_started_at_is_an_age(text: str, raw: str, years: int) -> None:
    assert (raw, "number:age", Decimal(years)) in _numbers(text)


@pytest.mark.parametrize(("text", "raw"), [
    ("The visitors have been chasing since they were 3 points down.", "3"),
    ("Halden have led the race since they were 11 seconds clear at the bell.", "11 seconds"),
])
def test_a_count_or_a_measure_after_since_was_stays_one(text: str, raw: str) -> None:
    found = _numbers(text)
    assert any(r == raw for r, _, _ in found), found
    assert all(slot != "number:age" for _, slot, _ in found)


def test_since_he_was_n_meets_an_n_year_old() -> None:
    lead = "Tomas Lind won the Laser world title off Kelso on Sunday."
    a = Article(id="a", title="", text=f"{lead} Ines Moll has coached him since he was a shy 10-year-old.")
    b = Article(id="b", title="", text=f"{lead} Lind has trained with coach Ines Moll since he was 10.")
    facts = compare([a, b]).to_dict()["facts"]
    ages = [f for f in facts if any(m.get("slot") == "number:age" for m in f["mentions"])]
    assert len(ages) == 1, ages
    assert {m["source"] for m in ages[0]["mentions"]} == {"a", "b"}
    assert ages[0]["status"] == "agree"
