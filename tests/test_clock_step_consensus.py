"""A passage timing two moments agrees with a partner on the one its clock shares (invented text).

"The ferry sank at about 9:10 p.m., an hour after a distress call at 8:05
p.m." states two clock times, so a claim's consensus read it as no vote,
and a third outlet's lone "9.40pm" against a second outlet's "21:10" was
one source against one: the planted rival stayed a time only the third
outlet gives. As for dates, sums and percentages
(divergeconsensus._add_named_steps), the one clock of such a passage that
fits a partner's lone clock is the passage's vote.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

PUBLISHED = "2027-03-13"

TEXTS = [
    "The ferry Marisol sank off Cape Odrin at about 9:10 p.m. on Friday, an hour after its crew sent a "
    "distress call at 8:05 p.m., the coastguard said. All 212 passengers were rescued.",
    "Vessel lost: 21:10 local time; 212 passengers and crew taken off by lifeboats.",
    "The Marisol went down off Cape Odrin at {} on Friday, and lifeboats took off all 212 people aboard.",
]


def _clock_facts(third: str) -> list[tuple[Verdict, set[str]]]:
    texts = [TEXTS[0], TEXTS[1], TEXTS[2].format(third)]
    arts = [Article.from_text(t, id=f"s{n}", published=PUBLISHED) for n, t in enumerate(texts)]
    return [(f.status, {m.raw for m in f.mentions}) for f in compare(arts).facts if f.kind is Kind.TIME]


def test_a_lone_rival_clock_diverges_from_a_clock_given_beside_another_moment() -> None:
    facts = _clock_facts("9.40pm")
    assert any(status is Verdict.DIVERGE and "9.40pm" in raws and "21:10 local time" in raws
               for status, raws in facts), facts


def test_agreeing_clocks_stay_agreed() -> None:
    facts = _clock_facts("9.10pm")
    assert not any(status is Verdict.DIVERGE for status, _ in facts), facts
