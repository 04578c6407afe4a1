"""Numbers and percentages: "less than 48 hours", "two issues", "more than 1,000 people", "12.5%".

Figures are read by the scanner in :mod:`sourcediff.extract.amounts`, shared
with :mod:`sourcediff.extract.money`; this module decides which of those
without a currency are counts, measures or percents. Numbers are the noisiest
fact kind (years, dates, clock times, model names, URLs), so this module is
deliberately conservative: a plain count is emitted only with the noun it
counts, and anything that looks like part of another fact is left alone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sourcediff.extract import elapsed, levels, ordinals, ranks, setscores, tallies
from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import (
    STOP_WORDS,
    Amount,
    attached_after,
    attached_before,
    hedge_before,
    in_code,
    is_noise,
    is_plural,
    left_match,
    percent_quantity,
    percent_unit,
    scan_amounts,
    singular,
)
from sourcediff.extract.cues import may_contain_ci
from sourcediff.extract.datasize import in_bytes
from sourcediff.extract.labels import label_cues
from sourcediff.extract.roles import PART, ROLE_PREFIX, ROLE_WORDS, count_role, role_cue
from sourcediff.extract.updates import update_cue
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.values import APPROX, Quantity

# The cue of a span of time counted back from now ("30 years ago"): a point in time, not a duration.
AGO = "ago"
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})

_UNIT_ALIASES = {
    "sec": "second", "min": "minute", "hr": "hour", "yr": "year", "mi": "mile", "km": "kilometer",
    "nm": "nautical mile", "nmi": "nautical mile",
    "kilometre": "kilometer", "metre": "meter", "m": "meter", "centimetre": "centimeter", "cm": "centimeter",
    "millimetre": "millimeter", "mm": "millimeter", "feet": "foot", "ft": "foot", "metric ton": "tonne",
    "lb": "pound", "oz": "ounce", "bbl": "barrel", "litre": "liter", "cubic metre": "cubic meter",
    "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "°": "degree", "°c": "degree celsius",
    "°f": "degree fahrenheit", "degree c": "degree celsius", "degree f": "degree fahrenheit",
    "c": "degree celsius", "f": "degree fahrenheit", "kilo": "kilogram", "kmph": "km/h",
    "stunden": "hour", "minuten": "minute",
    "tag": "day", "tage": "day", "tagen": "day", "wochen": "week", "monate": "month", "monaten": "month",
    "jahre": "year", "jahren": "year", "kilometern": "kilometer", "tonnen": "tonne",
    "square km": "square kilometer", "sq km": "square kilometer", "square kilometre": "square kilometer",
    # A trade or farming outlet writes land "180 ha"; lower case only ("HA" is an initialism).
    "ha": "hectare",
    # Speeds keep their usual short names (compat.py converts between them): a speed is never a distance.
    "mph": "mph", "mile per hour": "mph", "km/h": "km/h", "km/hr": "km/h", "kph": "km/h", "kmh": "km/h",
    "kilometer per hour": "km/h", "kt": "knot", "kts": "knot", "m/s": "m/s", "meter per second": "m/s",
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
    # Gas in air or a pollutant in water (a chemical leak, smoke): "35 ppm" is "35 parts per million".
    "part per million": "ppm", "part per billion": "ppb",
}

_ADJECTIVE_ENDINGS = ("ed", "al", "ic", "ive", "ous", "ful", "less", "ary", "ing", "ly", "ent", "ant")
# After "one" these nouns make an idiom ("one day", "one source said"), not a figure to check.
_ONE_IDIOMS = frozenset(
    "day time way thing hand side point reason example question another other more last source official "
    "moment place night morning evening afternoon thing".split())
# Head nouns before "of"/a verb that make the figure something other than a count: an age, a rank,
# a score, a label ("the age of 12", "a score of 3", "section 4 of", "a scale of 1 to 10"), or an
# ordinal, a number word or a quantifier ("the first of 12", "one of 12", "out of 12").
_NOT_HEADS = frozenset(
    "age ages aged section sections article articles chapter chapters clause clauses paragraph page pages "
    "rule rules score scores scale number numbers version versions room flight platform gate route level "
    "grade class size year years month months week weeks day days hour hours minute minutes second "
    "height temperature rank ranking place position round stage phase term out first second third fourth "
    "fifth sixth seventh eighth ninth tenth last next top bottom one two three four five six seven eight "
    "nine ten several many few some any none each none dozen hundred thousand million billion "
    "sort kind type lot couple pair series set range half quarter share percent cent point points".split())
# Words that may follow a figure that ends its noun phrase, besides function words ("rose to 12 last year").
_PHRASE_FOLLOWERS = frozenset(
    "last this next since yesterday today tonight overnight earlier later according compared following "
    "after during amid despite including".split())
# How far after a figure its earlier or later value may stand ("rose to 61 on Tuesday, up from 9").
_UPDATE_REACH = 48
# How far after a count a later item of its list may stand (one place phrase: "at the company's
# engineering centre in Altenbrück, Germany, 410 at ...").
_LIST_REACH = 100
_DURATION_LEADS = frozenset("for in within after only just than of over last lasted took".split())
_BEFORE_ONE = frozenset("no any every each the this that which".split())
# Capitalized words that may stand right before a figure without making it a label ("In 12 states").
_FUNCTION_WORDS = frozenset(
    "the these those in on at for about around nearly some all only just by with from after before over "
    "under more less and but of to up as least almost roughly approximately another its their his her our "
    "my your than while when since until during within per each every there here it they we he she i you "
    "were was are is another additional another both".split())



# --- noise: figures that are labels, not quantities ---------------------------------------------


def _is_label(text: str, a: Amount) -> bool:
    """ "Section 230", "Boeing 737", "No. 10": a capitalized name right before digits makes them a name."""
    if a.qualifier:
        return False
    if a.spelled:
        return text[a.num_start].isupper() and not _sentence_start(text, a.num_start)
    m = left_match(P.NUM_LABEL_BEFORE, text, a.start, 32)
    if m is None:
        return False
    if m["no"]:
        return True
    word = m["word"].rstrip(".")
    return word.lower() not in _FUNCTION_WORDS and not word.endswith(("'s", "’s"))


def _sentence_start(text: str, pos: int) -> bool:
    """True at a sentence's first word, also right after a live blog entry's opening clock stamp."""
    before = text[:pos].rstrip()
    if not before or before[-1] in ".!?:;\"“”'‘’([—–-":
        return True
    line = before[before.rfind("\n") + 1:]
    return len(line) <= 16 and P.ENTRY_STAMP.fullmatch(line) is not None


# --- classification: percent, measure, age, count ---------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A figure classified: the mention it makes and the text it covers (offsets into the scanned text)."""

    kind: Kind
    start: int
    end: int
    value: Quantity
    slot: str
    cues: tuple[str, ...] = ()


