"""A percent its writer calls a chance is no share: equal values of the two are two facts.

Why: one outlet gave the odds markets put on a cut ("a 30 per cent chance of
a cut"), another the share of a whole ("about 30% of its budget"); with no
other context the two equal percents were one agreed fact.
"""

from __future__ import annotations

from sourcediff import Article, compare


def _statuses(a_body: str, b_body: str) -> list[tuple[str, tuple[str, ...]]]:
    a = Article.from_text("Port fees rise\n\n" + a_body, id="a", published="2026-03-03")
    b = Article.from_text("Harbour board meets\n\n" + b_body, id="b", published="2026-03-04")
    report = compare([a, b])
    return [(f.status.value, tuple(sorted(m.source for m in f.mentions)))
            for f in report.facts if f.kind.value == "percent"]


A_SHARE = ("The harbour board raised mooring fees on Monday. Fishing still accounts for "
           "about 30% of its budget, the board said.")
B_CHANCE = ("Mooring fees went up on Monday. Traders now see a 30 per cent chance of a second rise "
            "before the summer.")
B_SHARE = ("Mooring fees went up on Monday. Fishing accounts for 30 per cent of the board's budget, "
           "it said.")


def test_a_chance_and_a_share_of_one_value_stay_apart() -> None:
    found = _statuses(A_SHARE, B_CHANCE)
    assert ("agree", ("a", "b")) not in found


def test_two_shares_of_one_value_still_agree() -> None:
    assert ("agree", ("a", "b")) in _statuses(A_SHARE, B_SHARE)
