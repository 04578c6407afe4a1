"""When two normalized values state the same thing: the compatibility rules.

Kept apart from fact building (compare.py) because they are the editorial
policy of the tool and deserve to be read, and tested, on their own:

* money and numbers: the stated figures agree within a small relative
  tolerance; a qualifier ("up to", "about") never makes a figure disagree,
  it is noted in the summary. "About"/"nearly" widen the tolerance. Race
  times ("2:04:31") are measurements and agree only to the second.
* clock times: the same instant in UTC; a time given without a zone is
  "floating" and agrees with any time showing the same clock reading
  (local or UTC), because the source did not say which zone it meant.
* parts of day: the hour ranges must overlap, on the same day when both
  name one ("Friday evening" 17-21 against "Friday afternoon" 12-17 diverge).
  A clock time is never judged against a part of day: 5:01 PM sits on the
  boundary of afternoon and evening in news usage, so we report both facts
  separately instead of guessing.
* dates: resolved ranges must overlap ("July" within "last summer",
  "Tuesday" within "earlier this week"), except two academic, fiscal or
  sports years ("2029-30", "2030/31"), which share a calendar year when one
  follows the other and agree only when they are the same; an unresolved weekday agrees with a
  resolved date on that weekday, and an unresolved month and day ("March 15"
  in an undated article) with a date or another month and day only when both
  are that day (any year); other unresolved words agree with anything (no
  evidence either way).
* quotes: the same words, ignoring typography, case and punctuation, with one
  quote allowed to be a sub-span of the other.
* speakers: two different named people, or two different organizations,
  diverge; an organization and a person (its spokesperson), or a role
  description and a name, do not contradict each other.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Hashable, Sequence
from dataclasses import replace
from decimal import Decimal

from sourcediff.eventnouns import plain_noun
from sourcediff.extract.datebase import month_day
from sourcediff.extract.datenumeric import undecided_readings
from sourcediff.extract.elapsed import CUE as TIMED_CUE
from sourcediff.extract.morecounts import MORE
from sourcediff.extract.namedfigures import NAMED_PREFIX
from sourcediff.extract.newcounts import NEW
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.numberunits import SPAN_OF_PREFIX
from sourcediff.extract.roles import PART, ROLE_PREFIX, ROLE_WORDS, roles_of
from sourcediff.extract.updates import UPDATE_PREFIX
from sourcediff.extract.years import straddling
from sourcediff.model import Kind, Mention
from sourcediff.quotefiller import filler_apart
from sourcediff.regexcache import regex
from sourcediff.text import fold, words
from sourcediff.values import (
    ABOVE,
    APPROX,
    BELOW,
    CEILING,
    FLOOR,
    ClockTime,
    Converted,
    DateValue,
    Elapsed,
    Entity,
    Interval,
    Money,
    PartOfDay,
    Quantity,
    QuoteValue,
    Rate,
    Tally,
    TallySide,
    Value,
)
from sourcediff.wording import styled_words, without_repeated_subjects

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
# ... and share a run of this many words in a row, and this many of the speaker's own content words:
# two different quotations often share a name and a few function words ("... of the Coastal Wetlands
# Act"), never a run of the speaker's wording. A short quote with one word swapped ("we get to work" /
# "we go to work") may have no such run, yet it is the same quotation altered.
SAME_QUOTE_RUN = 3
SAME_QUOTE_OWN_WORDS = 2
_FUNCTION_WORDS = frozenset(
    "the and but for not are was were has have had will would could should can may might this that these "
    "those with from into onto over under about than then there their they them its it's our your you we "
    "his her she him who whom which what when where why how all any some more most such very just "
    "also".split())
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# Units of one dimension as multiples of a base unit, so that "21 days" meets
# "three weeks", "190 km/h" meets "118 mph" and "124 square kilometres" meets
# "12,400 hectares". Months and years vary in length, so figures converted
# through them get the approximate tolerance.
_IMPERIAL_GALLON = "imperial gallon"
# A cubic foot in litres (0.3048 m cubed): gas reserves in cubic feet meet those in cubic metres.
_CUBIC_FOOT = Decimal("28.316846592")
_UNITS: dict[str, tuple[str, Decimal]] = {
    "millisecond": ("duration", Decimal(1) / 3600000),
    "second": ("duration", Decimal(1) / 3600), "minute": ("duration", Decimal(1) / 60),
    "hour": ("duration", Decimal(1)), "day": ("duration", Decimal(24)), "week": ("duration", Decimal(168)),
    "fortnight": ("duration", Decimal(336)), "month": ("duration", Decimal("730.5")),
    "year": ("duration", Decimal(8766)),
    # "a decade" / "two decades" meet "ten years" / "20 years" (extract/amounts.py reads "a decade").
    "decade": ("duration", Decimal(87660)), "century": ("duration", Decimal(876600)),
    "km": ("distance", Decimal(1)), "kilometer": ("distance", Decimal(1)),
    "kilometre": ("distance", Decimal(1)),
    "mile": ("distance", Decimal("1.609344")), "nautical mile": ("distance", Decimal("1.852")),
    # A race's trip in furlongs ("12 furlongs") meets another outlet's "1m4f" or "2,400 metres".
    "furlong": ("distance", Decimal("0.201168")),
    # A planet's or a star's mass and radius against a familiar body (extract/bodyscales.py): "2.1 Earth
    # masses", "0.0066 Jupiter masses" and "0.0000063 solar masses" are one mass.
    "earth mass": ("body mass", Decimal(1)), "jupiter mass": ("body mass", Decimal("317.83")),
    "neptune mass": ("body mass", Decimal("17.15")), "solar mass": ("body mass", Decimal(332946)),
    "earth radius": ("body radius", Decimal(1)), "jupiter radius": ("body radius", Decimal("11.21")),
    "neptune radius": ("body radius", Decimal("3.88")), "solar radius": ("body radius", Decimal("109.1")),
    # A star's or a planet's distance: one outlet's "41 light-years" is another's "12.6 parsecs".
    "light year": ("distance", Decimal("9460730472580.8")),
    "parsec": ("distance", Decimal("30856775814913.673")),
    # An asteroid's flyby in the Moon's mean distance: "0.81 lunar distances" is "about 311,000 km".
    "lunar distance": ("distance", Decimal(384400)),
    "meter": ("distance", Decimal("0.001")),
    "metre": ("distance", Decimal("0.001")), "m": ("distance", Decimal("0.001")),
    "foot": ("distance", Decimal("0.0003048")), "feet": ("distance", Decimal("0.0003048")),
    # Small lengths too: a rainfall, a snow depth or a flood mark is "212 mm" in one outlet and
    # "8.3 inches" in another.
    "centimeter": ("distance", Decimal("0.00001")), "millimeter": ("distance", Decimal("0.000001")),
    # A chip process's size: "12-nanometre" is one outlet's "12nm" (extract/numberunits.py reads it).
    "nanometer": ("distance", Decimal("0.000000000001")),
    "inch": ("distance", Decimal("0.0000254")), "yard": ("distance", Decimal("0.0009144")),
    "km/h": ("speed", Decimal(1)), "kph": ("speed", Decimal(1)), "mph": ("speed", Decimal("1.609344")),
    "knot": ("speed", Decimal("1.852")), "m/s": ("speed", Decimal("3.6")),
    # A fireball's or a spacecraft's "17 km/s" is "about 38,000 mph" in a general paper.
    "km/s": ("speed", Decimal(3600)), "mile per second": ("speed", Decimal("5793.6384")),
    # A pressure in bar: a trade outlet's "9 bar" is a paper's "130 psi" or "900 kPa"; a weather low's
    # "980 mbar" is "980 hPa".
    "bar": ("pressure", Decimal(1)), "millibar": ("pressure", Decimal("0.001")),
    "hectopascal": ("pressure", Decimal("0.001")), "kilopascal": ("pressure", Decimal("0.01")),
    "megapascal": ("pressure", Decimal(10)), "psi": ("pressure", Decimal("0.0689475729")),
    "kg": ("mass", Decimal(1)), "kilogram": ("mass", Decimal(1)), "tonne": ("mass", Decimal(1000)),
    "ton": ("mass", Decimal(1000)), "kilotonne": ("mass", Decimal(10) ** 6),
    "megatonne": ("mass", Decimal(10) ** 9), "pound": ("mass", Decimal("0.45359237")),
    "lb": ("mass", Decimal("0.45359237")), "stone": ("mass", Decimal("6.35029318")),
    # Land areas, in hectares: one burned area or farm is written "12,000 hectares", "120 square
    # kilometres" or "29,650 acres" depending on the outlet's country.
    "hectare": ("area", Decimal(1)), "square kilometer": ("area", Decimal(100)),
    "kilohectare": ("area", Decimal(1000)), "megahectare": ("area", Decimal(10) ** 6),
    "acre": ("area", Decimal("0.40468564224")), "square mile": ("area", Decimal("258.9988110336")),
    # A search at sea is mapped in square nautical miles (1.852 km squared): a coastguard's "700 square
    # nautical miles" is a wire's "2,400 square kilometres".
    "square nautical mile": ("area", Decimal("342.990400")),
    # A building's floor area, "14,000 square metres" or "150,000 sq ft", in the same hectares.
    "square meter": ("area", Decimal("0.0001")), "square foot": ("area", Decimal("0.000009290304")),
    # Power and energy in kilowatts and kilowatt hours: a plant's "1.2 gigawatts" is "1,200 megawatts".
    # A sound's pitch: an animal call's "4.2 kHz" is "4,200 hertz".
    "hertz": ("frequency", Decimal(1)), "kilohertz": ("frequency", Decimal(1000)),
    # A holding of spectrum: an auction's "140 MHz" is "0.14 GHz".
    "megahertz": ("frequency", Decimal(10) ** 6), "gigahertz": ("frequency", Decimal(10) ** 9),
    "kilowatt": ("power", Decimal(1)), "megawatt": ("power", Decimal(1000)),
    # A grid's voltage: a trade site's "345 kV" line is a paper's "345,000-volt" one.
    "kilovolt": ("voltage", Decimal(1000)), "volt": ("voltage", Decimal(1)),
    "gigawatt": ("power", Decimal(10) ** 6),
    "kilowatt hour": ("energy", Decimal(1)), "megawatt hour": ("energy", Decimal(1000)),
    "gigawatt hour": ("energy", Decimal(10) ** 6), "terawatt hour": ("energy", Decimal(10) ** 9),
    # An energy in joules is the same energy in kilowatt hours: "12.6 MJ" is "3.5 kWh" (1 kWh = 3.6 MJ).
    "kilojoule": ("energy", Decimal(1) / 3600), "megajoule": ("energy", Decimal(1) / Decimal("3.6")),
    "gigajoule": ("energy", Decimal(1000) / Decimal("3.6")),
    "terajoule": ("energy", Decimal(10) ** 6 / Decimal("3.6")),
    "gram": ("mass", Decimal("0.001")),
    "milligram": ("mass", Decimal(10) ** -6), "microgram": ("mass", Decimal(10) ** -9),
    # A birth weight or a parcel in ounces: "7lb 9oz" is read as 121 ounces (measurecompound.py).
    "ounce": ("mass", Decimal("0.028349523125")),
    "liter": ("volume", Decimal(1)), "hectoliter": ("volume", Decimal(100)),
    "cubic meter": ("volume", Decimal(1000)),
    # A gas field's volume: a cubic foot is 28.316846592 litres, so "3.2 Tcf" is "90.6 bcm" (numberunits).
    "billion cubic meter": ("volume", Decimal(10) ** 12),
    "cubic foot": ("volume", _CUBIC_FOOT), "million cubic foot": ("volume", _CUBIC_FOOT * Decimal(10) ** 6),
    "billion cubic foot": ("volume", _CUBIC_FOOT * Decimal(10) ** 9),
    "trillion cubic foot": ("volume", _CUBIC_FOOT * Decimal(10) ** 12),
    # An oil barrel is a fixed 42 US gallons, so a spill or an output in barrels meets its litres. A
    # gallon is read as the US gallon, and `amounts_fit` tries the imperial one (a fifth larger) too: the
    # text rarely says which, so a litre figure that fits either agrees, and one that fits neither not.
    "barrel": ("volume", Decimal("158.987294928")),
    "gallon": ("volume", Decimal("3.785411784")), _IMPERIAL_GALLON: ("volume", Decimal("4.54609")),
    # A temperature written "46.2 degrees" names no scale: it is compared with Celsius figures (a
    # story's other sources say which), but never contradicts one (diverge.divergeable).
    "degree celsius": ("temperature", Decimal(1)), "degree": ("temperature", Decimal(1)),
    # Fahrenheit is Celsius shifted as well as scaled (base_unit_value): 48 F is 8.9 C.
    "degree fahrenheit": ("temperature", Decimal(5) / 9),
    # Kelvin is Celsius shifted (base_unit_value): 288 K is 14.85 C, the "about 15C" of another outlet.
    "kelvin": ("temperature", Decimal(1)),
    # A move in (basis) points is a change of a rate, never the rate itself: "up 2 percentage points"
    # and "47%" are two figures of one tax, not two values of one.
    "basis point": ("points", Decimal(1)),
    # Concentrations as shares by volume: "0.4 ppm" of a gas is "400 ppb".
    "ppm": ("concentration", Decimal(1)), "ppb": ("concentration", Decimal("0.001")),
}
_FAHRENHEIT = "degree fahrenheit"
_KELVIN = "kelvin"
# Zero degrees Celsius in kelvin.
_ICE_POINT = Decimal("273.15")
# The periods a volume is counted per ("38 million gallons a day", "144 million litres a day"): such a
# rate keeps its volume's factor, in a family of its own per period (`unit_info`).
_PERIODS = frozenset({"hour", "day", "week", "month", "year"})
# The families a rate per period keeps its unit's factor in: a flow ("38 million gallons a day"), a
# crack's or a coast's growth or retreat ("about 4 kilometres a year" is "two and a half miles a
# year"), land lost or planted ("40 hectares a year"), an output by weight ("500 tonnes a day"), time
# spent per period ("3.5 hours a day" of screen time is "210 minutes a day", "two hours a week" of
# homework "120 minutes a week"): the writer's unit of time is a choice, the rate one figure.
_RATE_FAMILIES = frozenset({"volume", "distance", "area", "mass", "duration"})
# The families whose yearly rate is the plain measure (`unit_info`): a plant's energy and a trade's
# tonnage are stated per year as a matter of course, with or without the period next to the figure.
# A mass per day or per week stays a rate of its own.
_YEARLY_BY_DEFAULT = frozenset({"energy", "mass"})


def unit_info(unit: object) -> tuple[str, Decimal] | None:
    """A measure unit's family and its factor to the family's base unit; None for a unit of no family.

    A volume, length, area or mass per period is its family per that period ("volume per day",
    "distance per year"), so a utility's output in gallons meets another outlet's litres and a rift's
    "4 km a year" its "2.5 miles a year", and never a measure that is not a rate. An energy
    or a mass per year is an energy or a mass: outputs and tonnages are yearly, said or not.
    """
    if not isinstance(unit, str):
        return None
    if unit in _UNITS:
        return _UNITS[unit]
    head, sep, per = unit.partition(" per ")
    if sep and per == "year" and head in _UNITS and _UNITS[head][0] in _YEARLY_BY_DEFAULT:
        # A plant's output is a yearly energy whether or not the outlet says so: "52 million kWh a
        # year" is the "52 GWh" another writes "of electricity a year" with words between. So is a
        # tonnage sold, shipped or harvested: "4,000 tonnes a year" is the "4,000 tonnes are sold
        # each year" or "4,000 t of product a year" whose period the reader takes as a cue apart.
        return _UNITS[head]
    if sep and per in _PERIODS and head in _UNITS and _UNITS[head][0] in _RATE_FAMILIES:
        if _UNITS[head][0] == "duration" and _UNITS[head][1] >= _UNITS[per][1]:
            return None  # time spent per period is shorter than the period: "a decade per year" is none
        return f"{_UNITS[head][0]} per {per}", _UNITS[head][1]
    return None
_NAUTICAL = "nautical mile"
SEA_MILES = frozenset({"mile", _NAUTICAL})
# Scales a temperature is converted from or to, rounded on the way (_SCALE_ROUNDING).
_OTHER_SCALES = frozenset({_FAHRENHEIT, _KELVIN})
# A temperature converted between the scales is rounded to a whole degree of the writer's scale: 9 C
# (48.2 F) is printed "48F", 48 F (8.9 C) "9C". One degree Fahrenheit covers both.
_SCALE_ROUNDING = Decimal(5) / 9
_VARIABLE_UNITS = frozenset({"month", "year", "decade", "century"})
# How far one span written in two calendar units may lie from itself, in hours (the duration base unit):
# three days, a month's own variation (28 to 31 days), so "a month" is "four weeks" and "18 months" is
# "540 days" (with EXACT_TOLERANCE on top), while "11 months" is no "year" unless a hedge says so.
_CALENDAR_SLACK = Decimal(72)


# An age no person or animal reaches: "an 800-year-old cathedral", "the 400-year-old oak".
_THING_AGE = Decimal(130)


def _thing_age(m: Mention) -> bool:
    """An age of at least 130 years: a building's or a tree's, which is the time it has stood.

    Such an age is one figure with "has stood for eight centuries" or "800 years of worship" in
    another outlet, so it is judged as a duration; a person's age stays apart from spans of time.
    """
    v = m.value
    return isinstance(v, Quantity) and v.unit == "year" and v.amount >= _THING_AGE


# Where `slot_family` keeps a mention's family on the mention itself (as functools.cached_property does).
_FAMILY_ATTR = "_sourcediff_slot_family"


def slot_family(m: Mention) -> str:
    """Mentions are only ever judged against mentions of the same family.

    Asked about three times a mention in a comparison (the judge, the context
    of divergences, the fact clusters): the family depends on the mention's
    own fields alone, so it is worked out once and kept in the frozen
    mention's ``__dict__``, which equality, hashing and ``replace`` ignore.

    An age is never a duration ("a 3-year-old" against "three years"), nor a
    time counted back from now ("30 years ago" against "for thirty years").
    A timed figure ("3hr 12min", "2:04:31") is a duration, judged against a
    plain one ("192 minutes") by seconds (_timed_against_plain); a margin
    ("41 seconds") is told from a race time by its size (_two_measures).
    """
    known: str | None = m.__dict__.get(_FAMILY_ATTR)
    if known is None:
        known = m.__dict__[_FAMILY_ATTR] = _slot_family(m)
    return known


def _slot_family(m: Mention) -> str:
    """`slot_family`, worked out."""
    if m.kind is Kind.MONEY and isinstance(m.value, Money):
        return f"money:{m.value.currency}"
    if m.slot == "number:age" and not _thing_age(m):
        return "number:age"
    if m.slot == "number:age-average":
        return m.slot  # a group's median or mean age: never a person's age, a bound, or a duration
    if isinstance(m.value, Interval) and window_length(m.value) is None:
        return f"{m.kind.value}:interval"  # "six days after" and "six days before": converse phrases
    period = window_length(m.value)
    if period is not None and period.unit in _UNITS:
        return f"{m.kind.value}:{_UNITS[period.unit][0]}"
    if isinstance(m.value, Quantity) and (info := unit_info(m.value.unit)) is not None:
        # "30 years ago" dates something; "for thirty years" measures it: never one fact. An age in
        # millions of years is the one thing either way: "152 million years ago", "152 million years old".
        ago = ":ago" if "ago" in m.cues and not deep_time(m.value) else ""
        return f"{m.kind.value}:{info[0]}{ago}"
    return f"{m.kind.value}:{m.slot}"


# A span of this many years or more is geological time: the age of a fossil, a rock, a crater.
DEEP_TIME_YEARS = 1_000_000
_YEAR_UNITS = frozenset({"year", "decade", "century"})


def deep_time(v: object) -> bool:
    """Whether a value is a span of a million years or more ("152 million years", "66m years").

    Outlets give a find's age ago or old or bare ("roamed 152 million years
    ago", "the 152-million-year-old skeleton", "Age: 152 million years"):
    at that scale the figure is the find's age however it is put, and a
    story gives one such age.
    """
    if not isinstance(v, Quantity) or v.unit not in _YEAR_UNITS:
        return False
    info, year = unit_info(v.unit), unit_info("year")
    return info is not None and year is not None and v.amount * info[1] >= DEEP_TIME_YEARS * year[1]


def key_family(m: Mention) -> str:
    """The family the aligner keys a figure by: slot_family, but a timed figure keeps one of its own.

    The pair model was trained on these keys, and keying "one hour and 44
    minutes" with the plain durations cost alignment recall
    (benchmarks/notes/exchange_story.md): only the judge meets the two.
    """
    if isinstance(m.value, Elapsed):
        return "number:elapsed"
    if isinstance(m.value, Interval) and window_length(m.value) is None:
        return f"{m.kind.value}:{m.slot}"  # before and after apart, as the pair model was trained
    return slot_family(m)


def window_length(v: object) -> Quantity | None:
    """The length of a window an interval opens, as a duration; None for any other value.

    "Within 30 days of receiving it" and "the 30-day window" state one
    period in two grammars (a deadline written as an interval from its
    start, or as a measure), so a "within" span (0 up to N) that names no
    event is the duration N (extract/intervals.py drops the event of a time
    limit, "may appeal within 30 days of receiving it"). "Within 30 minutes
    of the blast" or "an hour after the quake" is a gap between two events,
    never a period: it stays an interval. Whether the two phrases
    are about the same thing is left to the judge's context evidence.
    """
    if (isinstance(v, Interval) and v.relation == "after" and not v.anchor and v.span.amount == 0
            and v.span.high):
        return Quantity(v.span.high, v.span.unit, v.span.qualifier)
    return None


def magnitude(v: Value) -> bool:
    """A vague order of magnitude ("dozens", "hundreds", "thousands"): an about-range, no figure.

    It fits every figure of its size, so it is evidence of no particular one.
    """
    return isinstance(v, Quantity) and v.qualifier == APPROX and v.high is not None


# How a fraction of one unit written in words opens ("half a mile", "a quarter of a mile", "three-quarters of
# an hour"): `fraction_of_one`.
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year"})
_FRACTION_WORDS = ("half ", "a quarter ", "one quarter ", "three quarters ", "three-quarters ",
                   "three quarter ", "three-quarter ")


def fraction_of_one(m: Mention) -> bool:
    """A measure written as a fraction of one unit in words ("half a mile"): a rough measure, no figure.

    Like "about a mile", it is said of many things in one story (a resident
    "half a mile from the site", a school "about 800 metres" from it), so it
    is evidence of no particular measure outside an aligned claim; inside
    one it is judged as its value (0.5 miles meets "800 metres"). A span of
    time ("half an hour") is left as it was read before lengths were: a
    story's spans link as any duration does.
    """
    return (m.kind is Kind.NUMBER and isinstance(m.value, Quantity) and m.value.unit not in _TIME_UNITS
            and m.raw.lower().startswith(_FRACTION_WORDS))


def role_key(m: Mention) -> str:
    """The family and, for a count, its role ("number:number:count:dead"): what one passage states once.

    A timed figure keeps its own family here (key_family): "won in 2:07:15, 41 seconds off the record"
    states a time and a margin, two values, not two rival readings of one. So does a sum that states a
    change: "a budget of £385m, an overrun of £145m" states one cost and one overrun.
    """
    roles = sorted(roles_of(m.cues))
    change = ":change" if m.kind in (Kind.MONEY, Kind.NUMBER) and CHANGE in m.cues else ""
    return key_family(m) + (":" + roles[0][len(ROLE_PREFIX):] if roles else "") + change


def comparable(a: Mention, b: Mention) -> bool:
    """True when a and b could be two sources' values for one fact slot.

    Counts with different roles ("12 dead", "12 injured") never are; a count
    whose clause names no role may be either, since writers often leave the
    role to the sentence before ("Some 4,300 residents left").
    """
    if slot_family(a) != slot_family(b) or _two_measures(a, b) or _other_sides(a.value, b.value):
        return False
    ra, rb = roles_of(a.cues), roles_of(b.cues)
    return not (ra and rb and ra != rb)


def _other_sides(va: Value, vb: Value) -> bool:
    """A division's one side told alone against the other side, which no other figure of it states.

    "backed by seven councillors" and "41 MPs voted against" are two sides;
    so is a side against a tally whose other side is its very count ("four
    councillors backed it" beside "rejected 7-4": which side a tally puts
    first its verb tells, so the count may be that side misplaced, not a
    rival). Neither is judged: no agreement, no divergence.
    """
    if isinstance(va, TallySide) and isinstance(vb, TallySide):
        return va.side != vb.side
    side, tally = (va, vb) if isinstance(va, TallySide) else (vb, va)
    return (isinstance(side, TallySide) and isinstance(tally, Tally)
            and side.of(tally) != side.count == side.other(tally))


def sides_agree(va: Value, vb: Value) -> bool:
    """A side told alone against a tally or another side: equal counts of that side agree."""
    side, other = (va, vb) if isinstance(va, TallySide) else (vb, va)
    if not isinstance(side, TallySide):
        return va == vb
    if isinstance(other, Tally):
        return side.of(other) == side.count
    return other == side


# Two figures of one dimension written in different units and more than this factor apart once in one
# unit measure two things ("almost 250mm" of rain, a river at "22.4 feet"): a writer converting a
# figure, or misreading one, is never off by an order of magnitude.
UNIT_REACH = Decimal(10)


def _two_measures(a: Mention, b: Mention) -> bool:
    """A length in millimetres and one in feet (or any two units of a dimension) far apart in size.

    A race time (2:04:31) and a plain "41 seconds" (a margin) are two measures too, in one unit.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    fa, fb = base_factor(va), base_factor(vb)
    if (va.unit == vb.unit or fa == fb) and isinstance(va, Elapsed) == isinstance(vb, Elapsed):
        return False
    low, high = sorted((abs(va.amount * fa), abs(vb.amount * fb)))
    return low > 0 and high > low * UNIT_REACH


