"""Words around two values are no rivalry when the other outlet states the value itself (invented text).

A live blog's "The target is 92%." shares its one rare word with a wire's
"against a target of 85%" (a second target, for gas leaks), and the wire
also states the 92% (its charter's promise): the blog's figure is the
wire's 92%, not a rival of its 85%. A blog target the wire never states
still meets the wire's target as a divergence.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

WIRE = ("The city published its housing repair figures for October on Tuesday.\n\n"
        "Under the housing charter, 92% of tenants should see their home repaired within four weeks of "
        "calling the council.\n\n"
        "Only 61.4% of urgent gas leaks were made safe within 24 hours, against a target of 85%.\n\n"
        "The council blamed a shortage of engineers and said agency staff would be hired.")
BLOG = ("Repair figures out\n\n"
        "**09:40** The city has published its repair figures for October.\n\n"
        "**09:44** On repairs: 71.6% of tenants saw their home repaired within four weeks. The target is {}. "
        "The median wait is 19 days.\n\n"
        "**09:50** The council blamed a shortage of engineers.")


def _percent_facts(target: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(WIRE, id="wire", published="2026-10-06"),
            Article.from_text(BLOG.format(target), id="blog", published="2026-10-06")]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.PERCENT]


def test_a_value_the_other_outlet_states_is_no_rival_of_its_other_target() -> None:
    facts = _percent_facts("92%")
    assert all("85%" not in raws for status, raws in facts if status is Verdict.DIVERGE), facts


def test_a_target_the_other_outlet_never_states_still_diverges() -> None:
    assert (Verdict.DIVERGE, ["80%", "85%"]) in _percent_facts("80%")
