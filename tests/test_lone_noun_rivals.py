"""A lone count of a noun the story counts often joins the one agreed count told with its words.

Invented story: a wire, a trade site and a council release say 380 hire
scooters were stolen, and each also counts the fleet of 2,000 scooters; a
tabloid's "Yobs stole 420 scooters" sits in a sentence the aligner seated
with none of theirs (lonenounrivals.py). The guards: two agreed counts of
the noun told with the tabloid's word leave it alone; so do words shared
with one agreeing source only, and a tabloid that also gives the agreed count.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonenounrivals import join_lone_noun_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity

ORDER = {"wire": 0, "trade": 1, "release": 2, "tabloid": 3}


class _Texts:
    """Each source's text; no claims are shared (the aligner seated the sentences apart)."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return None


def _count(texts: dict[str, str], source: str, raw: str, noun: str = "scooter", nth: int = 0) -> Mention:
    """The ``nth`` count ``raw`` of ``noun`` in ``source``'s text, its passage the sentence's number."""
    text = texts[source]
    at = -1
    for _ in range(nth + 1):
        at = text.index(raw, at + 1)
    passage = text[:at].count(". ")
    return Mention(Kind.NUMBER, source, passage, Span(at, at + len(raw)), raw,
                   Quantity(Decimal(raw.replace(",", ""))), "number:count", cues=(noun,))


STOLEN = {
    "wire": "The operator runs 2,000 scooters in the city. Thieves have stolen 380 scooters since June.",
    "trade": "Its fleet numbers 2,000 scooters. In all, 380 scooters were stolen over the summer.",
    "release": "A fleet of 2,000 scooters serves the city. The council said 380 scooters had been stolen.",
    "tabloid": "All 2,000 scooters are off the road tonight. Yobs stole 420 scooters in a crime wave.",
}


def _facts(texts: dict[str, str], stolen: str = "380", lone: str = "420") -> list[Judged]:
    """The agreed fleet, the agreed stolen count, and the tabloid's lone count."""
    fleet = [_count(texts, s, "2,000") for s in ORDER]
    agreed = [_count(texts, s, stolen) for s in ("wire", "trade", "release")]
    return [(fleet, Verdict.AGREE, "c1", None), (agreed, Verdict.AGREE, "c2", None),
            ([_count(texts, "tabloid", lone)], Verdict.UNIQUE, "c3", None)]


def _run(texts: dict[str, str], facts: list[Judged],
         extra: tuple[Mention, ...] = ()) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    joined = join_lone_noun_rivals(facts, mentions, _Texts(texts), ORDER)  # type: ignore[arg-type]
    return sorted((v.value, sorted(m.source for m in group)) for group, v, *_ in joined)


def test_a_lone_count_told_with_the_agreed_counts_verb_is_its_rival() -> None:
    joined = _run(STOLEN, _facts(STOLEN))
    assert ("diverge", ["release", "tabloid", "trade", "wire"]) in joined
    assert ("agree", ["release", "tabloid", "trade", "wire"]) in joined  # the fleet stays as it was


def test_two_agreed_counts_told_with_the_lone_counts_word_leave_it_alone() -> None:
    texts = {s: t + " Last year 150 scooters were stolen too." if s != "tabloid" else t
             for s, t in STOLEN.items()}
    facts = _facts(texts)
    facts.append(([_count(texts, s, "150") for s in ("wire", "trade", "release")], Verdict.AGREE, "c4", None))
    assert ("unique", ["tabloid"]) in _run(texts, facts)


def test_a_word_shared_with_one_agreeing_source_only_is_not_enough() -> None:
    texts = dict(STOLEN,
                 trade="Its fleet numbers 2,000 scooters. In all, 380 scooters went missing over the summer.",
                 release="A fleet of 2,000 scooters serves the city. The council counted 380 scooters lost.")
    assert ("unique", ["tabloid"]) in _run(texts, _facts(texts))


def test_a_lone_count_told_with_no_word_of_the_agreed_ones_stays_unique() -> None:
    texts = dict(STOLEN,
                 tabloid="All 2,000 scooters are off the road. Yobs nicked 420 scooters in a crime wave.")
    assert ("unique", ["tabloid"]) in _run(texts, _facts(texts))


def test_a_dissenter_giving_the_agreed_count_too_tells_two_things() -> None:
    texts = dict(STOLEN, tabloid=STOLEN["tabloid"] + " By August 380 scooters were gone.")
    extra = (_count(texts, "tabloid", "380"),)
    assert ("unique", ["tabloid"]) in _run(texts, _facts(texts), extra)


def test_a_word_of_the_next_sentence_tells_nothing_of_the_count() -> None:
    texts = {s: t.replace("have stolen 380 scooters since June.",
                          "counted 380 scooters gone. Stolen, police think.")
             .replace("380 scooters were stolen over the summer.", "380 scooters went. Stolen, they say.")
             .replace("380 scooters had been stolen.", "380 scooters vanished. Stolen, it said.")
             for s, t in STOLEN.items()}
    assert ("unique", ["tabloid"]) in _run(texts, _facts(texts))
