"""Numbers and percentages: "less than 48 hours", "two issues", "more than 1,000 people", "12.5%".

The amount scanner here is shared with :mod:`sourcediff.extract.money`: a figure
is read once (digits or words, English or German separators, multipliers,
ranges, hedges) and each module decides what it is. Numbers are the noisiest
fact kind (years, dates, clock times, model names, URLs), so this module is
deliberately conservative: a plain count is emitted only with the noun it
counts, and anything that looks like part of another fact is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sourcediff.extract import patterns as P
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.values import ABOVE, APPROX, BELOW, CEILING, FLOOR, QUALIFIERS, Quantity

_WORD_VALUES = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split())
} | {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}

_SCALES = {
    "hundred": Decimal(100), "dozen": Decimal(12), "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "tsd": Decimal(10) ** 3, "million": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6, "mio": Decimal(10) ** 6, "millionen": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "b": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "bln": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9, "milliarde": Decimal(10) ** 9, "milliarden": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12,
    "billionen": Decimal(10) ** 12,
}
_GERMAN_SCALES = frozenset({"tsd", "mio", "millionen", "mrd", "milliarde", "milliarden", "billionen"})
# Currency words after which "1.200" is German for 1200 and "3,5" for 3.5.
_GERMAN_CURRENCY = frozenset({"€", "Euro", "EUR", "Franken", "CHF", "Dollar", "Pfund"})

# The hedges of values.py, by the words that express them (folded, one space).
_QUALIFIERS = {
    **dict.fromkeys(("up to", "as much as", "as many as", "no more than", "not more than", "at most",
                     "a maximum of", "maximum of", "capped at", "bis zu", "höchstens"), CEILING),
    **dict.fromkeys(("at least", "a minimum of", "minimum of", "no less than", "no fewer than",
                     "not less than", "not fewer than", "mindestens"), FLOOR),
    **dict.fromkeys(("about", "around", "roughly", "nearly", "almost", "some", "an estimated", "estimated",
                     "approximately", "close to", "circa", "more or less", "rund", "etwa", "ca.", "knapp"),
                    APPROX),
    **dict.fromkeys(("more than", "over", "upwards of", "in excess of", "above", "north of", "mehr als",
                     "über"), ABOVE),
    **dict.fromkeys(("less than", "under", "fewer than", "below", "weniger als", "unter"), BELOW),
}
_INTENSIFIERS = ("just ", "well ", "far ", "many ", "much ")
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})

_UNIT_ALIASES = {
    "sec": "second", "min": "minute", "hr": "hour", "yr": "year", "mi": "mile", "km": "kilometer",
    "kilometre": "kilometer", "metre": "meter", "centimetre": "centimeter", "cm": "centimeter",
    "millimetre": "millimeter", "mm": "millimeter", "feet": "foot", "ft": "foot", "metric ton": "tonne",
    "lb": "pound", "oz": "ounce", "bbl": "barrel", "litre": "liter", "cubic metre": "cubic meter",
    "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "°": "degree", "°c": "degree celsius",
    "°f": "degree fahrenheit", "degree c": "degree celsius", "degree f": "degree fahrenheit",
    "stunden": "hour", "minuten": "minute",
    "tag": "day", "tage": "day", "tagen": "day", "wochen": "week", "monate": "month", "monaten": "month",
    "jahre": "year", "jahren": "year", "kilometern": "kilometer", "tonnen": "tonne",
    "square km": "square kilometer", "sq km": "square kilometer", "square kilometre": "square kilometer",
    # Speeds keep their usual short names (compat.py converts between them): a speed is never a distance.
    "mph": "mph", "mile per hour": "mph", "km/h": "km/h", "km/hr": "km/h", "kph": "km/h", "kmh": "km/h",
    "kilometer per hour": "km/h", "kt": "knot", "kts": "knot", "m/s": "m/s", "meter per second": "m/s",
}
_PERCENT_UNITS = {"percentage point": "percentage point", "basis point": "basis point", "bps": "basis point",
                  "prozentpunkte": "percentage point"}

_IRREGULAR_PLURALS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
    "personnel": "personnel", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "leaves": "leaf", "thieves": "thief", "crises": "crisis", "analyses": "analysis", "series": "series",
    "species": "species", "troops": "troop", "data": "data", "media": "media", "criteria": "criterion",
}
# Words that end the search for a counted noun: a count is "two issues", never "two were" or "two of".
STOP_WORDS = frozenset(
    "of with in on at for to from by and or but nor that which who whom whose than as the a an this these "
    "those is was were are be been being has have had will would could should may might can must said says "
    "say told tell did do does not no more less most it its their they them he she we you i his her our "
    "your my also each per ago later earlier before after times percent per cent if when while so such "
    "all both only just even still yet now then there here what where why how".split())
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
_DURATION_LEADS = frozenset("for in within after only just than of over last lasted took".split())
_BEFORE_ONE = frozenset("no any every each the this that which".split())
# Capitalized words that may stand right before a figure without making it a label ("In 12 states").
_FUNCTION_WORDS = frozenset(
    "the these those in on at for about around nearly some all only just by with from after before over "
    "under more less and but of to up as least almost roughly approximately another its their his her our "
    "my your than while when since until during within per each every there here it they we he she i you "
    "were was are is another additional another both".split())


@dataclass(frozen=True)
class Amount:
    """One figure or range as written, before anyone decides whether it is money, a count or a percent.

    ``start``/``end`` cover the hedge, the currency and the multiplier so the
    raw text reads as the source wrote it; ``num_start``/``num_end`` bracket
    the figure alone, which is where the noise checks look.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    low: Decimal
    high: Decimal | None = None
    qualifier: str | None = None
    currency: str | None = None  # the currency as written ("$", "US$", "euros"); None for plain numbers
    spelled: bool = False
    scaled: bool = False
    vague: bool = False
    year_like: bool = False
    prefixed: bool = False  # the currency stands before the figure ("$5", "USD 5")


