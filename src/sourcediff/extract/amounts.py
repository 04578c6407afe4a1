"""The figure scanner shared by numbers and money: "1,200", "3,5 Mio.", "two", "$10-12 million", "up to".

A figure is read once here (digits or words, English or German separators,
multipliers, ranges, hedges, an adjacent currency) so that it means the same
thing in :mod:`sourcediff.extract.numbers` and :mod:`sourcediff.extract.money`;
each of those decides what the figure is. The noise checks (URLs, dates,
clock times, figures run into words) live here too because both consult them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sourcediff.extract import currencies
from sourcediff.extract import patterns as P
from sourcediff.extract.cues import LENGTH_WORDS, Cues, cues, may_have_number
from sourcediff.extract.numberstyle import decimal_comma
from sourcediff.extract.shared import shared_text
from sourcediff.regexcache import regex
from sourcediff.values import ABOVE, APPROX, BELOW, CEILING, FLOOR, Quantity

# The words of the numbers up to ninety-nine, summed part by part (also the minutes of times.py).
WORD_VALUES = {
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
    "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "lac": Decimal(10) ** 5, "lacs": Decimal(10) ** 5,
    "lakh crore": Decimal(10) ** 12, "lakhs crore": Decimal(10) ** 12, "lakh crores": Decimal(10) ** 12,
    "thousand crore": Decimal(10) ** 10, "thousand crores": Decimal(10) ** 10,
}
# The words P.NUM_A_HEDGED_SPAN needs, lower case: a passage without a hedge (or "for a", P.NUM_A_FOR_SPAN)
# and a unit of time skips it.
_HEDGES = ("least", "nearly", "almost", "roughly", "up to", "just", "little", "slightly", "in under")
_SPANS = ("second", "minute", "hour", "day", "week", "month", "year", "century")
# The words P.NUM_A_SPAN_OF needs ("a year of free cover", "a month's free parking"), lower case.
# The words P.NUM_A_BY_SPAN needs before its "a" ("delayed by a year", "took an hour").
_BY_SPANS = ("by a", "within a", "took a", "take a", "takes a", "taking a", "lasted a", "last a", "lasts a",
             "lasting a", "spent a", "spend a", "spends a", "spending a", "waited a", "wait a", "waits a",
             "waiting a")
_SPANS_OF = ("of free", "of paid", "of unpaid", "of complimentary", "s free", "s paid", "s unpaid",
             "s complimentary")
_GERMAN_SCALES = frozenset({"tsd", "mio", "millionen", "mrd", "milliarde", "milliarden", "billionen"})
# Currency words after which "1.200" is German for 1200 and "3,5" for 3.5.
_GERMAN_CURRENCY = frozenset({"€", "Euro", "EUR", "Franken", "CHF", "Dollar", "Pfund"})

# The hedges of values.py, by the words that express them (folded, one space).
_QUALIFIERS = {
    **dict.fromkeys(("up to", "as much as", "as many as", "no more than", "not more than", "at most",
                     "a maximum of", "maximum of", "maximum", "capped at", "bis zu", "höchstens"), CEILING),
    # A bare "maximum"/"minimum" before a figure is the clipped "a maximum of" of lists and spec
    # sheets ("Payload: maximum 4 kg", "minimum 16 years"): a bound, not the figure itself.
    **dict.fromkeys(("at least", "a minimum of", "minimum of", "minimum", "no less than", "no fewer than",
                     "not less than", "not fewer than", "mindestens"), FLOOR),
    # "stuck near 8 per cent" hedges as "nearly" does (only right before a figure).
    **dict.fromkeys(("about", "around", "roughly", "nearly", "near", "almost", "some", "an estimated",
                     "estimated", "approximately", "close to", "circa", "more or less", "rund", "etwa",
                     "ca.", "knapp"),
                    APPROX),
    **dict.fromkeys(("more than", "over", "upwards of", "in excess of", "above", "north of", "mehr als",
                     "über"), ABOVE),
    **dict.fromkeys(("less than", "under", "fewer than", "below", "weniger als", "unter"), BELOW),
}
_INTENSIFIERS = ("just ", "well ", "far ", "many ", "much ")

_IRREGULAR_PLURALS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
    "personnel": "personnel", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "leaves": "leaf", "thieves": "thief", "crises": "crisis", "analyses": "analysis", "series": "series",
    "species": "species", "troops": "troop", "data": "data", "media": "media", "criteria": "criterion",
    # Collective nouns counted like plurals: "165 passengers and six crew", "400 cattle".
    "crew": "crew", "cattle": "cattle",
}
# Irregular plurals that also close compounds: "grandchildren", "schoolchildren", "gunmen",
# "policewomen", "townspeople", "great-grandchildren" ("seven grandchildren" counts as surely as "seven
# children").
_COMPOUND_PLURAL_ENDS = ("children", "people", "women", "men")
# Singular nouns that end like "-men" compounds: never read as plurals.
_SINGULAR_MEN = frozenset(
    "omen amen semen ramen yemen hymen lumen rumen nomen stamen acumen abdomen regimen specimen albumen "
    "bitumen cerumen foramen gravamen dolmen cognomen agnomen praenomen".split())
# Singular nouns ending in a single "s" that modify a noun after a figure ("38 gas tankers", "two news
# agencies"), and the modifier "overseas" ("52 overseas markets"): read as plurals, the count named "ga",
# "new" or "oversea" instead of its noun.
_SINGULAR_S = frozenset("gas news lens canvas atlas bias chaos overseas".split())
# Plurals ending in "-is" or "-us", whose singular ends in the vowel: most "-is" and "-us" words are singular
# ("crisis", "basis", "bus", "census"), so these are listed. Demonyms first ("14 Iraqis", "three
# Pakistanis" are the counts of a conflict or disaster story), then loanwords a count may name.
_VOWEL_S_PLURALS = frozenset(
    "iraqis israelis pakistanis saudis somalis yemenis kuwaitis qataris omanis emiratis bahrainis "
    "bangladeshis kashmiris nepalis bengalis punjabis azerbaijanis thais hindus hutus tutsis sunnis "
    "zulus maasais nazis "
    "taxis skis semis rabbis kiwis tsunamis safaris bikinis alibis yetis wikis emojis chilis khakis "
    "salamis delis minis corgis jacuzzis menus gurus bureaus emus tutus haikus snafus gnus".split())
# Words that end the search for a counted noun: a count is "two issues", never "two were" or "two of".
STOP_WORDS = frozenset(
    "of with in on at for to from by and or but nor that which who whom whose than as the a an this these "
    "those is was were are be been being has have had will would could should may might can must said says "
    "say told tell did do does not no more less most it its their they them he she we you i his her our "
    "your my also each per ago later earlier before after times percent per cent if when while so such "
    "all both only just even still yet now then there here what where why how".split())


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
    if w in _SINGULAR_S:
        return w
    if w in _VOWEL_S_PLURALS:
        return w[:-1]
    for end in _COMPOUND_PLURAL_ENDS:
        # A hyphen may join the compound ("great-grandchildren", "step-children", "sales-women"): its
        # last part decides, as "great-nephews" is a plural by its "s".
        if (w.endswith(end) and len(w) > len(end) + 1 and w.replace("-", "").isalpha()
                and w.rpartition("-")[2] not in _SINGULAR_MEN):
            return w[:-len(end)] + _IRREGULAR_PLURALS[end]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 2:
        return w[:-1]
    return w


def is_plural(word: str) -> bool:
    """True for a plural noun; a count needs one ("two issues"), and "one" needs a singular."""
    w = word.lower()
    return w in _IRREGULAR_PLURALS or singular(w) != w


# The spaces NUM_ATOM accepts between groups of three digits ("4\u202f500"): dropped before the value is read.
GROUP_SPACES: dict[int, None] = dict.fromkeys(map(ord, "\u00a0\u2007\u2009\u202f"))


def _grouped(digits: str, sep: str) -> bool:
    parts = digits.split(sep)
    return len(parts) > 1 and 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _indian_grouped(digits: str) -> bool:
    """Digits grouped the Indian way, "1,20,000" or "2,50,00,000": pairs above the last three.

    Indian papers group lakhs and crores so; read any other way the figure is
    junk (a comma list "1,20,000" is no decimal), so this reading takes
    nothing from the English or German ones.
    """
    parts = digits.split(",")
    return (len(parts) > 2 and 1 <= len(parts[0]) <= 2 and len(parts[-1]) == 3
            and all(len(p) == 2 for p in parts[1:-1]))


def parse_digits(text: str, *, german: bool = False) -> Decimal | None:
    """The value of digits as written in English ("1,200.5") or German ("1.200,5"); None if ambiguous junk.

    A lone comma with other than three digits after it is a decimal comma
    ("3,5"); a lone dot with three digits is a thousands dot only when the
    context is German, since "$1.200 billion" is English for 1.2.
    """
    text = text.translate(GROUP_SPACES)
    try:
        if "," in text and "." in text:
            dec = "," if text.rfind(",") > text.rfind(".") else "."
            head, _, frac = text.rpartition(dec)
            grp = "." if dec == "," else ","
            if dec in head or not _grouped(head, grp):
                return None
            return Decimal(head.replace(grp, "") + "." + frac)
        if "." not in text and not german and _indian_grouped(text):
            return Decimal(text.replace(",", ""))
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
    if words[1:3] in (["quarter", "of"], ["quarters", "of"]):  # "a quarter of a", "three-quarters of a"
        return Decimal("0.75") if words[0] == "three" else Decimal("0.25")
    if "hundred" in words[1:2]:  # "a hundred and forty-three" (P._N_HUNDREDS): head times 100 plus the rest
        head = 1 if words[0] in ("a", "an") else WORD_VALUES.get(words[0])
        rest = [w for w in words[2:] if w != "and"]
        if head is None or not all(w in WORD_VALUES for w in rest):
            return None
        return Decimal(100 * head + sum(WORD_VALUES[w] for w in rest))
    if not all(w in WORD_VALUES for w in words):
        return None
    return Decimal(sum(WORD_VALUES[w] for w in words))


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


# A power sign right after the "m" (superscript, or the plain digit typed for it): an area or a volume.
_POWER_AFTER = regex(r"[²³]|[23](?![\w.,]\d|\w)")


def _metres(m: re.Match[str]) -> bool:
    """An "m" after a whole number and no currency is metres when the figure reads as a length, not millions.

    Who writes millions as "m" writes the currency too ("$3,000m", "€1,500m");
    a bare "10,000m" or "1,500m" is a race or a height. Small figures stay
    millions ("5m people"), where the short form is the usual one, except
    after a single article with no plural noun following ("the 240m tanker",
    "a 90m span", "the 240m, 2009-built ship"): one thing of a size, where a
    count would name the things counted ("the 5m viewers"), and after a dimension
    ("wave heights of 9m", "a depth of up to 12.5m") or before one ("a 4m high wall"),
    decimals too: a height is never a count of millions. A power sign after the "m" ("6.5m²", "90m2")
    makes it square (or cubic) metres whatever the figure.
    """
    if m["scale"] != "m" or m["cur"] or P.NUM_CURRENCY_AFTER.match(m.string, m.end()):
        return False
    if _POWER_AFTER.match(m.string, m.end()):
        return True  # "a 6.5m² cell", "a 90m2 flat": square metres, never millions squared
    if (P.DIMENSION_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
            or P.DIMENSION_AFTER.match(m.string, m.end())):
        return True
    if "." in m["num"]:
        return False
    if "," in m["num"]:
        return True
    return (bool(P.ARTICLE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()))
            and not P.PLURAL_AFTER.match(m.string, m.end()))


def _atom(text: str, m: re.Match[str]) -> _Atom | None:
    """Read one NUM_ATOM match; single-letter multipliers count only when attached ("$5m", not "5 m").

    After a currency the letter may stand apart: trade and financial copy
    writes "EUR 740 m" as it writes "EUR 2.8 bn", and money is never a
    length in metres, so "EUR 740 m" is 740 million euros, not EUR 740.
    """
    num = m["num"]
    spelled = not num[0].isdigit()
    scale_text = m["scale"]
    end = m.end()
    money_spaced = bool(m["cur"]) and m["sp"] == " " and not spelled
    if scale_text and len(scale_text) == 1 and ((m["sp"] and not money_spaced) or spelled or _metres(m)):
        scale_text, end = None, m.end("num")
    base = _word_value(num) if spelled else parse_digits(num, german=decimal_comma() or _is_german(text, m))
    scale = _scale_value(scale_text) if scale_text else None
    if base is None or (scale_text and scale is None) or (spelled and num.lower().endswith(("a", "an"))
                                                           and scale is None):
        return None
    currency = m["cur"].strip() if m["cur"] else None
    start = m.start()
    if currency is None and not spelled and (code := _code_before(text, m)):
        currency, start = code
    if scale is None and (half := P.NUM_AND_A_HALF.match(text, end)):
        base, end = base + _added_fraction(half), half.end()
        scale = _scale_value(half["scale"]) if half["scale"] else None
    return _Atom(start, m.start("num"), end, base, scale, currency, spelled, num)


def _code_before(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """An ISO 4217 code of the full table before a sum ("GHS 5 billion", "UGX 1,200,000") and its start.

    NUM_ATOM knows the common codes; financial copy gives any local currency by
    its code. Only before a word multiplier or digits grouped in thousands, so
    that a capitalised word that happens to be a code ("TOP 10", "ALL 3") stays
    no money. A code that is also an English word (``_WORD_CODES``) names its
    currency only before a word multiplier, and no code does in a line of
    capitals: a tabloid's "ALL 3,000 HOMES LOST POWER" and "Police said ALL
    3,000 homes lost power" count homes, not Albanian lek.
    """
    code = P.NUM_CODE_BEFORE.search(text, max(0, m.start() - 5), m.start())
    if code is None or code["code"] not in currencies.known_codes():
        return None
    scaled = bool(m["scale"] and len(m["scale"]) > 1)
    if not scaled and ("," not in m["num"] or code["code"] in _WORD_CODES):
        return None
    if _CAPITALS_AFTER.match(text, m.end()):
        return None
    return code["code"], code.start()


# ISO 4217 codes that are English words or everyday capitalised abbreviations: in running text a
# capitalised "ALL" or "TOP" before a figure is emphasis, not a currency.
_WORD_CODES = frozenset({"ALL", "AMD", "BAM", "BOB", "CUP", "DOP", "GEL", "MAD", "MOP", "PEN", "SOS",
                         "TOP", "TRY"})
# A word of capitals after the sum ("... 3,000 HOMES", "... 5 BILLION FANS"): a headline in capitals.
_CAPITALS_AFTER = re.compile(r"\s+[A-Z]{2,}\b(?!\s*[a-z])")


def _added_fraction(m: re.Match[str]) -> Decimal:
    """The fraction P.NUM_AND_A_HALF adds to its figure: "and a half"/"½" 0.5, a quarter 0.25, three 0.75."""
    vulgar = m["vulgar"]
    if m["quarter"] or vulgar == "¼":
        return Decimal("0.25")
    if m["three"] or vulgar == "¾":
        return Decimal("0.75")
    return Decimal("0.5")


def _span_and_fraction(m: re.Match[str]) -> Decimal:
    """The figure of "a minute and a half" (1.5), "an hour and a quarter" (1.25), "a year and three quarters".

    Read off the fraction P.NUM_A_SPAN_AND_HALF found after the unit.
    """
    return Decimal("1.25") if m["quarter"] else Decimal("1.75") if m["three"] else Decimal("1.5")


# The units of time whose "a" P.NUM_A_BY_SPAN reads after "within" ("within a month").
_WITHIN_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def within_one_unit(text: str, start: int, raw: str) -> bool:
    """True for the "a month" of "within a month": the span of one unit read after "within".

    ``raw`` is the mention's words and ``start`` where they begin in ``text``. Read, "within a month"
    meets another outlet's "within 30 days"; as a figure key of the aligner
    (align.features.value_family_keys) it also drew the other outlet's sentence into the claim of a
    passage it shares only its subject with (planesearch: wrong pairs 0.16 -> 0.18,
    benchmarks/notes/facts64.md), so the aligner is given no key for it.
    """
    if raw[:1] not in ("a", "A"):  # most mentions: no slice of the text made
        return False
    parts = raw.casefold().split()
    if (parts[0] not in ("a", "an") or parts[-1] not in _WITHIN_UNITS
            or (len(parts) != 2 and parts[1:-1] not in (["full"], ["whole"]))):
        return False
    before = text[max(0, start - 12):start].rstrip().casefold()
    return before.endswith("within") and not before[:-6][-1:].isalpha()


def _decades(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """``atoms`` with the "a" of each "a decade", "a fortnight" (P.NUM_A_DECADE), hedged "a minute" as 1.

    So is the "a" of "for a week" (P.NUM_A_FOR_SPAN), of "delayed by a year", "took an hour"
    (P.NUM_A_BY_SPAN) and of "a year of free cover" (P.NUM_A_SPAN_OF).

    The "a" of "a minute and a half" (P.NUM_A_SPAN_AND_HALF) is 1.5, of "an hour and a quarter" 1.25.

    "within a fortnight" is as much a span as "within two weeks", which
    another outlet writes for it; "£200 a fortnight" and "twice a fortnight"
    are a rate and a frequency, so an "a" right after a figure or
    "once"/"twice"/"times" is left unread. In order of position.
    """
    found = [_Atom(m.start(), m.start(), m.end(), Decimal(1), None, None, True, m["num"])
             for m in P.NUM_A_DECADE.finditer(text)
             if not P.NUM_FORTNIGHT_RATE_BEFORE.search(text, max(0, m.start() - 24), m.start())]
    found += [_Atom(m.start("num"), m.start("num"), m.end("num"), Decimal(1), None, None, True, m["num"])
              for pattern in (P.NUM_A_HEDGED_SPAN, P.NUM_A_FOR_SPAN, P.NUM_A_BY_SPAN)
              for m in pattern.finditer(text)
              if not P.NUM_A_SPAN_AND_HALF.match(text, m.start("num"))]
    taken = {a.start for a in found}
    found += [_Atom(m.start("num"), m.start("num"), m.end("num"), Decimal(1), None, None, True, m["num"])
              for m in P.NUM_A_SPAN_OF.finditer(text)
              if m.start("num") not in taken
              and not P.NUM_FORTNIGHT_RATE_BEFORE.search(text, max(0, m.start() - 24), m.start())]
    and_fraction = [m for m in P.NUM_A_SPAN_AND_HALF.finditer(text)
                    if not P.NUM_FORTNIGHT_RATE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                    and not P.NUM_SPAN_SPEED_BEFORE.search(text, max(0, m.start() - 24), m.start())]
    found += [_Atom(m.start("num"), m.start("num"), m.end("num"), _span_and_fraction(m), None, None, True,
                    m["num"]) for m in and_fraction]
    threes = [m.span("three") for m in and_fraction if m["three"]]  # the "three" of "and three quarters"
    atoms = [a for a in atoms if not any(lo <= a.start < hi for lo, hi in threes)] if threes else atoms
    return sorted(atoms + found, key=lambda a: a.start) if found else atoms


def _fraction_share(words: str) -> Decimal:
    """The share of one unit "half an", "a quarter of a", "three-quarters of an" state: 0.5, 0.25, 0.75."""
    lower = words.lower()
    return Decimal("0.5") if lower.startswith("half") else (
        Decimal("0.75") if lower.startswith("three") else Decimal("0.25"))


def _fraction_spans(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """``atoms`` with each "half an hour", "a quarter of an hour" (P.NUM_FRACTION_SPAN) as its share of one.

    "Stopped for half an hour" is a duration of 0.5 hours, which another
    outlet's "30 minutes" agrees with and its "15 minutes" contradicts; left
    unread, the span was no fact at all. In order of position.
    """
    found = []
    for m in P.NUM_FRACTION_SPAN.finditer(text):
        lo, hi = m.span("num")
        if any(a.start < hi and lo < a.end and not (lo <= a.start and a.end <= hi) for a in atoms):
            continue  # part of a larger figure
        atoms = [a for a in atoms if not (lo <= a.start and a.end <= hi)]  # the "three" of "three quarters"
        found.append(_Atom(lo, lo, hi, _fraction_share(m["num"]), None, None, True, m["num"]))
    return sorted(atoms + found, key=lambda a: a.start) if found else atoms


def _a_lengths(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """``atoms`` with the "a" of each "nearly a mile", "more than a foot" (P.NUM_A_LENGTH) as the figure 1.

    Each "half a mile", "a quarter of a mile" (P.NUM_FRACTION_LENGTH) is that share of one unit.

    The word of degree before it stays outside the figure, where the hedge
    reader finds it as it finds "nearly" before "19 miles". In order of position.
    """
    found = [_Atom(m.start("num"), m.start("num"), m.end("num"), Decimal(1), None, None, True, m["num"])
             for m in P.NUM_A_LENGTH.finditer(text)]
    for m in P.NUM_FRACTION_LENGTH.finditer(text):  # "half a mile", "a quarter of a mile": that share of one
        lo, hi = m.span("num")
        if any(a.start < hi and lo < a.end and not (lo <= a.start and a.end <= hi) for a in atoms):
            continue  # part of a larger figure
        atoms = [a for a in atoms if not (lo <= a.start and a.end <= hi)]  # the "three" of "three quarters"
        found.append(_Atom(lo, lo, hi, _fraction_share(m["num"]), None, None, True, m["num"]))
    return sorted(atoms + found, key=lambda a: a.start) if found else atoms


def left_match(pattern: re.Pattern[str], text: str, pos: int, width: int = 48) -> re.Match[str] | None:
    """Match ``pattern`` (anchored with $) against the text just left of ``pos``, on a word boundary."""
    lo = max(0, pos - width)
    m = pattern.search(text, lo, pos)
    if m is None or (m.start() == lo and lo > 0 and text[lo - 1].isalnum()):
        return None
    return m


def _range_low(text: str, a: _Atom, b: _Atom) -> Decimal | None:
    """The low end when ``a`` and ``b`` form a range ("$10-12 million", "between 10 and 12"), else None."""
    if not a.currency and not a.spelled and a.num_start > 0 and text[a.num_start - 1].isalpha():
        return None  # the digits of a code ("awarded A1 to 31% of entries", "the M4 to 40mph"): no low end
    pos = a.end
    pct = P.NUM_PERCENT_AFTER.match(text, pos)
    if pct:
        pos = pct.end()
    unit = None if pct or a.currency else P.NUM_UNIT_AFTER.match(text, pos)
    if unit:  # "between 5 km and 15 km": the unit said twice
        pos = unit.end()
    sep = P.NUM_RANGE_SEP.match(text, pos)
    if sep is None or sep.end() != b.start:
        return None
    if pct:
        pct_b = P.NUM_PERCENT_AFTER.match(text, b.end)
        if pct_b is None or percent_unit(pct_b["unit"]) != percent_unit(pct["unit"]):
            return None
    if unit and not _same_unit(unit, P.NUM_UNIT_AFTER.match(text, b.end)):
        return None
    word = (sep["word"] or "").lower()
    if word == "and" and not left_match(P.NUM_BETWEEN_BEFORE, text, a.start):
        return None
    if (word in ("to", "bis") and left_match(P.NUM_FROM_BEFORE, text, a.start)
            and not left_match(P.NUM_RANGING_FROM_BEFORE, text, a.start)
            and not _listed_range(text, a.start)):
        return None
    if a.currency and b.currency and a.currency != b.currency:
        return None
    if not a.currency and left_match(P.NUM_MONTH_BEFORE, text, a.num_start, 16):
        return None  # a day of a month ("sentenced on March 3 to 12 years"): the date, then a figure
    if _year_before_money(a, b):
        return None  # "from £9.1 million in 2021 to £7.4 million": the year dates the first sum
    low = a.value
    if b.scale is not None and a.scale is None and a.base <= b.base:
        low = a.base * b.scale
    if word == "to" and b.value >= _CHANGE_TO_LEVEL * low and left_match(P.NUM_BY_BEFORE, text, a.start, 24):
        return None  # "rose by £67 to £553": the change, then the level it reaches
    return low if low < b.value else None


def _year_before_money(a: _Atom, b: _Atom) -> bool:
    """True when ``a`` is a bare year and ``b`` a scaled sum of money it cannot share a scale with.

    "Grants fell from £9.1 million in 2021 to £7.4 million": the year closes
    the first sum's phrase and "to" opens the second; read as one range
    "2021 to £7.4 million" the second sum was lost and a year became money.
    A range's ends share the high end's scale ("£10-12 million"), which a
    low end above the high end's digits cannot, and its ends are of one
    kind: no outlet writes a span from a plain four-digit figure to millions.
    """
    return (not a.currency and not a.spelled and a.scale is None and b.currency is not None
            and b.scale is not None and re.fullmatch(r"\d{4}", a.text) is not None
            and 1500 <= a.base <= 2199 and a.base > b.base)


# How far back in its sentence a listed "from" looks for the extent verb of the list's first pair.
_LIST_REACH = 200


def _listed_range(text: str, pos: int) -> bool:
    """True when the "from" before ``pos`` continues a list of ranges its sentence opened with "ranged from".

    "Fares ranged from 30 to 90 euros in Arlo, from 25 to 80 pounds in Bede":
    the second pair's "from" stands for the first's "ranged from", so it is a
    range too, not a change from one figure to another.
    """
    listed = left_match(P.NUM_LISTED_FROM_BEFORE, text, pos)
    if listed is None:
        return False
    lo = max(0, listed.start() - _LIST_REACH)
    before = text[lo:listed.start()]
    stop = max(before.rfind(c) for c in ".;!?\n")
    return P.NUM_RANGING_FROM.search(before, stop + 1) is not None


# "by X to Y" is a change and a level, not a range, when Y is at least this many times X: a range's
# ends are of one size ("by 10 to 15 per cent"), a level dwarfs the step that reached it.
_CHANGE_TO_LEVEL = 3


def _same_unit(a: re.Match[str], b: re.Match[str] | None) -> bool:
    """True when a range's two ends carry one unit ("5 km to 15 km"); "5 km to 15 minutes" is no range."""
    return b is not None and singular(a["unit"].casefold()) == singular(b["unit"].casefold())