def unit_name(surface: str) -> str:
    """The normalized measure unit, singular and spelled out ("hrs" -> "hour", "km" -> "kilometer")."""
    key = re.sub(r"\s*/\s*", "/", surface.lower().replace(".", ""))
    key = re.sub(r"[\s-]+", " ", key).strip()
    if key in _UNIT_ALIASES:
        return _UNIT_ALIASES[key]
    key = " ".join(singular(w) for w in key.split())
    return _UNIT_ALIASES.get(key, key)


def _measure(m: re.Match[str]) -> str:
    """The unit with its rate; "miles per hour" and "km an hour" are the speeds "mph" and "km/h"."""
    name = unit_name(m["unit"])
    if not m["per"]:
        return name
    rate = f"{name} per {m['per'].lower()}"
    return _UNIT_ALIASES.get(rate, rate)


def _words_after(text: str, pos: int, limit: int = 3) -> list[str]:
    """Up to ``limit`` words after ``pos``, stopping at punctuation, a function word or a sentence end."""
    out: list[str] = []
    for _ in range(limit):
        m = P.NUM_NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m["word"]
        bare = word.rstrip(".")
        if not bare or bare.lower() in STOP_WORDS:
            break
        out.append(bare)
        pos = m.end()
        if word != bare and "." not in bare:
            break
    return out


def _noun_like(word: str) -> bool:
    return "." not in word and not word.isupper() and not word.lower().endswith(_ADJECTIVE_ENDINGS)


def _counted_noun(text: str, a: Amount) -> str | None:
    """The noun a count counts, singular ("two requested safeguards" -> "safeguard"), or None."""
    one = a.low == 1 and a.high is None
    pos = a.num_end
    of = P.NUM_OF_DETERMINER.match(text, pos)
    if of and not one:
        pos = of.end()
    words = _words_after(text, pos)
    if not one:
        plural = [w for w in words if is_plural(w) and "." not in w and not w.isupper()]
        return singular(plural[0]) if plural else None
    before = text[:a.start].split()
    if a.spelled and before and before[-1].lower() in _BEFORE_ONE:
        return None
    head = words[:2]
    if len(head) == 2 and (head[0][0].isupper() or not _noun_like(head[0]) or _collective(head[0])):
        head = head[1:]  # "one crew member", "one police officer": the collective noun modifies the next
    if not head or not _noun_like(head[0]) or is_plural(head[0]) or singular(head[0]) in _ONE_IDIOMS:
        return None
    return singular(head[0])


def _collective(word: str) -> bool:
    """A noun counted like a plural though it has no plural ending: "six crew", "20 police", "400 cattle"."""
    w = word.lower()
    return is_plural(w) and singular(w) == w


def headed_count(text: str, a: Amount) -> tuple[str, ...] | None:
    """The cues of a count whose noun is not after it, or None when the figure is no such count.

    News often names what a figure counts before it ("a workforce of 2,300", "the toll rose to 12")
    or only through its verb ("93 were admitted", "seven died"). Only these shapes count, and only
    when the figure ends its noun phrase: a bare figure elsewhere is too often a score, an address,
    a legal section or a page to be reported as a fact.
    """
    if (a.spelled and a.low == 1) or a.year_like:
        return None
    subject = _subject_cue(text, a)
    if subject is not None or not _ends_phrase(text, a.num_end):
        return subject
    head = left_match(P.NUM_HEAD_OF, text, a.start)
    if head is not None:
        word = head["word"]
        return None if word in _NOT_HEADS or word in STOP_WORDS else (singular(word),)
    verb = left_match(P.NUM_HEAD_VERB, text, a.start, 64)
    if verb is not None:
        word = (verb["word"] or "").lower()
        return () if not word or word in STOP_WORDS or word in _NOT_HEADS else (singular(word),)
    return None


