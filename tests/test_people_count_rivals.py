"""A lone count of patients (victims, residents ...) rivals three outlets' agreed count of "people".

"40 people were treated" in three outlets and "52 patients" in a fourth,
in one aligned claim, are one set told differently: "people" names no noun
of its own, so the lone-rival join never weighed the two. A lone count of a
thing ("52 homes") stays apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare

_LEADS = (
    "The Dunmere clinic said it had treated 40 people after the chemical leak at the Orvane works.",
    "The Dunmere clinic treated 40 people after the chemical leak at the Orvane works, officials said.",
    "",
    "Doctors at the Dunmere clinic treated 40 people after the chemical leak at the Orvane works.",
)


def _facts(third: str) -> list[dict[str, object]]:
    texts = [*_LEADS[:2], third, _LEADS[3]]
    arts = [Article(id=k, title="", text=t, published=dt.date(2026, 5, 4 + i))
            for i, (k, t) in enumerate(zip("abcd", texts, strict=True))]
    return compare(arts).to_dict()["facts"]  # type: ignore[no-any-return]


def _with(facts: list[dict[str, object]], raw: str) -> dict[str, object]:
    return next(f for f in facts if any(m["text"].endswith(raw) for m in f["mentions"]))  # type: ignore[attr-defined,index]


def test_lone_patients_count_diverges_from_agreed_people() -> None:
    facts = _facts("The Dunmere clinic treated 52 patients after the chemical leak at the Orvane works.")
    fact = _with(facts, "52")
    assert fact["status"] == "diverge", fact
    assert {m["source"] for m in fact["mentions"]} == set("abcd")  # type: ignore[attr-defined,index]


@pytest.mark.parametrize("third", [
    "The Dunmere clinic treated 52 cows after the chemical leak at the Orvane works.",
    "The chemical leak at the Orvane works damaged 52 homes near the Dunmere clinic.",
])
def test_lone_count_of_things_stays_apart(third: str) -> None:
    assert _with(_facts(third), "52")["status"] == "unique"
