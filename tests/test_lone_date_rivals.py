"""A lone calendar date contradicting an aligned partner of an agreed date joins it, diverging.

Three outlets give an appeal hearing as "9 May" / "May 9"; a fourth writes
"judges would hear the appeal on 16 May" in a sentence the aligner seats with
one of the three outlets' sentences, while the agreed 9 May gathered in another
claim: the 16 May stayed a detail only the fourth outlet had and the divergence
was lost (lonedates.join_lone_date_rivals). The tests hand the join the judged
facts directly, with a stand-in for the evidence that says which passages share
a claim.
"""

from __future__ import annotations

import datetime as dt

from sourcediff.lonedates import join_lone_date_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import DateValue

ORDER = {"wire": 0, "paper": 1, "trade": 2, "radio": 3}
ALL = ["wire", "paper", "trade", "radio"]


class _Claims:
    """Only what the join asks of the evidence: the claim two mentions' passages share, the words
    around each day ("hear" and "appeal" unless told otherwise) and the articles' days."""

    def __init__(self, *together: tuple[str, str], words: dict[str, frozenset[str]] | None = None,
                 published: dict[str, dt.date] | None = None) -> None:
        self.together = {frozenset(p) for p in together}
        self.words = words or {}
        self.published = published or {}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c7" if frozenset((a.source, b.source)) in self.together else None

    def window(self, m: Mention) -> frozenset[str]:
        return self.words.get(m.source, frozenset({"hear", "appeal"}))


def _date(source: str, day: int, raw: str, *, passage: int = 4, precision: str = "day",
          cues: tuple[str, ...] = ()) -> Mention:
    d = dt.date(2026, 5, day)
    return Mention(Kind.DATE, source, passage, Span(10 * passage, 10 * passage + len(raw)), raw,
                   DateValue(d, d, precision), "date", cues=cues)


def _agreed(*ms: Mention) -> Judged:
    return (list(ms), Verdict.AGREE, "c3", None)


def _lone(m: Mention) -> Judged:
    return ([m], Verdict.UNIQUE, "c7", None)


def _run(facts: list[Judged], ctx: _Claims, extra: tuple[Mention, ...] = ()) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    out = join_lone_date_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, sorted({m.source for m in group}, key=ORDER.__getitem__)) for group, v, *_ in out)


AGREED = (_date("wire", 9, "May 9"), _date("trade", 9, "9 May"), _date("radio", 9, "9 May"))


def test_a_lone_date_aligned_with_one_of_three_agreeing_makes_the_fact_diverge() -> None:
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ALL)]


def test_unaligned_it_stays_the_outlets_own() -> None:
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims()) == [("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def test_a_source_naming_the_agreed_day_too_tells_two_events() -> None:
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "16 May"))]
    also = (_date("paper", 9, "9 May", passage=9),)
    assert _run(facts, _Claims(("paper", "wire")), also) == [("agree", ["wire", "trade", "radio"]),
                                                              ("unique", ["paper"])]


def test_a_passage_naming_two_days_does_not_say_which_it_disputes() -> None:
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "16 May"))]
    other = (_date("paper", 2, "2 May"),)  # same passage as the lone date
    assert _run(facts, _Claims(("paper", "wire")), other) == [("agree", ["wire", "trade", "radio"]),
                                                               ("unique", ["paper"])]


def test_a_weekday_is_no_written_calendar_date() -> None:
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "Saturday"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("agree", ["wire", "trade", "radio"]),
                                                        ("unique", ["paper"])]


def test_two_sources_are_no_consensus() -> None:
    facts = [_agreed(*AGREED[:2]), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("agree", ["wire", "trade"]), ("unique", ["paper"])]


def test_publication_stamps_never_rival() -> None:
    """Pages' date lines ("Posted on May 16, 2026 6:07 PM"): publishing days later disagrees on nothing."""
    stamps = [_date(s, 9, "May 9, 2026", cues=("stamp",)) for s in ("wire", "trade", "radio")]
    late = _date("paper", 16, "May 16, 2026", cues=("stamp",))
    assert _run([_agreed(*stamps), _lone(late)], _Claims(("paper", "wire"))) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]
    # nor does an event's date rival three outlets' stamps, or a stamp three outlets' event date
    event = _date("paper", 16, "16 May")
    assert _run([_agreed(*stamps), _lone(event)], _Claims(("paper", "wire"))) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]
    assert _run([_agreed(*AGREED), _lone(late)], _Claims(("paper", "wire"))) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def test_a_partner_worded_apart_around_its_day_dates_another_step() -> None:
    # "a standards hearing on 16 May" against "due back before the panel on 9 May": no word alike
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "16 May"))]
    words = {"paper": frozenset({"standard", "hear"}), "wire": frozenset({"due", "back", "panel"})}
    assert _run(facts, _Claims(("paper", "wire"), words=words)) == [("agree", ["wire", "trade", "radio"]),
                                                                    ("unique", ["paper"])]


