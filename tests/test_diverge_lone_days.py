"""Two calendar days of one sure claim, each its sentence's only day and a few days apart, are rivals.

"The boiler failed on 9 March, after ..." against "Residents lost heating
and hot water on March 10 when ..." date one breakdown though the
sentences share few words; "on 9 March" against "at an inquest on 21 May"
date two events of the story, and a passage whose "in May" holds its
partner's day names that day's event itself.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article
from sourcediff.compare import judge
from sourcediff.divergedays import lone_days, passage_dates
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, SourceInfo, Span, Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import DateValue


def day(source: str, passage: int, raw: str, on: dt.date) -> Mention:
    return Mention(kind=Kind.DATE, slot="date", raw=raw, value=DateValue(on, on),
                   source=source, passage=passage, span=Span(0, len(raw)))


def month(source: str, passage: int, raw: str, first: dt.date, last: dt.date) -> Mention:
    return Mention(kind=Kind.DATE, slot="date", raw=raw, value=DateValue(first, last, precision="month"),
                   source=source, passage=passage, span=Span(20, 20 + len(raw)))


MAR9 = day("a", 2, "9 March", dt.date(2027, 3, 9))
MAR10 = day("b", 3, "March 10", dt.date(2027, 3, 10))


def test_two_lone_days_a_day_apart_are_rivals() -> None:
    assert lone_days(MAR9, MAR10, passage_dates([MAR9, MAR10]))


def test_an_event_day_and_a_hearing_weeks_later_stay_apart() -> None:
    inquest = day("b", 3, "21 May", dt.date(2027, 5, 21))
    assert not lone_days(MAR9, inquest, passage_dates([MAR9, inquest]))


def test_the_same_day_is_no_rival() -> None:
    again = day("b", 3, "March 9", dt.date(2027, 3, 9))
    assert not lone_days(MAR9, again, passage_dates([MAR9, again]))


def test_a_passage_with_two_days_states_no_one_day() -> None:
    second = day("a", 2, "11 March", dt.date(2027, 3, 11))
    assert not lone_days(MAR9, MAR10, passage_dates([MAR9, second, MAR10]))


def test_a_weekday_or_a_month_is_no_day_of_a_month() -> None:
    weekday = Mention(kind=Kind.DATE, slot="date", raw="Wednesday", source="b", passage=3, span=Span(0, 9),
                      value=DateValue(dt.date(2027, 3, 10), dt.date(2027, 3, 10)))
    assert not lone_days(MAR9, weekday, passage_dates([MAR9, weekday]))


def test_a_month_beside_one_day_that_holds_the_partners_day_dates_it_already() -> None:
    # "admitted the breach in March, after the boiler failed on 2 February" against "at a hearing on 6 March":
    # the month dates the hearing again, the day is the failure's
    feb2 = day("a", 2, "2 February", dt.date(2027, 2, 2))
    in_march = month("a", 2, "March", dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    hearing = day("b", 3, "6 February", dt.date(2027, 2, 6))
    in_feb = month("a", 2, "February", dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    assert lone_days(feb2, hearing, passage_dates([feb2, in_march, hearing]))
    assert not lone_days(feb2, hearing, passage_dates([feb2, in_feb, hearing]))


BOILER_A = ("The association admitted two breaches of its repair duties in May after the communal boiler at "
            "Corran House failed on 9 March.")


def _days(b: str) -> list[tuple[Verdict, list[str]]]:
    """The date facts the judge finds when a sure claim holds the two sentences."""
    texts = [f"Harlow Vale Homes was fined on Monday.\n\n{BOILER_A}",
             f"Tenants were left in the cold.\n\n{b}"]
    s = tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-06-14")) for n, t in enumerate(texts))
    claims = (Claim("c1", 0.8, (_passage(s[0], "Corran"), _passage(s[1], "March"))),)
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in judge(s, claims) if f.kind is Kind.DATE]


def _passage(s: SourceInfo, words: str) -> ClaimPassage:
    return next(ClaimPassage(s.article.id, p.index) for p in s.passages if words in p.text)


def test_a_planted_day_in_a_sure_claim_diverges() -> None:
    found = _days("The breakdown began on 10 March, when the main burner tripped out and could not be "
                  "restarted.")
    assert (Verdict.DIVERGE, ["10 March", "9 March"]) in found, found


def test_a_hearing_weeks_after_the_failure_in_a_sure_claim_stays_its_own_fact() -> None:
    found = _days("The landlord's case was heard on 21 March, when its lawyers blamed a supplier.")
    assert not any(status is Verdict.DIVERGE for status, _ in found), found
