"""Figures told of two organisations, each the one its sentence names or "It" stands for, are two facts.

Outlets covering a league table tell each body's figure in the same words:
one outlet's "Brackley scored 91.4 out of 100" (the college on top) and
another's "Ostley scored 72.6 out of 100" (the college the outlet is about).
The words around the two figures match, so the rule that pairs values by
their words (`divergecontext._context_pairs`) set one college's score
against another's. An outlet also tells the figure of the body the sentence
before names, by "It" ("The guide placed Ostley 14th ... It scored 72.6").
One body's figure told two ways still diverges (its short and its full
name, or "It" for it), and a body that only tells the figure ("Brackley
said ...") is not what it is about. Invented text only.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sourcediff import Article
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.pipeline import compare
from sourcediff.subjectorgs import short_forms, subject_orgs
from sourcediff.values import Entity, Quantity

LEAD_A = ("Ostley College of Art moved up nine places to 14th in the Tarrant Guide league table published on "
          "Monday, while Brackley Institute of Science stayed top for a third year.\n\n")
LEAD_B = ("Ostley College of Art has climbed nine places to 14th in the Tarrant Guide league table, its best "
          "placing since the guide began.\n\n")
PLACED = "The guide placed Ostley 14th of 130 colleges, up from 23rd last year. "


def _scores(a: str, b: str) -> list[tuple[Verdict, list[str]]]:
    articles = [Article(id=f"s{i}", text=t, published=dt.date(2026, 5, 12))
                for i, t in enumerate([LEAD_A + a, LEAD_B + b])]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.NUMBER and any("out of 100" in m.raw for m in f.mentions)]


def test_two_colleges_scores_told_in_like_words_are_two_facts() -> None:
    facts = _scores("Brackley scored 91.4 out of 100 in the table.\n",
                    "Ostley scored 72.6 out of 100 in the table.\n")
    assert all(verdict is not Verdict.DIVERGE for verdict, _ in facts), facts


def test_it_after_a_sentence_naming_another_college_is_that_college() -> None:
    facts = _scores("Brackley scored 91.4 out of 100 in the table.\n",
                    PLACED + "It scored 72.6 out of 100 in the table.\n")
    assert all(verdict is not Verdict.DIVERGE for verdict, _ in facts), facts


def test_one_colleges_score_told_by_it_still_diverges() -> None:
    facts = _scores("Ostley scored 71.6 out of 100 in the table.\n",
                    PLACED + "It scored 72.6 out of 100 in the table.\n")
    assert (Verdict.DIVERGE, ["71.6 out of 100", "72.6 out of 100"]) in facts, facts


def test_one_colleges_score_under_its_short_and_full_name_still_diverges() -> None:
    facts = _scores("Ostley scored 71.6 out of 100 in the table.\n",
                    "Ostley College of Art scored 72.6 out of 100 in the table.\n")
    assert (Verdict.DIVERGE, ["71.6 out of 100", "72.6 out of 100"]) in facts, facts


def _org(source: str, start: int, name: str, canonical: str) -> Mention:
    return Mention(source=source, kind=Kind.ORG, passage=0, span=Span(start, start + len(name)), raw=name,
                   value=Entity(canonical, "org"), slot="org")


def _figure(source: str, text: str, raw: str) -> Mention:
    start = text.index(raw)
    return Mention(source=source, kind=Kind.NUMBER, passage=0, span=Span(start, start + len(raw)), raw=raw,
                   value=Quantity(Decimal(raw.split()[0])), slot="score")


def _subjects(text: str, figure: str) -> dict[int, str]:
    orgs = [_org("s", text.index(name), name, name)
            for name in ("Ostley College of Art", "Brackley Institute of Science") if name in text]
    ms = [*orgs, _figure("s", text, figure)]
    return subject_orgs(ms, {"s": text}, [len(ms) - 1])


def test_short_forms_are_the_words_only_one_body_has() -> None:
    ms = [_org("s", 0, "Ostley College of Art", "Ostley College of Art"),
          _org("s", 30, "Brackley Institute of Science", "Brackley Institute of Science"),
          _org("s", 70, "Ostley Trust", "Ostley Trust")]
    # "Ostley" names two bodies, "College"/"Institute" are head words, "Art"/"Science" are common words
    assert short_forms(ms) == {"Brackley": "Brackley Institute of Science"}


def test_subject_is_the_one_body_named_before_the_figure() -> None:
    text = ("Ostley College of Art and Brackley Institute of Science were both ranked. "
            "Brackley, top for a third year, scored 91.4 out of 100.")
    assert list(_subjects(text, "91.4 out of 100").values()) == ["Brackley Institute of Science"]


def test_no_subject_for_a_teller_two_bodies_or_a_dummy_it() -> None:
    told = ("Ostley College of Art and Brackley Institute of Science were both ranked. "
            "Brackley said it had scored 91.4 out of 100.")
    both = ("Ostley College of Art and Brackley Institute of Science were both ranked. "
            "Brackley beat Ostley, which scored 72.6 out of 100.")
    dummy = ("Brackley Institute of Science topped the table again. "
             "It is thought 130 colleges were ranked.")
    assert _subjects(told, "91.4 out of 100") == {}
    assert _subjects(both, "72.6 out of 100") == {}
    assert _subjects(dummy, "130") == {}