@dataclass(frozen=True)
class _Atom:
    start: int
    num_start: int
    end: int
    base: Decimal
    scale: Decimal | None
    currency: str | None
    spelled: bool
    text: str

    @property
    def value(self) -> Decimal:
        return self.base * self.scale if self.scale is not None else self.base


def singular(word: str) -> str:
    """The singular, lower-case form of an English noun ("companies" -> "company"), good enough for keys."""
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 2:
        return w[:-1]
    return w


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or singular(w) != w


def _grouped(digits: str, sep: str) -> bool:
    parts = digits.split(sep)
    return len(parts) > 1 and 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def parse_digits(text: str, *, german: bool = False) -> Decimal | None:
    """The value of digits as written in English ("1,200.5") or German ("1.200,5"); None if ambiguous junk.

    A lone comma with other than three digits after it is a decimal comma
    ("3,5"); a lone dot with three digits is a thousands dot only when the
    context is German, since "$1.200 billion" is English for 1.2.
    """
    try:
        if "," in text and "." in text:
            dec = "," if text.rfind(",") > text.rfind(".") else "."
            head, _, frac = text.rpartition(dec)
            grp = "." if dec == "," else ","
            if dec in head or not _grouped(head, grp):
                return None
            return Decimal(head.replace(grp, "") + "." + frac)
        for sep in (",", "."):
            if sep in text:
                if _grouped(text, sep) and (sep == "," or german or text.count(".") > 1):
                    return Decimal(text.replace(sep, ""))
                if text.count(sep) > 1:
                    return None
                return Decimal(text.replace(",", "."))
        return Decimal(text)
    except InvalidOperation:
        return None


def _word_value(text: str) -> Decimal | None:
    words = re.split(r"[-\s]+", text.lower().strip())
    if words == ["a"] or words == ["an"]:
        return Decimal(1)
    if words[:1] == ["half"]:
        return Decimal("0.5")
    if not all(w in _WORD_VALUES for w in words):
        return None
    return Decimal(sum(_WORD_VALUES[w] for w in words))


def _scale_value(text: str) -> Decimal | None:
    key = re.sub(r"\s+", " ", text.lower()).rstrip(".")
    if key.startswith("hundred "):
        rest = _SCALES.get(key[len("hundred "):])
        return None if rest is None else 100 * rest
    return _SCALES.get(key)


def _is_german(text: str, m: re.Match[str]) -> bool:
    scale = (m["scale"] or "").lower().rstrip(".")
    if scale in _GERMAN_SCALES:
        return True
    cur = P.NUM_CURRENCY_AFTER.match(text, m.end())
    if cur and cur["cur"] in _GERMAN_CURRENCY:
        return True
    pct = P.NUM_PERCENT_AFTER.match(text, m.end())
    return bool(pct and pct["unit"].lower().startswith("prozent"))