def _ends_phrase(text: str, pos: int) -> bool:
    """True when only punctuation, a function word or a past-tense verb follows the figure.

    A following noun means the figure labels or measures something ("rose to 12 points" was read
    as a count of points already; "at 12 Baker Street" is an address), so it is left alone.
    """
    m = P.NUM_PHRASE_END.match(text, pos)
    if m is None:
        return False
    word = (m["word"] or "").lower()
    return not word or word in STOP_WORDS or word in _PHRASE_FOLLOWERS or word.endswith("ed")


def _subject_cue(text: str, a: Amount) -> tuple[str, ...] | None:
    """ "93 were admitted" -> ("admitted",): the figure opens its clause and a verb follows."""
    if not left_match(P.NUM_SUBJECT_BEFORE, text, a.start, 16) and a.start != 0:
        return None
    m = P.NUM_SUBJECT_VERB.match(text, a.num_end)
    if m is None:
        return None
    word = (m["part"] or m["verb"] or m["past"]).lower()
    if m["past"] and word in ROLE_WORDS:
        return None  # "23 arrested": its role alone makes it a count, a headline's shorthand (extract)
    return None if word in STOP_WORDS or word in _NOT_HEADS else (word,)


# "pp" (percentage points) is also pages: a figure this large with it is a page count.
_MAX_PP = 100
# Cue of a percent that states a change ("up 41%"), never the same thing as a level ("58.4% margin").
CHANGE = "change"


def _percent(text: str, a: Amount, m: re.Match[str]) -> Found | None:
    if in_code(text, a.num_start, a.num_end) or attached_before(text, a.num_start):
        return None
    if m["unit"].lower().startswith("pp") and a.low >= _MAX_PP:
        return None  # "320pp" is a page count: no change in points runs to a hundred
    value = percent_quantity(a.low, percent_unit(m["unit"]), a.qualifier, a.high)
    change = left_match(P.PCT_CHANGE_BEFORE, text, a.num_start, 40) is not None
    return Found(Kind.PERCENT, a.start, m.end(), value, "percent", (CHANGE,) if change else ())


# Bases of a share after any figure ("nine in ten", "3 in 100"); other bases only after "one".
_ROUND_BASES = frozenset(Decimal(n) for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000))
# A base that reads as a year ("one in 2027") is no share.
_YEAR_LIKE = re.compile(r"1[89]\d\d|2[01]\d\d")
# The largest base of a share in words as coarse as a fraction ("two in three", "nine in ten").
_SMALL_BASE = 10
_DENOMINATORS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a hundred": 100, "a thousand": 1000}


def _proportion(text: str, a: Amount) -> Found | None:
    """ "Fewer than nine in ten", "one in five": a share written as a proportion, read as its percent.

    Health and polling copy writes "nine in ten children" where another source
    writes "86%"; as a percent with its hedge ("below 90%") the two compare.
    The whole "nine in ten" is the mention, so its second figure is no count.
    Any base is a share after "one" ("one in 25 patients", "1 in 2,500
    births", the risk idiom); after other figures only a round base is
    (2 to 10, 100, 1,000), as "3 in 12" may be a tally; a bare year is never
    a base ("opens one in 2027").

    A hedged share of a small base ("nearly two in three", "about one in
    five") is as coarse as a fraction in words ("nearly a quarter",
    _fraction_shares) and is read the same way, as an about-range a tenth of
    itself either side: its percent's many digits (66.666...) are the
    division's, not the writer's precision, and read as such they allowed
    "nearly two in three" no more slack than "nearly 66.67%" (62% diverged).
    """
    if a.high is not None or a.low <= 0 or attached_before(text, a.num_start):
        return None
    m = P.NUM_PROPORTION_AFTER.match(text, a.num_end)
    if m is None:
        return None
    word = " ".join(m["den"].lower().split())
    den = Decimal(_DENOMINATORS.get(word) or int(word.replace(",", "")))
    if a.low >= den or (den not in _ROUND_BASES and (a.low != 1 or _YEAR_LIKE.fullmatch(word))):
        return None
    share = a.low * 100 / den
    if a.qualifier == APPROX and den <= _SMALL_BASE:
        reach = share * _FRACTION_REACH
        value = Quantity(round(share - reach, 1), "%", APPROX, round(share + reach, 1))
    else:
        value = percent_quantity(share, "%", a.qualifier, None)
    return Found(Kind.PERCENT, a.start, m.end(), value, "percent", ())


def _with_unit(text: str, a: Amount, m: re.Match[str]) -> Found:
    """A measured quantity; "over two days" is a duration, not a hedge, so "over" is left out there."""
    unit, start, qualifier = _measure(m), a.start, a.qualifier
    over = re.match(r"over\s+", text[a.start:a.num_start], re.IGNORECASE)
    if over and unit in _TIME_UNITS:
        start, qualifier = a.start + over.end(), None
    low, unit, high = in_bytes(a.low, unit, a.high)  # "800GB" and "800 gigabytes": one size, in bytes
    value = Quantity(low, unit, qualifier, high)
    cues = _modified(text, m)
    if unit in _TIME_UNITS and P.NUM_AGO_AFTER.match(text, m.end()):
        cues += (AGO,)  # "30 years ago" is a point in time, never the length of something
    return Found(Kind.NUMBER, start, m.end(), value, f"number:{unit}", cues)


