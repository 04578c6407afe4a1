"""A bound count elsewhere in an article does not take the seat of the count it states in an aligned sentence.

"358 passengers and 47 crew laid low" in a local paper, aligned with a
wire's "388 passengers and 47 crew"; further down, the paper's "taxi firms
carried more than 300 passengers home". The bound fits 388 and shares its
counted noun, so it joined the wire's count as the paper's agreeing reading,
and the paper's own 358 was left a detail of its own: a divergence read as
agreement. A bound sharing no claim with the other source's count does not
link to it when its own source counts the noun, in an aligned sentence, as a
figure that does not fit (factlinks._bound_beside_aligned).
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind


def articles(*texts: str) -> list[Article]:
    return [Article.from_text(t, id=f"s{n}", published="2026-06-19") for n, t in enumerate(texts)]


def count_facts(*texts: str) -> list[tuple[str, list[str], list[str]]]:
    return [(f.status.value, sorted(m.source for m in f.mentions), sorted(m.raw for m in f.mentions))
            for f in compare(articles(*texts)).facts if f.kind is Kind.NUMBER]


WIRE = ("The ferry Marigold Star returned to Tullow Quay on Thursday after food poisoning struck 264 "
        "passengers during the crossing, the operator said. Health inspectors boarded the vessel.")
TRADE = ("Marigold Star, Tullow Quay: food poisoning struck 264 passengers on the crossing, the operator "
         "reported. Inspectors boarded on arrival.")
LOCAL = ("The Marigold Star came back to Tullow Quay on Thursday after food poisoning struck 226 passengers "
         "on the crossing. Health inspectors went aboard in the afternoon. Volunteers from the Tullow "
         "rowing club handed out water to more than 200 passengers waiting for buses on the quay.")


def test_the_aligned_count_that_differs_is_the_divergence() -> None:
    facts = count_facts(WIRE, TRADE, LOCAL)
    rival = [f for f in facts if "226" in f[2]]
    assert rival and rival[0][0] == "diverge" and rival[0][1] == ["s0", "s1", "s2"]


def test_the_far_bound_does_not_join_the_agreeing_count() -> None:
    facts = count_facts(WIRE, TRADE, LOCAL)
    assert not any("more than 200" in raws and "264" in raws for _, _, raws in facts)


def test_a_bound_alone_still_joins_the_count_it_fits() -> None:
    local = LOCAL.replace("struck 226 passengers on the crossing", "struck passengers on the crossing")
    facts = count_facts(WIRE, TRADE, local)
    assert any("more than 200" in raws and "264" in raws for _, _, raws in facts)
