"""Dates and times of two steps of one story are no rivals (casesteps.py).

A court story dates its steps (a conviction on a Thursday, the sentence the
next Tuesday); outlets' sentences about them share the defendant and the
charge, so the aligner put "was sentenced on Tuesday" beside "a jury convicted
her on Thursday" and two correct dates were reported as a divergence. The same
for a protest's start and its end. A rival date of the same step still
diverges. All text here is invented.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article
from sourcediff.casesteps import steps_of
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.pipeline import compare

SENTENCED = ("Former treasurer Marla Quint was sentenced on Tuesday to 12 years in prison for embezzling "
             "money from the Harwick orphanage trust.\n\n"
             "Judge Oren Pike said the theft had betrayed the town's most vulnerable children.\n")
CONVICTED = ("A jury convicted former treasurer Marla Quint of embezzling money from the Harwick "
             "orphanage trust on Thursday.\n\n"
             "Judge Oren Pike said the theft had betrayed the town's most vulnerable children.\n")

MARCH = ("Hundreds of residents marched through Eastvale on Friday to protest the closure of the town's "
         "hospital.\n\n")
BEGAN = MARCH + ("A police spokesman said the protest began around 7:30pm tonight but the crowd is being "
                 "dispersed.\n")
DISPERSED = MARCH + "At 10:15pm, the police said the crowd had dispersed and that there was one arrest.\n"


def _facts(texts: list[str], kind: Kind) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    articles = [Article(id=f"s{i}", text=t, published=dt.date(2025, 3, 12)) for i, t in enumerate(texts)]
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions))
            for f in compare(articles).facts if f.kind is kind]


def test_a_conviction_day_is_no_rival_of_a_sentencing_day() -> None:
    facts = _facts([SENTENCED, SENTENCED.replace("Former", "Ex-"), CONVICTED], Kind.DATE)
    assert (Verdict.AGREE, [("s0", "Tuesday"), ("s1", "Tuesday")]) in facts
    assert (Verdict.UNIQUE, [("s2", "Thursday")]) in facts


def test_a_rival_sentencing_day_still_diverges() -> None:
    rival = SENTENCED.replace("on Tuesday", "on Monday")
    facts = _facts([SENTENCED, SENTENCED.replace("Former", "Ex-"), rival], Kind.DATE)
    assert (Verdict.DIVERGE, [("s0", "Tuesday"), ("s1", "Tuesday"), ("s2", "Monday")]) in facts


def test_a_protest_start_is_no_rival_of_the_crowd_dispersing() -> None:
    facts = _facts([BEGAN, BEGAN.replace("Hundreds of", "Several hundred"), DISPERSED], Kind.TIME)
    assert (Verdict.AGREE, [("s0", "7:30pm"), ("s1", "7:30pm")]) in facts
    assert (Verdict.UNIQUE, [("s2", "10:15pm")]) in facts


def _steps(text: str, raw: str, kind: Kind = Kind.DATE) -> frozenset[str]:
    start = text.index(raw)
    facts = compare([Article(id="a", text=text, published=dt.date(2025, 3, 12))]).facts
    m: Mention = next(x for f in facts for x in f.mentions if x.kind is kind and x.span.start == start)
    return steps_of(text, m)


def test_the_clause_ends_at_a_later_step() -> None:
    text = "Quint was sentenced on Tuesday following her conviction on fraud charges.\n"
    assert _steps(text, "Tuesday") == {"sentencing"}
    assert _steps("A jury found Marla Quint guilty on Thursday.\n", "Thursday") == {"verdict"}
    assert _steps("The bodies were found on Saturday morning.\n", "Saturday") == {"discovery"}


# A plan announced on one day, the act on another (invented): two steps, the second clause names none.
ANNOUNCED = ("Transport minister Ilse Varga announced her intention to scrap the Dornfeld bridge toll on "
             "March 2, saying drivers had paid for the crossing twice over.\n\n"
             "The toll raised about 4 million euros a year for the regional roads fund.\n")
SCRAPPED = ("The Dornfeld bridge toll was scrapped on Tuesday, March 10, ending a charge drivers had paid "
            "for the crossing since it opened.\n\n"
            "The toll raised about 4 million euros a year for the regional roads fund.\n")


def test_an_announced_intention_is_no_rival_of_the_act() -> None:
    facts = _facts([SCRAPPED, SCRAPPED.replace("The Dornfeld", "Dornfeld's"), ANNOUNCED], Kind.DATE)
    assert not [f for f in facts if f[0] is Verdict.DIVERGE], facts


def test_two_announcement_days_still_diverge() -> None:
    rival = ANNOUNCED.replace("March 2", "March 3")
    facts = _facts([ANNOUNCED, ANNOUNCED.replace("Transport minister", "Minister"), rival], Kind.DATE)
    assert any(f[0] is Verdict.DIVERGE and ("s2", "March 3") in f[1] for f in facts), facts


def test_the_clause_of_an_announced_plan() -> None:
    assert _steps(ANNOUNCED, "March 2") == {"intention"}
    pool = "The council unveiled its new plans to close the pool on Friday.\n"
    assert _steps(pool, "Friday") == {"intention"}
    assert _steps(SCRAPPED, "Tuesday") == frozenset()
