"""Normalized fact values: immutable, hashable, printing canonically.

Extractors turn raw words into these; ``compare`` judges them. Two spellings of
the same value ("$200m", "$200 million", "200 million dollars") must build
equal objects, and ``canonical()`` must parse back to an equal object (the
``parse_*`` functions in the extractor modules), so that a JSON report can be
read back and values compared across runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol, runtime_checkable


@runtime_checkable
class Value(Hashable, Protocol):
    """Anything a Mention can carry as its normalized value (hashable: values are memo keys)."""

    def canonical(self) -> str:
        """A stable, human-readable text for the value."""
        ...


# Qualifiers say how a source hedges a quantity. They are data, not noise:
# "up to $200 million" is a ceiling, "$200 million" a figure; the two agree on
# the amount and the report notes the ceiling.
CEILING = "ceiling"  # up to, as much as, no more than, a maximum of
FLOOR = "floor"  # at least, a minimum of, no less than
APPROX = "approx"  # about, around, roughly, nearly, almost, some, an estimated
ABOVE = "above"  # more than, over, upwards of
BELOW = "below"  # less than, under, fewer than
# The qualifiers that bound a figure on one side rather than round it: a bound fits many exact figures.
BOUND_QUALIFIERS = frozenset({ABOVE, BELOW, FLOOR, CEILING})
QUALIFIERS = (CEILING, FLOOR, APPROX, ABOVE, BELOW)
# What an amount of money includes (extract/money.basis_cue): with the fees or premium, before them, before
# or after tax.
BASES = ("with-fees", "before-fees", "before-tax", "after-tax")


def _num(d: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros."""
    text = format(d.normalize(), "f")
    return text


@dataclass(frozen=True)
class Money:
    """An amount of money; ``high`` is set for ranges ("$10-12 million")."""

    currency: str  # ISO 4217 code: USD, EUR, GBP, ...
    amount: Decimal
    high: Decimal | None = None
    qualifier: str | None = None  # one of QUALIFIERS
    # What the amount includes, when the writer says so next to it: one of BASES. Two amounts on two bases
    # (a price with the buyer's premium, the hammer price) never agree, whatever their figures.
    basis: str | None = None
    # An approx amount hedged "nearly" or "almost": the writer rounded up, the true sum lies just below
    # (compat reads it so); set from the words (extract.nearhedge), never printed.
    near: bool = field(default=False, kw_only=True)

    def canonical(self) -> str:
        amount = _num(self.amount)
        if self.high is not None:
            amount += "-" + _num(self.high)
        text = f"{self.currency} {amount}"
        if self.basis:
            text += f" {self.basis}"
        return f"{self.qualifier} {text}" if self.qualifier else text


@dataclass(frozen=True)
class Quantity:
    """A number, possibly with a unit and a qualifier ("less than 48 hours").

    Percentages are Quantities with unit ``"%"``; the Mention's kind says
    which of ``number``/``percent`` it is.
    """

    amount: Decimal
    unit: str | None = None  # singular, lower case: "hour", "week", "%", "company"
    qualifier: str | None = None
    high: Decimal | None = None
    # A hedged figure written in a round unit that is not a power of ten ("around two dozen"): the
    # writer chose that unit, not the last digit of 24, so the hedge reaches as a round figure's does
    # (compat.rounding_step). Keyword-only so subclasses' positional fields keep their places.
    in_dozens: bool = field(default=False, kw_only=True)
    # An approx figure hedged "nearly" or "almost" ("nearly 900 tigers"): the writer rounded up, the
    # true figure lies just below (compat reads it so); set from the words (extract.nearhedge).
    near: bool = field(default=False, kw_only=True)

    def canonical(self) -> str:
        text = _num(self.amount)
        if self.high is not None:
            text += "-" + _num(self.high)
        if self.unit:
            text += "%" if self.unit == "%" else f" {self.unit}"
        return f"{self.qualifier} {text}" if self.qualifier else text


@dataclass(frozen=True)
class Rate(Quantity):
    """An exchange rate: ``amount`` of the quote currency per one of the base, ``unit`` "QUOTE per BASE".

    A Quantity everywhere a figure is read, but judged by its digits alone
    (compat): "11.42" and "11.46" crowns per euro are two rates, where two
    counts that close would agree within EXACT_TOLERANCE.
    """


