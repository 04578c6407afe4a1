"""A month written with its year is a value outlets can contradict: "last inspected in May 2025" against
"October 2024", when the others agree on one month (divergeconsensus, divergepair.written_month)."""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.divergepair import written_month
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import DateValue


def _month_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-11-18") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.DATE and all(" " in m.raw for m in f.mentions))


# Invented: a footbridge over the River Tallow gives way; three outlets date its last inspection alike,
# in sentences that also give the year it opened or the year its repairs were planned for.
WIRE = ("The Carrow footbridge over the River Tallow collapsed on Monday evening, injuring four people, "
        "the Tallow county council said.\n\n"
        "The bridge, opened in 1987, was last inspected in {}, when engineers rated it fair but "
        "recommended replacing its bearings, according to council records.")
TRADE = ("The 48 m steel footbridge at Carrow collapsed into the River Tallow on Monday; four people were "
         "hurt, the county council said.\n\n"
         "The routine inspection of {} rated the structure fair but recommended new bearings; the "
         "replacement was planned for 2028.")
TABLOID = ("Four people were hurt when the Carrow footbridge plunged into the River Tallow on Monday, the "
           "council said.\n\n"
           "Inspectors warned in {} that the bridge's bearings were worn out - and the repairs were put "
           "off until 2028.")
LOCAL = ("The Carrow footbridge collapsed into the River Tallow on Monday and four people were hurt, the "
         "council said.\n\n"
         "Readers have asked about safety checks. The bridge was last inspected in {}, and the "
         "inspectors asked for new bearings.")


def test_a_lone_different_month_of_one_step_diverges() -> None:
    """The local paper's short sentence scores low against the wire's long one, yet the words around the
    two months ("last inspected") name one inspection, and three outlets agree on the month."""
    facts = _month_facts(WIRE.format("May 2025"), TRADE.format("May 2025"), TABLOID.format("May 2025"),
                         LOCAL.format("October 2024"))
    assert ("diverge", ["May 2025", "May 2025", "May 2025", "October 2024"]) in facts, facts


def test_the_same_month_agrees() -> None:
    facts = _month_facts(WIRE.format("May 2025"), TRADE.format("May 2025"), TABLOID.format("May 2025"),
                         LOCAL.format("May 2025"))
    assert all(status != "diverge" for status, _ in facts), facts
    assert ("agree", ["May 2025"] * 4) in facts, facts


def test_one_against_one_stays_apart() -> None:
    """Two sources alone, worded apart: nothing says that both months date one step."""
    facts = _month_facts(WIRE.format("May 2025"), TABLOID.format("October 2024"))
    assert all(status != "diverge" for status, _ in facts), facts


def test_one_against_one_dated_by_the_same_words_diverges() -> None:
    """Two sources alone whose words right before the month are the same ("last inspected"): one step
    dated twice, with no consensus needed (divergemonths)."""
    facts = _month_facts(WIRE.format("May 2025"), LOCAL.format("October 2024"))
    assert ("diverge", ["May 2025", "October 2024"]) in facts, facts


def test_a_month_of_another_step_stays_apart() -> None:
    """A month the bridge was repainted is no rival of the month the others say it was inspected."""
    painted = ("The Carrow footbridge collapsed into the River Tallow on Monday and four people were hurt, "
               "the council said.\n\n"
               "The bridge was repainted in October 2024, and its lighting was renewed.")
    facts = _month_facts(WIRE.format("May 2025"), TRADE.format("May 2025"), TABLOID.format("May 2025"),
                         painted)
    assert all(status != "diverge" for status, _ in facts), facts


def test_a_dissenter_also_giving_the_agreed_month_stays_apart() -> None:
    """A source that gives both months tells two steps, whatever its sentence beside the others'."""
    both = LOCAL.format("October 2024") + "\n\nA further check was made in May 2025."
    facts = _month_facts(WIRE.format("May 2025"), TRADE.format("May 2025"), TABLOID.format("May 2025"), both)
    assert all(status != "diverge" for status, _ in facts), facts


def _date(raw: str, value: DateValue) -> Mention:
    return Mention(kind=Kind.DATE, raw=raw, value=value, source="s", passage=0, span=Span(0, len(raw)),
                   slot="date")


def test_written_month_reads_a_month_with_its_year_only() -> None:
    may = DateValue(dt.date(2025, 5, 1), dt.date(2025, 5, 31), precision="month")
    assert written_month(_date("May 2025", may))
    assert written_month(_date("in May, 2025", may))
    assert not written_month(_date("May", may))  # the year read from the dateline: the writer's "May"
    assert not written_month(_date("last month", DateValue(dt.date(2025, 5, 1), dt.date(2025, 5, 31),
                                                           precision="month", relative="last month")))
    year = DateValue(dt.date(2025, 1, 1), dt.date(2025, 12, 31), precision="year")
    assert not written_month(_date("2025", year))
    day = DateValue(dt.date(2025, 5, 12), dt.date(2025, 5, 12))
    assert not written_month(_date("May 12, 2025", day))