# Nouns that say nothing about which people a role count counts ("12 people", "the toll rose to 12").
_GENERIC_COUNTED = frozenset({"person", "people", "toll", "death", "injury", "fatality", "casualty",
                              "victim", "total", "number", "figure"})


def counted(m: Mention) -> frozenset[str]:
    """What a role count counts beyond its role: "15 Britons" counts Britons, "15 people" nothing narrower.

    An update cue ("risen to 19") says when the figure holds, not whom it counts.
    """
    return counted_cues(m.cues)


def counted_cues(cues: tuple[str, ...]) -> frozenset[str]:
    """`counted` of a mention's cues alone, each noun as its plainer synonym ("walkouts" count strikes).

    The register's word for a thing (eventnouns.EVENT_NOUNS) names what the
    plainer word does: "three walkouts" and "four strikes" are rival counts.
    """
    return frozenset(plain_noun(c) for c in cues
                     if not c.startswith((ROLE_PREFIX, UPDATE_PREFIX, SPAN_OF_PREFIX))
                     and c not in _GENERIC_COUNTED and c not in ROLE_WORDS and c != CHANGE)


def same_thing(a: Mention, b: Mention) -> bool:
    """True unless two figures name different things they count or describe.

    Counts of different things ("three bridges", "three cities") are two
    facts, and so are measures of different things ("a five-year deal",
    "five weeks"): two such values never contradict each other. Agreement
    does not ask this, since writers name one thing differently ("two
    safeguards", "these two exceptions").
    """
    if (PART in a.cues) != (PART in b.cues):
        return False  # "85 of them" is a part of a count, never a rival of the whole ("340 injured")
    if (NEW in a.cues) != (NEW in b.cues):
        return False  # "eight new arenas" is a part of a plan's "28 arenas", never its rival
    if (MORE in a.cues) != (MORE in b.cues):
        return False  # "options on 25 more" come on top of "60 jets ordered", never their rival
    na_named, nb_named = _named(a.cues), _named(b.cues)
    if na_named and nb_named and not na_named & nb_named:
        return False  # "Norland (412)" and "Ostmark (390)": one ranking's parts, never rivals
    if isinstance(a.value, Interval) != isinstance(b.value, Interval):
        return True  # a window and a period met in one family: the context evidence decides
    if isinstance(a.value, Interval) and isinstance(b.value, Interval):
        return same_event(a.value, b.value)  # an hour after the quake and two after the evacuation: two facts
    if a.kind is Kind.PERCENT:  # "up 41%" is a change, "widened to 58.4%" a level: never one figure
        # Two percents naming different measures are not parted here: a measured noun read from the words
        # around a figure is wrong too often for a veto ("the 58% pollsters had forecast" reads
        # "pollsters", "Participation in the ballot was 48 percent" reads "ballot"), and it kept real
        # rivals apart (tests/test_judge_false_alarms.py); it only pairs leftovers (divergeleftover).
        return (CHANGE in a.cues) == (CHANGE in b.cues)
    if a.kind is Kind.MONEY:  # "$4,650 a semester" is no rival of "$9,300 a year": two periods
        if (CHANGE in a.cues) != (CHANGE in b.cues):
            return False  # "an overrun of £145m" is no rival of "a budget of £385m"
        pa, pb = mention_period(a), mention_period(b)
        return pa is None or pb is None or pa == pb
    if a.kind is Kind.NUMBER and (CHANGE in a.cues) != (CHANGE in b.cues):
        return False  # "the list fell by 38,000" is no rival of "a list of 7.42 million"
    if a.kind is not Kind.NUMBER or roles_of(a.cues):
        return True  # same family, same role: "12 dead" and "killed 12 people" are one count
    na, nb = _things(a.cues), _things(b.cues)
    if isinstance(a.value, Quantity) and a.value.unit is not None:
        # a bare measure is not one that describes a noun, unless it is "of" that noun: "a 180-day
        # lock-up" and "a lock-up of six months" measure one lock-up
        return na == nb or bool(na and not nb and na & _span_of(b.cues)) or bool(
            nb and not na and nb & _span_of(a.cues))
    return not na or not nb or bool(na & nb)