def _qualifier(text: str, pos: int) -> tuple[str | None, int]:
    """The hedge right before ``pos`` ("up to", "less than") as a values.py constant, and where it starts."""
    m = left_match(P.NUM_QUALIFIER_BEFORE, text, pos)
    if m is None:
        return None, pos
    words = re.sub(r"\s+", " ", m["q"].lower())
    if words == "up to" and left_match(P.NUM_UP_TO_VERB_BEFORE, text, m.start(), 24):
        return None, m.end()  # "revised up to 61": the figure, moved up, not a ceiling
    if words == "up to" and left_match(P.NUM_UP_TO_VERB_OBJECT_BEFORE, text, m.start(), 48):
        return None, m.end()  # "revised June's gain up to 61": the same, with the object between
    if words == "under" and left_match(P.NUM_UNDER_COVERED_BEFORE, text, m.start(), 24):
        return None, m.end()  # "buried under 34cm of snow": a depth above a thing, not a ceiling
    if words == "over" and left_match(P.NUM_OVER_PARTICLE_VERB_BEFORE, text, m.start(), 16):
        return None, m.end()  # "handing over $650m": the sum handed over, not more than it
    for lead in _INTENSIFIERS:
        if words.startswith(lead) and words[len(lead):] in _QUALIFIERS:
            words = words[len(lead):]
    return _negated(text, m.start(), _QUALIFIERS[words]), m.start()


