"""When two normalized values state the same thing: the compatibility rules.

Kept apart from fact building (compare.py) because they are the editorial
policy of the tool and deserve to be read, and tested, on their own:

* money and numbers: the stated figures agree within a small relative
  tolerance; a qualifier ("up to", "about") never makes a figure disagree,
  it is noted in the summary. "About"/"nearly" widen the tolerance.
* clock times: the same instant in UTC; a time given without a zone is
  "floating" and agrees with any time showing the same clock reading
  (local or UTC), because the source did not say which zone it meant.
* parts of day: the hour ranges must overlap, on the same day when both
  name one ("Friday evening" 17-21 against "Friday afternoon" 12-17 diverge).
  A clock time is never judged against a part of day: 5:01 PM sits on the
  boundary of afternoon and evening in news usage, so we report both facts
  separately instead of guessing.
* dates: resolved ranges must overlap ("July" within "last summer",
  "Tuesday" within "earlier this week"); an unresolved weekday agrees with a
  resolved date on that weekday; other unresolved words agree with anything
  (no evidence either way).
* quotes: the same words, ignoring typography, case and punctuation, with one
  quote allowed to be a sub-span of the other.
* speakers: two different named people, or two different organizations,
  diverge; an organization and a person (its spokesperson), or a role
  description and a name, do not contradict each other.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from sourcediff.model import Kind, Mention
from sourcediff.text import fold, words
from sourcediff.values import (
    ABOVE,
    APPROX,
    BELOW,
    ClockTime,
    DateValue,
    Entity,
    Money,
    PartOfDay,
    Quantity,
    QuoteValue,
)

# Figures that agree to 1% are the same figure written differently
# ("$1.2 billion" against "$1,199 million").
EXACT_TOLERANCE = Decimal("0.01")
# "About", "nearly", "roughly" figures are news rounding: allow 10%.
APPROX_TOLERANCE = Decimal("0.10")
# "More than X" and "less than X" stand for figures within this factor of X.
BOUND_REACH = Decimal(2)
# Two quotes are the same quotation when this share of the shorter one's
# words appear, in order, in the longer one (the rest may be altered words).
SAME_QUOTE_SHARE = 0.6
# ... and they share at least this many words: shorter runs are common phrases.
SAME_QUOTE_MIN_WORDS = 4
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# Units of one dimension as multiples of a base unit, so that "21 days" meets
# "three weeks" and "190 km/h" meets "118 mph". Months and years vary in
# length, so figures converted through them get the approximate tolerance.
_UNITS: dict[str, tuple[str, Decimal]] = {
    "second": ("duration", Decimal(1) / 3600), "minute": ("duration", Decimal(1) / 60),
    "hour": ("duration", Decimal(1)), "day": ("duration", Decimal(24)), "week": ("duration", Decimal(168)),
    "fortnight": ("duration", Decimal(336)), "month": ("duration", Decimal("730.5")),
    "year": ("duration", Decimal(8766)),
    "km": ("distance", Decimal(1)), "kilometer": ("distance", Decimal(1)),
    "kilometre": ("distance", Decimal(1)),
    "mile": ("distance", Decimal("1.609344")), "meter": ("distance", Decimal("0.001")),
    "metre": ("distance", Decimal("0.001")), "m": ("distance", Decimal("0.001")),
    "foot": ("distance", Decimal("0.0003048")), "feet": ("distance", Decimal("0.0003048")),
    "km/h": ("speed", Decimal(1)), "kph": ("speed", Decimal(1)), "mph": ("speed", Decimal("1.609344")),
    "knot": ("speed", Decimal("1.852")), "m/s": ("speed", Decimal("3.6")),
    "kg": ("mass", Decimal(1)), "kilogram": ("mass", Decimal(1)), "tonne": ("mass", Decimal(1000)),
    "ton": ("mass", Decimal(1000)), "pound": ("mass", Decimal("0.45359237")),
    "lb": ("mass", Decimal("0.45359237")),
}
_VARIABLE_UNITS = frozenset({"month", "year"})


def slot_family(m: Mention) -> str:
    """Mentions are only ever judged against mentions of the same family."""
    if m.kind is Kind.MONEY and isinstance(m.value, Money):
        return f"money:{m.value.currency}"
    if isinstance(m.value, Quantity) and m.value.unit in _UNITS:
        return f"{m.kind.value}:{_UNITS[m.value.unit][0]}"
    return f"{m.kind.value}:{m.slot}"


def comparable(a: Mention, b: Mention) -> bool:
    """True when a and b could be two sources' values for one fact slot."""
    return slot_family(a) == slot_family(b)