def test_a_dissenter_planning_two_days_may_date_another_step() -> None:
    # published on 3 May, the paper plans 16 May and 20 May: which of them is the appeal's?
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "16 May"))]
    also = (_date("paper", 20, "20 May", passage=9),)
    ctx = _Claims(("paper", "wire"), published={"paper": dt.date(2026, 5, 3)})
    assert _run(facts, ctx, also) == [("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]
    # a day already past beside it is no second plan
    past = (_date("paper", 1, "1 May", passage=9),)
    assert _run(facts, ctx, past) == [("diverge", ALL)]


def test_an_agreed_day_spelled_as_an_ordinal_still_takes_the_rival() -> None:
    """ "the ninth of May" is as written a calendar day as "9 May" (patterns.DATE_DMY_WORDS)."""
    agreed = (_date("wire", 9, "May 9"), _date("trade", 9, "9 May"), _date("radio", 9, "the ninth of May"))
    facts = [_agreed(*agreed), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ALL)]


def test_a_spelled_ordinal_that_is_no_day_is_not_read_as_one() -> None:
    agreed = (_date("wire", 9, "May 9"), _date("trade", 9, "9 May"), _date("radio", 9, "the ninth time"))
    facts = [_agreed(*agreed), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("agree", ["wire", "trade", "radio"]),
                                                        ("unique", ["paper"])]


def _month(source: str, month: int, raw: str, *, passage: int = 1) -> Mention:
    first = dt.date(2026, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return Mention(Kind.DATE, source, passage, Span(10 * passage, 10 * passage + len(raw)), raw,
                   DateValue(first, last, "month"), "date")


def test_the_month_a_lede_names_around_the_agreed_day_does_not_unmake_the_agreement() -> None:
    # "the hearing is set for May" up top and "on 9 May" below: the month names no other day.
    facts = [_agreed(*AGREED, _month("wire", 5, "May")), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ALL)]


def _season(source: str, first: dt.date, last: dt.date, raw: str, *, passage: int = 1) -> Mention:
    """A season named in a lede ("from next autumn"), resolved to its span of months."""
    return Mention(Kind.DATE, source, passage, Span(10 * passage, 10 * passage + len(raw)), raw,
                   DateValue(first, last, "season"), "date")


SPRING = (dt.date(2026, 3, 1), dt.date(2026, 5, 31))


def test_a_season_a_lede_names_around_the_agreed_day_does_not_unmake_the_agreement() -> None:
    # "the hearing comes this spring" up top and "on 9 May" below: the season names no other day.
    facts = [_agreed(*AGREED, _season("wire", *SPRING, "this spring")), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ALL)]


def test_the_dissenters_own_season_in_the_fact_is_no_vote_for_the_agreed_day() -> None:
    # The fourth outlet's lede says "this spring" (gathered with the others' 9 May) and its body
    # "on 16 May": its only written day is still the rival.
    facts = [_agreed(*AGREED, _season("paper", *SPRING, "this spring")), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ALL)]


def test_the_dissenters_own_month_in_the_fact_is_no_vote_either() -> None:
    facts = [_agreed(*AGREED, _month("paper", 5, "May")), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ALL)]


def test_the_dissenter_writing_the_agreed_day_in_the_fact_still_tells_two_events() -> None:
    facts = [_agreed(*AGREED, _date("paper", 9, "9 May", passage=9)), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("agree", ALL), ("unique", ["paper"])]


def test_a_month_that_does_not_hold_the_agreed_day_still_leaves_the_fact_alone() -> None:
    facts = [_agreed(*AGREED, _month("wire", 6, "June")), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("agree", ["wire", "trade", "radio"]),
                                                       ("unique", ["paper"])]


def test_a_month_alone_never_stands_as_a_partner() -> None:
    # Only the month shares a claim with the dissenter: its sentence never wrote the agreed day.
    month = _month("trade", 5, "May", passage=2)
    facts = [_agreed(*AGREED, month), _lone(_date("paper", 16, "16 May"))]

    class _OnlyMonth(_Claims):
        def shared_claim(self, a: Mention, b: Mention) -> str | None:
            return "c7" if b is month or a is month else None

    assert _run(facts, _OnlyMonth()) == [("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def _weekday(source: str, day: int, raw: str, *, passage: int = 4) -> Mention:
    """A weekday resolved against its article's date ("next Saturday" in a piece dated days before)."""
    d = dt.date(2026, 5, day)
    return Mention(Kind.DATE, source, passage, Span(10 * passage, 10 * passage + len(raw)), raw,
                   DateValue(d, d, "day"), "date")


def test_a_weekday_resolved_to_the_agreed_day_counts_as_one_more_outlet() -> None:
    # "May 9" and "9 May" in two outlets, "next Saturday" (the 9th) in a third, "16 May" in a fourth
    agreed = (_date("wire", 9, "May 9"), _date("trade", 9, "9 May"), _weekday("radio", 9, "next Saturday"))
    facts = [_agreed(*agreed), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ALL)]


def test_a_weekday_resolved_to_another_day_still_breaks_the_agreement() -> None:
    agreed = (_date("wire", 9, "May 9"), _date("trade", 9, "9 May"), _date("radio", 9, "9 May"),
              _weekday("radio", 8, "Friday", passage=6))
    facts = [_agreed(*agreed), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("agree", ["wire", "trade", "radio"]),
                                                        ("unique", ["paper"])]


def test_a_weekday_is_never_the_dissenters_partner() -> None:
    # only the weekday shares a claim with the dissenter: no written day to set against its own
    agreed = (_date("wire", 9, "May 9"), _date("trade", 9, "9 May"), _weekday("radio", 9, "next Saturday"))
    facts = [_agreed(*agreed), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "radio"))) == [("agree", ["wire", "trade", "radio"]),
                                                         ("unique", ["paper"])]