def _over_as_about(text: str, start: int) -> bool:
    """True for the "over" of "arrested over 6.8 million pound raid": a preposition, not "more than".

    Headlines and crime copy write the sum a case is about right after
    "over"; read as a floor, the wire's "6.8 million pound" raid became
    "more than" the sum every other outlet states. Only sums: "police
    arrested over 300 people" is a floor on a count.
    """
    return (text[start:start + 5].casefold() == "over "
            and left_match(P.NUM_OVER_ABOUT_BEFORE, text, start, 24) is not None)


def hedge_before(text: str, pos: int) -> str | None:
    """The hedge right before ``pos`` as a values.py constant ("nearly" -> approx), for figures in words."""
    return _qualifier(text, pos)[0]


def _negated(text: str, pos: int, qualifier: str) -> str:
    """ "did not drop below 31" holds 31 or more: a negated lower bound is a floor, an upper one a ceiling.

    Read as "below 31", it contradicted a partner's "a minimum of 31.4C", the very same night.
    """
    if qualifier in (BELOW, ABOVE) and left_match(P.NUM_NEGATED_BOUND_BEFORE, text, pos, 24):
        return FLOOR if qualifier == BELOW else CEILING
    return qualifier


# How far back from a figure a word of price is looked for ("now selling for 85c").
_PRICE_REACH = 30