def _interval(amount: Decimal, high: Decimal | None) -> tuple[Decimal, Decimal]:
    return (amount, high if high is not None else amount)


def _figures_agree(a_lo: Decimal, a_hi: Decimal, b_lo: Decimal, b_hi: Decimal, approx: bool) -> bool:
    tol = APPROX_TOLERANCE if approx else EXACT_TOLERANCE
    scale = max(abs(a_hi), abs(b_hi), Decimal(1)) * tol
    return a_lo - scale <= b_hi and b_lo - scale <= a_hi


def _in_base_unit(v: Money | Quantity) -> tuple[Decimal, Decimal]:
    lo, hi = _interval(v.amount, v.high)
    unit = getattr(v, "unit", None)
    factor = _UNITS[unit][1] if unit in _UNITS else Decimal(1)
    return lo * factor, hi * factor


def _bounded(point: tuple[Decimal, Decimal], bound: Decimal, qualifier: str | None) -> bool:
    """A figure against "more than X" / "less than X": on the right side, and near.

    Writers round to a nearby round figure: "more than 4,000" stands for
    4,300, never for 210,000, though that is more than 4,000 too.
    """
    slack = max(abs(bound), Decimal(1)) * EXACT_TOLERANCE
    if qualifier == ABOVE:
        return bound - slack <= point[1] and point[0] <= bound * BOUND_REACH
    return point[0] <= bound + slack and point[1] * BOUND_REACH >= bound


def _amounts(a: Money | Quantity, b: Money | Quantity) -> bool:
    """Stated figures agree; "more than"/"less than" are bounds a figure may sit inside.

    "Up to" and "at least" are kept as stated figures: "up to $200 million"
    against "$150 million" names two different ceilings-or-values, while
    "more than 4,000" is satisfied by 4,300.
    """
    units = {getattr(a, "unit", None), getattr(b, "unit", None)}
    approx = APPROX in (a.qualifier, b.qualifier) or (len(units) > 1 and bool(units & _VARIABLE_UNITS))
    ia, ib = _in_base_unit(a), _in_base_unit(b)
    bounds = (ABOVE, BELOW)
    if a.qualifier in bounds and b.qualifier not in bounds:
        return _bounded(ib, ia[0], a.qualifier)
    if b.qualifier in bounds and a.qualifier not in bounds:
        return _bounded(ia, ib[0], b.qualifier)
    if a.qualifier in bounds and b.qualifier in bounds and a.qualifier != b.qualifier:
        low, high = (ia[0], ib[0]) if a.qualifier == ABOVE else (ib[0], ia[0])
        return low <= high
    return _figures_agree(*ia, *ib, approx)


def _clock(a: ClockTime, b: ClockTime) -> bool:
    if a.utc is not None and b.utc is not None:
        return a.utc == b.utc
    if a.utc is None and b.utc is None:
        return (a.hour, a.minute) == (b.hour, b.minute)
    floating, zoned = (a, b) if a.utc is None else (b, a)
    readings = {(zoned.hour, zoned.minute)}
    if zoned.utc is not None:
        readings.add(divmod(zoned.utc, 60))
    return (floating.hour, floating.minute) in readings


def _parts(a: PartOfDay, b: PartOfDay) -> bool:
    if a.day is not None and b.day is not None and a.day != b.day:
        return False
    return a.start_hour < b.end_hour and b.start_hour < a.end_hour if a.part != b.part else True


# A clock time this many hours outside a part of day still fits it: 5:01 PM is
# "afternoon" to one writer and "evening" to another.
PART_MARGIN_HOURS = 1


def clock_fits_part(clock: ClockTime, part: PartOfDay) -> bool:
    """True unless the clock reading lies clearly outside the part of day.

    Used only to find contradictions ("10:30 a.m." against "early
    afternoon"); a clock time and a part of day are never clustered as one
    value, since the part is vaguer.
    """
    minutes = clock.hour * 60 + clock.minute
    lo = (part.start_hour - PART_MARGIN_HOURS) * 60
    hi = (part.end_hour + PART_MARGIN_HOURS) * 60
    return any(lo <= m <= hi for m in (minutes, minutes + 24 * 60))


