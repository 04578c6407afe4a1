"""A lone length of an event against three outlets' agreed one, given by the same verb (invented text).

A trade bullet "Incident log: breaker trip at 02:15 UTC, ...; the outage
lasted 95 minutes from first alarm to full restoration" beside three outlets' "lasted 75 minutes" scores
too low as a passage pair, and a duration is a measure, so the claim's
consensus did not count it; the dissent was lost. The verb of lasting right
before both figures says each is the event's own length. A duration after
other words ("95 minutes later") times another span and stays apart.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article

LEAD = ("A power fault at the Orrin Vale data centre on Monday knocked out card payments for shops across "
        "the county, the operator Telvane Hosting said.")


def _articles(c_line: str) -> list[Article]:
    a = (f"{LEAD}\n\nThe outage lasted 75 minutes, the company said.\n\n"
         "Engineers traced the fault to a failed transfer switch.")
    b = (f"{LEAD}\n\nThe whole outage lasted 75 minutes, engineers said.\n\n"
         "Shoppers were left queueing at tills in the town centre.")
    c = (f"{LEAD}\n\n{c_line}\n\n"
         "Telvane said it would publish a full incident review.")
    d = (f"{LEAD}\n\nThe blackout lasted 75 minutes in all.\n\n"
         "Several cafes switched to cash only for the morning.")
    texts = zip("abcd", (a, b, c, d), strict=True)
    return [Article.from_text(t, id=k, published="2026-10-13") for k, t in texts]


def _span_facts(c_line: str, c_value: str) -> list[dict[str, object]]:
    facts = compare(_articles(c_line)).to_dict()["facts"]
    return [f for f in facts if any("75 minutes" in m["text"] or c_value in m["text"] for m in f["mentions"])]


def test_a_lone_length_given_by_the_same_verb_diverges() -> None:
    line = ("Incident log: breaker trip at 02:15 UTC, generator start failure, manual failover; the "
            "disruption lasted 95 minutes from first alarm to full restoration of card services.")
    facts = _span_facts(line, "95 minutes")
    assert len(facts) == 1, facts
    assert facts[0]["status"] == "diverge"


def test_a_span_after_other_words_is_no_rival() -> None:
    line = ("Incident log: breaker trip at 02:15 UTC, generator start failure, manual failover; card "
            "terminals came back 95 minutes later, from first alarm to full restoration of services.")
    facts = [f for f in _span_facts(line, "95 minutes") if f["status"] == "diverge"]
    assert facts == []