def _cent_after_price(text: str, end: int) -> tuple[str, int] | None:
    """A cent sign on a figure a word of price stands before: "a can selling for 85c will cost more".

    NUM_CURRENCY_AFTER keeps a bare "c" to sums per something ("11c a
    litre"), since "Article 5c" is a label; a price word before the figure
    ("for", "costs", "as little as") says the same, so the sum is read too.
    The temperature guard (money._attached_minor) still applies afterwards.
    """
    if not text.startswith("c", end) or text[end + 1:end + 2].isalnum():
        return None
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    if start == end or P.PRICE_BEFORE.search(text, max(0, start - _PRICE_REACH), start) is None:
        return None
    return "c", end + 1


# How far either side of a bare "N pounds" its clause is looked at, in characters.
_POUNDS_CLAUSE_REACH = 160


def _pounds_in_money_clause(text: str, end: int, after: int) -> bool:
    """ "up from 410,000 pounds in 2024" in a sentence about a bill: a sum, not a weight.

    Wire style writes sums as "N pounds"; read as a weight, the wire's 2024
    bill never met the other outlets' sums, as unify_pounds rescues only a
    weight that another source states as the very same sum. The clause says
    which it is: a word of money in it (cost, bill, paid, fined, grant,
    price, raised, sold ...) and no word of weight ("weighed", "lost",
    "ounces", "lb", a catch or a baby) nor "pounds of" a substance.
    ``end`` is where the figure ends, ``after`` where "pounds" ends.
    """
    if P.POUNDS_WEIGHT_OF_AFTER.match(text, after):
        return False
    lo = max(0, end - _POUNDS_CLAUSE_REACH)
    starts = [m.end() for m in P.POUNDS_CLAUSE_END.finditer(text, lo, end)]
    start = starts[-1] if starts else lo
    stop_m = P.POUNDS_CLAUSE_END.search(text, after, after + _POUNDS_CLAUSE_REACH)
    stop = stop_m.start() if stop_m else min(len(text), after + _POUNDS_CLAUSE_REACH)
    return (P.POUNDS_MONEY_WORD.search(text, start, stop) is not None
            and P.POUNDS_WEIGHT_WORD.search(text, start, stop) is None)