def _dates(a: DateValue, b: DateValue) -> bool:
    if a.start is not None and a.end is not None and b.start is not None and b.end is not None:
        return a.start <= b.end and b.start <= a.end
    if a.start is None and b.start is None:
        return a.relative == b.relative or not (a.relative in _WEEKDAYS and b.relative in _WEEKDAYS)
    loose, fixed = (a, b) if a.start is None else (b, a)
    if loose.relative in _WEEKDAYS:
        assert fixed.start is not None and fixed.end is not None
        return fixed.start == fixed.end and _WEEKDAYS[fixed.start.weekday()] == loose.relative
    return True


# British spellings read as American ones in words long enough not to be other words
# ("colour", "realised", "analysed", "centre"; never "your", "four", "rise"): outlets retype
# quotes in their house style, and "neighbourhood" against "neighborhood" is not an altered quote.
_HOUSE_STYLE = (
    (re.compile(r"(?<=\w{3})our(?=(?:s|ed|ing|ite|ites|hood|hoods|able|er|ers)?\b)"), "or"),
    (re.compile(r"(?<=\w{2})is(?=(?:e|ed|es|ing|ation|ations|er|ers)\b)"), "iz"),
    (re.compile(r"(?<=\w{2})ys(?=(?:e|ed|es|ing)\b)"), "yz"),
    (re.compile(r"(?<=\w{3})tre(?=s?\b)"), "ter"),
)


def quote_words(q: QuoteValue) -> tuple[str, ...]:
    return _spelled_words(q.norm or q.text)


@lru_cache(maxsize=65536)
def _spelled_words(text: str) -> tuple[str, ...]:
    for pattern, spelling in _HOUSE_STYLE:
        text = pattern.sub(spelling, text)
    return words(text)


def _contains_run(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def same_quotation(a: QuoteValue, b: QuoteValue) -> bool:
    """True when two quotes reproduce the same words, possibly altered or trimmed."""
    wa, wb = quote_words(a), quote_words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < SAME_QUOTE_MIN_WORDS:
        return False
    if _contains_run(long, short):
        return True
    from rapidfuzz.distance import LCSseq

    common = LCSseq.similarity(list(short), list(long))
    return common >= SAME_QUOTE_MIN_WORDS and common / len(short) >= SAME_QUOTE_SHARE


def quotes_agree(a: QuoteValue, b: QuoteValue) -> bool:
    """Same words, one possibly a sub-span of the other.

    Words joined or split by house style ("e-mail" and "email", "end game"
    and "endgame", "say-the" for "say – the") are the same words: the
    letters are compared run together when the words differ.
    """
    wa, wb = quote_words(a), quote_words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return False
    return _contains_run(long, short) or _letters(short) in _letters(long)


def _letters(ws: tuple[str, ...]) -> str:
    return "".join(ch for w in ws for ch in w if ch.isalnum())


def _speaker_key(name: str) -> tuple[str, ...]:
    return words(name)


def speakers_agree(a: str | None, b: str | None, *, people: frozenset[str] = frozenset()) -> bool:
    """Different named people diverge; roles, organizations and unknowns do not.

    ``people`` holds the names known to be persons (from entity mentions), so
    that "Sean Parnell" and "Pentagon" are told apart from two people.
    """
    if not a or not b:
        return True
    ka, kb = _speaker_key(a), _speaker_key(b)
    if ka == kb or not ka or not kb:
        return True
    if set(ka) & set(kb):
        return True  # "Anthropic spokesperson" against "Anthropic"; "Amodei" against "Dario Amodei"
    a_person, b_person = fold(a) in people, fold(b) in people
    return not (a_person and b_person)


def compatible(a: Mention, b: Mention) -> bool:
    """True when two mentions of one slot state compatible values (see module doc)."""
    if not comparable(a, b):
        return False
    va, vb = a.value, b.value
    if isinstance(va, Money | Quantity) and isinstance(vb, Money | Quantity):
        return _amounts(va, vb)
    if isinstance(va, ClockTime) and isinstance(vb, ClockTime):
        return _clock(va, vb)
    if isinstance(va, PartOfDay) and isinstance(vb, PartOfDay):
        return _parts(va, vb)
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        return _dates(va, vb)
    if isinstance(va, QuoteValue) and isinstance(vb, QuoteValue):
        return quotes_agree(va, vb)  # speakers are judged by the caller, which knows who is a person
    if isinstance(va, Entity) and isinstance(vb, Entity):
        return va.name == vb.name
    return va == vb