def _span_of(cues: tuple[str, ...]) -> frozenset[str]:
    """The nouns a span is written "of" ("a lock-up of six months": extract/numberunits.py), plain."""
    return frozenset(plain_noun(c.removeprefix(SPAN_OF_PREFIX)) for c in cues if c.startswith(SPAN_OF_PREFIX))


def _named(cues: tuple[str, ...]) -> frozenset[str]:
    """The names a figure is given for ("Ostmark (390)": extract/namedfigures.py)."""
    return frozenset(c for c in cues if c.startswith(NAMED_PREFIX))


def mention_period(m: Mention) -> str | None:
    """The period or unit a sum is stated for ("period:semester", "per:barrel"), if written (money.py)."""
    return next((c for c in m.cues if c.startswith(("period:", "per:"))), None)


def _things(cues: tuple[str, ...]) -> frozenset[str]:
    """The cues that name what a figure is about; an update cue ("rose to") names no thing.

    Nor does the cue of a timed figure: it says how the length was written, not what it measures. A
    register's word is its plainer synonym (eventnouns): "three walkouts" are three strikes.
    """
    return frozenset(plain_noun(c) for c in cues
                     if not c.startswith((UPDATE_PREFIX, SPAN_OF_PREFIX))
                     and c not in (TIMED_CUE, CHANGE))