def _modified(text: str, m: re.Match[str]) -> tuple[str, ...]:
    """The noun a hyphenated measure describes: "a five-year deal" -> ("deal",); never "five weeks".

    A measure written as a modifier is a property of that noun; the same
    figure and unit about another noun ("a three-hour show", "a three-hour
    wait") is another fact.
    """
    if "-" not in text[m.start():m.start("unit")] or m["per"]:
        return ()
    noun = P.NUM_MODIFIED_NOUN.match(text, m.end())
    if noun is None or noun["noun"] in STOP_WORDS:
        return ()
    return (singular(noun["noun"]),)


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


def _magnitude(text: str, a: Amount) -> Found | None:
    """A quake's magnitude however written ("magnitude 6.4", "6.4-magnitude", "6.4 on the Richter scale")."""
    if a.spelled or a.high is not None:
        return None
    after = P.NUM_MAGNITUDE_AFTER.match(text, a.num_end)
    if after is None and left_match(P.NUM_MAGNITUDE_BEFORE, text, a.num_start, 24) is None:
        return None
    end = after.end() if after else a.num_end
    value = Quantity(a.low, "magnitude", a.qualifier)
    return Found(Kind.NUMBER, a.start, end, value, "number:magnitude")


def _vague_count(text: str, a: Amount) -> Found | None:
    of = P.NUM_OF.match(text, a.num_end)
    if of is None:
        return None
    plural = [w for w in _words_after(text, of.end()) if is_plural(w)]
    if not plural:
        return None
    value = Quantity(a.low, None, APPROX, a.high)
    cues = (singular(plural[0]), *role_cue(count_role(text, a.num_start, a.num_end)))
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


def classify(text: str, a: Amount) -> Found | None:
    """What a figure without currency is: a percent, a measure, an age, a count, or nothing worth checking."""
    if a.currency is not None:
        return None
    if a.vague:
        return _vague_count(text, a)
    pct = P.NUM_PERCENT_AFTER.match(text, a.num_end)
    if pct:
        return _percent(text, a, pct)
    proportion = _proportion(text, a)
    if proportion is not None:
        return proportion
    ordinal = P.NUM_ORDINAL_EVENT.match(text, a.num_end)
    if ordinal and not a.spelled and a.high is None and not a.qualifier:
        # "the 87th minute": which minute, not how many; two sources' minutes of one goal compare
        value = Quantity(a.low, None, None, None)
        return Found(Kind.NUMBER, a.start, ordinal.end(), value, "number:ordinal", (ordinal["noun"].lower(),))
    if is_noise(text, a) or _pronoun_one(text, a):
        return None
    magnitude = _magnitude(text, a)
    if magnitude is not None:
        return magnitude
    in_years = P.NUM_AGE_SHORT_UNIT_AFTER.match(text, a.num_end) is None  # not "from 10 months"
    if in_years and (_apposed_age(text, a) or _named_age(text, a)
                     or left_match(P.NUM_AGED_BEFORE, text, a.start, 12)):
        value = Quantity(a.low, "year", a.qualifier, a.high)
        return Found(Kind.NUMBER, a.start, a.num_end, value, "number:age", ("age",))
    years = P.NUM_AGE_YEARS_AFTER.match(text, a.num_end)
    if (years and not a.qualifier and a.high is None
            and left_match(P.NUM_AGE_RANGE_END_BEFORE, text, a.start, 60) is not None):
        # "aged between 10 months and 36 years": the upper end is an age like "a 36-year-old", not a span
        return Found(Kind.NUMBER, a.start, years.end(), Quantity(a.low, "year", None, None), "number:age",
                     ("age",))
    age = P.NUM_AGE_AFTER.match(text, a.num_end)
    if age:
        value = Quantity(a.low, "year", a.qualifier, a.high)
        return Found(Kind.NUMBER, a.start, age.end(), value, "number:age", ("age",))
    unit = P.NUM_UNIT_AFTER.match(text, a.num_end)
    if unit:
        if _idiomatic_one(text, a) or (len(unit["unit"]) == 1 and _is_label(text, a)):
            return None  # "Category 4C", "Model 3F": a label, not degrees
        return _with_unit(text, a, unit)
    if not a.year_like and (modifier := _count_modifier(text, a)) is not None:
        return modifier
    if a.year_like or attached_after(text, a.num_end) or _is_label(text, a):
        return None
    if P.NUM_ATTRIBUTION_AFTER.match(text, a.num_end):
        return None
    if not a.year_like and a.high is None and P.NUM_TIMES_AFTER.match(text, a.num_end):
        # "had flown 23 times before": a count of occasions ("times" is a function word to the noun
        # reader, as in "three times higher", which the pattern leaves out).
        occasions = Quantity(a.low, None, a.qualifier, None)
        return Found(Kind.NUMBER, a.start, a.num_end, occasions, "number:count", ("time",))
    noun = _counted_noun(text, a)
    cues = (noun,) if noun is not None else headed_count(text, a)
    role = count_role(text, a.num_start, a.num_end, near=cues is None)
    if cues is None and role is None:
        if not _large_figure(text, a):
            return None
        cues = ()
    value = Quantity(a.low, None, a.qualifier, a.high)
    cues = (cues or ()) + role_cue(role)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


