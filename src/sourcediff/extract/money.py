"""Money: "$200 million", "up to $200 million", "US$1.2bn", "€3,5 Mio.", "hundreds of millions of dollars".

Figures are read by the scanner in :mod:`sourcediff.extract.amounts` (so that
digits, multipliers, ranges and hedges mean the same thing everywhere); this
module keeps those that name a currency and turns the written currency into
an ISO 4217 code. A bare "$" is taken as US dollars: the common case in the
English-language press, and a report shows the raw text next to the code.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from sourcediff.extract import currencies
from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import (
    STOP_WORDS,
    Amount,
    _over_as_about,
    attached_after,
    in_code,
    is_noise,
    left_match,
    scan_amounts,
    singular,
)
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.roles import ROLE_PREFIX
from sourcediff.extract.shared import answers
from sourcediff.extract.thresholds import threshold_cue
from sourcediff.model import Article, Kind, Mention, Passage, SourceInfo, Span
from sourcediff.regexcache import regex
from sourcediff.values import APPROX, Money, Quantity

_SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "$us": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "can$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "rmb": "CNY",
    "₦": "NGN", "n": "NGN",
}
_WORDS = {
    "dollar": "USD", "dlr": "USD", "dlrs": "USD", "us dollar": "USD", "u.s. dollar": "USD",
    "american dollar": "USD", "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "new zealand dollar": "NZD", "singapore dollar": "SGD", "euro": "EUR", "pound": "GBP",
    "pound sterling": "GBP", "sterling": "GBP", "pfund": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "franc": "CHF", "swiss franc": "CHF", "franken": "CHF",
    "rouble": "RUB", "ruble": "RUB", "won": "KRW", "cent": "USD",
    "lira": "TRY", "turkish lira": "TRY", "lire": "TRY", "naira": "NGN", "shekel": "ILS",
    "israeli shekel": "ILS", "zloty": "PLN", "zlotys": "PLN", "zlotie": "PLN", "kronor": "SEK",
    "swedish kronor": "SEK", "kroner": "NOK", "norwegian kroner": "NOK", "ringgit": "MYR", "baht": "THB",
    "rupiah": "IDR", "dirham": "AED", "uae dirham": "AED", "riyal": "SAR", "saudi riyal": "SAR",
}
_CUE_SKIP = frozenset("million billion trillion thousand dollar euro pound worth".split())


def currency_code(written: str) -> str:
    """The ISO 4217 code for a currency as written: "US$" -> USD, "euros" -> EUR, "GBP" -> GBP."""
    text = re.sub(r"\s+", " ", written.strip())
    if re.fullmatch(r"[A-Z]{3}", text) and text.lower() not in _SYMBOLS:
        return text
    key = text.lower()
    if key in _SYMBOLS:
        return _SYMBOLS[key]
    key = " ".join(singular(w) for w in key.split())
    if key in _WORDS:
        return _WORDS[key]
    if named := currencies.currency_named(text):
        return named
    raise ValueError(f"unknown currency: {written!r}")


def currency_words() -> frozenset[str]:
    """The lower-case words of the currency names `currency_code` knows besides the ISO table's."""
    return frozenset(w for name in _WORDS for w in name.split()) | frozenset(_SYMBOLS)