def same_event(a: Interval, b: Interval) -> bool:
    """True unless two intervals are measured from events their words tell apart.

    "After the quake" and "after the quake struck" share a word and are one
    event; an interval whose event the sentence before names ("two days
    later") may be measured from any.
    """
    if a.relation != b.relation:
        return _converse(a, b)
    return (not a.anchor or not b.anchor
            or bool({plain_noun(w) for w in a.anchor.split()} & {plain_noun(w) for w in b.anchor.split()}))


def _converse(a: Interval, b: Interval) -> bool:
    """An "after" and a "before" interval that time one step from its two ends.

    "The push came 6 days after she left base camp" and "she left base camp
    six days before the summit push" state one span: each named event (an
    anchor) is the other phrase's timed step (its clause's words, ``event``).
    At least one must name its event, and every named one must be found in
    the other's clause: "two days after the vote" and "two days before the
    vote" time two steps, and two unanchored ones ("later", "earlier") may
    time any.
    """
    def names(anchor: str, event: str) -> bool:
        return bool({plain_noun(w) for w in anchor.split()} & {plain_noun(w) for w in event.split()})
    if not a.anchor and not b.anchor:
        return False
    return ((not a.anchor or names(a.anchor, b.event)) and (not b.anchor or names(b.anchor, a.event)))


def _interval(amount: Decimal, high: Decimal | None) -> tuple[Decimal, Decimal]:
    return (amount, high if high is not None else amount)


def _figures_agree(a_lo: Decimal, a_hi: Decimal, b_lo: Decimal, b_hi: Decimal, approx: bool,
                   rounding: Decimal = Decimal(0), unit: Decimal = Decimal(1)) -> bool:
    """Two intervals in one base unit meet within the tolerance, or within ``rounding``.

    ``unit`` is one of the figures' own (finer) unit in the base unit: the
    relative tolerance never reaches below a hundredth of it. A floor of one
    base unit would let seconds, compared in hours, agree within 36 seconds.

    The tolerance is taken from the two ends that face each other, not from
    a range's far end: "about six weeks" lies far below "6-59 months", an age
    band whose upper end of almost five years would otherwise stretch the
    hedge of ten percent over the four months between them.
    """
    if a_hi < b_lo:
        low, high = a_hi, b_lo
    elif b_hi < a_lo:
        low, high = b_hi, a_lo
    else:
        return True  # the intervals overlap
    tol = APPROX_TOLERANCE if approx else EXACT_TOLERANCE
    scale = max(max(abs(low), abs(high), unit) * tol, rounding)
    return high - low <= scale


def base_unit_value(v: Money | Quantity) -> tuple[Decimal, Decimal]:
    """A figure's interval in its dimension's base unit: `factlinks` and `align.measurejoin` compare
    measures written in different units on the scale `amounts_fit` uses."""
    lo, hi = _interval(v.amount, v.high)
    factor = base_factor(v)
    if getattr(v, "unit", None) == _FAHRENHEIT:
        return (lo - 32) * factor, (hi - 32) * factor
    if getattr(v, "unit", None) == _KELVIN:
        return lo - _ICE_POINT, hi - _ICE_POINT
    return lo * factor, hi * factor


def base_factor(v: Money | Quantity) -> Decimal:
    """What one of the value's units is in its dimension's base unit (1 for money and bare counts).

    Values of one family (slot_family) in different units ("124 square
    kilometres", "12,400 hectares") are only comparable figure for figure
    once both are in the base unit.
    """
    info = unit_info(getattr(v, "unit", None))
    return info[1] if info is not None else Decimal(1)


def _bounded(point: tuple[Decimal, Decimal], bound: Decimal, qualifier: str | None) -> bool:
    """A figure against "more than X" / "less than X": on the right side, and near.

    Writers round to a nearby round figure: "more than 4,000" stands for
    4,300, never for 210,000, though that is more than 4,000 too.
    """
    slack = max(abs(bound), Decimal(1)) * EXACT_TOLERANCE
    if qualifier == ABOVE:
        return bound - slack <= point[1] and point[0] <= bound * BOUND_REACH
    return point[0] <= bound + slack and point[1] * BOUND_REACH >= bound


def _bound_of(v: Money | Quantity) -> str | None:
    """The bound a hedge sets: "more than" and, for counts and measures, "at least"/"up to" too.

    "At least 70 dead" is satisfied by 100. Money keeps "up to $200 million"
    a stated ceiling (see amounts_fit).
    """
    if isinstance(v, Quantity) and v.qualifier in (FLOOR, CEILING):
        return ABOVE if v.qualifier == FLOOR else BELOW
    return v.qualifier if v.qualifier in (ABOVE, BELOW) else None


def _both_ceilings(a: Money | Quantity, b: Money | Quantity) -> bool:
    """Both figures are stated maxima ("up to 15 years in prison", "a maximum of 20 years").

    A ceiling names a limit (a sentence, a capacity, a fine), not a bound on
    an unknown figure: "up to 15 years" and "up to 20 years" are two limits,
    and only one is the law's, so they are judged figure for figure, as money
    ceilings are. A ceiling against a plain figure or a "more than" stays a bound.
    """
    return a.qualifier == CEILING and b.qualifier == CEILING


