"""Measures: a figure's unit normalized ("hrs" -> "hour", "km" -> "kilometer") and the measure it makes.

Split out of numbers.py because units are one table-driven job
(``unit_name``, whose names datasize.py's table follows) shared by the
classifier (numberclassify) and the parser of canonical text (numberparse).
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import STOP_WORDS, Amount, hedge_before, singular
from sourcediff.extract.datasize import in_bytes
from sourcediff.extract.numberbase import Found
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.volumes import in_liters
from sourcediff.model import Kind
from sourcediff.values import Quantity

# The cue of a span of time counted back from now ("30 years ago"): a point in time, not a duration.
AGO = "ago"
# The prefix of a cue naming the noun a span is "of" ("a lock-up of six months" -> "of:lock"): weaker than
# a modified noun's cue, it only lets the span meet a hyphenated one about that noun (compat.same_thing).
SPAN_OF_PREFIX = "of:"
# How far before a span its "NOUN of" head may start, in characters.
_SPAN_OF_REACH = 40
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                         "century"})

_UNIT_ALIASES = {
    "sec": "second", "s": "second", "min": "minute", "hr": "hour", "yr": "year", "mi": "mile",
    "km": "kilometer",
    "nm": "nautical mile", "nmi": "nautical mile",
    "kilometre": "kilometer", "metre": "meter", "m": "meter", "centimetre": "centimeter", "cm": "centimeter",
    "millimetre": "millimeter", "mm": "millimeter", "nanometre": "nanometer", "feet": "foot", "ft": "foot",
    "metric ton": "tonne",
    "lb": "pound", "oz": "ounce", "g": "gram",
    # A dose or a nutrient as a label or a health page writes it: "41 µg" (or "mcg") is "41 micrograms".
    "mg": "milligram", "mcg": "microgram", "µg": "microgram", "μg": "microgram",
    "bbl": "barrel", "litre": "liter", "cubic metre": "cubic meter",
    # Gas is measured in cubic feet or cubic metres: the energy trade writes a field's reserves "3.2 Tcf"
    # (trillion cubic feet), "410 Bcf" or "90 bcm" (billion cubic metres), a paper "3.2 trillion cubic
    # feet" or "90 billion cubic metres"; compat.py converts them, so the field's one volume meets.
    "cubic feet": "cubic foot", "cu ft": "cubic foot", "tcf": "trillion cubic foot",
    "bcf": "billion cubic foot", "bcm": "billion cubic meter",
    # A well's or a field's flow: "48 MMscf/d" (million standard cubic feet a day) or "1.2 Bcf/d" in the
    # trade, "48 million standard cubic feet per day" in a wire.
    "standard cubic feet": "cubic foot", "mmscf/d": "million cubic foot per day",
    "mmcf/d": "million cubic foot per day", "bscf/d": "billion cubic foot per day",
    "bcf/d": "billion cubic foot per day",
    # The oil trade writes a rate of output "600,000 bpd", "1.8 million b/d" or "0.65 million bbl/d".
    "bpd": "barrel per day", "b/d": "barrel per day", "bbl/d": "barrel per day",
    # A ship's or a dredger's trade press writes "27,000 m³" (or "m3"), "189,000 dwt" (deadweight, in
    # tonnes), "40 kn" (knots; lower case only, "kN" is a kilonewton) and "18 t" (tonnes, lower case).
    "m³": "cubic meter", "m3": "cubic meter", "dwt": "tonne", "kn": "knot", "t": "tonne",
    # A ship's gross tonnage, "(38,500 GT)", "9,400 GRT", "a 5,000-gross-ton freighter", is what a general
    # paper writes "a 38,500-tonne ship"; deadweight spelled out is the trade's "dwt".
    "gt": "tonne", "grt": "tonne", "gross ton": "tonne", "gross tonne": "tonne",
    "gross register ton": "tonne", "gross register tonne": "tonne", "deadweight ton": "tonne",
    "deadweight tonne": "tonne",
    # Wine is counted in hectolitres: "210,000 hl" is "210,000 hectolitres" (and 21 million litres).
    "hectolitre": "hectoliter", "hl": "hectoliter",
    # The commodity and fishing trade's "214kt" (a quota, a harvest, an output) is a general paper's
    # "214,000 tonnes"; compat.py converts kilotonnes and megatonnes to tonnes' mass.
    "kt": "kilotonne", "kiloton": "kilotonne", "kilo ton": "kilotonne", "kilo tonne": "kilotonne",
    "megaton": "megatonne", "mega ton": "megatonne", "mega tonne": "megatonne",
    "mt": "megatonne",  # "7.3 Mt of CO2" (patterns.NUM_UNIT takes "Mt" only, capital M)
    "kilolitre": "kiloliter", "megalitre": "megaliter", "gigalitre": "gigaliter",
    # A dose or a serving ("250 ml", "250mL", "250 millilitres") is a thousandth of a litre (volumes.py).
    "millilitre": "milliliter", "ml": "milliliter",
    "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
    # The science press gives an energy in joules ("12.6 MJ") and a pulse in milliseconds ("8,400 ms").
    "kj": "kilojoule", "mj": "megajoule", "gj": "gigajoule", "tj": "terajoule", "ms": "millisecond",
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "°": "degree", "°c": "degree celsius",
    "kv": "kilovolt",  # a line's or a substation's voltage: "345 kV" is a paper's "345-kilovolt"
    # A solar plant's peak rating ("48 MWp", "48 megawatts peak") is the capacity other outlets give in MW.
    "kwp": "kilowatt", "mwp": "megawatt", "gwp": "gigawatt", "kilowatt peak": "kilowatt",
    "megawatt peak": "megawatt", "gigawatt peak": "gigawatt",
    # A plant's electrical capacity in the power trade ("1,150 MWe") is the megawatts a paper writes.
    "kwe": "kilowatt", "mwe": "megawatt", "gwe": "gigawatt",
    "°f": "degree fahrenheit", "degree c": "degree celsius", "degree f": "degree fahrenheit",
    "c": "degree celsius", "f": "degree fahrenheit", "kilo": "kilogram", "kmph": "km/h",
    "celsius": "degree celsius", "fahrenheit": "degree fahrenheit",
    # The science press gives a planet's, a star's or a lab's temperature in kelvin: "288 K" (capital K
    # after a space only: "50K" is fifty thousand), "288 Kelvin". compat.py converts it to Celsius.
    "k": "kelvin",
    # An astronomer's distance: "41 light-years" ("41 ly"), "12.6 parsecs" ("12.6 pc" only before a
    # bracketed distance in light-years: "pc" alone is a British per cent). compat.py converts them.
    # A device's specification (patterns._N_DEVICE_UNIT): "5200mAh", "200MP", "120Hz", "80W", "6.7in", "31h".
    "mah": "milliampere hour", "milliamp hour": "milliampere hour", "mp": "megapixel", "hz": "hertz",
    "khz": "kilohertz",
    # A holding of radio spectrum (extract/spectrum.py): "140 MHz", "140 megahertz", "0.14 GHz".
    "mhz": "megahertz", "ghz": "gigahertz",
    "w": "watt", "in": "inch", "h": "hour",
    "light year": "light year", "ly": "light year", "pc": "parsec",
    # A near-Earth asteroid's miss distance in the Moon's distances: "0.81 lunar distances", "0.81 LD".
    "ld": "lunar distance",
    # A latitude or longitude ("71.4°S", "12° N") is in the degrees a paper writes "71.4 degrees south".
    **{f"°{sp}{point}": "degree" for sp in ("", " ") for point in "nsew"},
    "stunden": "hour", "minuten": "minute",
    "tag": "day", "tage": "day", "tagen": "day", "wochen": "week", "monate": "month", "monaten": "month",
    "jahre": "year", "jahren": "year", "kilometern": "kilometer", "tonnen": "tonne",
    "square km": "square kilometer", "sq km": "square kilometer", "square kilometre": "square kilometer",
    # A trade or farming outlet writes land "180 ha"; lower case only ("HA" is an initialism).
    "ha": "hectare",
    # The farm trade press counts a crop's area in thousands or millions of hectares: "640 kha", "3.1 Mha".
    "kha": "kilohectare", "mha": "megahectare",
    # Power to weight (a cyclist's climb): "6.2W/kg" is "6.2 watts per kilogram".
    "w/kg": "watt per kilogram", "watt per kilo": "watt per kilogram", "watt a kilo": "watt per kilogram",
    "watt a kilogram": "watt per kilogram",
    # Pressures (patterns._N_PRESSURE): the short forms spelled out, as "km" is.
    "mbar": "millibar", "hpa": "hectopascal", "kpa": "kilopascal", "mpa": "megapascal",
    # Speeds keep their usual short names (compat.py converts between them): a speed is never a distance.
    "mph": "mph", "mile per hour": "mph", "km/h": "km/h", "km/hr": "km/h", "kph": "km/h", "kmh": "km/h",
    "kilometer per hour": "km/h", "kts": "knot", "m/s": "m/s", "meter per second": "m/s",
    # A meteor's, a rocket's or a probe's speed: the science press writes "17 km/s", a wire "17 kilometres
    # per second", a tabloid "38,000 mph" (compat.py converts them all).
    "km/s": "km/s", "km/sec": "km/s", "kilometer per second": "km/s", "mile per second": "mile per second",
    # An area with its power sign, as the technical press writes it: "3 km²" is "3 square kilometres".
    "km²": "square kilometer", "km2": "square kilometer", "mi²": "square mile", "sq mi": "square mile",
    # A building's or a site's floor area: "14,000 m²" (or "m2", "sq m") is "14,000 square metres", and
    # "sq ft" and "ft²" are square feet (compat.py converts between them).
    "m²": "square meter", "m2": "square meter", "sq m": "square meter", "square metre": "square meter",
    "ft²": "square foot", "sq ft": "square foot", "square feet": "square foot",
    # Many papers shorten only "square" and spell the unit: "0.8 sq miles", "40 sq metres" (read singular).
    "sq mile": "square mile", "sq kilometer": "square kilometer", "sq kilometre": "square kilometer",
    "sq meter": "square meter", "sq metre": "square meter",
    "sq foot": "square foot", "sq feet": "square foot",
    # Concentrations (a doping or a water test): "3.6 ng/mL" is "3.6 nanograms per millilitre".
    **{f"{short}g/{vol}l": f"{prefix}gram per {volume}liter"
       for short, prefix in (("p", "pico"), ("n", "nano"), ("µ", "micro"), ("μ", "micro"), ("u", "micro"),
                             ("m", "milli"))
       for vol, volume in (("m", "milli"), ("d", "deci"), ("", ""))},
    **{f"{prefix}gram per {volume}{liter}": f"{prefix}gram per {volume}liter"
       for prefix in ("pico", "nano", "micro", "milli") for volume in ("milli", "deci", "")
       for liter in ("liter", "litre")},
    # Particles or a gas in air (smog, smoke, a leak): "287 µg/m³" is "287 micrograms per cubic metre".
    **{f"{short}g/{cubic}": f"{prefix}gram per cubic meter"
       for short, prefix in (("n", "nano"), ("µ", "micro"), ("μ", "micro"), ("u", "micro"), ("m", "milli"))
       for cubic in ("m³", "m3", "cu m", "cum")},
    **{f"{prefix}gram per cubic {meter}": f"{prefix}gram per cubic meter"
       for prefix in ("pico", "nano", "micro", "milli") for meter in ("meter", "metre")},
    # A sound level: "54 dB(A)", "54 dBA" and "54 dB" are the "54 decibels" a paper writes.
    "db": "decibel", "db(a)": "decibel", "db (a)": "decibel", "dba": "decibel",
    # Gas in air or a pollutant in water (a chemical leak, smoke): "35 ppm" is "35 parts per million".
    "part per million": "ppm", "part per billion": "ppb",
}
# A device's units the gadget press sets close to the digits as a modifier, as a paper hyphenates them:
# "a 48MP camera" is "a 48-megapixel camera", "a 6.1in screen" "a 6.1-inch screen".
_DEVICE_UNITS = frozenset({"milliampere hour", "megapixel", "hertz", "watt", "inch"})
# Units of temperature, the only measures a sign before the figure makes negative (P.NUM_BELOW_ZERO_BEFORE).
_TEMPERATURES = frozenset({"degree", "degree celsius", "degree fahrenheit"})
# How far before a duration its saving words may stand ("cut the journey between two towns by").
_SAVED_REACH = 48
# The words before a spelled "one"/"an" that make it a span's figure: "for an hour", "took an hour",
# "waited an hour", "delayed by an hour" (the "an" patterns.NUM_A_BY_SPAN reads).
_DURATION_LEADS = frozenset("for in within after only just than of over last lasted took by lasts lasting "
                            "take takes taking spent spend spends spending waited wait waits waiting".split())


# A count in a sample's volume, whatever it counts and however written: "CFU/100 mL", "colonies per 100
# millilitres", "per 100 ml" are one unit (P.NUM_PER_VOLUME_UNIT), so a lab's and a paper's figures meet.
# The slot prefix of such a count ("number:per 100 milliliter"), for numbers.extract.
PER_VOLUME = "number:per "
_VOLUMES = {"milli": "milliliter", "m": "milliliter", "deci": "deciliter", "d": "deciliter"}
_VOLUME_NAMES = ("milliliter", "deciliter", "microliter")


_IN_EVERY = re.compile(r"^((?:pico|nano|micro|milli)grams?)(?: of [a-z][a-z -]*?)? "
                       r"(?:in (?:every|each|a)|per) ")


def unit_name(surface: str) -> str:
    """The normalized measure unit, singular and spelled out ("hrs" -> "hour", "km" -> "kilometer")."""
    if short := P.BIG_VOLUME_SHORT.fullmatch(surface.strip()):  # "Ml/d": read before case is folded
        name = "megaliter" if short["v"].startswith("M") else "gigaliter"
        return f"{name} per day" if short["day"] else name
    key = re.sub(r"\s*/\s*", "/", surface.lower().replace(".", ""))
    key = re.sub(r"[\s-]+", " ", key).strip()
    # "micrograms of toxin in every litre", "micrograms of nitrogen dioxide per cubic metre": a
    # concentration as a popular paper words it, the substance named between (per litre, per cubic metre).
    key = _IN_EVERY.sub(r"\1 per ", key)
    if key in _UNIT_ALIASES:
        return _UNIT_ALIASES[key]
    key = " ".join(singular(w) for w in key.split())
    if key not in _UNIT_ALIASES and (per := P.NUM_PER_VOLUME_UNIT.fullmatch(key)):
        volume = _VOLUMES.get(per["vol"], "microliter")
        rate = f"per {per['n']} {volume}" if per["n"] else f"per {volume}"
        measure = P.NUM_PER_VOLUME_MEASURE.fullmatch(per["what"] or "")
        return f"{measure.lastgroup} {rate}" if measure is not None else rate
    return _UNIT_ALIASES.get(key, key)


def in_volume(slot: str) -> bool:
    """Whether ``slot`` is a figure in a sample's volume: "number:per 100 milliliter", "...gram per 100 ...".

    The volume's own figure ("100" of "5g per 100ml") is part of that
    figure's unit, no measure of its own (numbers.extract skips it).
    """
    return slot.startswith(PER_VOLUME) or (" per " in slot and slot.endswith(_VOLUME_NAMES))


def _unit(m: re.Match[str]) -> str:
    """The unit of a measure match, reading a chipmaker's "nm" ("a 12nm process") as a nanometre.

    "nm" is also the sea's nautical mile ("12 nm off the cape"); only the
    chip words after it (P.NUM_NM_CHIP_AFTER) make it the size a
    semiconductor process is named by, which another outlet spells
    "12-nanometre".
    """
    name = unit_name(m["unit"])
    if name == "nautical mile" and m["unit"] == "nm" and P.NUM_NM_CHIP_AFTER.match(m.string, m.end("unit")):
        return "nanometer"
    return name


def _volume(name: str) -> bool:
    """A unit of volume ("liter", "gallon"): its flow names its stuff ("litres of water a day")."""
    return name.endswith(("liter", "gallon", "barrel", "cubic meter", "cubic foot"))


def _measure(m: re.Match[str]) -> str:
    """The unit with its rate; "miles per hour" and "km an hour" are the speeds "mph" and "km/h"."""
    name = _unit(m)
    per = m["per"] or (m["per_short"] and "year")  # "52 GWh/yr" is "52 GWh a year"
    if not per or (m["stuff"] and not _volume(name)):
        return name  # "40 tonnes of waste a week": the tonnes, as before the stuff was read
    rate = f"{name} per {per.lower()}"
    return _UNIT_ALIASES.get(rate, rate)


def _bracketed_rate(text: str, a: Amount, m: re.Match[str], unit: str) -> str:
    """The unit with the period told after a conversion in brackets: "1.2 million gallons (4.5 million
    litres) of water a day" is a flow in both units, "80 km (50 miles) an hour" a speed in both.

    The period follows the bracket, so NUM_UNIT, reading it right after the unit, left both figures bare
    volumes or lengths, and neither met another outlet's "4.5 million litres per day". The figure before
    the bracket reads past it (P.NUM_RATE_AFTER_BRACKET); the one inside it, opened by "(", reads past
    its ")" (P.NUM_RATE_AFTER_CLOSE). As in :func:`_measure`, a stuff named before the period ("of
    water") makes a rate of a volume only: "40 tonnes (44 tons) of waste a week" stays tonnes.
    """
    if m["per"] or m["per_short"]:
        return unit
    rate = P.NUM_RATE_AFTER_BRACKET.match(text, m.end())
    if rate is None and text[:a.start].rstrip().endswith("("):
        rate = P.NUM_RATE_AFTER_CLOSE.match(text, m.end())
    if rate is None or (rate["stuff"] and not _volume(unit)):
        return unit
    name = f"{unit} per {rate['per'].lower()}"
    return _UNIT_ALIASES.get(name, name)


def _with_unit(text: str, a: Amount, m: re.Match[str]) -> Found:
    """A measured quantity; "over two days" is a duration, not a hedge, so "over" is left out there.

    "a little over a year", "slightly over two hours" keep it: the word of degree makes "over" the hedge
    "just over" is, a span just above the figure.
    """
    unit, start, qualifier = _bracketed_rate(text, a, m, _measure(m)), a.start, a.qualifier
    over = re.match(r"over\s+", text[a.start:a.num_start], re.IGNORECASE)
    if over and unit in TIME_UNITS and not P.NUM_DEGREE_OF_OVER_BEFORE.search(text, max(0, a.start - 12),
                                                                              a.start):
        start, qualifier = a.start + over.end(), None
    if unit == "kilotonne" and m["unit"] == "kt" and P.NUM_KNOT_CONTEXT.search(
            _sentence_around(text, a.start, m.end())):
        unit = "knot"  # "gusts of 45kt", "cruising at 18 kt": a speed, not a kilotonne
    low, unit, high = in_bytes(a.low, unit, a.high)  # "800GB" and "800 gigabytes": one size, in bytes
    if unit in _TEMPERATURES and (sign := P.NUM_BELOW_ZERO_BEFORE.search(text, max(0, a.num_start - 8),
                                                                        a.num_start)):
        # "minus 280 degrees Fahrenheit" is -173 C, another outlet's "−170 °C"; read unsigned, 280 F is +138 C
        start, low, high = min(start, sign.start()), -low, (None if high is None else -high)
        qualifier = qualifier or hedge_before(text, sign.start())  # "about −170 °C" is hedged all the same
    low, unit, high = in_liters(low, unit, high)  # "178 megalitres" and "178 million litres": one volume
    value = Quantity(low, unit, qualifier, high)
    cues = _modified(text, m)
    if unit in TIME_UNITS and not cues:
        cues += _span_of(text, start)
    if unit in TIME_UNITS and P.NUM_AGO_AFTER.match(text, m.end()):
        cues += (AGO,)  # "30 years ago" is a point in time, never the length of something
    elif unit in TIME_UNITS and P.NUM_SAVED_TIME_BEFORE.search(text, max(0, start - _SAVED_REACH), start):
        cues += (CHANGE,)  # "a saving of 35 minutes" beside "from 80 to 45 minutes": the change, not a level
    return Found(Kind.NUMBER, start, _half_end(text, m.end(), low), value, f"number:{unit}", cues)


def boxed_measure(a: Amount, surface: str) -> Found:
    """A fact box's bare figure in the unit its label names (labels.label_unit), as a measure written so."""
    low, unit, high = in_bytes(a.low, unit_name(surface), a.high)
    low, unit, high = in_liters(low, unit, high)
    value = Quantity(low, unit, a.qualifier, high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, f"number:{unit}", ())


# The fraction of "and a half", "and a quarter", "and three quarters" after a span's unit.
_SPAN_FRACTIONS = (Decimal("0.5"), Decimal("0.25"), Decimal("0.75"))


def _half_end(text: str, end: int, low: Decimal) -> int:
    """Where a span ends: after the half of "a day and a half" (1.5, amounts._decades), else at its unit.

    Its mention read "a day" while it meant a day and a half, and a report
    showed "a day in 2 sources" for another outlet's "36 hours".
    """
    half = P.NUM_AND_A_HALF_AFTER.match(text, end)
    return half.end() if half is not None and low % 1 in _SPAN_FRACTIONS else end


def _modified(text: str, m: re.Match[str]) -> tuple[str, ...]:
    """The noun a hyphenated measure describes: "a five-year deal" -> ("deal",); never "five weeks".

    A measure written as a modifier is a property of that noun; the same
    figure and unit about another noun ("a three-hour show", "a three-hour
    wait") is another fact.
    """
    between = text[m.start():m.start("unit")]
    unit = _unit(m)
    close_set = not between and unit in _DEVICE_UNITS  # "a 48MP camera", "a 6.1in screen"
    # A chip's size names its process however it is spaced: "a 5 nm node", "a 5nm node", "a 5-nanometre node".
    close_set = close_set or (unit == "nanometer" and not between.strip())
    if not (between.lstrip().startswith("-") or close_set) or m["per"]:  # not "six bone-dry days"
        return ()
    noun = P.NUM_MODIFIED_NOUN.match(text, m.end())
    if noun is None or noun["noun"] in STOP_WORDS:
        return ()
    return (singular(noun["noun"]),)


def _span_of(text: str, start: int) -> tuple[str, ...]:
    """The nouns of the phrase a span is "of": "a lock-up of six months" -> ("of:lock",).

    One outlet writes "a 180-day lock-up", another "a lock-up of six months":
    the same property of one noun, which the hyphenated span carries as its
    cue (`_modified`) and the other only names before "of". Each noun is
    given with SPAN_OF_PREFIX, so the span still meets a bare one as before.
    """
    head = P.NUM_SPAN_OF_HEAD.search(text, max(0, start - _SPAN_OF_REACH), start)
    if head is None:
        return ()
    nouns = (w.split("-")[0] for w in head["head"].split())
    return tuple(SPAN_OF_PREFIX + singular(n) for n in nouns if len(n) >= 3 and n not in STOP_WORDS)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, at most _CUE_REACH characters either side."""
    lo, hi = max(0, start - _CUE_REACH), min(len(text), end + _CUE_REACH)
    left = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    right = min((i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i >= 0), default=hi)
    return text[(left + 1 if left >= 0 else lo):right]


def spaced_scale_ok(text: str, a: Amount, m: re.Match[str]) -> bool:
    """Whether a scale letter set apart ("minus 39.8 C", "a high of 31 F") really is degrees.

    Wire and Canadian press write the letter after a space; so does a
    label ("Zone 5 C", "Form 12 F"). A sign before the figure or a word of
    weather in the sentence ("temperature", "wind chill", "cold") makes it
    degrees; a letter glued to the digits ("46.2C") needs neither.
    """
    gap = text[a.num_end:m.start("unit")]
    if m["unit"] not in ("C", "F") or not gap or not gap.isspace():
        return True
    if P.NUM_BELOW_ZERO_BEFORE.search(text, max(0, a.num_start - 8), a.num_start):
        return True
    return P.NUM_TEMPERATURE_CUE.search(_sentence_around(text, a.start, m.end())) is not None


def signed_degrees(text: str, a: Amount) -> Found | None:
    """A figure below zero with no unit in a sentence about the weather: "the wind chill reached minus 52".

    A wind chill index, a forecast low or a thermometer reading is often
    written with no scale; the sign and the weather words make it degrees
    (a scale left unsaid is compared as Celsius, compat.py), so another
    outlet's "−52" meets it and "minus 62F" can be judged against it.
    Only "minus" or a real minus sign count: a hyphen before a bare figure
    is too often a dash or a range.
    """
    if a.spelled or a.high is not None or a.currency:
        return None
    sign = P.NUM_SIGNED_BARE_BEFORE.search(text, max(0, a.num_start - 8), a.num_start)
    if sign is None or P.NUM_TEMPERATURE_CUE.search(_sentence_around(text, a.start, a.num_end)) is None:
        return None
    qualifier = a.qualifier or hedge_before(text, sign.start())
    value = Quantity(-a.low, "degree", qualifier, None)
    return Found(Kind.NUMBER, min(a.start, sign.start()), a.num_end, value, "number:degree", ())


# How far from a figure the weather words that make it a temperature may stand (characters, one sentence).
_CUE_REACH = 160


def _idiomatic_one(text: str, a: Amount) -> bool:
    """ "one day we will": spelled "one" before a unit is an idiom unless "for", "in", "within"... leads.

    The "a" of "a decade" (amounts._a_decade) is read only before "decade", which makes no such idiom:
    "crowns a decade of research" states ten years as plainly as "after a decade" does.
    """
    if (not (a.spelled and a.low == 1 and a.high is None) or a.qualifier
            or text[a.num_start:a.num_end].lower() == "a"):
        return False
    before = text[:a.start].split()
    return not (before and before[-1].lower() in _DURATION_LEADS)