# Hundredths of a currency, as written after a figure, and the currency they divide: "53 cents" and
# "53c" are USD 0.53, "53.8p" and "53.8 pence" are GBP 0.538 (a standing charge, a fare, a price per litre).
_MINOR = {"cent": "USD", "c": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP"}


def _minor_currency(written: str) -> str | None:
    return _MINOR.get(singular(written))


def to_money(a: Amount) -> Money:
    """The Money value of a scanned amount that names a currency; a sum in hundredths is divided by 100."""
    if a.currency is None:
        raise ValueError("not a money amount")
    low, high = a.low, a.high
    if minor := _minor_currency(a.currency):
        low, high = low / 100, (high / 100 if high is not None else None)
        return Money(minor, low, high, a.qualifier)
    return Money(currency_code(a.currency), low, high, a.qualifier)


def _is_money(text: str, a: Amount) -> bool:
    """A currency-bearing amount that is not part of a URL, a date or a word; "2020 dollars" is a year."""
    if a.currency is None:
        return False
    if a.prefixed or a.vague:
        return not in_code(text, a.start, a.end)
    return not (is_noise(text, a) or a.year_like or (attached_after(text, a.num_end)
                                                     and not _hyphened_currency(text, a)
                                                     and not _attached_minor(text, a)))


# Lines of a video picture ("1080p"): a figure with "p" on its digits that is no sum in pence.
_VIDEO_LINES = frozenset({Decimal(n) for n in (240, 360, 480, 576, 720, 1080, 1440, 2160, 4320)})


# How far either side of a figure with a cent sign a word of temperature ("highs of 25c a day") is looked for.
_CENT_TEMPERATURE_REACH = 60


def _attached_minor(text: str, a: Amount) -> bool:
    """ "53.8p a day", "85p", "11c a litre": the pence or cent sign written on to the figure, as papers
    write small sums. The pattern keeps "c" to sums per something; near a word of temperature it is
    the Celsius a tabloid writes in lower case."""
    if a.currency == "c":
        lo, hi = max(0, a.start - _CENT_TEMPERATURE_REACH), a.end + _CENT_TEMPERATURE_REACH
        return P.NUM_TEMPERATURE_CUE.search(text, lo, hi) is None
    return a.currency == "p" and not (a.high is None and a.low in _VIDEO_LINES)


def _hyphened_currency(text: str, a: Amount) -> bool:
    """A figure joined to its currency's name by a hyphen: "a 110bn-euro package", "a 250,000-crown loan"."""
    return text.startswith("-", a.num_end) and a.end > a.num_end + 1


def _cue_word(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    word = m["word"].lower()
    if word in STOP_WORDS or word in _CUE_SKIP or word.endswith("ly"):
        return None
    return singular(word)


# Words that end a noun compound after a sum: verbs a sum's noun is often the subject of ("a $25 million
# grant made the work possible"), past forms without "-ed" among them.
_COMPOUND_END = frozenset("""will would shall should can could may might must has had have does did
    made gave took went came paid sent kept left led won lost set put hit saw got met fell rose grew drew
    brought bought sought caught held told sold spent built meant ran began became remains
    last next this that each every ago alone apiece""".split())
# At most this many words follow the first in a compound read for its head ("state road repair fund").
_COMPOUND_MAX_EXTRA = 2


def _compound_head(text: str, m: re.Match[str] | None) -> str | None:
    """The last noun of the compound a money cue opens: "grant" in "$30 million state grant, ...".

    The cue was the first word after the figure, so "a $30 million state
    grant" was about "state" while "a state grant of $25 million" was about
    "grant", and a draft's rival sum could not meet the sources'. A compound's
    head is its last noun: the words after the first one are followed while
    they look like nouns (lower case, no stop word, no "-ed"/"-ing"/"-ly", no
    "-s" that may be a verb's, as in "grant helps", no time word: "last");
    none such leaves the first word the cue. A noun after "in" or "of" ("$14
    billion in revenue last year") opens no compound.
    """
    if m is None or _cue_word(m) is None or m.group(0).split()[0] in ("in", "of"):
        return None  # "$14 billion in revenue last year": a preposition's noun, then the rest of the clause
    end, head = m.end(), None
    for _ in range(_COMPOUND_MAX_EXTRA):
        nxt = P.MONEY_CUE_COMPOUND_NEXT.match(text, end)
        word = nxt["word"] if nxt is not None else ""
        if (not word or word in STOP_WORDS or word in _CUE_SKIP or word in _COMPOUND_END
                or word.endswith(("ed", "ing", "ly")) or (word.endswith("s") and not word.endswith("ss"))):
            break
        end, head = nxt.end() if nxt is not None else end, word
    return singular(head) if head else None


def money_cues(text: str, a: Amount) -> tuple[str, ...]:
    """What an amount is about, from a noun next to it ("$200 million contract", "revenue of $14 bn").

    A compound after the figure gives its head as well as its first word
    (`_compound_head`): "$30 million state grant" is about "state" and "grant".
    """
    first = P.MONEY_CUE_AFTER.match(text, a.end)
    after = _cue_word(first)
    head = _compound_head(text, first)
    before = _cue_word(P.MONEY_CUE_BEFORE.search(text, max(0, a.start - 40), a.start))
    return tuple(dict.fromkeys(w for w in (after, head, before, _label_word(text, a)) if w))


def _label_word(text: str, a: Amount) -> str | None:
    """The head noun of a fact box's label right before a sum: "debt" in "Debt assumed: GBP 61m".

    Trade sites list a deal's terms under labels, so the sum has no noun
    beside it that MONEY_CUE_AFTER or MONEY_CUE_BEFORE reads, and another
    source's "£64m of debt" had nothing to meet it by, nor anything to keep
    it from a sum named for something else. The head is the label's last
    word before any participle or verb ("assumed", "taken", "paid"):
    "Current list price" is about the price, not about "current".
    """
    line = text[text.rfind("\n", 0, a.start) + 1:a.start]
    m = P.MONEY_CUE_LABEL.fullmatch(line)
    if m is None:
        return None
    heads: list[str] = []
    for word in (w.lower() for w in m["label"].split()):
        if word.endswith(("ed", "ing")) or word in _COMPOUND_END or word in LABEL_PARTICIPLES:
            break  # "Debt taken on", "Price paid": the label's noun came before its verb
        if word not in STOP_WORDS and word not in _CUE_SKIP and not word.endswith("ly"):
            heads.append(word)
    return singular(heads[-1]) if heads else None


# Participles without "-ed" that follow the noun in a fact box's label ("Debt taken on", "Sum given").
LABEL_PARTICIPLES = frozenset("taken given drawn shown known written owed borne".split())


# The bases an amount may be stated on (`basis_cue`), as role cues: amounts on two bases are two facts.
_BASES = {"with": "with-fees", "before": "before-fees", "pre": "before-tax", "post": "after-tax"}
# How far before an amount its basis word may stand ("the hammer came down at").
_BASIS_REACH = 40


def basis_cue(text: str, a: Amount) -> tuple[str, ...]:
    """The role of an amount that says what it includes: ("role:with-fees",), ("role:before-fees",), ...

    A sale's price with the buyer's premium and its hammer price, a profit
    before and after tax, are two amounts of one object that differ by what
    they include: as values they must not agree (the two are rarely close),
    and an outlet that gives the with-fees figure as the hammer price states
    a wrong value of the hammer price, not a second price. The basis is
    read only where the writer states it next to the amount, so an amount
    with no such word stays comparable with both.
    """
    after = P.MONEY_BASIS_AFTER.match(text, a.end)
    found = after
    if found is None:
        left = text[max(0, a.start - _BASIS_REACH):a.start]
        stops = list(P.MONEY_BASIS_STOP.finditer(left))
        clause = left[stops[-1].end():] if stops else left
        found = P.MONEY_BASIS_BEFORE.search(clause)
    if found is None:
        return ()
    group = next(k for k in _BASES if found.groupdict().get(k))
    return (ROLE_PREFIX + _BASES[group],)


# Cue prefix of the period a sum is stated for ("$4,650 a semester": "period:semester"), and short forms.
PERIOD_PREFIX = "period:"
_PERIODS = {"yr": "year", "mo": "month", "wk": "week", "hr": "hour", "annum": "year"}
# The period each adjective or adverb of one names ("an hourly rate", "£5bn annually").
_PERIOD_WORDS = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
                 "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year"}
# How far before a sum MONEY_PERIOD_BEFORE looks ("an hourly minimum wage of ": 27 characters).
_PERIOD_BEFORE_REACH = 40
# How far before a sum MONEY_PERIOD_SUBJECT looks ("a full week of care will jump from £300 to ": 43).
_PERIOD_SUBJECT_REACH = 90


def period_cue(text: str, a: Amount) -> tuple[str, ...]:
    """The period a sum is stated for, when the writer names it right after or right before it; else nothing.

    A fee per semester and a fee per year are sums for two periods: never
    rivals (`compat.same_thing`), unless a writer converts one. "An hourly
    rate of £13.20" is "£13.20 an hour" written the other way round: read
    with no period it was a rival of "£26,000 a year" in another outlet.
    A period may also be what the sum is the price of, earlier in its
    clause ("a full week of care will jump from £300 to £345"): a tabloid
    gives the week where the wire gives the day, and only a sum that knows
    its period can be read per day (daysums.py).
    """
    m = P.MONEY_PERIOD_AFTER.match(text, a.end)
    if m is not None and m["period"]:
        word = m["period"].lower()
        return (PERIOD_PREFIX + _PERIODS.get(word, word),)
    if m is None:
        m = left_match(P.MONEY_PERIOD_BEFORE, text, a.start, _PERIOD_BEFORE_REACH)
    if m is None:
        subject = left_match(P.MONEY_PERIOD_SUBJECT, text, a.start, _PERIOD_SUBJECT_REACH)
        if subject is not None:
            return (PERIOD_PREFIX + (subject["period"] or subject["for"]),)
        # "the average annual premium ... will go up from 634 pounds to 748 pounds": a payment's own period
        payment = left_match(P.MONEY_PERIOD_PAYMENT, text, a.start, _PERIOD_SUBJECT_REACH)
        return (PERIOD_PREFIX + _PERIOD_WORDS[payment["adjective"].lower()],) if payment is not None else ()
    return (PERIOD_PREFIX + _PERIOD_WORDS[m["adverb"].lower()],)


# Cue prefix of the unit a price is stated per ("$71.40/bbl": "per:barrel"); each written form's unit.
UNIT_PREFIX = "per:"
_UNITS = {
    "bbl": "barrel", "l": "liter", "ltr": "liter", "litre": "liter", "gal": "gallon", "t": "tonne",
    "ton": "tonne", "mt": "tonne", "kilo": "kilogram", "kilogramme": "kilogram", "kg": "kilogram",
    "lb": "pound", "oz": "ounce", "bu": "bushel",
    # A farm or wine trade price per land area or per volume of wine: "€3,000/ha", "€295/hl".
    "ha": "hectare", "hl": "hectoliter", "hectolitre": "hectoliter",
}


def unit_cue(text: str, a: Amount) -> tuple[str, ...]:
    """The unit a price is stated per ("$71.40 a barrel", "$71.40/bbl"), when written right after it.

    The trade's "$71.40/bbl" is the paper's "$71.40 a barrel", one price;
    a price per barrel and a price per tonne are two facts, never rivals
    (`compat.same_thing`), as sums for two periods are.
    """
    m = P.MONEY_UNIT_AFTER.match(text, a.end)
    if m is None:
        return ()
    word = (m["unit"] or m["short"]).lower()
    word = word if word in _UNITS else singular(word)
    return (UNIT_PREFIX + _UNITS.get(word, "liter" if word.startswith("lit") else word),)


def _price_end(text: str, a: Amount) -> int:
    """Where a sum's written token ends: after the slashed unit of a price ("€295/hl", "$84.20/bbl").

    "€3,000/ha" is one token, the rate per hectare it says; cut at the
    slash, the report showed "€3,000", a sum, and half a word. A unit
    spelled out ("$84.20 a barrel") is words of its own and stays outside.
    Cues are still read from the figure's own end.
    """
    m = P.MONEY_UNIT_AFTER.match(text, a.end)
    return m.end() if m is not None and m["short"] else a.end


def change_cue(text: str, a: Amount) -> tuple[str, ...]:
    """(CHANGE,) for an amount that states a change ("an increase of £125m", "rose by $2bn"), else ().

    A cost overrun and the cost itself are two figures of one project, as a
    percent's "up 41%" and "58.4%" are (numberpercents.CHANGE): a change is
    never a rival of a level (`compat.same_thing`), and one passage's change
    and level are each its single value of their kind (`compat.role_key`),
    so two sources' overruns can meet where both also give the new cost.
    """
    if (P.MONEY_CHANGE_BEFORE.search(text, max(0, a.start - _CHANGE_REACH), a.start)
            or P.MONEY_CHANGE_AFTER.match(text, a.end)):
        return (CHANGE,)
    return ()


# How far before an amount its change words may stand ("an increase in the club's loan of"), in characters.
_CHANGE_REACH = 48


# Cue of an amount a writer converted from the one before it ("€110 billion ($143 billion)"): the
# exchange rate is the writer's, so two sources' conversions may differ without contradicting each other.
CONVERSION = "conversion"


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Every money amount in every passage; offsets are absolute into ``article.text``."""
    out: list[Mention] = []
    # Every passage's amounts from the scan's memory at once (shared.answers), not one lookup a passage.
    for p, amounts in zip(passages, answers(scan_amounts, [p.text for p in passages]), strict=True):
        text = p.text  # the passage's own string: shared scans hash it once (extract/shared.py)
        previous: tuple[int, str] | None = None  # the end and currency of the passage's last amount
        for a in amounts:
            if not _is_money(text, a) or P.NUM_BROKEN_DECIMAL.match(article.text, p.start + a.end):
                continue
            try:
                value = to_money(a)
            except ValueError:
                continue
            span = Span(p.start + a.start, p.start + _price_end(text, a))
            conversion = (CONVERSION,) if (_bracketed_conversion(text, a.start)
                                           or _apposed_conversion(text, a, previous, value)) else ()
            previous = (a.end, value.currency)
            basis = basis_cue(text, a)
            if basis:  # the value carries it too: the judge's clusters compare values, not cues
                value = replace(value, basis=basis[0].removeprefix(ROLE_PREFIX))
            out.append(Mention(kind=Kind.MONEY, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=value, slot="money",
                               cues=money_cues(text, a) + basis + conversion + period_cue(text, a)
                               + unit_cue(text, a) + change_cue(text, a) + threshold_cue(text, a.start)))
    return tuple(out)


# How far before its bracket MONEY_CONVERSION_BEFORE's match may start: a digit and 24 characters.
_CONVERSION_FIGURE_REACH = 25


def _bracketed_conversion(text: str, start: int) -> bool:
    """ "110 billion euros ($143 billion)": a figure and an opening bracket right before the sum.

    MONEY_CONVERSION_BEFORE must end at the sum, and after its bracket it
    holds only spaces and a hedge: its bracket is the last one before the sum,
    and it starts at most _CONVERSION_FIGURE_REACH characters before that.
    Searching only from there gives the same answer as searching the passage
    from its start, which in one long paragraph cost the square of its length.
    """
    bracket = text.rfind("(", 0, start)
    if bracket < 0:
        return False
    first = max(0, bracket - _CONVERSION_FIGURE_REACH)
    return P.MONEY_CONVERSION_BEFORE.search(text, first, start) is not None


def _apposed_conversion(text: str, a: Amount, previous: tuple[int, str] | None, value: Money) -> bool:
    """ "€78 million, about $85 million": a hedged sum in another currency after a comma converts the first.

    Brackets are the usual mark of a writer's conversion; a comma and a hedge
    ("about", "roughly") are the other. A list of sums ("€2m, $3m and £1m")
    has no hedge, and a sum in the same currency is no conversion.
    """
    return (previous is not None and a.qualifier == APPROX and previous[1] != value.currency
            and P.MONEY_APPOSED_CONVERSION.fullmatch(text, previous[0], a.start) is not None)


# Dollars other than the US dollar that a bare "$" may stand for in a story told from that country.
_OTHER_DOLLARS = frozenset({"AUD", "CAD", "HKD", "NZD", "SGD"})


# "twenty-five thousand dollars": the currency's name written out with no country before it
# ("US dollars", "American dollars" name one); the name may end the mention or be followed by its period.
_WORD_DOLLARS = regex(r"(?<!\bUS )(?<!\bU\.S\. )(?<!\bAmerican )(?<!\bStates )\bdollars?\b", re.IGNORECASE)


def _bare_dollar(m: Mention) -> bool:
    """A dollar amount whose writer named no country ("$410 million", "410 million dollars").

    Neither "US$" nor "C$" nor "US dollars": a local broadcaster that spells
    a cap out as "twenty-five thousand dollars" means its own dollar just as
    its "$900 million" does, so the written-out word is as unnamed as the sign.
    """
    return (isinstance(m.value, Money) and m.value.currency == "USD"
            and (re.search(r"(?:^|\s)\$", m.raw) is not None or _WORD_DOLLARS.search(m.raw) is not None))


def own_dollars(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """A bare "$" is the one non-US dollar its own article names, when it names no US one.

    A Canadian paper writes "$1.2-billion" in one sentence and "C$300-million"
    in the next: its "$" is the Canadian dollar, yet read alone it was the US
    dollar and set against a wire's "US$880 million" as a rival sum. Only an
    article that names exactly one dollar, not the US one ("US$", "USD",
    "US dollars"; a bare "dollars" is no name), is read so. A bare sum its writer gives as a conversion
    ("C$1.2 billion ($880 million)") names the US dollar: that article's bare
    "$" may be either, and all of it is left as it was.
    """
    out = []
    for s in sources:
        named = {m.value.currency for m in s.mentions if isinstance(m.value, Money)
                 and (not _bare_dollar(m) or CONVERSION in m.cues)
                 and m.value.currency in _OTHER_DOLLARS | {"USD"}}
        if len(named) != 1 or not named <= _OTHER_DOLLARS:
            out.append(s)
            continue
        (home,) = named
        ms = tuple(replace(m, value=replace(m.value, currency=home))
                   if _bare_dollar(m) and isinstance(m.value, Money) else m
                   for m in s.mentions)
        out.append(replace(s, mentions=ms) if ms != s.mentions else s)
    return tuple(out)


def unify_dollars(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """A bare "$" amount is the dollar another source names for that very sum.

    A Canadian paper writes "$410-million" for the C$410 million a wire
    spells out: the "$" is the outlet's home dollar, not the US dollar, so
    the two mentions are one sum. Only the same figure is resolved so (a
    US outlet's own "$5 million" elsewhere in the story stays US dollars),
    and only when every source naming that figure in a dollar names one
    dollar.
    """
    named: dict[Decimal, set[str]] = {}
    for s in sources:
        for m in s.mentions:
            if (isinstance(m.value, Money) and not _bare_dollar(m) and m.value.high is None
                    and m.value.currency in _OTHER_DOLLARS | {"USD"}):
                named.setdefault(m.value.amount, set()).add(m.value.currency)
    home = {amount: next(iter(codes)) for amount, codes in named.items()
            if len(codes) == 1 and codes <= _OTHER_DOLLARS}
    if not home:
        return sources
    out = []
    for s in sources:
        own = _outlet_dollar(s.mentions, home)
        ms = tuple(replace(m, value=replace(m.value, currency=home.get(m.value.amount, own or "USD")))
                   if _bare_dollar(m) and isinstance(m.value, Money)
                   and (m.value.amount in home or own is not None) else m
                   for m in s.mentions)
        out.append(replace(s, mentions=ms) if ms != s.mentions else s)
    return tuple(out)


def _outlet_dollar(mentions: tuple[Mention, ...], home: dict[Decimal, str]) -> str | None:
    """The one home dollar an outlet means by every bare "$", when the story shows it; else None.

    An outlet writes its own dollar as "$" throughout: once its bare sums
    that other sources name are all in one other dollar (its "$31.5 million"
    is the wire's A$31.5 million), its "more than $210 million" is in that
    dollar too. Not when it names a dollar itself anywhere ("US$", "A$"):
    then its bare "$" may be either.
    """
    bare = [m for m in mentions if _bare_dollar(m)]
    if any(isinstance(m.value, Money) and m.value.currency in _OTHER_DOLLARS | {"USD"} and not _bare_dollar(m)
           for m in mentions):
        return None
    shown = {home[m.value.amount] for m in bare if isinstance(m.value, Money) and m.value.amount in home}
    return next(iter(shown)) if len(shown) == 1 else None


# "48,600 pounds" at the end of a mention's text: the currency's name written out after the figure,
# not "lb"; "1,901 pounds a year" is such a sum by the period too. The figure may be spelled out ("a
# hundred and twenty pounds"): a quote gives a sum in words as often as a wire gives it in digits, and
# ends on "twenty", no multiplier to make it money at once. A hyphenated modifier ("a 75,000-pound
# grant") is a candidate too: wire copy sizes an appeal, a fine or a deal so as often as a bear's
# weight, and unify_pounds still wants the very sum stated in sterling by another source.
_POUNDS_WORD = regex(r"\w(?:\s+|-)pounds?(?:\s+(?:a|an|per)\s+(?:year|annum|month|week|day|hour))?$",
                     re.IGNORECASE)
# The periods a sum in pounds may be stated per ("a year"): the bill, the wage, the fee, not a weight.
_SUM_PERIODS = frozenset({"year", "annum", "month", "week", "day", "hour"})
# Words that make "pounds" a weight whatever the story says: "weighed 420 pounds", "40 pounds of".
# Not "of" before what only money is ("600,000 pounds of his assets", "2 million pounds of taxpayers'
# money", "50,000 pounds of public funds"): a sum's "of" names whose or which money it is, and no
# haul weighs its owner's assets. Up to two words may stand between ("of the firm's frozen assets").
_WEIGHT_BEFORE = regex(r"\bweigh", re.IGNORECASE)
_WEIGHT_AFTER = P.POUNDS_WEIGHT_OF_AFTER
# How far before the figure a weighing verb may stand, in characters.
_WEIGHT_REACH = 30
# Units a figure stated as a weight is in (compat._UNITS's mass): such a figure keeps "pounds" a weight.
_MASS_UNITS = frozenset({"kg", "kilogram", "tonne", "ton", "pound", "lb", "gram", "ounce"})


def _pounds_unit(unit: str | None) -> bool:
    """ "pound", or "pound per year" and the like: what "N pounds" and "N pounds a year" are read as."""
    head, _, per = (unit or "").partition(" per ")
    return head == "pound" and (not per or per in _SUM_PERIODS)


def _pounds_weight(m: Mention, text: str) -> bool:
    """A figure or range read as a weight from the word "pounds", with no word of weighing beside it."""
    v = m.value
    if not (m.kind is Kind.NUMBER and isinstance(v, Quantity) and _pounds_unit(v.unit)
            and _POUNDS_WORD.search(m.raw.strip()) is not None):
        return False
    before = text[max(0, m.span.start - _WEIGHT_REACH):m.span.start]
    return not (_WEIGHT_BEFORE.search(before) or _WEIGHT_AFTER.match(text, m.span.end))


def _pounds_sum(m: Mention, v: Quantity, text: str) -> Mention:
    """A figure in "pounds" read as the sum in sterling it is; its "over" after a sanction is "about".

    Read as a weight, "suspension over 38,450 pound expenses claim" kept the
    "over" as a floor, which a sum after a word of blame or sanction never
    takes (amounts._over_as_about): the headline's sum was "more than" the
    £38,450 every outlet states.
    """
    if v.qualifier is not None and _over_as_about(text, m.span.start):
        cut = len(m.raw) - len(m.raw[len("over"):].lstrip())
        return replace(m, kind=Kind.MONEY, slot="money", value=Money("GBP", v.amount, v.high, None),
                       span=Span(m.span.start + cut, m.span.end), raw=m.raw[cut:])
    return replace(m, kind=Kind.MONEY, slot="money", value=Money("GBP", v.amount, v.high, v.qualifier))


def unify_pounds(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """ "claimed 48,600 pounds" is the £48,600 another source of the story states.

    A figure with "pounds" and no multiplier is read as a weight
    (amounts._currency_after: "the bear weighed 420 pounds"), the safer
    reading of one article; but a live blog or a foreign paper writes a sum
    as "48,600 pounds" too. The story tells them apart: when another source
    states the very same figure as a sum in pounds sterling, none states it
    as a weight ("22,000 kg", "48,600 lb"), and no word of weighing stands
    beside it ("weighed", "pounds of"), the "pounds" are money, and so are
    the "pounds a year" of a bill or a wage ("1,901 pounds a year" where
    another source has "£1,901 a year"), and a range "from 45 to 120 pounds"
    whose two ends the story states in pounds sterling ("£45 to £120"). This is the
    cross-source step that ``unify_dollars`` is for a bare "$" and
    lengths.unify_lengths for "6.84m".
    """
    sterling: set[Decimal] = set()
    weights: set[Decimal] = set()
    candidates = False
    for s in sources:
        for m in s.mentions:
            v = m.value
            if m.kind is Kind.NUMBER and _pounds_weight(m, s.article.text):  # kind first: no call for most
                candidates = True
            elif isinstance(v, Money) and v.currency == "GBP":
                sterling.update((v.amount,) if v.high is None else (v.amount, v.high))
            elif m.kind is Kind.NUMBER and isinstance(v, Quantity) and v.unit in _MASS_UNITS:
                weights.add(v.amount)
    sums = sterling - weights
    if not candidates or not sums:
        return sources
    out = []
    for s in sources:
        text = s.article.text
        ms = tuple(_pounds_sum(m, m.value, text)
                   if isinstance(m.value, Quantity) and _ends(m.value) <= sums and _pounds_weight(m, text)
                   else m for m in s.mentions)
        out.append(replace(s, mentions=ms) if ms != s.mentions else s)
    return tuple(out)


def _ends(v: Quantity) -> set[Decimal]:
    """A figure, or both ends of a range ("from 45 to 120 pounds": each end must be a sum of the story)."""
    return {v.amount} if v.high is None else {v.amount, v.high}


def parse_money(text: str) -> Money:
    """Parse one money expression ("up to $200 million", "€3,5 Mio.") or its canonical text ("USD 200000000").

    Raises ValueError naming the text when it is not exactly one amount of money.
    """
    s = text.strip()
    m = P.MONEY_CANONICAL.fullmatch(s)
    if m:
        high = Decimal(m["high"]) if m["high"] else None
        return Money(m["cur"], Decimal(m["amount"]), high, m["q"], m["basis"])
    amounts = [a for a in scan_amounts(s) if a.currency is not None]
    if len(amounts) != 1 or amounts[0].start != 0 or amounts[0].end not in (len(s), len(s.rstrip("."))):
        raise ValueError(f"not a single amount of money: {text!r}")
    return to_money(amounts[0])