def _atom(text: str, m: re.Match[str]) -> _Atom | None:
    """Read one NUM_ATOM match; single-letter multipliers count only when attached ("$5m", not "5 m")."""
    num = m["num"]
    spelled = not num[0].isdigit()
    scale_text = m["scale"]
    end = m.end()
    if scale_text and len(scale_text) == 1 and (m["sp"] or spelled):
        scale_text, end = None, m.end("num")
    base = _word_value(num) if spelled else parse_digits(num, german=_is_german(text, m))
    scale = _scale_value(scale_text) if scale_text else None
    if base is None or (scale_text and scale is None) or (spelled and num.lower().endswith(("a", "an"))
                                                           and scale is None):
        return None
    currency = m["cur"].strip() if m["cur"] else None
    return _Atom(m.start(), m.start("num"), end, base, scale, currency, spelled, num)


def _left(pattern: re.Pattern[str], text: str, pos: int, width: int = 48) -> re.Match[str] | None:
    """Match ``pattern`` (anchored with $) against the text just left of ``pos``, on a word boundary."""
    lo = max(0, pos - width)
    m = pattern.search(text, lo, pos)
    if m is None or (m.start() == lo and lo > 0 and text[lo - 1].isalnum()):
        return None
    return m


def _range_low(text: str, a: _Atom, b: _Atom) -> Decimal | None:
    """The low end when ``a`` and ``b`` form a range ("$10-12 million", "between 10 and 12"), else None."""
    pos = a.end
    pct = P.NUM_PERCENT_AFTER.match(text, pos)
    if pct:
        pos = pct.end()
    sep = P.NUM_RANGE_SEP.match(text, pos)
    if sep is None or sep.end() != b.start:
        return None
    if pct:
        pct_b = P.NUM_PERCENT_AFTER.match(text, b.end)
        if pct_b is None or _percent_unit(pct_b["unit"]) != _percent_unit(pct["unit"]):
            return None
    word = (sep["word"] or "").lower()
    if word == "and" and not _left(P.NUM_BETWEEN_BEFORE, text, a.start):
        return None
    if word in ("to", "bis") and _left(P.NUM_FROM_BEFORE, text, a.start):
        return None
    if a.currency and b.currency and a.currency != b.currency:
        return None
    low = a.value
    if b.scale is not None and a.scale is None and a.base <= b.base:
        low = a.base * b.scale
    return low if low < b.value else None


def _qualifier(text: str, pos: int) -> tuple[str | None, int]:
    """The hedge right before ``pos`` ("up to", "less than") as a values.py constant, and where it starts."""
    m = _left(P.NUM_QUALIFIER_BEFORE, text, pos)
    if m is None:
        return None, pos
    words = re.sub(r"\s+", " ", m["q"].lower())
    for lead in _INTENSIFIERS:
        if words.startswith(lead) and words[len(lead):] in _QUALIFIERS:
            words = words[len(lead):]
    return _QUALIFIERS[words], m.start()


def _currency_after(text: str, end: int, scaled: bool) -> re.Match[str] | None:
    """A currency named after the figure; "pounds" and "won" only after a multiplier (else weight, a verb)."""
    m = P.NUM_CURRENCY_AFTER.match(text, end)
    if m is None:
        return None
    word = m["cur"].lower()
    if (word.startswith("pound") or word == "won") and not scaled:
        return None
    return m


def _amount(text: str, a: _Atom, b: _Atom | None, low: Decimal) -> Amount:
    last = b or a
    start = a.start
    between = _left(P.NUM_BETWEEN_BEFORE, text, start) if b is not None else None
    if between:
        start = between.start()
    qualifier, start = _qualifier(text, start)
    currency = a.currency or last.currency
    scaled = a.scale is not None or last.scale is not None
    end = last.end
    if currency is None and (after := _currency_after(text, end, scaled)):
        currency, end = after["cur"], after.end()
    year_like = not scaled and re.fullmatch(r"\d{4}", a.text) is not None and 1500 <= a.base <= 2199
    return Amount(start=start, end=end, num_start=a.num_start, num_end=last.end, low=low,
                  high=last.value if b is not None else None, qualifier=qualifier, currency=currency,
                  spelled=a.spelled, scaled=scaled, year_like=year_like,
                  prefixed=(a.currency or last.currency) is not None)


def _vague_amounts(text: str) -> list[Amount]:
    """ "dozens of", "hundreds of millions of dollars": approximately from twice to ten times the unit."""
    out: list[Amount] = []
    for m in P.NUM_VAGUE.finditer(text):
        unit = _SCALES[singular(m["base"])]
        if m["mult"]:
            unit *= _SCALES[singular(m["mult"])] if m["mult"].lower() != "tens" else 10
        end, currency = m.end(), None
        if m["of"] and (cur := P.NUM_CURRENCY_AFTER.match(text, m.end())) and cur["cur"][0].isalpha():
            end, currency = cur.end(), cur["cur"]
        out.append(Amount(start=m.start(), end=end, num_start=m.start(), num_end=m.end("base"), low=2 * unit,
                          high=10 * unit - 1, qualifier=APPROX, currency=currency, scaled=True, vague=True,
                          spelled=True))
    return out