def _currency_after(text: str, end: int, scaled: bool, spelled: bool) -> tuple[str, int] | None:
    """A currency named after the figure, as written, and where it ends.

    "pounds" and "won" count only after a multiplier (else weight, a verb),
    or, for "pounds", before what a price is per ("almost 25 pounds a tonne":
    no weight is stated per tonne, and the sum met no "£25" in another
    source for money.unify_pounds to read it by) or in a clause about money
    (_pounds_in_money_clause);
    any other currency name (currencies.name_after: "kronor", "pesos") only
    after digits or a multiplier, as the press writes money ("three crowns"
    are titles, "four and a half billion crowns" a sum).
    """
    m = P.NUM_CURRENCY_AFTER.match(text, end)
    if m is None:
        if not (spelled or scaled) and (cent := _cent_after_price(text, end)):
            return cent
        return None if spelled and not scaled else currencies.name_after(text, end, scaled)
    word = m["cur"].lower()
    if (word.startswith("pound") or word == "won") and not scaled:
        if word.startswith("pound") and (P.POUNDS_PRICE_PER_AFTER.match(text, m.end())
                                         or _pounds_in_money_clause(text, end, m.end())):
            return m["cur"], m.end()
        return None
    return m["cur"], m.end()


def _amount(text: str, a: _Atom, b: _Atom | None, low: Decimal) -> Amount:
    last = b or a
    start = a.start
    between = left_match(P.NUM_BETWEEN_BEFORE, text, start) if b is not None else None
    if between:
        start = between.start()
    figure_start = start
    qualifier, start = _qualifier(text, start)
    currency = a.currency or last.currency
    scaled = a.scale is not None or last.scale is not None
    end = last.end
    if currency is None and (after := _currency_after(text, end, scaled, a.spelled)):
        currency, end = after
    if currency is not None and qualifier is not None and _over_as_about(text, start):
        qualifier, start = None, figure_start
    year_like = (not scaled and re.fullmatch(r"\d{4}", a.text) is not None and 1500 <= a.base <= 2199
                 and not _four_digit_count(text, figure_start, last.end, qualifier))
    return Amount(start=start, end=end, num_start=a.num_start, num_end=last.end, low=low,
                  high=last.value if b is not None else None, qualifier=qualifier, currency=currency,
                  spelled=a.spelled, scaled=scaled, year_like=year_like,
                  prefixed=(a.currency or last.currency) is not None)