def _pronoun_one(text: str, a: Amount) -> bool:
    """ "No one was hospitalised", "no-one was hurt": "one" after "no" is nobody, never the count 1.

    Without this a role word in the clause ("hospitalised", "hurt") made the
    pronoun a count of one injured, the opposite of what the writer said, and
    a rival to any other source's count of that role.
    """
    if not (a.spelled and a.low == 1 and a.high is None) or a.qualifier:
        return False
    before = text[max(0, a.start - 8):a.start].split()
    return bool(before) and before[-1].lower().rstrip("-").lstrip(_OPENING_QUOTES) == "no"


def _large_figure(text: str, a: Amount) -> bool:
    """A figure of thousands written with a separator or a multiplier ("87,000", "3.5 million").

    Such a figure is a count even when its noun stands elsewhere ("the
    unions put turnout at 3.5 million", "87,000 in the capital"): scores,
    pages and sections are small numbers, and years were set aside before.
    The figure a change started "from" is the old value, not the fact.
    So is a range of two such figures ("at between 15,000 and 20,000"): an
    estimate given as a range is as much a count as its midpoint, and the
    judge already lets a figure inside it agree (compat._figures_agree).
    """
    written = text[a.num_start:a.num_end]
    before = text[max(0, a.start - 6):a.start].split()
    return (not a.spelled and a.low >= 1000 and before[-1:] != ["from"]
            and (a.scaled or "," in written or "\u202f" in written or "\u00a0" in written))


def _named_age(text: str, a: Amount) -> bool:
    """ "The pension age from 64 to 65", "a voting age of 16": the word age names the figure."""
    return (not a.qualifier and a.high is None and 0 < a.low < 120
            and left_match(P.NUM_AGE_BEFORE, text, a.start, 40) is not None)


def _apposed_age(text: str, a: Amount) -> bool:
    """ "Jane Doe, 34, a nurse": a whole figure set off by commas right after a name is the person's age.

    So is one after a person described by a noun phrase ("the marathon ace, 28, has", tabloid
    style): a bare figure between commas after "the ... noun" is no count or measure, which would
    name their unit or noun.
    """
    return (not a.spelled and not a.qualifier and a.high is None and a.low == a.low.to_integral_value()
            and 0 < a.low < 120 and text[a.num_start:a.num_end].isdigit()
            and P.NUM_AGE_APPOSITION_AFTER.match(text, a.num_end) is not None
            and (left_match(P.NUM_AGE_APPOSITION_BEFORE, text, a.start, 40) is not None
                 or left_match(P.NUM_AGE_APPOSITION_NOUN_BEFORE, text, a.start, 80) is not None))


def _count_modifier(text: str, a: Amount) -> Found | None:
    """ "a 300-bed hospital", "a 12-member jury": a count written as a modifier, of the noun it joins."""
    if a.qualifier or a.high is not None or a.year_like or (a.spelled and a.low == 1):
        return None
    m = P.NUM_COUNT_MODIFIER.match(text, a.num_end)
    if (m is None or m["next"] in STOP_WORDS or is_plural(m["noun"]) or m["noun"] in _NOT_HEADS
            or _is_label(text, a)):
        return None
    value = Quantity(a.low, None, None, None)
    return Found(Kind.NUMBER, a.start, m.end("noun"), value, "number:count", (m["noun"],))


def _bare_role_count(found: Found) -> bool:
    """A figure only its role makes a count ("Storm kills seven"): a headline's shorthand for the toll."""
    return found.slot == "number:count" and all(c.startswith(ROLE_PREFIX) for c in found.cues)


def _nothing_counted(found: Found | None) -> bool:
    """True when a figure was read as no count, or as a count of nothing named (a role at most)."""
    return found is None or _bare_role_count(found)