@dataclass(frozen=True)
class Elapsed(Quantity):
    """A race or record time, ``amount`` seconds with unit "second", printed "2:04:31".

    A Quantity everywhere a figure is read, but judged to the second (compat):
    a time is the measurement itself, so 2:04:31 and 2:04:32 are two results,
    where two durations that close would agree within EXACT_TOLERANCE.
    """

    def canonical(self) -> str:
        whole = int(self.amount)
        hours, rest = divmod(whole, 3600)
        text = f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        frac = self.amount - whole
        return text + str(frac.normalize())[1:] if frac else text


@dataclass(frozen=True)
class Converted(Quantity):
    """A measure the writer gives as the conversion of the one before it: "1.9 miles" in "3 km (1.9 miles)".

    A Quantity everywhere a figure is read, but judged as a conversion (compat):
    its precision is the converter's choice, so another outlet's rounding of
    the same conversion ("a two-mile zone") agrees with it even in its own
    unit, as it agrees with the figure converted ("3 km").
    """


@dataclass(frozen=True)
class Interval:
    """A span of time between two events: "an hour after the quake", "two days later".

    ``span`` is how long, hedges kept ("about an hour" is approx 1 hour;
    "within 30 minutes" the range 0-30 minutes); ``relation`` is "after" or
    "before" ("later" is after, "earlier" before); ``anchor`` holds the
    folded words naming the event it is measured from ("quake", "polls
    closed"), empty when the writer leaves it to the sentence before;
    ``event`` the folded content words of the clause before the span, the
    step it times ("summit push came", "left base camp"): the converse
    phrase names it as its anchor (compat.same_event). Not part of the
    value: two phrases of one span are equal whatever their clauses say.
    """

    span: Quantity
    relation: str  # after | before
    anchor: str = ""
    event: str = field(default="", compare=False)

    def canonical(self) -> str:
        text = f"{self.span.canonical()} {self.relation}"
        return f"{text} {self.anchor}" if self.anchor else text


@dataclass(frozen=True)
class Tally:
    """A vote tally or split decision: "7-2", "seven to two", "by a vote of 5 to 4" (for, against).

    A chess or points score may hold half points ("2.5-1.5", "2½-1½"): those
    sides are Decimals, whole sides stay ints (equal and hashed alike).
    """

    ayes: int | Decimal
    noes: int | Decimal

    def canonical(self) -> str:
        return f"{self.ayes}-{self.noes}"


@dataclass(frozen=True)
class TallySide:
    """One side of a division told alone: "backed by seven councillors" (for), "41 MPs voted against".

    An outlet that gives only the winning side writes no tally, yet states
    the tally's for-side: it agrees with "7 votes to 4" when it is the 7 and
    diverges when it is not. ``side`` is "for" or "against"; the other side
    is never compared (extract/votesides.py reads it, compat judges it).
    """

    count: int
    side: str

    def canonical(self) -> str:
        return f"{self.count} {self.side}"

    def of(self, tally: Tally) -> int | Decimal:
        """This side's count in a full tally (its ayes for "for", its noes for "against")."""
        return tally.ayes if self.side == "for" else tally.noes

    def other(self, tally: Tally) -> int | Decimal:
        """The other side's count in a full tally."""
        return tally.noes if self.side == "for" else tally.ayes


@dataclass(frozen=True)
class Code:
    """A code of letters and digits that names one thing: a flight "CV418" ("CV 418" is the same code).

    It is a name, not an amount: two codes agree only when equal, however
    close their digits ("CV418" and "CV419" are two flights).
    """

    text: str  # upper case, without spaces or hyphens

    def canonical(self) -> str:
        return self.text


