"""A passage giving a rate and its previous value agrees with a partner on the rate (invented text).

"Underlying inflation eased to 2.4% from 2.7%" states two percentages, so
the consensus of a claim read it as no vote, and a third outlet's lone
"2.5%" against a second outlet's "2.4 per cent" was one source against one:
the planted rival stayed unique. As for dates and sums
(divergeconsensus._add_named_steps), the one value of such a passage that
fits a partner's lone value is the passage's vote.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

PUBLISHED = "2027-06-16"


def _facts(figures: list[str]) -> list[tuple[Verdict, set[str]]]:
    texts = [
        "Underlying inflation in Corvella, which excludes food and fuel, eased to {}, the bureau said.",
        "Underlying inflation in Corvella, which leaves out food and fuel, slowed to {}, the bureau said.",
        "Underlying inflation in Corvella, which strips out food and fuel, came in at {}, the bureau said.",
    ]
    arts = [Article.from_text(t.format(f), id=f"s{n}", published=PUBLISHED)
            for n, (t, f) in enumerate(zip(texts, figures, strict=True))]
    return [(f.status, {m.raw for m in f.mentions}) for f in compare(arts).facts if f.kind is Kind.PERCENT]


def test_a_lone_rival_rate_diverges_from_a_rate_given_with_its_previous_value() -> None:
    facts = _facts(["2.4% from 2.7%", "2.4 per cent", "2.5%"])
    assert any(status is Verdict.DIVERGE and {"2.4%", "2.4 per cent", "2.5%"} <= raws
               for status, raws in facts), facts


def test_agreeing_rates_stay_agreed() -> None:
    facts = _facts(["2.4% from 2.7%", "2.4 per cent", "2.4%"])
    assert not any(status is Verdict.DIVERGE for status, _ in facts), facts