# The word right after a figure, and the word right before it.
_WORD_AFTER = regex(r"\s+([a-z]+)\b")
_WORD_BEFORE = regex(r"\b([a-z]+)\s+$")
# Verbs that take a head count as object: "has 1640 pupils", "employs 2300 staff", "cut 1800 jobs".
_HOLDING_VERBS = frozenset((
    "has", "have", "had", "having", "employs", "employ", "employed", "employing", "serves", "serving",
    "served", "enrols", "enrolled", "enrolls", "houses", "housed", "housing", "hosts", "hosted", "seats",
    "seating", "teaches", "taught", "totals", "totalled", "totaled", "cut", "cuts", "cutting", "axed",
    "axes", "hired", "hires", "hiring", "shed", "sheds", "shedding", "recruited", "recruits", "sold",
    "sells", "evacuated", "rescued"))
# Plural nouns a year commonly modifies, even after a hedge: "over 2019 levels", "above 2020 prices".
_YEAR_NOUNS = frozenset((
    "levels", "figures", "prices", "rates", "numbers", "totals", "results", "highs", "lows", "peaks",
    "values", "terms", "standards", "rules", "elections", "games", "accounts", "estimates", "forecasts",
    "budgets", "earnings", "sales", "revenues", "profits", "emissions", "targets", "years", "months",
    "weeks", "days", "hours", "minutes", "seconds", "centuries", "decades"))


