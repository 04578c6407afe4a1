"""A call that closes on a day ("Applications close on 15 May") names a deadline.

Another outlet's "have until 31 May to apply" for the same call is its rival,
though the two sentences share no deadline word. Something else that closes
on a day ("the footbridge will close on 3 June") is an event, not a deadline.
"""

from __future__ import annotations

from sourcediff import Article, compare


def verdicts(*texts: str, published: str = "2026-04-08") -> list[tuple[str, str]]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [(f.status.value, f.summary) for f in compare(articles).facts]


def test_a_closing_call_meets_an_until_deadline() -> None:
    found = verdicts("Growers will have until 31 May to apply for the grants, the council said.",
                     "Applications for the grants close on 15 May, the council said.")
    assert ("diverge", "deadline: 31 May (s0) vs 15 May (s1)") in found


def test_the_same_closing_day_agrees() -> None:
    found = verdicts("Growers will have until 15 May to apply for the grants, the council said.",
                     "Applications for the grants close on 15 May, the council said.")
    assert [v for v, _ in found if v == "diverge"] == []


def test_a_closure_is_no_deadline() -> None:
    found = verdicts("The footbridge will close on 3 June for repairs, the council said.",
                     "Entries for the photo contest close on 10 June, the council said.")
    assert [v for v, _ in found if v == "diverge"] == []
