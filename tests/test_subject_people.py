"""Figures told of two people, each the one person named before it in its sentence, are two facts.

Outlets illustrate a story with people it happened to, and each tells its
own person's figure in the same words: "Harold Pembry, who was on the
second floor when the boiler burst, has worked at the bakery for 31 years"
and another outlet's "Marlene Oakes, who was on the second floor when it
burst, has worked at the bakery for 24 years". The words around the two
figures match, so the rule that pairs values by their words
(`divergecontext._context_pairs`) set one worker's service against
another's. No age is given, so `casepeople.case_people` did not see the
people. One person's figure told two ways still diverges, and a name that
only tells the figure ("Harold Pembry said ...") is not what it is about.
Invented text only.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sourcediff import Article
from sourcediff.casepeople import subject_people
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.pipeline import compare
from sourcediff.values import Entity, Quantity

LEAD_A = ("Three workers were hurt when a boiler burst at the Fenwick bakery in Oldcastle on Tuesday, "
          "police said.\n\n")
LEAD_B = ("A boiler exploded at the Fenwick bakery in Oldcastle on Tuesday, injuring three workers, "
          "police said.\n\n")
WORKER_A = ("Harold Pembry, who was on the second floor when the boiler burst, has worked at the bakery "
            "for 31 years.\n")


def _years(a: str, b: str) -> list[tuple[Verdict, list[str]]]:
    articles = [Article(id=f"s{i}", text=t, published=dt.date(2026, 5, 12))
                for i, t in enumerate([LEAD_A + a, LEAD_B + b])]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.NUMBER and any(m.raw.endswith("years") for m in f.mentions)]


def test_two_workers_service_told_in_like_words_is_two_facts() -> None:
    facts = _years(WORKER_A, "Marlene Oakes, who was on the second floor when it burst, has worked at the "
                             "bakery for 24 years.\n")
    assert all(verdict is not Verdict.DIVERGE for verdict, _ in facts), facts


def test_one_workers_service_told_two_ways_still_diverges() -> None:
    facts = _years(WORKER_A, "Pembry, who was on the second floor when it burst, has worked at the bakery "
                             "for 24 years.\n")
    assert (Verdict.DIVERGE, ["24 years", "31 years"]) in facts, facts


def test_a_name_that_tells_the_figure_is_not_what_it_is_about() -> None:
    # two witnesses telling the bakery's one figure differently: the bakery's age is one fact
    facts = _years("Harold Pembry, who was on the second floor when the boiler burst, said the bakery "
                   "has stood on the site for 31 years.\n",
                   "Marlene Oakes, who was on the second floor when it burst, said the bakery has stood "
                   "on the site for 24 years.\n")
    assert (Verdict.DIVERGE, ["24 years", "31 years"]) in facts, facts


def _mention(kind: Kind, raw: str, text: str, canonical: str | None = None) -> Mention:
    start = text.index(raw)
    value = (Entity(canonical or raw, "person") if kind is Kind.PERSON
             else Quantity(Decimal(raw.split()[0]), "year"))
    return Mention(kind=kind, source="s", passage=0, span=Span(start, start + len(raw)), raw=raw, value=value,
                   slot="number:year" if kind is Kind.NUMBER else "")


def test_the_subject_is_the_one_person_named_before_the_figure_in_its_sentence() -> None:
    text = "Ann Colley retired on Friday. Tom Rudd, a porter, has worked at the station for 12 years."
    ms = [_mention(Kind.PERSON, "Ann Colley", text), _mention(Kind.PERSON, "Tom Rudd", text, "Thomas Rudd"),
          _mention(Kind.NUMBER, "12 years", text)]
    assert subject_people(ms, {"s": text}, [2]) == {2: "Thomas Rudd"}


def test_two_people_or_a_teller_before_the_figure_name_no_subject() -> None:
    two = "Ann Colley and Tom Rudd have worked at the station for 12 years."
    told = "Tom Rudd said the station has been open for 12 years."
    for text in (two, told):
        ms = [_mention(Kind.PERSON, name, text) for name in ("Ann Colley", "Tom Rudd") if name in text]
        ms.append(_mention(Kind.NUMBER, "12 years", text))
        assert subject_people(ms, {"s": text}, [len(ms) - 1]) == {}, text