def scan_amounts(text: str) -> tuple[Amount, ...]:
    """Every figure and range in ``text``, with hedge and currency, in order of position."""
    atoms = [a for m in P.NUM_ATOM.finditer(text) if (a := _atom(text, m)) is not None]
    out: list[Amount] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        low = _range_low(text, a, b) if b is not None else None
        if b is not None and low is not None:
            out.append(_amount(text, a, b, low))
            i += 2
        else:
            out.append(_amount(text, a, None, a.value))
            i += 1
    out.extend(_vague_amounts(text))
    return tuple(sorted(out, key=lambda x: (x.start, x.end)))


# --- noise: figures that belong to other facts or are not figures at all ---------------------------


def _token(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(" ", end), text.find("\n", end)) if i != -1), default=len(text))
    return text[lo:hi]


def in_code(text: str, start: int, end: int) -> bool:
    """True when ``[start, end)`` sits in a URL, handle, hash or path (its white-space token says so).

    An attached speed unit ("190km/h") has a slash but is no path, so it is taken out first.
    """
    token = P.NUM_SLASH_UNIT.sub("", _token(text, start, end))
    return P.NUM_URLISH.search(token) is not None


def _attached_before(text: str, pos: int) -> bool:
    if pos == 0:
        return False
    c = text[pos - 1]
    return c.isalnum() or c in "_/@#" or (c in "-." and pos >= 2 and text[pos - 2].isalnum())


def attached_after(text: str, pos: int) -> bool:
    """True when the figure runs on into letters or code ("5G", "1st", "24/7", "COVID-19", "two-thirds")."""
    if pos >= len(text):
        return False
    c = text[pos]
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    return c.isalpha() or c in "/@_:" or (c == "-" and nxt.isalnum())


def is_noise(text: str, a: Amount) -> bool:
    """True when the figure is part of a URL, a date, a clock time or a word rather than a quantity."""
    if in_code(text, a.num_start, a.num_end):
        return True
    if not a.prefixed and _attached_before(text, a.num_start):
        return True
    clock_before = P.NUM_CLOCK_BEFORE.search(text[max(0, a.num_start - 2):a.num_start])
    date = _left(P.NUM_MONTH_BEFORE, text, a.num_start, 16) or P.NUM_MONTH_AFTER.match(text, a.num_end)
    return bool(clock_before or date or P.NUM_CLOCK_AFTER.match(text, a.num_end))


def _is_label(text: str, a: Amount) -> bool:
    """ "Section 230", "Boeing 737", "No. 10": a capitalized name right before digits makes them a name."""
    if a.qualifier:
        return False
    if a.spelled:
        return text[a.num_start].isupper() and not _sentence_start(text, a.num_start)
    m = _left(P.NUM_LABEL_BEFORE, text, a.start, 32)
    if m is None:
        return False
    if m["no"]:
        return True
    word = m["word"].rstrip(".")
    return word.lower() not in _FUNCTION_WORDS and not word.endswith(("'s", "’s"))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;\"“”'‘’([—–-"


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


def _percent_unit(surface: str) -> str:
    key = re.sub(r"[\s-]+", " ", surface.lower())
    if key.startswith(("percentage", "prozentpunkt")):
        return "percentage point"
    if key.startswith(("basis", "bp")):
        return "basis point"
    return "%"


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
        plural = [w for w in words if _is_plural(w) and "." not in w and not w.isupper()]
        return singular(plural[0]) if plural else None
    before = text[:a.start].split()
    if a.spelled and before and before[-1].lower() in _BEFORE_ONE:
        return None
    head = words[:2]
    if len(head) == 2 and (head[0][0].isupper() or not _noun_like(head[0])):
        head = head[1:]
    if not head or not _noun_like(head[0]) or _is_plural(head[0]) or singular(head[0]) in _ONE_IDIOMS:
        return None
    return singular(head[0])


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
    head = _left(P.NUM_HEAD_OF, text, a.start)
    if head is not None:
        word = head["word"]
        return None if word in _NOT_HEADS or word in STOP_WORDS else (singular(word),)
    verb = _left(P.NUM_HEAD_VERB, text, a.start, 64)
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
    if not _left(P.NUM_SUBJECT_BEFORE, text, a.start, 16) and a.start != 0:
        return None
    m = P.NUM_SUBJECT_VERB.match(text, a.num_end)
    if m is None:
        return None
    word = (m["part"] or m["verb"]).lower()
    return None if word in STOP_WORDS or word in _NOT_HEADS else (word,)