@dataclass(frozen=True)
class ClockTime:
    """A time of day, with its zone when the source gives one.

    ``utc`` is the same instant in UTC as minutes after midnight, resolved with
    zoneinfo on the article's date (daylight saving matters: ET is UTC-5 in
    February and UTC-4 in July). It is None when no zone is known, and then the
    time is "floating": it agrees with any zoned time of the same local clock.
    """

    hour: int
    minute: int
    zone: str | None = None  # IANA name ("America/New_York") or "UTC"
    utc: int | None = None  # minutes after midnight UTC
    # The zone comes from the article's note that its times are the story's local time ("All times
    # local (CET)", "All times Paris time (CET)"): another outlet's bare clock is then read as that
    # same local time only, never as its UTC reading (compat._clock).
    local: bool = False
    # Minutes either side that a hedge written before the clock ("at around 7pm") lets it stand for:
    # 0 for a clock as written. Set by extract/times.hedge_reach, read by compat._clock, so that "around
    # 7pm" and another outlet's 6:52 p.m. are one fact, not two unrelated times.
    reach: int = 0
    # Which side of the clock a sided hedge puts the reading: +1 for "just after 11pm" (the reading lies
    # in the reach after it), -1 for "shortly before 9pm", 0 for either side ("around 7pm") or no hedge.
    side: int = 0
    # The half of the day is unknown: a 12-hour writer's "on Monday at 11:52" with no a.m./p.m. It
    # stands for 11:52 and 23:52 alike (compat._clock), so that it meets another outlet's "11:42 a.m."
    # as the same event's time, a divergence, rather than stay unread.
    halves: bool = False

    def canonical(self) -> str:
        local = f"{self.hour:02d}:{self.minute:02d}"
        if self.zone is None:
            return local
        utc = f"{self.utc // 60:02d}:{self.utc % 60:02d}Z" if self.utc is not None else "?"
        if self.zone == "UTC":
            return utc
        return f"{local} {self.zone} = {utc}"


@dataclass(frozen=True)
class PartOfDay:
    """A vague time of day ("Friday evening", "this afternoon") as an hour range.

    ``start_hour``/``end_hour`` are local hours, end exclusive; ``day`` is the
    resolved date when the words name one (None when unknown).
    """

    part: str  # morning | afternoon | evening | night | overnight | midday
    start_hour: int
    end_hour: int
    day: dt.date | None = None

    def canonical(self) -> str:
        day = self.day.isoformat() + " " if self.day else ""
        return f"{day}{self.part}"


@dataclass(frozen=True)
class DateValue:
    """A calendar date or date range, resolved against the article's date.

    An unresolved relative date (no published date to anchor "Friday") keeps
    ``start``/``end`` None and the expression in ``relative``, rather than a guess.
    """

    start: dt.date | None
    end: dt.date | None = None  # inclusive; equal to start for one day
    precision: str = "day"  # day | week | month | season | year
    relative: str | None = None  # folded words of an unresolved expression

    def canonical(self) -> str:
        if self.start is None or self.end is None:
            return f"unresolved {self.relative or '?'}"
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def within(self, other: DateValue) -> bool:
        """True when this range lies inside ``other`` (both resolved)."""
        if None in (self.start, self.end, other.start, other.end):
            return False
        assert self.start and self.end and other.start and other.end
        return other.start <= self.start and self.end <= other.end


@dataclass(frozen=True)
class QuoteValue:
    """Quoted words: ``text`` as written, ``norm`` folded for comparison.

    ``phrase`` marks scare quotes and short labels ("supply chain risk"):
    they are compared as wording, never treated as someone's statement.
    """

    text: str
    norm: str
    phrase: bool = False

    def canonical(self) -> str:
        return self.norm


@dataclass(frozen=True)
class Entity:
    """A person or organization under its canonical name (aliases resolved)."""

    name: str
    type: str  # person | org

    def canonical(self) -> str:
        # A typographic apostrophe is house style, not another name: "Players’ Association" and
        # "Players' Association", "O’Rourke" and "O'Rourke" are one body, one person.
        return self.name.replace("\u2019", "'")


def large_precise(v: Value) -> bool:
    """A count of a thousand or more with two significant digits or more ("74,212", "1.1 million").

    Such a figure identifies its fact across one story; "three", "300" or
    "2 million" recur for many things.
    """
    return (isinstance(v, Quantity) and v.high is None and abs(v.amount) >= 1000
            and len(abs(v.amount).normalize().as_tuple().digits) >= 2)