def _four_digit_count(text: str, start: int, end: int, qualifier: str | None) -> bool:
    """True for a four-digit figure that counts the plural noun after it ("has 1640 pupils"), not a year.

    Outlets write "1,640" and "1640" alike; a figure in the years' range read
    as a year was dropped, and the two spellings of one count never met.
    A year stands before a plural noun too ("in 2019 pupils scored", "the
    2024 winners", "over 2019 levels"): the figure counts only after a hedge
    that no year takes ("about", "more than") or a verb whose object is a
    head count ("has", "employs", "cut"), and before a noun a year does not
    commonly modify.
    """
    after = _WORD_AFTER.match(text, end)
    if after is None or after[1] in _YEAR_NOUNS or not is_plural(after[1]):
        return False
    if qualifier in (APPROX, ABOVE, FLOOR, CEILING):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before[1].lower() in _HOLDING_VERBS


# The plural every P.NUM_VAGUE match ends its base with ("illions": millions, billions, trillions).
VAGUE_WORDS = ("dozens", "hundreds", "thousands", "illions")


def may_be_vague(c: Cues) -> bool:
    """P.NUM_VAGUE may match in the passage: one of VAGUE_WORDS is there in any case (extract/cues.py).

    The pattern opens with ``\\b`` and ignores case, so its scan tries every
    character; most passages that hold a figure hold none of these words.
    """
    return c.has_ci(*VAGUE_WORDS)


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


def _atom_matches(text: str, lower: str | None) -> Iterator[re.Match[str]]:
    """``P.NUM_ATOM.finditer(text)``, the pattern tried only where a match can start.

    A match is its number with at most NUM_CURRENCY_MAX characters of currency
    before it, and P.NUM_START finds every place a number can begin in the
    lower-cased ``lower``; positions are tried in order from the end of the last
    match, as finditer does, so the matches are the same. Without an exact
    lower-cased text (a non-ASCII letter, extract/cues.py) the whole text is searched.
    """
    if lower is None or len(lower) != len(text):
        yield from P.NUM_ATOM.finditer(text)
        return
    pos = 0  # no match starts before this: the end of the last match, or positions already tried
    for anchor in P.NUM_START.finditer(lower):
        number = anchor.start()
        at = max(pos, number - P.NUM_CURRENCY_MAX)
        while at <= number:
            m = P.NUM_ATOM.match(text, at)
            if m is None:
                at += 1
            else:
                yield m
                at = m.end()
        pos = at


