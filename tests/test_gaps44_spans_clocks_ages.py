"""Three fact gaps closed by general rules; every text here is invented.

* A hyphenated span ("a 180-day lock-up") carries the noun it modifies, so a
  bare span was never its rival; a span written "of" that noun ("a lock-up of
  six months") now is: they agree within the coarser unit and diverge beyond.
* One end of a clock range that is plainly 24-hour ("10:00-18:00") puts the
  other end on the 24-hour clock too, so "10:00" is read and meets "10am".
* An age that refers back ("The 54-year-old ...", "Aged 52, ...") belongs to
  the one person its sentence and the one before name.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import extract
from sourcediff.model import Kind, Verdict
from sourcediff.segment import segment


def _report(*texts: str):  # type: ignore[no-untyped-def]
    return compare([Article.from_text(t, id=f"s{i}") for i, t in enumerate(texts)])


def _fact(report, raw: str):  # type: ignore[no-untyped-def]
    return next(f for f in report.facts if any(m.raw == raw for m in f.mentions))


def _mentions(text: str):  # type: ignore[no-untyped-def]
    article = Article.from_text(text, id="x")
    return extract(article, segment(article))


LOCK = "Early backers of Pelloway Foods agreed to a {} on their shares after the listing, the company said."


@pytest.mark.parametrize(("first", "second", "status"), [
    ("180-day lock-up", "lock-up of six months", Verdict.AGREE),
    ("90-day lock-up", "lock-up of three months", Verdict.AGREE),
    ("90-day lock-up", "lock-up of six months", Verdict.DIVERGE),
    ("180-day lock-up", "lock-up of one year", Verdict.DIVERGE),
])
def test_a_hyphenated_span_meets_a_span_of_its_noun(first: str, second: str, status: Verdict) -> None:
    report = _report(LOCK.format(first), LOCK.format(second).replace(", the company said", ""))
    fact = _fact(report, first.split()[0])
    assert fact.status is status, (fact.status, fact.summary)
    assert fact.sources == ("s0", "s1") or set(fact.sources) == {"s0", "s1"}


def test_a_hyphenated_span_is_still_no_rival_of_a_span_of_another_thing() -> None:
    report = _report("The club handed its coach a three-year contract on Monday, the board said.",
                     "The club handed its coach a contract on Monday after a suspension of two years.")
    contract = _fact(report, "three-year")
    assert contract.status is not Verdict.DIVERGE, contract.summary


def test_a_span_of_a_noun_names_that_noun_weakly() -> None:
    cues = {m.raw: m.cues for m in _mentions("The court handed him a jail term of about 12 years.")}
    assert cues["about 12 years"] == ("of:jail", "of:term")


@pytest.mark.parametrize("text", [
    "The new wing will be open 10:00-18:00 daily from Saturday.",
    "The new wing will be open 10:00 to 18:00 daily from Saturday.",
    "The new wing will be open between 10:00 and 18:00 daily from Saturday.",
])
def test_a_clock_range_with_a_24_hour_end_reads_both_ends(text: str) -> None:
    clocks = [(m.value.hour, m.value.minute) for m in _mentions(text) if m.kind is Kind.TIME]
    assert clocks == [(10, 0), (18, 0)]


def test_a_lone_ambiguous_clock_is_still_dropped() -> None:
    assert not [m for m in _mentions("Doors open at 10:00, the organisers said.") if m.kind is Kind.TIME]


def test_opening_hours_compare_end_by_end() -> None:
    report = _report("The new wing will be open 10:00-18:00 daily from Saturday, the director said.",
                     "The new wing will be open from 10am until 5pm daily from Saturday.")
    opening, closing = _fact(report, "10:00"), _fact(report, "18:00")
    assert opening.status is Verdict.AGREE and set(opening.sources) == {"s0", "s1"}
    assert closing.status is Verdict.DIVERGE and any(m.raw == "5pm" for m in closing.mentions)


APPOINTED = "Harriet Kovacs was named head of the Tallow Valley water board on Friday. "


def test_an_age_that_refers_back_is_the_named_persons() -> None:
    report = _report(APPOINTED + "The 61-year-old previously ran the county's flood team.",
                     "The Tallow Valley water board has a new head, officials said on Friday.",
                     "Harriet Kovacs, 63, takes over the Tallow Valley water board.")
    age = _fact(report, "61-year-old")
    assert age.status is Verdict.DIVERGE, age.summary
    assert any(m.raw == "63" for m in age.mentions)


def test_aged_at_the_start_of_a_sentence_refers_back() -> None:
    report = _report(APPOINTED + "Aged 61, she previously ran the county's flood team.",
                     "The Tallow Valley water board has a new head, officials said on Friday.",
                     "Harriet Kovacs, 63, takes over the Tallow Valley water board.")
    assert _fact(report, "63").status is Verdict.DIVERGE


@pytest.mark.parametrize("second", [
    # two people in focus: the age is nobody's in particular
    "Harriet Kovacs replaced Tomas Brandt on Friday. The 61-year-old previously ran the flood team.",
    # an indefinite age introduces someone else
    APPOINTED + "A 61-year-old man was also hurt in the flooding.",
    # "the 61-year-old driver" may be another person
    APPOINTED + "The 61-year-old driver of the truck was unhurt.",
])
def test_an_age_of_someone_else_stays_out(second: str) -> None:
    report = _report("Harriet Kovacs, 63, takes over the Tallow Valley water board, officials said.", second)
    age = _fact(report, "63")
    assert age.status is not Verdict.DIVERGE, age.summary


@pytest.mark.parametrize(("text", "raw"), [
    ("Crews fought the moorland blaze for a day and a half before it was contained.", "a day and a half"),
    ("Crews fought the moorland blaze for nearly a day and a half.", "nearly a day and a half"),
    ("Crews fought the moorland blaze for two and a half days.", "two and a half days"),
])
def test_a_span_and_a_half_reads_as_written(text: str, raw: str) -> None:
    assert [m.raw for m in _mentions(text) if m.kind is Kind.NUMBER] == [raw]


@pytest.mark.parametrize(("hours", "status"), [("36", Verdict.AGREE), ("48", Verdict.DIVERGE)])
def test_hours_against_a_day_and_a_half(hours: str, status: Verdict) -> None:
    report = _report(f"Crews fought the moorland blaze for {hours} hours before it was put out, police said.",
                     "Crews fought the moorland blaze for a day and a half before it was contained.")
    fact = _fact(report, "a day and a half")
    assert fact.status is status, fact.summary