def _percent(text: str, a: Amount, m: re.Match[str]) -> Found | None:
    if in_code(text, a.num_start, a.num_end) or _attached_before(text, a.num_start):
        return None
    value = Quantity(a.low, _percent_unit(m["unit"]), a.qualifier, a.high)
    return Found(Kind.PERCENT, a.start, m.end(), value, "percent")


def _with_unit(text: str, a: Amount, m: re.Match[str]) -> Found:
    """A measured quantity; "over two days" is a duration, not a hedge, so "over" is left out there."""
    unit, start, qualifier = _measure(m), a.start, a.qualifier
    over = re.match(r"over\s+", text[a.start:a.num_start], re.IGNORECASE)
    if over and unit in _TIME_UNITS:
        start, qualifier = a.start + over.end(), None
    value = Quantity(a.low, unit, qualifier, a.high)
    return Found(Kind.NUMBER, start, m.end(), value, f"number:{unit}")


def _idiomatic_one(text: str, a: Amount) -> bool:
    """ "one day we will": spelled "one" before a unit is an idiom unless "for", "in", "within"... leads."""
    if not (a.spelled and a.low == 1 and a.high is None) or a.qualifier:
        return False
    before = text[:a.start].split()
    return not (before and before[-1].lower() in _DURATION_LEADS)


def _vague_count(text: str, a: Amount) -> Found | None:
    of = P.NUM_OF.match(text, a.num_end)
    if of is None:
        return None
    plural = [w for w in _words_after(text, of.end()) if _is_plural(w)]
    if not plural:
        return None
    value = Quantity(a.low, None, APPROX, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (singular(plural[0]),))


def classify(text: str, a: Amount) -> Found | None:
    """What a figure without currency is: a percent, a measure, an age, a count, or nothing worth checking."""
    if a.currency is not None:
        return None
    if a.vague:
        return _vague_count(text, a)
    pct = P.NUM_PERCENT_AFTER.match(text, a.num_end)
    if pct:
        return _percent(text, a, pct)
    if is_noise(text, a):
        return None
    age = P.NUM_AGE_AFTER.match(text, a.num_end)
    if age:
        value = Quantity(a.low, "year", a.qualifier, a.high)
        return Found(Kind.NUMBER, a.start, age.end(), value, "number:age", ("age",))
    unit = P.NUM_UNIT_AFTER.match(text, a.num_end)
    if unit:
        return None if _idiomatic_one(text, a) else _with_unit(text, a, unit)
    if a.year_like or attached_after(text, a.num_end) or _is_label(text, a):
        return None
    if P.NUM_ATTRIBUTION_AFTER.match(text, a.num_end):
        return None
    noun = _counted_noun(text, a)
    cues = (noun,) if noun is not None else headed_count(text, a)
    if cues is None:
        return None
    value = Quantity(a.low, None, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Counts, measures and percents in every passage; offsets are absolute into ``article.text``."""
    out: list[Mention] = []
    for p in passages:
        text = article.text[p.start:p.end]
        for a in scan_amounts(text):
            found = classify(text, a)
            if found is None:
                continue
            span = Span(p.start + found.start, p.start + found.end)
            out.append(Mention(kind=found.kind, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=found.value, slot=found.slot,
                               cues=found.cues))
    return tuple(out)


# --- parsing one expression back ---------------------------------------------------------------------


def _canonical_unit(text: str) -> str | None:
    """A unit as canonical text writes it ("hour", "percentage point"); None for a counted noun."""
    pct = P.NUM_PERCENT_AFTER.fullmatch(" " + text)
    if pct:
        return _percent_unit(pct["unit"])
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
        high = Decimal(m["high"]) if m["high"] else None
        return Quantity(Decimal(m["amount"]), unit, m["q"], high)
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
        return Found(Kind.PERCENT, a.start, pct.end(), Quantity(a.low, _percent_unit(pct["unit"]),
                                                                a.qualifier, a.high), "percent")
    unit = P.NUM_UNIT_AFTER.match(s, a.num_end)
    if unit:
        return _with_unit(s, a, unit)
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, a.high), "number:count")


__all__ = ["QUALIFIERS", "STOP_WORDS", "Amount", "Found", "classify", "extract", "in_code", "is_noise",
           "parse_digits", "parse_quantity", "scan_amounts", "singular", "unit_name"]