def test_two_written_days_and_no_weekday_are_still_no_consensus() -> None:
    agreed = (_date("wire", 9, "May 9"), _date("trade", 9, "9 May"))
    facts = [_agreed(*agreed), _lone(_date("paper", 16, "16 May"))]
    assert _run(facts, _Claims(("paper", "wire"))) == [("agree", ["wire", "trade"]), ("unique", ["paper"])]


# A dissenter's day the aligner seated in no claim with the agreed day's passages: its sentence's words
# must say it dates the same thing (lonedates._told_alike). Invented passages, by (source, passage).
_MAY = {s: dt.date(2026, 5, 2) for s in ALL}
_REOPEN = {("wire", 4): "The city museum will reopen on May 9 after a two-year refit, the council said.",
           ("trade", 4): "Ashby's museum reopens on 9 May once the refit of its galleries is done.",
           ("radio", 4): "The refit is over and the museum will reopen on 9 May."}


def _alone(paper: str, texts: dict[tuple[str, int], str] | None = None,
           published: dict[str, dt.date] | None = None, *, extra: tuple[Mention, ...] = (),
           day: int = 16, raw: str = "16 May") -> list[tuple[str, list[str]]]:
    facts = [_agreed(*AGREED), _lone(_date("paper", day, raw, passage=6))]
    ctx = _Claims(published=published or _MAY)
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    given = {**_REOPEN, ("paper", 6): paper, **(texts or {})}
    out = join_lone_date_rivals(facts, mentions, ctx, ORDER, given)  # type: ignore[arg-type]
    return sorted((v.value, sorted({m.source for m in group}, key=ORDER.__getitem__)) for group, v, *_ in out)


def test_a_lone_day_in_no_claim_whose_sentence_dates_the_same_thing_diverges() -> None:
    # "opens its doors" against "reopen": the museum, in every agreeing source's sentence, is the thing dated
    assert _alone("The museum opens its doors on Saturday 16 May.") == [("diverge", ALL)]


def test_a_lone_day_of_another_event_stays_the_outlets_own() -> None:
    assert _alone("Councillors will hold a public meeting on 16 May.") == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def test_a_lone_day_the_others_state_elsewhere_stays_alone() -> None:
    # the wire dates a second thing 16 May: a source giving both tells two events
    also = (_date("wire", 16, "May 16", passage=9),)
    assert _alone("The museum opens its doors on 16 May.", extra=also) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def test_words_meeting_two_agreeing_sources_only_are_not_enough() -> None:
    texts = {("radio", 4): "It is over: doors open again on 9 May."}
    assert _alone("The museum's refit galleries are ready on 16 May.", texts) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def test_date_words_alone_are_nothing_told_alike() -> None:
    texts = {k: f"{v} It was a May day." for k, v in _REOPEN.items()}
    assert _alone("Saturday 16 May, a day in May.", texts) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def test_a_day_still_planned_is_no_rival_of_a_day_past() -> None:
    # the others wrote after the reopening on 9 May; the paper, on the 12th, announces a later talk there
    published = {"wire": dt.date(2026, 5, 10), "trade": dt.date(2026, 5, 10), "radio": dt.date(2026, 5, 11),
                 "paper": dt.date(2026, 5, 12)}
    assert _alone("The museum's curator will give a talk on 20 May.", published=published, day=20,
                  raw="20 May") == [("agree", ["wire", "trade", "radio"]), ("unique", ["paper"])]


def test_without_the_passages_texts_a_lone_day_in_no_claim_stays_alone() -> None:
    facts = [_agreed(*AGREED), _lone(_date("paper", 16, "16 May", passage=6))]
    assert _run(facts, _Claims(published=_MAY)) == [("agree", ["wire", "trade", "radio"]),
                                                    ("unique", ["paper"])]