def _stated_limit(v: Money | Quantity) -> bool:
    """A sum stated as a maximum ("up to €15 billion"): a limit someone set, not a figure rounded.

    "Up to €15 billion" of central bank money is no rounding of another
    outlet's "€14.6 billion" turnover, though 15 rounds 14.6; against a
    plain sum it is judged within EXACT_TOLERANCE alone (two limits are
    two figures: `_both_ceilings`).
    """
    return isinstance(v, Money) and v.qualifier == CEILING


def exact_amount(v: Money | Quantity) -> bool:
    """An unhedged whole count ("87 dead") is exact; round figures ("1,200", "2 million") may be rounded."""
    if not isinstance(v, Quantity) or v.unit is not None or v.qualifier or v.high is not None:
        return False
    n = v.amount
    return n == n.to_integral_value() and not (abs(n) >= 1000 and n % 100 == 0)


# A measure written to the unit with this many significant figures or more, none of them a trailing
# zero ("8,163 metres", "426 km", "26,781 feet"), was measured, looked up or converted exactly, not rounded.
PRECISE_MEASURE_DIGITS = 3
# Two such figures are one when they lie within a unit of the coarser one, or within this share: writers
# converting one height with 3.28 or 3.2808 feet to the metre differ by a few hundredths of a percent.
PRECISE_TOLERANCE = Decimal("0.001")


def precise_measure(v: Money | Quantity) -> bool:
    """ "An 8,163-metre peak", "a 426 km pipeline": a measure stated to its last unit, not a rounding.

    Two such figures, in one unit or converted ("26,781 feet"), state one
    figure only when they meet within PRECISE_TOLERANCE or a unit of the
    last digit (a tenth for "61.4 m", which is not "61.8 m"): the
    relative EXACT_TOLERANCE, and a conversion's MAX_ROUNDING reach, would
    make "8,163 metres" and "8,136 metres" (transposed digits, 27 m apart)
    or "26,693 ft" one height. A hedged figure, a range, a round figure
    ("7,650 metres", "27,000ft"), a duration or a temperature keep the
    tolerances of rounding (`amounts_fit`).
    """
    if not isinstance(v, Quantity) or v.qualifier or v.high is not None:
        return False
    info = unit_info(v.unit)
    if info is None or info[0] in ("duration", "temperature"):
        return False
    n = v.amount
    if _written_fraction(n):
        # "61.4 metres", "62.0 m", "12.75 km": a reading to a fraction of the unit is no rounding either
        return len(abs(n).as_tuple().digits) >= PRECISE_MEASURE_DIGITS
    if n != n.to_integral_value() or n % 10 == 0:
        return False
    return _significant_digits(v) >= PRECISE_MEASURE_DIGITS


def _written_fraction(n: Decimal) -> bool:
    """True for a figure written with decimals ("61.4", "62.0"), not one a multiplier made ("14.5 million").

    A multiplier leaves trailing zeros before the point (14500000.0); a
    writer's "62.0" has its zeros after it only.
    """
    t = n.as_tuple()
    if not isinstance(t.exponent, int) or t.exponent >= 0:
        return False
    trailing = len(t.digits) - len("".join(map(str, t.digits)).rstrip("0"))
    return trailing <= -t.exponent and (trailing > 0 or n != n.to_integral_value())


def _last_step(v: Money | Quantity) -> Decimal:
    """One unit of a figure's last written digit, in the base unit: 1 m for "8,163 m", 0.1 m for "62.0 m"."""
    exponent = v.amount.as_tuple().exponent if _written_fraction(v.amount) else _exponent(v)
    return Decimal(1).scaleb(min(int(exponent), 0)) * base_factor(v)


# Significant digits from which a plain figure is a reading, not a rounding (`precise_figure`).
PRECISE_DIGITS = 4


def precise_figure(v: Money | Quantity) -> bool:
    """A plain figure of PRECISE_DIGITS significant digits or more: "5,903.17 points", "$4,312.50".

    An index level, a price to the cent or a sum to the last thousand is a
    reading, stated far finer than EXACT_TOLERANCE: 5,930.17 is not 5,903.17
    written differently, though the two are 0.5% apart. Another outlet's
    rounding of it ("5,903", "612.4") rounds or cuts it in its last digit.
    Whole counts are judged by `exact_amount`, hedged figures, bounds, ranges,
    conversions and exchange rates by their own rules; a figure of fewer
    digits ("$1.2 billion", "48bn") may round a precise one, within 1%.
    """
    if (isinstance(v, Rate | Elapsed | Converted) or v.qualifier is not None or v.high is not None
            or v.amount == 0):
        return False
    return _significant_digits(v) >= PRECISE_DIGITS


# The finest unit of a sum: a hundredth of its currency (a penny, a cent). A sum written in pence or
# cents ("22p", "$0.23") is exact to it, so the relative tolerance's floor is a hundredth of a penny,
# not of a pound: with a floor of one pound, 22p and 23p were one figure, 1p apart within 1% of £1.
_PENNY = Decimal("0.01")
# A rounded figure stands for this share of itself at most either side, however few its digits.
MAX_ROUNDING = Decimal("0.05")
# A converted figure of one significant digit ("four miles" for 7 km) stands for at most this share of
# the larger figure either side: twice MAX_ROUNDING, the reach of rounding a conversion to one digit.
CONVERTED_DIGIT_REACH = 2 * MAX_ROUNDING


def rounding_step(v: Money | Quantity) -> Decimal:
    """How far a rounded figure may lie from the exact one (`_rounding_of`), remembered by value.

    Why: the judge asks it of every pair of figures it compares, a story holds
    few distinct figures, and each answer costs Decimal arithmetic. The key
    holds the amount's digits and exponent (`written_form`): equal Decimals
    written "5" and "5.0" round differently.
    """
    return _rounding_memo(v, written_form(v))


def written_form(v: Money | Quantity) -> tuple[object, ...]:
    """A figure's Decimals as written (sign, digits, exponent): what a memo of a value must tell apart.

    A value's equality reads its Decimals by their worth alone ("5" == "5.0"),
    but the rules read the written precision too (`rounding_step`, `precise_figure`).
    """
    return v.amount.as_tuple(), None if v.high is None else v.high.as_tuple()


@functools.lru_cache(maxsize=65536)
def _rounding_memo(v: Money | Quantity, written: tuple[object, ...]) -> Decimal:
    return _rounding_of(v)


def _rounding_of(v: Money | Quantity) -> Decimal:
    """How far a rounded figure may lie from the exact one: half a unit of its last significant digit.

    "1.1 million" is 1.12 million rounded, "$4.5 billion" is $4.52 billion:
    a writer who rounds keeps two or three digits. A figure of one digit
    ("3 million", "300") is not taken as rounded, or "300" would meet "340";
    nor is any figure taken as wider than MAX_ROUNDING of itself.
    """
    if v.high is not None or v.amount == 0 or (isinstance(v, Quantity) and v.in_dozens):
        return Decimal(0)  # a range, nothing, or a round count of dozens ("around two dozen")
    if _temperature(v):
        # A reading is rounded to the writer's last digit whatever its size: a tabloid's "minus 6C" is
        # the station's -6.4C to the whole degree. A scale's zero is arbitrary, so no share caps it.
        places = abs(v.amount).as_tuple().exponent
        return Decimal("4.99").scaleb(places - 1) if isinstance(places, int) else Decimal(0)
    t = abs(v.amount).normalize().as_tuple()
    if len(t.digits) < 2 or not isinstance(t.exponent, int):
        return Decimal(0)
    # Just under half a unit: "$12 million" is not "$12.5 million", which rounds up as often as down.
    half = Decimal("4.99").scaleb(t.exponent - 1)
    return min(half, abs(v.amount) * MAX_ROUNDING)


def _temperature(v: Money | Quantity) -> bool:
    """A reading on a temperature scale ("-6.4C", "minus 6 degrees", "20.5 F")."""
    info = unit_info(v.unit) if isinstance(v, Quantity) else None
    return info is not None and info[0] == "temperature"


def amounts_fit(a: Money | Quantity, b: Money | Quantity) -> bool:
    """Stated figures agree (`_amounts_of`), remembered by the two values as written (`written_form`).

    Why: the judge's rules ask it of many pairs of mentions, and a story
    restates its figures: at 30k words an article a third of the pairs asked
    were of two values asked before. It reads the values alone.
    """
    return _amounts_memo(a, b, written_form(a), written_form(b))


@functools.lru_cache(maxsize=65536)
def _amounts_memo(a: Money | Quantity, b: Money | Quantity, written_a: tuple[object, ...],
                  written_b: tuple[object, ...]) -> bool:
    return _amounts_of(a, b)