@shared_text
def scan_amounts(text: str) -> tuple[Amount, ...]:
    """Every figure and range in ``text``, with hedge and currency, in order of position."""
    found_in = cues(text)
    spans = found_in.has_ci(*_SPANS)
    hedged_span = spans and found_in.has_ci(*_HEDGES, "and a half", "and a quarter", "and three", "for a",
                                           *_SPANS_OF, *_BY_SPANS)
    fraction_span = spans and found_in.has_ci("half a", "quarter")
    if not may_have_number(found_in) and not hedged_span and not fraction_span:
        return ()  # no digit, no number word (extract/cues.py) and no "at least a minute"
    atoms: list[_Atom] = []
    for m in _atom_matches(text, found_in.lower):
        a = _atom(text, m)
        if a is not None and not (atoms and a.start < atoms[-1].end):  # inside "... and a half"
            atoms.append(a)
    if found_in.has_ci("decade", "fortnight") or hedged_span:
        atoms = _decades(text, atoms)
    if fraction_span:
        atoms = _fraction_spans(text, atoms)
    if found_in.has_ci(*LENGTH_WORDS):
        atoms = _a_lengths(text, atoms)
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
    if may_be_vague(found_in):
        out.extend(_vague_amounts(text))
    return tuple(sorted(out, key=lambda x: (x.start, x.end)))


def percent_unit(surface: str) -> str:
    """The unit of a percent as written: "%", "percentage point" or "basis point".

    A percent never compares with a point ("3.75%" is a level, "0.5
    percentage points" a change); points and basis points are one scale,
    which ``percent_quantity`` states in basis points.
    """
    key = re.sub(r"[\s-]+", " ", surface.lower())
    if key.startswith(("percentage", "prozentpunkt", "pp")):
        return "percentage point"
    if key.startswith(("basis", "bp")):
        return "basis point"
    return "%"


# Basis points in one percentage point.
BASIS_POINTS = Decimal(100)


def scaled(amount: Decimal, factor: Decimal) -> Decimal:
    """``amount`` times ``factor``, a whole number written without exponent when it is one.

    Shared by the unit conversions (basis points here, bytes in datasize.py)
    so that a converted figure is written one way ("150", never "1.5E+2").
    """
    value = amount * factor
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def in_base_unit(low: Decimal, unit: str, high: Decimal | None, factors: dict[str, Decimal],
                 base: str) -> tuple[Decimal, str, Decimal | None]:
    """A figure of a scaled unit stated in ``base`` ("178 megaliter per day" -> 178 * 10**6 "liter per day").

    Shared by the unit tables (bytes in datasize.py, litres in volumes.py);
    any unit the table lacks comes back as it came. A rate keeps its period
    ("gigabyte per day" -> "byte per day"): a flow is never the same thing as
    a stock, nor a rate a size.
    """
    head, sep, per = unit.partition(" per ")
    factor = factors.get(head)
    if factor is None:
        return low, unit, high
    return scaled(low, factor), base + sep + per, None if high is None else scaled(high, factor)


def percent_quantity(low: Decimal, unit: str, qualifier: str | None, high: Decimal | None) -> Quantity:
    """A percent or a change in points; points are stated in basis points.

    Sources write one cut as "50 basis points", "50bp", "0.5 percentage
    points" or "half a percentage point": stated on one scale, they are one
    value that agrees or differs across sources rather than two units that
    never compare.
    """
    if unit != "percentage point":
        return Quantity(low, unit, qualifier, high)
    return Quantity(scaled(low, BASIS_POINTS), "basis point", qualifier,
                    None if high is None else scaled(high, BASIS_POINTS))


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


# En and em dashes between two figures ("6–3") join them as a hyphen does: a pair that is no range
# (extract/tallies.py reads a split or a score) is never two loose figures.
_DASHES = "–—"


def attached_before(text: str, pos: int) -> bool:
    """True when the figure continues a word or code before it ("A320", "v2", "#4", "x-5")."""
    if pos == 0:
        return False
    c = text[pos - 1]
    return (c.isalnum() or c in "_/@#" or (c in "-." and pos >= 2 and text[pos - 2].isalnum())
            or (c in _DASHES and pos >= 2 and text[pos - 2].isdigit()))


def attached_after(text: str, pos: int) -> bool:
    """True when the figure runs on into letters or code ("5G", "1st", "24/7", "COVID-19", "two-thirds")."""
    if pos >= len(text):
        return False
    c = text[pos]
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    return c.isalpha() or c in "/@_:" or (c == "-" and nxt.isalnum()) or (c in _DASHES and nxt.isdigit())


def is_noise(text: str, a: Amount) -> bool:
    """True when the figure is part of a URL, a date, a clock time or a word rather than a quantity."""
    if (in_code(text, a.num_start, a.num_end) or P.NUM_LEADING_ZERO.fullmatch(text, a.num_start, a.num_end)
            or P.NUM_BROKEN_DECIMAL.match(text, a.num_end)):
        return True
    if not a.prefixed and attached_before(text, a.num_start):
        return True
    zero = text[a.num_start:a.num_end].casefold() == "zero"
    if zero and left_match(P.NUM_NET_BEFORE, text, a.num_start, 5):
        return True  # "a target of net zero by 2040": the policy, not a count of nothing
    clock_before = P.NUM_CLOCK_BEFORE.search(text[max(0, a.num_start - 2):a.num_start])
    date = left_match(P.NUM_MONTH_BEFORE, text, a.num_start, 16) or P.NUM_MONTH_AFTER.match(text, a.num_end)
    return bool(clock_before or date or P.NUM_CLOCK_AFTER.match(text, a.num_end))


__all__ = ["STOP_WORDS", "Amount", "attached_after", "attached_before", "in_base_unit", "in_code", "is_noise",
           "is_plural", "left_match", "parse_digits", "percent_unit", "scaled", "scan_amounts", "singular"]