def _boxed(text: str, a: Amount) -> Found | None:
    """A figure under a fact box's label ("Deaths: 12"), counting what the label names (extract/labels.py)."""
    if is_noise(text, a) or attached_after(text, a.num_end) or P.NUM_UNIT_AFTER.match(text, a.num_end):
        return None
    cues = label_cues(text, a)
    if cues is None:
        return None
    value = Quantity(a.low, None, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


def _updated_value(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "rose to 61, up from 9", "first reported 9 dead, later 61": a bare figure that updates the one before.

    The words before it give it as that figure's earlier or later value
    (extract/updates.py), so it counts or measures what that figure does: it
    takes its kind, unit and cues. Only within a few words of it (one
    clause).
    """
    if (previous is None or a.currency is not None or a.year_like or a.vague or is_noise(text, a)
            or previous.kind is not Kind.NUMBER or a.start - previous.end > _UPDATE_REACH
            or any(c in ";!?()" for c in text[previous.end:a.start])
            or update_cue(text, a.start) is None):
        return None
    value = Quantity(a.low, previous.value.unit, a.qualifier, a.high)
    return Found(previous.kind, a.start, a.num_end, value, previous.slot, previous.cues)


def _partitive(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "340 people were injured, 85 of them seriously": a count of some of what the count before counts.

    It counts the same people in the same role, so it takes that count's
    cues, and the cue PART: "85 of them" is no rival of "340 injured" (nor
    of another outlet's 340), only of another outlet's part.
    """
    of = (P.NUM_PARTITIVE_AFTER.match(text, a.num_end) or _whole_before(text, a, previous)
          or (_comma_before(text, a, previous) and P.NUM_PARTITIVE_DEGREE_AFTER.match(text, a.num_end)))
    if (not of or previous is None or previous.slot != "number:count" or a.currency is not None
            or a.year_like or a.vague or a.start - previous.end > _UPDATE_REACH
            or any(c in ".;!?()" for c in text[previous.end:a.start])):
        return None
    value = Quantity(a.low, None, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (*previous.cues, PART))


def _comma_before(text: str, a: Amount, previous: Found | None) -> bool:
    """Only a comma between the count before and this figure: "31 people injured, six critically"."""
    return previous is not None and text[previous.end:a.start].rstrip().endswith(",")


def _whole_before(text: str, a: Amount, previous: Found | None) -> bool:
    """ "Of the 31 injured, six were in a critical condition": the sentence opens on the whole.

    The part's own clause may name no role or noun at all ("six were in a
    critical condition"), so without this it is no count, and the outlet
    that writes "six critically" has nothing to agree with.
    """
    if previous is None or previous.slot != "number:count":
        return False
    gap = P.NUM_PARTITIVE_WHOLE_GAP.fullmatch(text, previous.end, a.start)
    return gap is not None and P.NUM_PARTITIVE_WHOLE_BEFORE.search(text, 0, previous.start) is not None


def _opening_partitive(text: str, a: Amount, previous: Found | None, before: Found | None) -> Found | None:
    """ "Nine were admitted. Six of them are children": a part of the last count of the sentence before.

    A sentence that opens with "N of them" counts some of what the sentence
    before last counted; it is `_partitive` across the full stop, and only
    there (the figure must open its sentence, so "them" has no nearer count
    to stand for).
    """
    if before is None or previous is not None or text[:a.start].strip():
        return None
    return _partitive(text, a, dataclasses.replace(before, end=a.start))


def _clause_partitive(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "23 were hurt, most on the night shift; eight of them were admitted": a part across a semicolon.

    A clause that opens with "N of them" after a semicolon counts some of
    what the count before the semicolon counted, however long the first
    clause runs; it is `_opening_partitive` for the semicolon. Without it
    the figure was no count at all, and the outlet's eight admitted had
    nothing to agree with in the others' "eight were taken to hospital".
    """
    if previous is None or not P.NUM_PARTITIVE_AFTER.match(text, a.num_end):
        return None
    gap = text[previous.end:a.start]
    if gap.count(";") != 1 or gap.rstrip()[-1:] != ";" or any(c in ".!?()" for c in gap):
        return None
    return _partitive(text, a, dataclasses.replace(previous, end=a.start))


def _list_item(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "620 jobs in Ohio, 410 at its Texas site and 180 in Ireland": a count whose noun the list gives once.

    A bare figure after a list separator (", ", ", and ", " and ") and
    before a place preposition, within one clause of a count that names
    what it counts, counts the same thing: it takes that count's cues
    (noun and role). The count before may itself be such an item, so the
    whole list is read. Without the noun the figures were dropped, and a
    source listing sites this way states none of its per-site figures.
    """
    if (previous is None or previous.slot != "number:count" or a.currency is not None or a.year_like
            or a.vague or a.high is not None
            or all(c.startswith(ROLE_PREFIX) for c in previous.cues)
            or a.start - previous.end > _LIST_REACH or any(c in ".;!?()" for c in text[previous.end:a.start])
            or left_match(P.NUM_LIST_ITEM_BEFORE, text, a.start, 8) is None
            or P.NUM_LIST_ITEM_AFTER.match(text, a.num_end) is None
            or is_noise(text, a)):  # last: its several scans are needed only for a figure placed as an item
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", previous.cues)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Counts, measures and percents in every passage; offsets are absolute into ``article.text``.

    Headlines and titles repeat the body's figures in shorthand; a bare figure
    there ("Storm kills seven") is left to the body's fuller statement.
    """
    out: list[Mention] = []
    carried: tuple[int, Found] | None = None  # the last count of the sentence before: (its index, it)
    for p in passages:
        text = article.text[p.start:p.end]
        tallied = [(start, end) for start, end, _ in (*tallies.find(text), *elapsed.find(text))]
        tallied += [(start, end) for start, end, _, _ in (*ranks.find(text), *ordinals.find(text),
                                                           *levels.find(text))]
        tallied += [(start, end) for start, end, _ in setscores.find(text)]
        previous: Found | None = None
        follows = carried is not None and carried[0] == p.index - 1 and p.role == "sentence"
        before = carried[1] if carried is not None and follows else None
        carried = None
        for a in scan_amounts(text):
            if any(start <= a.num_start < end for start, end in tallied):
                continue  # one side of a vote tally ("by a vote of 5 to 4") or a field of a race time
                # ("2hr 04min 31sec") or a place ("world No. 3"): tallies.py, elapsed.py, ranks.py
            if previous is not None and previous.kind is Kind.PERCENT and a.num_start < previous.end:
                continue  # the base of a proportion read with its first figure ("nine in ten")
            found = classify(text, a)
            if p.role != "title" and _nothing_counted(found):
                found = _boxed(text, a) or found  # "Ambulances diverted: 41": the label says what it counts
            found = (found or _updated_value(text, a, previous) or _partitive(text, a, previous)
                     or _list_item(text, a, previous) or _opening_partitive(text, a, previous, before)
                     or _clause_partitive(text, a, previous))
            previous = found or previous
            if found is not None and found.slot == "number:count" and p.role == "sentence":
                carried = (p.index, found)
            if (found is None or (p.role != "sentence" and _bare_role_count(found))
                    or P.NUM_BROKEN_DECIMAL.match(article.text, p.start + found.end)):
                continue
            span = Span(p.start + found.start, p.start + found.end)
            out.append(Mention(kind=found.kind, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=found.value, slot=found.slot,
                               cues=found.cues))
        for found in (*_fraction_points(text), *_fraction_shares(text), *_zero_counts(text)):
            span = Span(p.start + found.start, p.start + found.end)
            out.append(Mention(kind=found.kind, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=found.value, slot=found.slot,
                               cues=found.cues))
    return _title_hedges(out, {p.index for p in passages if p.role == "title"})


def _title_hedges(out: list[Mention], titles: set[int]) -> tuple[Mention, ...]:
    """A title's bare figure takes the hedge its own body gives the same figure of the same thing.

    Headlines drop hedges for room: "to bring 2,000 jobs" over a body's "at
    least 2,000 jobs". Read as an exact 2,000 the title contradicted another
    outlet's 2,740, which the body's floor fits, and split the story's one
    jobs figure in two facts. Only when the body states the very amount, in
    the same slot and of the same counted thing, with one hedge.
    """
    if not titles:
        return tuple(out)
    hedges: dict[tuple[str, Decimal, str | None, tuple[str, ...]], set[str]] = {}
    for m in out:
        v = m.value
        if m.passage not in titles and isinstance(v, Quantity) and v.high is None and v.qualifier:
            hedges.setdefault((m.slot, v.amount, v.unit, m.cues), set()).add(v.qualifier)
    if not hedges:
        return tuple(out)
    for n, m in enumerate(out):
        v = m.value
        if m.passage in titles and type(v) is Quantity and v.high is None and not v.qualifier:
            found = hedges.get((m.slot, v.amount, v.unit, m.cues), set())
            if len(found) == 1:
                out[n] = dataclasses.replace(m, value=dataclasses.replace(v, qualifier=next(iter(found))))
    return tuple(out)


def _zero_counts(text: str) -> Iterator[Found]:
    """ "none was taken to hospital", "No one was hurt", "None has died": the count 0 of a role.

    A source that says nobody was hospitalised states a figure as surely as
    one that says two were; without it the other's "two" had no rival and
    the divergence was silent. Only a pronoun that opens its clause and is
    its subject, and only with a role word later in that clause (the role is
    all the zero counts): "no one knew" or "none of the plans" state nothing.
    A role narrowed by an adverb ("nobody was seriously hurt") is left: it
    does not deny the lesser cases another source counts.
    """
    if not may_contain_ci(text, "no"):
        return
    for m in P.NUM_ZERO.finditer(text):
        start = len(text[:m.start()].rstrip(_OPENING_QUOTES))  # a quotation may open: "No one was hurt"
        if start and left_match(P.NUM_SUBJECT_BEFORE, text, start, 16) is None:
            continue
        right = text[m.end():m.end() + _ZERO_REACH]
        stop = P.NUM_ROLE_STOP.search(right)
        word = P.NUM_ROLE_WORD.search(right[:stop.start()] if stop else right)
        if (word is None or P.NUM_ZERO_NARROWED.search(right[:word.start()])
                or P.NUM_ZERO_OTHER_CLAUSE.search(right[:word.start()])):
            continue
        role = ROLE_WORDS.get(" ".join(word.group(0).lower().split()))
        if role is None or role == "votes":
            continue
        noun = (singular(m["noun"]),) if m["noun"] and is_plural(m["noun"]) else ()
        yield Found(Kind.NUMBER, m.start(), m.end(), Quantity(Decimal(0)), "number:count",
                    noun + role_cue(role))


# Quotation marks that may open a clause right before its subject.
_OPENING_QUOTES = "\"'\u201c\u2018"
# How far after "none"/"no one" its clause's role word may stand ("nobody on board was injured").
_ZERO_REACH = 48

# Basis points of a fraction of a percentage point written in words.
_FRACTION_BP = {"half": Decimal(50), "quarter": Decimal(25), "a quarter": Decimal(25),
                "three quarters": Decimal(75), "three quarter": Decimal(75)}


def _fraction_points(text: str) -> Iterator[Found]:
    """ "half a percentage point", "a quarter-point cut": a change in points, in basis points (50, 25).

    Sources that write "50 basis points" or "0.5 percentage points" for the
    same move then state one value. No figure is read here: NUM_ATOM reads no
    fraction word, so nothing else claims these words.
    """
    if not may_contain_ci(text, "point"):
        return
    for m in P.PCT_FRACTION_POINT.finditer(text):
        word = " ".join((m["frac"] or m["adj"] or m["short"]).lower().replace("-", " ").split())
        value = Quantity(_FRACTION_BP[word], "basis point", None, None)
        change = left_match(P.PCT_CHANGE_BEFORE, text, m.start(), 40) is not None
        yield Found(Kind.PERCENT, m.start(), m.end(), value, "percent", (CHANGE,) if change else ())


# A change written as a fraction ("by a quarter"), as a percent.
_FRACTION_SHARE = {"half": Decimal(50), "a half": Decimal(50), "one half": Decimal(50),
                   "a third": Decimal(100) / 3, "one third": Decimal(100) / 3, "two thirds": Decimal(200) / 3,
                   "a quarter": Decimal(25), "one quarter": Decimal(25), "three quarters": Decimal(75),
                   "a fifth": Decimal(20), "one fifth": Decimal(20)}
# How far a fraction in words may lie from its exact value, either side: a writer says "a quarter" for
# 23% or 27%, as the same writer would round a figure of one significant digit.
_FRACTION_REACH = Decimal("0.1")


def _fraction_shares(text: str) -> Iterator[Found]:
    """ "cut the risk by nearly a quarter", "fell by half": a change stated as a fraction, as its percent.

    Sources that write "by 23%" state the same change; a fraction is a coarse
    figure, so it is a range (a tenth of itself either side) that 23% sits in
    and 2.1% does not. A hedge ("nearly a quarter") makes it an about-range,
    which fits its neighbourhood without being evidence of one figure. No
    figure is read here otherwise: NUM_ATOM reads no fraction word.
    """
    if not may_contain_ci(text, "by "):
        return
    for m in P.PCT_FRACTION_SHARE.finditer(text):
        share = _FRACTION_SHARE[" ".join(m["frac"].lower().replace("-", " ").split())]
        qualifier = hedge_before(text, m.start("frac"))
        reach = share * _FRACTION_REACH
        if qualifier in (None, APPROX):
            value = Quantity(round(share - reach, 1), "%", qualifier, round(share + reach, 1))
        else:  # "more than a third": a bound, stated at the fraction
            value = Quantity(round(share, 1), "%", qualifier, None)
        start = m.start("hedge") if m["hedge"] else m.start("frac")
        change = left_match(P.PCT_CHANGE_BEFORE, text, start, 40) is not None
        yield Found(Kind.PERCENT, start, m.end(), value, "percent", (CHANGE,) if change else ())


# --- parsing one expression back ---------------------------------------------------------------------


def _canonical_unit(text: str) -> str | None:
    """A unit as canonical text writes it ("hour", "percentage point"); None for a counted noun."""
    pct = P.NUM_PERCENT_AFTER.fullmatch(" " + text)
    if pct:
        return percent_unit(pct["unit"])
    unit = P.NUM_UNIT_AFTER.fullmatch(" " + text)
    return _measure(unit) if unit else None


def parse_quantity(text: str) -> Quantity:
    """Parse one quantity: "less than 48 hours", "12.5%", "two issues", or canonical text ("below 48 hour").

    Raises ValueError naming the text when it is not exactly one quantity.
    """
    s = text.strip()
    m = P.QUANTITY_CANONICAL.fullmatch(s)
    if m:
        unit = "%" if m["pct"] else _canonical_unit(m["unit"]) if m["unit"] else None
        low, high = Decimal(m["amount"]), Decimal(m["high"]) if m["high"] else None
        if unit == "percentage point":
            return percent_quantity(low, unit, m["q"], high)
        if unit is not None:
            low, unit, high = in_bytes(low, unit, high)
        return Quantity(low, unit, m["q"], high)
    amounts = [a for a in scan_amounts(s) if a.currency is None]
    if not amounts or amounts[0].start != 0:
        raise ValueError(f"not a quantity: {text!r}")
    a = amounts[0]
    found = _parse_found(s, a)
    rest = s[found.end:].strip()
    if rest and not re.fullmatch(r"[^\W\d_][^\W\d_' -]*", rest):
        raise ValueError(f"not a single quantity: {text!r}")
    return found.value


def _parse_found(s: str, a: Amount) -> Found:
    if a.vague:
        return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, APPROX, a.high), "number:count")
    pct = P.NUM_PERCENT_AFTER.match(s, a.num_end)
    if pct:
        return Found(Kind.PERCENT, a.start, pct.end(), percent_quantity(a.low, percent_unit(pct["unit"]),
                                                                        a.qualifier, a.high), "percent")
    unit = P.NUM_UNIT_AFTER.match(s, a.num_end)
    if unit:
        return _with_unit(s, a, unit)
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, a.high), "number:count")


__all__ = ["Found", "classify", "extract", "parse_quantity", "unit_name"]