def _amounts_of(a: Money | Quantity, b: Money | Quantity) -> bool:
    """Stated figures agree; "more than"/"less than" are bounds a figure may sit inside.

    "About" widens a round figure by APPROX_TOLERANCE, but a hedged figure of
    two digits or more ("about 4.1%", "about 2,300") only by one unit of its
    last digit: the writer chose that precision, so "about 4.1%" is not 3.8%.

    "Up to" and "at least" are kept as stated figures: "up to $200 million"
    against "$150 million" names two different ceilings-or-values, while
    "more than 4,000" is satisfied by 4,300.
    """
    if isinstance(a, Elapsed) and isinstance(b, Elapsed):
        return _same_elapsed(a, b)
    if (isinstance(a, Elapsed) != isinstance(b, Elapsed) and APPROX not in (a.qualifier, b.qualifier)
            and not (_bound_of(a) or _bound_of(b))):
        return _timed_against_plain(a, b)
    if isinstance(a, Rate) or isinstance(b, Rate):
        return _rates_agree(a, b)
    if _past_near(a, b) or _past_near(b, a):
        return False
    units = {getattr(a, "unit", None), getattr(b, "unit", None)}
    if units == SEA_MILES and isinstance(a, Quantity) and isinstance(b, Quantity):
        # A distance at sea is often written "13 miles" for 13 nautical miles: either reading may agree.
        a_sea, b_sea = (replace(v, unit=_NAUTICAL) if v.unit == "mile" else v for v in (a, b))
        if amounts_fit(a_sea, b_sea):
            return True
    if len(units) > 1 and any(us_gallons(u) for u in units):
        a_imp, b_imp = (replace(v, unit=_imperial(v.unit)) if isinstance(v, Quantity) else v for v in (a, b))
        if amounts_fit(a_imp, b_imp):
            return True  # the gallon read as the imperial one
    approx = APPROX in (a.qualifier, b.qualifier)
    # Two calendar units ("a year", "11 months") are compared by length: no hedge, no news rounding.
    calendar = len(units) > 1 and bool(units & _VARIABLE_UNITS)
    ia, ib = base_unit_value(a), base_unit_value(b)
    qa, qb = _bound_of(a), _bound_of(b)
    if _both_ceilings(a, b):
        qa = qb = None  # two stated maxima are two figures: see _both_ceilings
    if qa and not qb:
        return _bounded(ib, ia[0], qa)
    if qb and not qa:
        return _bounded(ia, ib[0], qb)
    if qa and qb and qa != qb:
        low, high = (ia[0], ib[0]) if qa == ABOVE else (ib[0], ia[0])
        return low <= high
    if qa and qb:  # "more than 26,000" and "more than 31,000": both true of one nearby figure
        near, far = sorted((ia[0], ib[0]))
        return far <= near * BOUND_REACH
    if exact_amount(a) and exact_amount(b):
        return ia == ib
    if not approx and _rival_range_ends(a, b, ia, ib):
        return False
    if not approx and _round_span(a, b, ia, ib):
        return True
    if precise_measure(a) and precise_measure(b):
        reach = max(_last_step(a), _last_step(b), max(abs(ia[1]), abs(ib[1])) * PRECISE_TOLERANCE)
        return abs(ia[0] - ib[0]) <= reach
    same_unit = getattr(a, "unit", None) == getattr(b, "unit", None)
    if same_unit and precise_figure(a) and precise_figure(b):
        # two readings to the last point or cent: one agrees with the other only when it rounds or cuts it
        return (abs(ia[0] - ib[0])
                <= 2 * max(rounding_step(a), rounding_step(b)) * min(base_factor(a), base_factor(b)))
    # Rounding is half a unit of the figure's last digit in its own unit; the figures are in the base
    # unit ("41 seconds" in hours), so the allowance is too.
    unit = min(base_factor(a), base_factor(b))
    floor = _PENNY if isinstance(a, Money) and isinstance(b, Money) else unit
    rounding = (max(rounding_step(a), rounding_step(b)) * unit if same_unit
                else _SCALE_ROUNDING if units & _OTHER_SCALES
                else _converted(a, b, ia, ib) if base_factor(a) != base_factor(b) else Decimal(0))
    if calendar and not approx:
        rounding = _CALENDAR_SLACK + max(abs(ia[1]), abs(ib[1])) * EXACT_TOLERANCE
    if _stated_limit(a) != _stated_limit(b):
        rounding = Decimal(0)  # a limit is no rounding of a figure: see _stated_limit
    if same_unit and (isinstance(a, Converted) or isinstance(b, Converted)):
        # A writer's bracketed conversion ("3 km (1.9 miles)") is rounded as the converter chose: another
        # outlet's "two miles" rounds the same conversion, so it gets a conversion's reach.
        return _figures_agree(*ia, *ib, approx, max(rounding, _converted(a, b, ia, ib)), floor)
    if same_unit and APPROX in (a.qualifier, b.qualifier):
        hedged = [v for v in (a, b) if v.qualifier == APPROX]
        if all(rounding_step(v) for v in hedged):  # "about 4.1%": the writer hedged a precise figure
            # ... but the other may be rounded itself: "$14bn" is "about $14.2bn" to whole billions,
            # as it is "$14.2bn"; a hedge never makes a figure stricter than the bare figure.
            allowance = max(2 * rounding_step(v) if v.qualifier == APPROX else rounding_step(v)
                            for v in (a, b))
            return _figures_agree(*ia, *ib, False, allowance * unit, floor)
    return _figures_agree(*ia, *ib, approx, rounding, floor)


def _rival_range_ends(a: Money | Quantity, b: Money | Quantity, ia: tuple[Decimal, Decimal],
                      ib: tuple[Decimal, Decimal]) -> bool:
    """Two ranges that share one end and not the other: "£3–5bn" against "£3–4bn".

    Ranges that overlap agree (a figure inside a range does), so a draft's
    "£3–5bn" passed against sources that all say "£3–4bn": the writer kept one
    end and changed the other, which is a changed figure, not a rewording.
    Ranges that share neither end keep the overlap rule.
    """
    if a.high is None or b.high is None:
        return False
    tol = max(abs(ia[1]), abs(ib[1])) * EXACT_TOLERANCE
    return (abs(ia[0] - ib[0]) <= tol) != (abs(ia[1] - ib[1]) <= tol)


def _past_near(near: Money | Quantity, other: Money | Quantity) -> bool:
    """A plain figure above "nearly X" / "almost X" (``near``): the true figure falls short of X.

    "About 900" reaches either side of 900, but a writer who puts "nearly 900"
    for 892 rounds up: 912 does not fit, though it lies within the tolerance
    of "about". The other figure may itself be rounded ("900" for 903), so it
    is above only beyond its own rounding: "nearly 70 metres" still fits
    "68 metres", "223ft" or "70 m". A temperature's zero is arbitrary, and a
    sum in another currency is a conversion with a reach of its own: neither
    is judged here.
    """
    if (not near.near or other.qualifier is not None or other.high is not None or near.amount <= 0
            or _temperature(near) or _temperature(other)):
        return False
    if isinstance(near, Money) != isinstance(other, Money) or (
            isinstance(near, Money) and isinstance(other, Money) and near.currency != other.currency):
        return False
    reach = rounding_step(other) * base_factor(other)
    return base_unit_value(other)[0] - reach > base_unit_value(near)[0]


# A span in weeks is days rounded ("three weeks" for 19 days); hours and minutes are counted, not rounded
# to days or hours ("two days" is no "45 hours"), and calendar units keep _CALENDAR_SLACK.
ROUNDED_TO = {"week": "day"}
# A coarse span counts at least this many units to be read as rounded: "a week" is no "five days".
_ROUND_SPAN_MIN = Decimal(2)


def _round_span(a: Money | Quantity, b: Money | Quantity,
                ia: tuple[Decimal, Decimal], ib: tuple[Decimal, Decimal]) -> bool:
    """A span in weeks that the days of the other round to: "three weeks" and "19 days".

    A writer with 19 days in hand writes "nearly three weeks" or just "three
    weeks"; without this the unhedged one met the other in no rule and was
    listed as a unique detail, never set beside it. The days must lie less
    than half a week away (the coarse figure's own rounding), so "three weeks"
    is no "17 days", and "a week" (one unit) is a count, no rounding of "six days".
    """
    if not (isinstance(a, Quantity) and isinstance(b, Quantity)) or a.high is not None or b.high is not None:
        return False
    coarse, fine = (a, b) if ROUNDED_TO.get(a.unit or "") == b.unit else (b, a)
    if ROUNDED_TO.get(coarse.unit or "") != fine.unit:
        return False
    if coarse.amount != coarse.amount.to_integral_value() or coarse.amount < _ROUND_SPAN_MIN:
        return False
    return abs(ia[0] - ib[0]) * 2 < base_factor(coarse)


def us_gallons(unit: object) -> bool:
    """A unit in (US) gallons, which a writer may mean as imperial ones (`compatible` tries both):
    `factlinks` keeps such measures out of its one-reading base-unit places for that reason."""
    return isinstance(unit, str) and (unit == "gallon" or unit.startswith("gallon per "))


def _imperial(unit: str | None) -> str | None:
    """The unit with its gallon read as the imperial one ("gallon per day": "imperial gallon per day")."""
    return f"imperial {unit}" if us_gallons(unit) else unit


