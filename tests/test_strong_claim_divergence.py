"""A claim the aligner's model is sure of is evidence of a divergence its few shared words are not.

Two outlets word one moment or one count apart ("The terminal reopened at
4:20 p.m. after ..." against "The terminal was handed back ... at 15:20,
once ..."): the pair shares too few words for DIVERGE_MIN_SCORE, yet the
model put the passages together with confidence (STRONG_CLAIM_SCORE).
"""

from __future__ import annotations

from collections import Counter

from sourcediff import Article, compare
from sourcediff.diverge import _lone_clocks
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import ClockTime

LEAD_A = "A gas leak closed the Harbour Road ferry terminal in Penmarrow on Friday, the port authority said."
LEAD_B = ("Penmarrow's Harbour Road ferry terminal was shut on Friday by a gas leak, "
          "according to the port authority.")


def statuses(*texts: str, published: str = "2026-05-02") -> list[tuple[str, str]]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [(f.status.value, f.summary) for f in compare(articles).facts if f.status.value != "unique"]


def terminal(reopened_a: str, reopened_b: str) -> list[tuple[str, str]]:
    a = "\n\n".join([LEAD_A, "Gas engineers isolated a fractured main beneath the car park.",
                     f"The terminal reopened at {reopened_a} after engineers had checked the pipework "
                     "under the car park.",
                     "Sailings to the islands resumed the same evening."])
    b = "\n\n".join([LEAD_B,
                     f"The terminal was handed back to the ferry operator at {reopened_b}, "
                     "once gas board inspectors were satisfied the site was safe.",
                     "Island sailings restarted in the evening."])
    return statuses(a, b)


def test_a_reopening_time_worded_apart_diverges_in_a_confident_claim() -> None:
    found = [s for v, s in terminal("4:20 p.m.", "15:20") if v == "diverge"]
    assert len(found) == 1 and "4:20 p.m." in found[0] and "15:20" in found[0]


def test_the_same_reopening_time_on_the_24_hour_clock_still_agrees() -> None:
    found = terminal("4:20 p.m.", "16:20")
    assert not [s for v, s in found if v == "diverge"]
    assert any(v == "agree" and "16:20 in 2 sources" in s for v, s in found)


def church(count: str, verb: str) -> str:
    lead = "Heartless crooks ripped the lead off St Brannoc's church in Tollbury on Tuesday."
    return f"{lead}\n\n{count} men {verb}"


ARRESTS = [
    "Thieves stripped the lead from the roof of St Brannoc's church in Tollbury on Tuesday, police said.\n\n"
    "Two men, aged 44 and 29, were arrested at a scrapyard on the Mill Lane estate later that morning.",
    "Lead was stolen from the roof of St Brannoc's church in Tollbury on Tuesday, according to police.\n\n"
    "Two men from Tollbury, both known to police, were later arrested at a Mill Lane scrapyard, "
    "officers said.",
    "Police said thieves took the lead off St Brannoc's church roof in Tollbury on Tuesday.\n\n"
    "Two men, both from the town, were arrested at a scrapyard on Mill Lane.",
]


def test_a_tabloids_lone_count_in_slang_dissents_from_three_agreeing_outlets() -> None:
    found = statuses(*ARRESTS, church("Three", "were nabbed as cops raided a yard."))
    assert any(v == "diverge" and "Three" in s and "Two" in s for v, s in found)


def test_the_same_count_in_slang_joins_the_agreement() -> None:
    found = statuses(*ARRESTS, church("Two", "were nabbed as cops raided a yard."))
    assert not any(v == "diverge" and "Two" in s for v, s in found)


def clock(source: str, passage: int, hour: int) -> Mention:
    return Mention(kind=Kind.TIME, slot="time:clock", raw=f"{hour}:00", value=ClockTime(hour, 0),
                   source=source, passage=passage, span=Span(0, 4))


def test_only_a_passages_one_figure_counts_as_its_moment() -> None:
    # "an all-hands call at 8 a.m. Tuesday for its 1,900 staff": the clock may time a second event.
    a, b = clock("a", 1, 8), clock("b", 2, 9)
    assert _lone_clocks(a, b, Counter({("a", 1): 1, ("b", 2): 1}))
    assert not _lone_clocks(a, b, Counter({("a", 1): 3, ("b", 2): 1}))
