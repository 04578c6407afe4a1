"""A deadline at a month's end ("by the end of September") meets a day deadline as the month's last day.

The extractor reads "the end of October" as the whole month and a month
meets only a month, so one set of closures "by the end of October" (wire),
"by 31 October" (trade paper) and "by the end of September" (local paper)
were three lone dates and the local paper's deadline divergence was lost.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sourcediff.divergeslots import _guessed_year_apart, _month_end_day
from sourcediff.model import Article, Kind, Mention
from sourcediff.pipeline import analyse, compare_analysed
from sourcediff.values import DateValue


def _dates(text: str, published: str = "2027-05-04") -> list[Mention]:
    art = analyse(Article.from_text(text, id="s0", published=published))
    return [m for m in art.mentions if m.kind is Kind.DATE]


def _one(text: str, raw: str) -> Mention:
    return next(m for m in _dates(text) if m.raw == raw)


def test_end_of_month_deadline_is_its_last_day() -> None:
    text = "The chain said the closures would be completed by the end of October, putting 300 jobs at risk."
    m = _one(text, "October")
    assert m.value == DateValue(dt.date(2027, 10, 1), dt.date(2027, 10, 31), "month")
    assert _month_end_day(m, text).value == DateValue(dt.date(2027, 10, 31), dt.date(2027, 10, 31), "day")


def test_until_the_end_of_month_is_read_too() -> None:
    text = "The consultation on the depot will run until the end of June, the council said."
    m = _one(text, "June")
    assert _month_end_day(m, text).value == DateValue(dt.date(2027, 6, 30), dt.date(2027, 6, 30), "day")


def test_month_without_deadline_end_is_left_whole() -> None:
    for text in ("The depot will reopen in October after repairs, the council said.",
                 "Work starts at the end of October, the council said."):
        m = _one(text, "October")
        assert _month_end_day(m, text) is m


def test_guessed_year_is_no_year_divergence() -> None:
    text = "The chain said the closures would be completed by the end of October, putting 300 jobs at risk."
    guessed = _month_end_day(_one(text, "October"), text)
    written = _one("The chain will shut the shops by 31 October 2029, it said.", "31 October 2029")
    assert _guessed_year_apart(guessed, written)  # 2027 was guessed: no year divergence
    other_month = replace(written, value=DateValue(dt.date(2029, 9, 30), dt.date(2029, 9, 30), "day"))
    assert not _guessed_year_apart(guessed, other_month)


_CLOSURES = (
    "Harlow & Pym cut its profit forecast on Tuesday and said it would close 31 of its 205 shops.\n\n"
    "The shop closures, which the chain said would be finished by the end of June, put about 640 jobs "
    "at risk.\n\n"
    "Its shares fell 18% to 96p.",
    "Harlow & Pym will close 31 of its 205 shops by 30 June, mostly small units in secondary high "
    "streets.\n\n"
    "About 640 roles are affected, the homewares chain said.\n\n"
    "The shares ended the day 18% lower at 96p.",
    "Harlow & Pym announced on Tuesday that it would shut 31 of its 205 shops by the end of May, putting "
    "about 640 jobs at risk.\n\n"
    "Staff at the town's branch were told on Thursday.\n\n"
    "Shares in the company fell 18 per cent to 96 pence.",
)


def _deadline_rivals(texts: tuple[str, ...]) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    from sourcediff.align import score_pairs
    from sourcediff.divergeslots import _deadline_pairs
    from sourcediff.evidence import build_evidence

    report = compare_analysed(tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-05-04"))
                                    for n, t in enumerate(texts)))
    ctx = build_evidence(report.sources, report.claims, score_pairs(report.sources))
    ms = [m for s in report.sources for m in s.mentions]
    return {((ms[i].source, ms[i].raw), (ms[j].source, ms[j].raw)) for i, j in _deadline_pairs(ms, ctx)}


def test_month_end_deadline_rivals_another_months_end() -> None:
    rivals = _deadline_rivals(_CLOSURES)
    # The wire's "by the end of June" against the local paper's "by the end of May" (was no deadline at all).
    assert (("s0", "June"), ("s2", "May")) in rivals
    # The trade paper's "by 30 June" against the same "by the end of May".
    assert (("s1", "30 June"), ("s2", "May")) in rivals
    # The end of June and 30 June are one deadline.
    assert (("s0", "June"), ("s1", "30 June")) not in rivals


def test_same_month_end_is_no_rival() -> None:
    agreeing = (_CLOSURES[0], _CLOSURES[1], _CLOSURES[2].replace("by the end of May", "by the end of June"))
    assert not _deadline_rivals(agreeing)


def test_month_end_deadline_sharing_one_word_is_no_rival() -> None:
    """A ticket desk's opening hours "until the end of March" are no rival of a ferry's return day."""
    texts = (
        "The ferry Brantholm has been withdrawn from the Ossory crossing until 12 March after an engine "
        "fault.",
        "Refunds can be claimed at the Ossory ticket desk, which stays open on Sundays until the end of "
        "March.",
    )
    assert not _deadline_rivals(texts)