def _converted(a: Money | Quantity, b: Money | Quantity,
               ia: tuple[Decimal, Decimal], ib: tuple[Decimal, Decimal]) -> Decimal:
    """How far one figure written in two units may lie from itself: MAX_ROUNDING of the larger.

    A writer converting a figure rounds what the conversion gives: "70 km/h
    (43 mph)", "12,000 hectares (30,000 acres)", "8 inches (200mm)" are one
    figure each, 1-2% apart once in one unit, while a figure in its own unit
    keeps EXACT_TOLERANCE. Different figures stay apart: "36 hours" is not
    "two days", nor "15,200 hectares" "30,600 acres".

    A figure of one significant digit ("a four-mile zone" for 7 km, 4.35
    miles) is the conversion rounded to that digit: it may lie up to half a
    unit of the digit away, but never more than CONVERTED_DIGIT_REACH of the
    larger figure (a writer converting 2.4 km keeps "1.5 miles", not "one").
    Durations are left out: "two days" and "45 hours" are written as they
    are, not converted.
    """
    larger = max(abs(ia[1]), abs(ib[1]))
    reach = larger * MAX_ROUNDING
    if all(_significant_digits(v) >= PRECISE_MEASURE_DIGITS for v in (a, b)):
        # Two figures of three digits or more ("3,340 g" and "3.43 kg", "7lb 9oz" = 121 oz) are each
        # stated to their last digit: a conversion rounds at that digit, with a percent for a rough
        # factor ("1 lb = 0.45 kg"), so 3.34 kg is not 3.43 kg however close in 5%.
        halves = max(Decimal("0.5").scaleb(_exponent(v)) * base_factor(v) for v in (a, b))
        return min(reach, halves + larger * EXACT_TOLERANCE)
    for v in (a, b):
        dimension = _UNITS.get(str(getattr(v, "unit", "")), ("", Decimal(1)))[0]
        if v.high is not None or v.amount == 0 or dimension == "duration":
            continue  # a period is stated in its own unit ("two days", "45 hours"), not converted
        t = abs(v.amount).normalize().as_tuple()
        if len(t.digits) == 1 and isinstance(t.exponent, int):
            half = Decimal("0.5").scaleb(t.exponent) * base_factor(v)
            reach = max(reach, min(half, larger * CONVERTED_DIGIT_REACH))
    return reach


def _significant_digits(v: Money | Quantity) -> int:
    """How many significant digits a single figure has ("3,340" 3, "12,000" 2); 0 for a range or zero."""
    if v.high is not None or v.amount == 0:
        return 0
    return len(abs(v.amount).normalize().as_tuple().digits)


def _exponent(v: Money | Quantity) -> int:
    """The power of ten of a figure's last significant digit ("3,340" 1, "3.43" -2)."""
    exponent = abs(v.amount).normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _rates_agree(a: Money | Quantity, b: Money | Quantity) -> bool:
    """Two exchange rates agree when the more precise rounds to the other ("11.42" and "11.4", not "11.46").

    Rates move in their last digits: the relative EXACT_TOLERANCE of other
    figures would make 11.42 and 11.46 one rate. A hedged rate ("around
    11.33") may lie a whole unit of its last digit either side.
    """
    if not (isinstance(a, Rate) and isinstance(b, Rate)) or a.unit != b.unit:
        return False
    reach = max(rounding_step(a) * (2 if a.qualifier == APPROX else 1),
                rounding_step(b) * (2 if b.qualifier == APPROX else 1))
    return abs(a.amount - b.amount) <= reach


def _clock(a: ClockTime, b: ClockTime) -> bool:
    if a.halves or b.halves:
        return any(_clock(x, y) for x in _half_readings(a) for y in _half_readings(b))
    if a.reach or b.reach:
        return _hedged_clock(a, b)
    if a.utc is not None and b.utc is not None:
        return a.utc == b.utc
    if a.utc is None and b.utc is None:
        return (a.hour, a.minute) == (b.hour, b.minute)
    floating, zoned = (a, b) if a.utc is None else (b, a)
    readings = {(zoned.hour, zoned.minute)}
    if zoned.utc is not None and not zoned.local:
        readings.add(divmod(zoned.utc, 60))
    return (floating.hour, floating.minute) in readings


def _half_readings(c: ClockTime) -> tuple[ClockTime, ...]:
    """A clock whose half of the day is unknown (`ClockTime.halves`) as its a.m. and p.m. readings."""
    if not c.halves:
        return (c,)
    return (replace(c, halves=False), replace(c, hour=(c.hour + 12) % 24, halves=False))


def _hedged_clock(a: ClockTime, b: ClockTime) -> bool:
    """True when two clocks, one hedged ("around 7pm"), lie within a hedge's reach of each other.

    Why: "at around 7pm" rounds the 6:52 p.m. another outlet gives to the
    minute; both state one time. A sided hedge reaches one way only: "just
    after 11pm" is 11:15 p.m., never 10:50 p.m. (`hedged_window`). Readings
    are compared as `_clock` compares them (UTC when both know it, else any
    local or UTC reading of each).
    """
    if a.utc is not None and b.utc is not None:
        pairs = [(a.utc, b.utc)]
    else:
        pairs = [(x, y) for x in clock_readings(a) for y in clock_readings(b)]
    return any(_within(y - x, a) or _within(x - y, b) for x, y in pairs)


def hedged_window(c: ClockTime) -> range:
    """The minutes after a hedged clock's reading (negative: before) its hedge lets it stand for."""
    return range(0 if c.side > 0 else -c.reach, (0 if c.side < 0 else c.reach) + 1)


def _within(offset: int, c: ClockTime) -> bool:
    """True when a reading ``offset`` minutes after c's (mod a day) lies in c's hedged window."""
    window = hedged_window(c)
    return any(o in window for o in (offset % 1440, offset % 1440 - 1440))


def clock_readings(c: ClockTime) -> tuple[int, ...]:
    """A clock's local minute of the day, and its UTC one when known and not a declared local time."""
    local = c.hour * 60 + c.minute
    return (local,) if c.utc is None or c.local else (local, c.utc)


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


def _fiscal(d: DateValue) -> int | None:
    """The year of a company's unresolved "fiscal 2025" (extract/years.fiscal_year); None for other dates."""
    parts = (d.relative or "").split()
    if d.start is None and len(parts) == 2 and parts[0] == "fiscal" and parts[1].isdigit():
        return int(parts[1])
    return None


def _fiscal_fits(fiscal: int, other: DateValue) -> bool:
    """A company's "fiscal 2025" against another date: only the year it names, or that fiscal year again.

    A fiscal year starts in any month, so its days are unknown; what is
    known is that it is a year, named 2025: another outlet's "in 2025" or
    "last year" (2026's) names the same year of accounts, while a day
    ("Monday", "March 9") or another year is another fact. Before, the
    unresolved year fitted every date and joined whatever date fact stood
    nearest.
    """
    if other.start is None:
        return _fiscal(other) == fiscal
    return (other.start == dt.date(fiscal, 1, 1) and other.end == dt.date(fiscal, 12, 31))


def _dates(a: DateValue, b: DateValue) -> bool:
    if (fiscal := _fiscal(a)) is not None:
        return _fiscal_fits(fiscal, b)
    if (fiscal := _fiscal(b)) is not None:
        return _fiscal_fits(fiscal, a)
    if straddling(a) and straddling(b):
        # "2029-30" and "2030-31" share 2030, yet they are two seasons, one after the other
        return (a.start, a.end) == (b.start, b.end)
    if a.start is not None and a.end is not None and b.start is not None and b.end is not None:
        return a.start <= b.end and b.start <= a.end
    readings = undecided_readings(a.relative or ""), undecided_readings(b.relative or "")
    if readings[0] is not None and readings[1] is not None:
        return bool(readings[0] & readings[1])
    if readings[0] is not None or readings[1] is not None:
        undecided, other = (readings[0], b) if readings[0] is not None else (readings[1], a)
        assert undecided is not None
        if other.start is None or other.end is None:
            return True
        return any(other.start <= day <= other.end for day in undecided)
    if a.start is None and b.start is None:
        days = month_day(a.relative or ""), month_day(b.relative or "")
        if None not in days:
            return days[0] == days[1]
        return a.relative == b.relative or not (a.relative in _WEEKDAYS and b.relative in _WEEKDAYS)
    loose, fixed = (a, b) if a.start is None else (b, a)
    assert fixed.start is not None and fixed.end is not None
    if loose.relative in _WEEKDAYS:
        return fixed.start == fixed.end and _WEEKDAYS[fixed.start.weekday()] == loose.relative
    day = month_day(loose.relative or "")
    if day is not None and fixed.start == fixed.end:
        return (fixed.start.month, fixed.start.day) == day
    return True


def quote_words(q: QuoteValue) -> tuple[str, ...]:
    """A quotation's words with house style folded away ("aren't" = "are not"; see wording.py)."""
    return styled_words(q.norm or q.text)


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
    if common < SAME_QUOTE_MIN_WORDS or common / len(short) < SAME_QUOTE_SHARE:
        return False
    if len(short) == len(long) and common == len(short) - 1:  # one word swapped in a short quote
        return _share_own_words(a, b, most=1)
    if common == len(short) - 1 and _one_swap_window(short, long):
        # a trimmed quote with one word swapped ("a setback, not a failure" against "This is a
        # setback, not a disaster"): the short quote's own words are too few to share two
        return _share_own_words(a, b, most=1)
    return longest_run(short, long) >= SAME_QUOTE_RUN and _share_own_words(a, b)


