"""Normalized values spelled the way an editor writes them.

Canonical values are made for machines ("ceiling USD 250000000",
"19:01 America/New_York = 00:01Z"); a finding in a pull request is read by a
person, so it says "up to $250 million" and "7:01 PM ET / 00:01 GMT". Nothing
is rounded or guessed: every figure printed here is exactly the normalized one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sourcediff.values import (
    ABOVE,
    APPROX,
    BELOW,
    CEILING,
    FLOOR,
    ClockTime,
    DateValue,
    Entity,
    Money,
    PartOfDay,
    Quantity,
    QuoteValue,
    Value,
)

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_QUALIFIER = {CEILING: "up to", FLOOR: "at least", APPROX: "about", ABOVE: "more than", BELOW: "less than"}
# Zone abbreviations newsrooms use; anything else keeps its IANA name, which is unambiguous.
_ZONE = {
    "America/New_York": "ET", "America/Chicago": "CT", "America/Denver": "MT", "America/Phoenix": "MT",
    "America/Los_Angeles": "PT", "Europe/London": "UK time", "Europe/Paris": "CET", "Europe/Berlin": "CET",
    "Europe/Brussels": "CET", "Asia/Kolkata": "IST", "Asia/Tokyo": "JST", "Australia/Sydney": "AET",
}
_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def human_value(value: Value, raw: str = "") -> str:
    """``value`` as an editor would write it; ``raw`` (the source's words) when nothing better exists."""
    if isinstance(value, Money):
        return _money(value)
    if isinstance(value, Quantity):
        return _quantity(value)
    if isinstance(value, ClockTime):
        return clock_text(value)
    if isinstance(value, DateValue):
        return _date(value, raw)
    if isinstance(value, PartOfDay):
        return f"{value.part} of {_day(value.day)}" if value.day else value.part
    if isinstance(value, Entity):
        return value.name
    if isinstance(value, QuoteValue):
        return value.text
    return raw or value.canonical()


def amount_text(amount: Decimal) -> str:
    """``250000000`` -> ``250 million``; small amounts grouped (``12,500``); decimals kept exactly."""
    for scale, word in _SCALES:
        if abs(amount) >= scale:
            return f"{_plain(amount / scale)} {word}"
    return _plain(amount)


def _plain(amount: Decimal) -> str:
    whole, dot, frac = format(amount.normalize(), "f").partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-') or 0):,}{dot}{frac}"


def _money(v: Money) -> str:
    symbol = _SYMBOL.get(v.currency)

    def one(amount: Decimal) -> str:
        return f"{symbol}{amount_text(amount)}" if symbol else f"{amount_text(amount)} {v.currency}"

    text = one(v.amount) if v.high is None else f"{one(v.amount)} to {one(v.high)}"
    return _qualified(text, v.qualifier)


def _quantity(v: Quantity) -> str:
    number = amount_text(v.amount) if v.high is None else f"{amount_text(v.amount)} to {amount_text(v.high)}"
    if v.unit == "%":
        text = f"{number}%"
    elif v.unit:
        plural = v.unit if (v.high is None and v.amount == 1) or v.unit.endswith("s") else v.unit + "s"
        text = f"{number} {plural}"
    else:
        text = number
    return _qualified(text, v.qualifier)


def _qualified(text: str, qualifier: str | None) -> str:
    return f"{_QUALIFIER.get(qualifier, qualifier)} {text}" if qualifier else text


def twelve_hour(hour: int, minute: int) -> str:
    """``17, 1`` -> ``5:01 PM``; midnight is 12:00 AM, noon 12:00 PM."""
    return f"{(hour % 12) or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def clock_text(v: ClockTime) -> str:
    """``5:01 PM ET / 22:01 GMT``: the local time as written, then the instant in GMT."""
    if v.zone == "UTC" and v.utc is not None:
        return f"{v.utc // 60:02d}:{v.utc % 60:02d} GMT"
    local = twelve_hour(v.hour, v.minute)
    if v.zone is None:
        return local
    local += f" {_ZONE.get(v.zone, v.zone)}"
    if v.utc is None:
        return local
    return f"{local} / {v.utc // 60:02d}:{v.utc % 60:02d} GMT"


def _day(d: dt.date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def _date(v: DateValue, raw: str) -> str:
    if v.start is None or v.end is None:
        return raw or v.canonical()
    if v.start == v.end:
        return _day(v.start)
    if v.precision == "month":
        return f"{v.start:%B %Y}"
    if v.precision == "year":
        return str(v.start.year)
    if v.start.year == v.end.year and v.start.month == v.end.month:
        return f"{v.start.day}–{v.end.day} {v.start:%B %Y}"
    return f"{v.start.day} {v.start:%B %Y} – {v.end.day} {v.end:%B %Y}"
