"""A sum told beside the budget it overran still agrees on the claim's cost; a lone rival cost diverges.

"Repairs cost 1.8 billion euros, well above the original estimate of 1.2
billion euros" states two sums of one family and size, so the claim's
consensus once left the passage out, and with it the agreement that makes a
fourth outlet's "€2.1 billion" a lone dissenter: the rival stayed a detail
of its own (invented text). A passage's sum that fits the one a partner
states alone counts as its value in the claim, as a date among two already
did.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind

PUBLISHED = "2027-04-20"
LEAD = "The Calder viaduct reopened to trains on Monday after four years of work, the rail agency said.\n\n"
WIRE = LEAD + ("Repairs cost 1.8 billion euros ($2.0 billion), well above the original estimate of 1.2 "
               "billion euros, and included new steel bearings.\n\nPassenger groups welcomed the news.")
PAPER = LEAD + ("The repair bill came to €1.8bn, paid by the agency and, critics say, ultimately by "
                "passengers.\n\nCommuters cheered the first train.")
TRADE = LEAD + ("Total cost: EUR 1.8bn, against an initial budget of EUR 1.2bn.\n\n"
                "Line speed stays limited for a month.")
POST = LEAD + ("The repairs alone cost {}, more than twice what the agency first told the public.\n\n"
               "We think the money was badly spent.")


def _money(post_sum: str) -> list[tuple[str, list[str]]]:
    texts = [WIRE, PAPER, TRADE, POST.format(post_sum)]
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    return [(f.status.value, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.MONEY]


def test_a_lone_rival_cost_diverges_from_sums_told_beside_their_budget() -> None:
    got = _money("€2.1 billion")
    assert ("diverge", ["s0", "s1", "s2", "s3"]) in got, got


def test_the_same_cost_beside_a_budget_agrees() -> None:
    got = _money("€1.8 billion")
    assert ("agree", ["s0", "s1", "s2", "s3"]) in got, got
    assert not any(status == "diverge" for status, _ in got), got


def test_the_budget_is_no_rival_of_the_cost() -> None:
    """The wire's and trade outlet's 1.2bn budget stays its own agreed fact beside the agreed cost."""
    got = _money("€1.8 billion")
    assert ("agree", ["s0", "s2"]) in got, got