def _one_swap_window(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when some run of ``long`` as long as ``short`` differs from it in exactly one word."""
    n = len(short)
    return any(sum(x != y for x, y in zip(short, long[i:i + n], strict=True)) == 1
               for i in range(len(long) - n + 1))


def longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Length of the longest run of words the two sequences share."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, start=1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def own_words(q: QuoteValue) -> list[str]:
    """The speaker's own content words: no function words, no names ("the Coastal Wetlands Act")."""
    names = {w.casefold() for w in re.findall(r"(?<=[a-z,;] )[A-Z][\w'-]*", q.text)}
    return [w for w in quote_words(q) if w not in names and w not in _FUNCTION_WORDS and len(w) > 2]


def _share_own_words(a: QuoteValue, b: QuoteValue, most: int = SAME_QUOTE_OWN_WORDS) -> bool:
    """Enough of the speaker's own words in common: ``most``, or all the shorter quote has."""
    from rapidfuzz.distance import LCSseq

    oa, ob = own_words(a), own_words(b)
    need = min(most, len(oa), len(ob))
    return int(LCSseq.similarity(oa, ob)) >= need


def quotes_agree(a: QuoteValue, b: QuoteValue) -> bool:
    """Same words, one possibly a sub-span of the other, or apart only in grammatical filler.

    Words joined or split by house style ("e-mail" and "email", "end game"
    and "endgame", "say-the" for "say – the") are the same words: the
    letters are compared run together when the words differ.
    """
    wa, wb = quote_words(a), quote_words(b)
    if _words_agree(wa, wb):
        return True
    # "... and I sat down" against "... and sat down": folded only here, as a last resort, since a cut
    # that starts at the repeated pronoun ("we expect ...") is a run of the whole as written.
    if _words_agree(without_repeated_subjects(wa), without_repeated_subjects(wb)):
        return True
    # An acronym one outlet spells out ("IE" and "Internet Explorer"): the same words in house style.
    fa, fb = _acronyms_of(wa, b.text), _acronyms_of(wb, a.text)
    if (fa, fb) != (wa, wb) and _words_agree(fa, fb):
        return True
    # "into Promises Treatment Center" against "into the Promises Treatment Center": one transcription
    # adds or drops words that carry no claim (an article, "that", a form of "be"; quotefiller.py).
    return filler_apart(wa, wb)


def _words_agree(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return False
    return _contains_run(long, short) or _letters(short) in _letters(long)


_ACRONYM = regex(r"\b[A-Z]{2,5}\b")


def _acronyms_of(ws: tuple[str, ...], other: str) -> tuple[str, ...]:
    """``ws`` with each run of words whose initials spell an acronym of ``other`` (in capitals) folded to it.

    Only acronyms the other quote prints in capitals count, and only when
    ``ws`` does not use that word itself: "in the" never becomes "it".
    """
    acronyms = {w.casefold() for w in _ACRONYM.findall(other)} - set(ws)
    if not acronyms:
        return ws
    out: list[str] = []
    i = 0
    while i < len(ws):
        for k in range(min(5, len(ws) - i), 1, -1):
            initials = "".join(w[0] for w in ws[i:i + k])
            if initials in acronyms:
                out.append(initials)
                i += k
                break
        else:
            out.append(ws[i])
            i += 1
    return tuple(out)


def _letters(ws: tuple[str, ...]) -> str:
    return "".join(ch for w in ws for ch in w if ch.isalnum())


@functools.lru_cache(maxsize=4096)
def speaker_key(name: str) -> tuple[str, ...]:
    """The folded words of a speaker's name, kept: the judge asks of the same few names for every pair."""
    return words(name)


def speakers_agree(a: str | None, b: str | None, *, people: frozenset[str] = frozenset()) -> bool:
    """Different named people diverge; roles, organizations and unknowns do not.

    ``people`` holds the names known to be persons (from entity mentions), so
    that "Sean Parnell" and "Pentagon" are told apart from two people.
    """
    if not a or not b:
        return True
    ka, kb = speaker_key(a), speaker_key(b)
    if ka == kb or not ka or not kb:
        return True
    if set(ka) & set(kb):
        return True  # "Anthropic spokesperson" against "Anthropic"; "Amodei" against "Dario Amodei"
    a_person, b_person = fold(a) in people, fold(b) in people
    return not (a_person and b_person)


def _same_elapsed(a: Elapsed, b: Elapsed) -> bool:
    """Two race times (extract/elapsed.py) agree to the second, or to the tenth when both give tenths.

    A time is the measurement itself, never a rounded figure: 2:04:31 and
    2:04:32 are two results, where 1% of either would span 75 seconds.
    """
    if a.amount % 1 and b.amount % 1:
        return a.amount == b.amount
    return int(a.amount) == int(b.amount)


def _precision(v: Money | Quantity) -> Decimal:
    """The unit of a figure's last written digit, in its base unit: 1 second for a race time.

    "192 minutes" is stated to the minute, "1.5 hours" to the tenth of an
    hour; a round "90 minutes" is still read to the minute (the digits say
    no more).
    """
    if isinstance(v, Elapsed):
        return base_factor(v)
    exponent = v.amount.as_tuple().exponent
    digit = Decimal(1).scaleb(min(exponent, 0)) if isinstance(exponent, int) else Decimal(1)
    return digit * base_factor(v)


def _timed_against_plain(a: Money | Quantity, b: Money | Quantity) -> bool:
    """A timed figure ("3hr 12min") and a plain duration ("192 minutes") agree within the coarser precision.

    The plain figure is the timed one written to its own unit, rounded or
    cut: "eight minutes" and "nine minutes" both state 8:41, "192 minutes"
    states 3:12:00 and not 3:14:00. Neither the relative tolerance nor the
    rounding of converted figures (5%) applies: a time is a measurement.
    Hedges ("less than nine minutes", "about two hours") are left to the
    rules of plain figures (amounts_fit).
    """
    (a_lo, a_hi), (b_lo, b_hi) = base_unit_value(a), base_unit_value(b)
    reach = max(_precision(a), _precision(b))
    return a_lo - reach < b_hi and b_lo - reach < a_hi


def compatible(a: Mention, b: Mention) -> bool:
    """True when two mentions of one slot state compatible values (see module doc)."""
    if not comparable(a, b):
        return False
    va, vb = a.value, b.value
    if isinstance(va, Money) and isinstance(vb, Money) and va.basis and vb.basis and va.basis != vb.basis:
        return False  # a price with the fees and one without are two amounts, however close
    if isinstance(va, Money | Quantity) and isinstance(vb, Money | Quantity):
        return amounts_fit(va, vb)
    if isinstance(va, Interval) and isinstance(vb, Interval):
        return same_event(va, vb) and amounts_fit(va.span, vb.span)
    wa, wb = window_length(va), window_length(vb)
    if wa is not None and isinstance(vb, Quantity):
        return amounts_fit(wa, vb)
    if wb is not None and isinstance(va, Quantity):
        return amounts_fit(va, wb)
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
    if isinstance(va, TallySide) or isinstance(vb, TallySide):
        return sides_agree(va, vb)
    return va == vb


def figure_key(m: Mention) -> Hashable:
    """What :func:`compatible` reads of a mention: its kind, slot, cues and value (Decimals as written).

    It reads no source, passage, span or wording, so two mentions of one key answer alike against any
    third: a sum or a measure keys by those fields, with its Decimals as written (`written_form`: "5" and
    "5.0" are one worth, two precisions). Any other value keys by the mention itself, pooled with none.
    """
    v = m.value
    if isinstance(v, Money | Quantity):
        return (m.kind, m.slot, m.cues, v, written_form(v))
    return id(m)


def distinct_figures(ms: Sequence[Mention]) -> list[Mention]:
    """The first mention of each :func:`figure_key` among ``ms``, in order."""
    firsts: dict[Hashable, Mention] = {}
    for m in ms:
        firsts.setdefault(figure_key(m), m)
    return list(firsts.values())


def all_compatible(figures: Sequence[Mention]) -> bool:
    """``all(compatible(a, b) for i, a in enumerate(figures) for b in figures[i + 1:])``, each figure once.

    Why: an agreed fact at 80 sources holds some 80 figures, a dozen of them distinct, and its
    consensus asked compatible of all 3,160 pairs (loneclaimrivals, lonerivals: a quadratic step of
    the judge). Each ordered pair of keys (`figure_key`) met in that walk is asked once instead: a key
    against itself when it occurs twice, ka before kb when some ka precedes some kb. compatible is
    pure and reads only the key, so the answer is the walk's.
    """
    first: dict[Hashable, int] = {}
    last: dict[Hashable, int] = {}
    reps: dict[Hashable, Mention] = {}
    for n, m in enumerate(figures):
        k = figure_key(m)
        if k not in first:
            first[k], reps[k] = n, m
        last[k] = n
    keys = list(first)  # by first place: ka before kb here means some ka precedes some kb
    for i, ka in enumerate(keys):
        a = reps[ka]
        if last[ka] > first[ka] and not compatible(a, a):
            return False
        for kb in keys[i + 1:]:
            b = reps[kb]
            if not compatible(a, b) or (first[kb] < last[ka] and not compatible(b, a)):
                return False
    return True
