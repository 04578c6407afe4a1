"""A day told by the day just named ("the same day", "the next day") is that day, moved as the words say.

"Leader Thaddeus Scurlock announced his resignation the same day" (the day of the commissioners, named in
the paragraph before) was read as no date, so the trade site's resignation sentence had no day to pair with
the other outlets' "resigned last Wednesday" and the aligner seated the commissioners' sentence in its
place (councildebt, benchmarks/notes/councildebt_story.md).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.extract import anaphoricdays
from sourcediff.model import Kind, Mention, Passage, Span
from sourcediff.pipeline import analyse
from sourcediff.values import DateValue


def dates(text: str, published: str = "2027-05-14") -> list[tuple[str, str]]:
    info = analyse(Article.from_text("Borough in crisis\n\n" + text, id="s0", published=published))
    return [(m.raw, m.value.canonical()) for m in info.mentions if m.kind.value == "date"]


def test_the_same_day_is_the_day_named_before() -> None:
    text = ("The minister appointed two commissioners on Wednesday. The chief executive announced her "
            "resignation the same day, saying the failure was hers.")
    assert dates(text) == [("Wednesday", "2027-05-12"), ("the same day", "2027-05-12")]


def test_the_day_may_be_named_a_paragraph_before() -> None:
    text = ("The minister appointed two commissioners on Wednesday for a period of 18 months.\n\n"
            "The lead commissioner is a former treasurer of a county council. The minister said the "
            "borough had lost the trust of its residents.\n\n"
            "The chief executive announced her resignation the same day.")
    assert ("the same day", "2027-05-12") in dates(text)


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("He signed the confession on 3 May after nine hours of questioning. He retracted it the next day.",
     "the next day", "2027-05-04"),
    ("The vote was held on Tuesday. The day before, about 200 protesters gathered at the gates.",
     "The day before", "2027-05-10"),
    ("The reactor was shut down on 2 April. Engineers found the crack the following day.",
     "the following day", "2027-04-03"),
    ("The first lorries crossed at 9am on Monday, and the last later that day.",
     "later that day", "2027-05-10"),
])
def test_a_day_moved_from_the_day_named(text: str, raw: str, day: str) -> None:
    assert (raw, day) in dates(text)


@pytest.mark.parametrize("text", [
    "A decision is expected within the next day or two, the council said.",
    "The twins were born on 4 June 1927 and celebrated their birthday on the same day as their mother.",
    "The firm was fined in March. It apologised the same day.",  # a month names no one day
    "It apologised the same day, a spokesman said.",  # no day named before it
    "The strike began on Monday. Talks are due the day before the next board meeting.",
])
def test_no_day_without_one_day_named_near(text: str) -> None:
    assert not [d for d in dates(text) if "day" in d[0].lower() and d[0].lower().startswith(("the", "later"))]



def test_the_next_day_after_the_calendars_last_is_no_date_and_no_crash() -> None:
    """On the calendar's last day there is no next day: the phrase stays undated, the day before is read.

    Adding a day to 9999-12-31 raises OverflowError, which stopped the whole compare with an internal error.
    """
    text = "The council met on 31 December. The leader resigned the next day. The day before, talks failed."
    passages = [Passage("s0", i, 0, Span(start, start + len(s)), s, s.lower())
                for i, (start, s) in enumerate(_sentences(text))]
    at = text.index("31 December")
    named = Mention(Kind.DATE, "s0", 0, Span(at, at + 11), "31 December",
                    DateValue(dt.date(9999, 12, 31), dt.date(9999, 12, 31)), slot="date")
    found = {m.raw: m.value.canonical() for m in anaphoricdays.find(text, passages, [named])}
    assert found == {"The day before": "9999-12-30"}


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for part in text.split(". "):
        piece = part if part.endswith(".") else part + "."
        out.append((text.index(piece, start), piece))
        start = out[-1][0] + len(piece)
    return out
