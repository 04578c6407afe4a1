"""A claim's exact figure decides against a lone rival: a bound beside it ("more than 200") shields nothing.

Three outlets give a crew count, one as a bound ("More than 200 firefighters"),
and a fourth gives a later, larger exact count. The bound fits both 250 and
310, yet the others' exact 250 is what the fourth's 310 differs from.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article

LEAD = "Crews battled the Ridgeway blaze through the night north of Calder."


def _facts(*bodies: str) -> list[dict[str, object]]:
    arts = [Article(id=k, text=f"{LEAD} {body}") for k, body in zip("abcd", bodies, strict=False)]
    facts: list[dict[str, object]] = compare(arts).to_dict()["facts"]
    return facts


def _fact_of(facts: list[dict[str, object]], text: str) -> dict[str, object]:
    return next(f for f in facts if any(m["text"] == text for m in f["mentions"]))  # type: ignore[index,union-attr,attr-defined]


def test_a_later_exact_count_diverges_from_the_exact_count_a_bound_sits_beside() -> None:
    facts = _facts(
        "Some 250 firefighters were working the fire on Monday, the fire service said.",
        "More than 200 firefighters were on the lines overnight, backed by water bombers.",
        "A total of 250 firefighters were working the fire on Monday, the fire service said.",
        "There are now 310 firefighters on the fire, among them crews from two other regions.",
    )
    crews = _fact_of(facts, "310")
    assert crews["status"] == "diverge"
    assert {m["source"] for m in crews["mentions"]} == {"a", "b", "c", "d"}  # type: ignore[union-attr,index]


def test_bounds_alone_still_fit_the_lone_figure() -> None:
    # no source states an exact figure beside the bounds: the bounds hold the 310, nothing to decide
    facts = _facts(
        "More than 200 firefighters and 12 aircraft were working the fire on Monday, the fire service said.",
        "More than 200 firefighters were working the fire on Monday, the fire service said.",
        "At least 200 firefighters were working the fire on Monday, the fire service said.",
        "There are now 310 firefighters working the fire on Monday, the fire service said.",
    )
    assert not any(f["status"] == "diverge" and any(m["text"] == "310" for m in f["mentions"])  # type: ignore[union-attr,attr-defined]
                   for f in facts)


def test_a_count_listed_before_another_figure_is_no_union_of_two_nouns() -> None:
    # "250 firefighters and 12 aircraft" counts firefighters; "250 firefighters and crew" counts neither
    facts = _facts(
        "Some 250 firefighters and 12 aircraft were working the fire on Monday, the fire service said.",
        "Some 250 firefighters and 12 aircraft were on the fire on Monday, the fire service said.",
        "There are now 310 firefighters working the fire on Monday, the fire service said.",
    )
    assert _fact_of(facts, "310")["status"] == "diverge"
