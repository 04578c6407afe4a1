"""Exchange rates: "11.42 per euro", "11.46 crowns to the euro", "the euro bought 11.4 crowns", "EUR/SEK 9".

A rate is one quantity however it is written: a figure, the currency it is
counted in (the quote: crowns) and the currency it buys (the base: the
euro). Each is read into a Quantity whose unit is "QUOTE per BASE", in the
slot ``number:rate:QUOTE/BASE``, so that two sources' rates of one pair agree
or diverge and a rate of another pair is never judged against them.

The quote is often left to the sentence ("The crown fell 0.8% against the
euro to 11.42 per euro"): it is then the last other currency named before
the figure in its sentence, and, if the sentence names none, the one
currency the story quotes against that base (`unify_rates`). Currencies
are read by money.currency_code (codes, symbols, English names, the ISO
table of currencies.py), so a word shared by several currencies ("crown")
stays that word until a code of the story settles it.

A figure read as a rate is no longer a count or an amount of money on its
own: "11.4 crowns" in "the euro bought 11.4 crowns" is the price of a euro.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache

from sourcediff.extract import currencies
from sourcediff.extract import patterns as P
from sourcediff.extract.cues import Need, cues
from sourcediff.extract.money import CONVERSION
from sourcediff.model import Article, Kind, Mention, Passage, SourceInfo, Span
from sourcediff.values import APPROX, ClockTime, Money, Quantity, Rate

SLOT_PREFIX = "number:rate:"
# Cue of a percentage that moves one currency against another (`settle`).
MOVE_PREFIX = "move:"
# The quote of a rate whose sentence and story name none.
UNKNOWN = "?"
# Words that follow "per" / "to the" and read as a currency but never are the base of a rate.
_NOT_BASE = frozenset({"cent", "cents"})
# A rate's figure written in pence ("87 pence to the euro"; "87p" is RATE_PER's `minor`).
_PENCE = frozenset({"pence", "penny"})


def _currency(written: str) -> str | None:
    """The currency a word or two stand for (money.currency_code), None when they name none."""
    from sourcediff.extract.money import currency_code  # money imports this package's scanner

    if written.lower() in _NOT_BASE:
        return None
    try:
        return currency_code(written)
    except ValueError:
        return None


@cache
def _vocabulary() -> frozenset[str]:
    """Lower-case words, singular and plural, that some currency's name holds (money.py's and the table's)."""
    from sourcediff.extract.money import currency_words

    found = currencies.words() | currency_words()
    return found | {w + "s" for w in found}


def _quote_before(text: str, pos: int, base: str) -> str | None:
    """The last currency other than ``base`` named in the clause before ``pos`` ("the crown fell ...")."""
    start = max(0, pos - P.RATE_QUOTE_REACH)
    clause = P.RATE_CLAUSE_END.split(text[start:pos])[-1]
    vocabulary = _vocabulary()
    words = P.RATE_WORD.findall(clause)
    for n in range(len(words) - 1, -1, -1):
        if words[n].lower() not in vocabulary and not (len(words[n]) == 3 and words[n].isupper()):
            continue  # most words name no currency: looked up only when some currency's name has them
        # "the Swedish krona" before "krona": a country's adjective settles a name several currencies share
        found = (n and _currency(f"{words[n - 1]} {words[n]}")) or _currency(words[n])
        if found and found != base:
            return found
    return None


def _rates(text: str) -> list[tuple[int, int, Decimal, str, str | None]]:
    """(start, end, value, base, quote or None) of every rate in one passage, at most one per figure."""
    found: dict[int, tuple[int, int, Decimal, str, str | None]] = {}
    for pattern in (P.RATE_PER, P.RATE_BUYS, P.RATE_PAIR, P.RATE_AGAINST_AT):
        for m in pattern.finditer(text):
            if m.start("num") in found:
                continue
            base = _currency(m["base"])
            written = m.groupdict().get("quote")
            num = Decimal(m["num"])
            if m.groupdict().get("minor") or (written or "").lower() in _PENCE:
                # "87p to the euro": a price in the pound's hundredths, the rate 0.87 pounds per euro
                written, num = "GBP", num / 100
            quote = _currency(written) if written else None
            if base is None or (written and quote is None) or quote == base:
                continue
            if pattern is P.RATE_PAIR and not ({base, quote} & currencies.known_codes()):
                continue  # two capitalised words that no table knows ("CEO/CFO")
            start = m.start()
            if quote is None and pattern in (P.RATE_PER, P.RATE_AGAINST_AT):
                sign = _sign_before(text, m.start("num"), base)
                if sign is not None:
                    # the sign is part of the rate, so `settle` drops the sum "€1.15" it would read as
                    quote, start = sign[0], min(start, sign[1])
                elif (own := _own_sign_before(text, m.start("num"), base)) is not None:
                    # "the euro sank to $1.07 against the dollar": a price in the base's own money is the
                    # price of the currency the clause names, in it
                    other = _quote_before(text, own, base)
                    if other is None:
                        continue
                    base, quote, start = other, base, min(start, own)
            if quote is None:
                quote = _quote_before(text, m.start(), base)
            found[m.start("num")] = (start, m.end(), num, base, quote)
    for start, end, num_start, value, base, quote in _moves_to(text):
        found.setdefault(num_start, (start, end, value, base, quote))
    return sorted(found.values())


def _own_sign_before(text: str, pos: int, base: str) -> int | None:
    """Where a sign of ``base`` itself starts right before a rate's figure ("$1.07 against the dollar")."""
    m = P.RATE_SIGN_BEFORE.search(text[max(0, pos - 6):pos])
    if m is None or (_currency(m["sign"]) or _currency(m["sign"][-1])) != base:
        return None
    return pos - len(m[0])


def _moves_to(text: str) -> list[tuple[int, int, int, Decimal, str, str]]:
    """(start, end, figure's start, value, base, quote) of each currency's move to a price in another.

    "The euro fell 1.2% to $1.0715" prices the euro in dollars as surely as
    "EUR/USD 1.0715" does; "... and slipped to 0.9380 Swiss francs" prices it
    in francs. The price is written with a sign or a currency's name; the
    moving currency is the subject right before the verb, or, for a second
    verb of the sentence ("and slipped to"), the subject of the move before
    it. A figure with no currency ("the index fell to 5,903"), a subject that
    is no currency ("Its shares fell 38% to 4.12 euros") or the same currency
    on both sides is no rate.
    """
    out = []
    last: tuple[int, str] | None = None  # (sentence start, base) of the sentence's last move
    for m in P.RATE_MOVE_TO.finditer(text):
        quote, end = None, m.end("num")
        if m["sign"]:
            quote = _currency(m["sign"]) or _currency(m["sign"][-1])
        elif m["quote"]:
            words = m["quote"].split()
            quote = _currency(m["quote"])
            if quote is not None:
                end = m.end("quote")
            elif (quote := _currency(words[0])) is not None:
                end = m.start("quote") + len(words[0])
        if quote is None:
            continue
        clause_start = max(0, m.start() - P.RATE_QUOTE_REACH)
        cuts = list(P.RATE_CLAUSE_END.finditer(text, clause_start, m.start()))
        sentence = cuts[-1].end() if cuts else clause_start
        base = None
        if (subject := P.RATE_SUBJECT_BEFORE.search(text[sentence:m.start()])) is not None:
            words = subject["subject"].split()
            base = (len(words) > 1 and _currency(" ".join(words))) or _currency(words[-1])
        if base is None and last is not None and last[0] == sentence:
            base = last[1]
        if base is None or base == quote:
            continue
        last = (sentence, base)
        start = m.start("sign") if m["sign"] else m.start("num")
        out.append((start, end, m.start("num"), Decimal(m["num"]), base, quote))
    return out


def _sign_before(text: str, pos: int, base: str) -> tuple[str, int] | None:
    """(currency, start) of a currency sign right before a rate's figure ("€1.15 to the pound"), if any.

    A writer who converts at "€1.15 to the pound" prices the pound in euros:
    the sign is the quote as surely as "1.15 euros to the pound" is. Without
    it the quote is left to the clause, which may name no other currency, and
    the figure is also read as a sum of €1.15 (a rival of the story's sums).
    """
    m = P.RATE_SIGN_BEFORE.search(text[max(0, pos - 6):pos])
    if m is None:
        return None
    found = _currency(m["sign"]) or _currency(m["sign"][-1])
    if found is None or found == base:
        return None
    return found, pos - len(m[0])


def rate_slot(quote: str, base: str) -> str:
    """The slot of a rate of ``quote`` per ``base``."""
    return f"{SLOT_PREFIX}{quote}/{base}"


def _may_hint(text: str) -> bool:
    """False when RATE_HINT cannot match: none of its branches' digit, "/" or "against" is there.

    RATE_HINT's branches test every position of every passage (17 us a
    passage on the seeds); most passages lack what each branch needs. The
    passage's cues are shared with the other extractors; ``has_ci`` is True
    for text with non-ASCII letters, which IGNORECASE may equate with ASCII.
    """
    found = cues(text)
    return found.digit or "/" in text or found.has_ci("against")


# What each branch of RATE_HINT (P.RATE_HINT_PARTS, in order) needs in the passage (extract/cues.py).
_HINT_NEEDS: tuple[Need, ...] = (
    lambda c: c.digit,
    lambda c: c.digit and c.has_ci("bought", "buy", "fetch", "worth"),
    lambda c: "/" in c.text,
    lambda c: c.has_ci("against"),
    lambda c: c.has_ci("fell", "falling", "falls", "rose", "rising", "rises", "slipp", "slid", "dropp",
                       "climb", "weaken", "strengthen", "sank", "sinking", "tumbl", "jump", "eased", "easing",
                       "firm", "recovered", "rallied", "plung", "edged"),
)


def _hinted(text: str) -> bool:
    """``P.RATE_HINT.search(text)`` is not None, found branch by branch.

    The one pattern tried its five case-insensitive branches at every
    position of a passage (about 120 us for a passage with a digit, on the
    seeds); a passage can match it only where one branch matches, and a
    branch only where its cue is there, so each branch whose cue is there
    is searched alone and most passages skip the costly ones.
    """
    found = cues(text)
    return any(need(found) and part.search(text) is not None
               for need, part in zip(_HINT_NEEDS, P.RATE_HINT_PARTS, strict=True))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Every exchange rate in every passage; offsets absolute into ``article.text``."""
    out: list[Mention] = []
    for p in passages:
        text = p.text  # the passage's own string: shared scans hash it once (extract/shared.py)
        if not _may_hint(text) or not _hinted(text):
            continue
        for start, end, value, base, quote in _rates(text):
            span = Span(p.start + start, p.start + end)
            q = quote or UNKNOWN
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end],
                               value=Rate(value, unit=f"{q} per {base}"), slot=rate_slot(q, base),
                               cues=("rate",)))
    return tuple(out)


def settle(article: Article, mentions: list[Mention]) -> list[Mention]:
    """Drop the counts and sums a rate reads more fully; mark the moves of a currency against another.

    "11.4 crowns" in "the euro bought 11.4 crowns" is no sum of its own. A
    percentage right before "against the euro" ("the crown fell 0.8%
    against the euro") is a move of one currency against another, marked
    with the cue "move:QUOTE/BASE" (`move_family`), so that `same_time_pairs`
    can set two sources' moves at one time against each other.
    """
    spans = [m.span for m in mentions if m.slot.startswith(SLOT_PREFIX)]
    out = []
    for m in mentions:
        if spans and m.kind in (Kind.NUMBER, Kind.MONEY) and not m.slot.startswith(SLOT_PREFIX) and any(
                s.contains(m.span) for s in spans):
            continue
        if m.kind is Kind.PERCENT and (against := P.RATE_MOVE_AFTER.match(article.text, m.span.end)):
            base = _moved_against(against["country"], against["base"])
            if base is not None:
                quote = _quote_before(article.text, m.span.start, base) or UNKNOWN
                m = replace(m, cues=(*m.cues, f"{MOVE_PREFIX}{quote}/{base}"))
        out.append(m)
    return out


def _moved_against(country: str | None, word: str) -> str | None:
    """The currency "against the [country] word" names: "US dollar" before "dollar", "Dollar" alone last."""
    named = (country and _currency(f"{country} {word}")) or _currency(word)
    return named or (_currency(country) if country else None)


def move_family(m: Mention) -> str | None:
    """The "move:QUOTE/BASE" cue of a percentage that moves one currency against another, if it has one."""
    return next((c for c in m.cues if c.startswith(MOVE_PREFIX)), None) if m.kind is Kind.PERCENT else None


def _pair(m: Mention) -> tuple[str, str] | None:
    """(quote, base) of a rate or a currency move, None for any other mention."""
    if m.slot.startswith(SLOT_PREFIX):
        quote, base = m.slot[len(SLOT_PREFIX):].split("/")
        return quote, base
    if (family := move_family(m)) is not None:
        quote, base = family[len(MOVE_PREFIX):].split("/")
        return quote, base
    return None


def _settled(quotes: set[str]) -> dict[str, str]:
    """What each quote written against one base reads as, once the story's quotes are seen together.

    A word shared by several currencies ("crown") is the story's one code
    it may stand for ("EUR/SEK" elsewhere). When the story names no code in
    use against the base, a code outside the table ("EUR/XYZ") and at most
    one such word are one currency, told two ways; an unnamed quote joins
    the story's one currency, if it has just one.
    """
    known = currencies.known_codes()
    codes = {q for q in quotes if q in known}
    out: dict[str, str] = {}
    for q in quotes - codes - {UNKNOWN}:
        fits = currencies.codes_of(q) & codes
        out[q] = next(iter(fits)) if len(fits) == 1 else q
    named = set(out.values()) | codes
    if not codes:
        words = {q for q in named if not q.isupper()}
        if len(words) <= 1:
            one = next(iter(words or named or {UNKNOWN}))
            return {q: one for q in quotes}
    elif len(named) == 1:
        out[UNKNOWN] = next(iter(named))
    return {q: out.get(q, q) for q in quotes}


def unify_rates(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """Give every rate of the story the quote currency the story settles on (`_settled`), per base."""
    quotes: dict[str, set[str]] = {}
    for s in sources:
        for m in s.mentions:
            if (pair := _pair(m)) is not None:
                quotes.setdefault(pair[1], set()).add(pair[0])
    if not quotes:
        return sources
    settled = {base: _settled(qs) for base, qs in quotes.items()}
    out = []
    for s in sources:
        ms = []
        for m in s.mentions:
            if (pair := _pair(m)) is not None and (new := settled[pair[1]][pair[0]]) != pair[0]:
                base = pair[1]
                if m.slot.startswith(SLOT_PREFIX) and isinstance(m.value, Quantity):
                    value = replace(m.value, unit=f"{new} per {base}")
                    m = replace(m, slot=rate_slot(new, base), value=value)
                else:
                    moved = f"{MOVE_PREFIX}{new}/{base}"
                    m = replace(m, cues=tuple(moved if c.startswith(MOVE_PREFIX) else c for c in m.cues))
            ms.append(m)
        out.append(replace(s, mentions=tuple(ms)) if tuple(ms) != s.mentions else s)
    return tuple(out)


def same_time_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Two sources' different rates (or moves) of one pair at one clock time: a divergence (diverge.py).

    A rate moves through the day, so two sources' rates of one pair are
    rivals only at one moment: each passage states one rate of the pair
    and one clock time ("11.42 per euro by 3 p.m.", a live blog's "15:00
    ... at 11.46"), and the two times are one (compat). A passage with two
    times or two rates of the pair says nothing about which goes with which.
    The same holds of a currency's moves against another ("fell 0.8%
    against the euro by 3 p.m.", "15:00 ... down 1.1% against the euro").
    """
    by_passage: dict[tuple[str, int], list[int]] = {}
    for i, m in enumerate(ms):
        if _pair(m) is not None or isinstance(m.value, ClockTime):
            by_passage.setdefault((m.source, m.passage), []).append(i)
    # A rate's or a move's family ("number:rate:SEK/EUR", "move:SEK/EUR") -> (it, its passage's clock).
    timed: dict[str, list[tuple[int, int]]] = {}
    for idx in by_passage.values():
        clocks = [i for i in idx if isinstance(ms[i].value, ClockTime)]
        if len(clocks) != 1:
            continue
        families: dict[str, list[int]] = {}
        for i in idx:
            family = ms[i].slot if ms[i].slot.startswith(SLOT_PREFIX) else move_family(ms[i])
            if family is not None:
                families.setdefault(family, []).append(i)
        for family, found in families.items():
            if len(found) == 1:
                timed.setdefault(family, []).append((found[0], clocks[0]))
    from sourcediff.compat import compatible  # compat reads Rate values; it imports the extractors' roles

    pairs = []
    for group in timed.values():
        for (r1, c1), (r2, c2) in itertools.combinations(group, 2):
            if (ms[r1].source != ms[r2].source and compatible(ms[c1], ms[c2])
                    and not compatible(ms[r1], ms[r2])):
                pairs.append((r1, r2))
    return pairs


# A sum read in another currency at its writer's rate keeps this many significant digits at most: the
# rate is itself rounded ("1.08 dollars to the euro" is 1.075 to 1.085), so "€13.1bn" at 1.08 is
# "about $14bn", not $14.148bn, and a third digit would part it from the $14.2bn another outlet gives.
CONVERTED_DIGITS = 2


def convert_stated(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """A sum in a currency no other source uses, read in theirs at the one rate its own article states.

    A trade weekly writes "€9.1bn" where the wires write "$9.8 billion",
    having stated once "an exchange rate of 1.08 dollars to the euro": its
    sums are the others' sums, only counted in euros. Each such sum is read
    in the others' currency, rounded (CONVERTED_DIGITS) and marked as a
    conversion (money.CONVERSION), so it may join their fact but never
    makes a divergence of its own: the rate is the writer's, and two sources'
    rates differ. Only when the article states one rate from that currency
    (two rates say nothing about which one a sum was counted at), that rate's
    quote currency is one other sources use, and no other source uses the
    sum's own currency (then the sums meet as written); not a sum the writer
    converts right after ("€13.1bn (about $14.2bn)"): that conversion reads it.
    The rate may price either currency in the other: "£3.65bn, converted at
    87p to the euro" states the pound sum's rate against the others' euro as
    surely as "1.15 euros to the pound" would, so it is read at the inverse.

    A writer's own conversion of another sum states its rate as well: "a
    reward of £50,000 (about €58,000)" counts a euro as 50/58 of a pound, so
    that article's "€4.9 million" is the others' £4.2 million (`_implied`).
    """
    used: dict[str, set[str]] = {}
    written: dict[str, set[str]] = {}
    for s in sources:
        used[s.article.id] = {m.value.currency for m in s.mentions
                              if isinstance(m.value, Money) and CONVERSION not in m.cues}
        written[s.article.id] = {m.value.currency for m in s.mentions if isinstance(m.value, Money)}
    out = []
    for s in sources:
        others = set().union(*(c for sid, c in used.items() if sid != s.article.id))
        # Every currency another source writes, its conversions too: a sum in one of them meets theirs
        # as written ("€8.3bn (US$9.2bn)" against another's "$9.2 billion (7.9 billion euros)").
        seen = set().union(*(c for sid, c in written.items() if sid != s.article.id))
        by_base: dict[str, set[tuple[str, Decimal]]] = {}
        for m in s.mentions:
            if isinstance(m.value, Rate) and (pair := _pair(m)) is not None and pair[0] != UNKNOWN:
                by_base.setdefault(pair[1], set()).add((pair[0], m.value.amount))
        for base, quote, rate in _implied(s.mentions):
            by_base.setdefault(base, set()).add((quote, rate))
        rates: dict[str, tuple[str, Decimal]] = {}
        for base, qs in by_base.items():
            if len(qs) != 1:
                continue
            quote, rate = next(iter(qs))
            if base not in others and quote in others:
                rates[base] = (quote, rate)
            elif quote not in others and base in others and rate > 0 and quote not in by_base:
                # "£3.65bn, converted at 87p to the euro": the writer's own currency is the rate's
                # quote, so its sums are the others' base currency at the inverse rate
                rates[quote] = (base, 1 / rate)
        sums = sorted((m for m in s.mentions if isinstance(m.value, Money)), key=lambda m: m.span.start)
        # The writer's own conversion right after a sum ("€13.1bn (about $14.2bn)") reads it: the sum
        # takes that figure (as a conversion) when only its writer uses its currency.
        converted = {id(m): after for m, after in itertools.pairwise(sums)
                     if after.passage == m.passage and CONVERSION in after.cues}
        if not rates and not converted:
            out.append(s)
            continue
        ms = tuple(_as_converted(m, converted[id(m)], others, seen) if id(m) in converted
                   else _converted(m, *rates[m.value.currency])
                   if isinstance(m.value, Money) and m.value.currency in rates and CONVERSION not in m.cues
                   else m for m in s.mentions)
        out.append(replace(s, mentions=ms))
    return tuple(out)


def _as_converted(m: Mention, conversion: Mention, others: set[str], seen: set[str]) -> Mention:
    """``m`` read at its writer's own conversion ("€13.1bn (about $14.2bn)" as $14.2bn), when it may be.

    Only a sum in a currency no other source uses, converted into one they
    use: the writer says what the sum is in the others' terms, so it joins
    their fact (a conversion, never a divergence of its own), where it stood
    alone before while its bracketed twin joined them. Not when another
    source writes the sum's currency even only in its own conversion
    (``seen``: "$9.2 billion (7.9 billion euros)"): the two euro figures are
    then one figure to compare as written, and reading this one as dollars
    would drop it from the euro fact and hide that the two differ.
    """
    v, c = m.value, conversion.value
    if (not isinstance(v, Money) or not isinstance(c, Money) or CONVERSION in m.cues
            or v.currency in seen or c.currency not in others or (v.high is None) != (c.high is None)):
        return m
    value = replace(v, currency=c.currency, amount=c.amount, high=c.high)
    return replace(m, value=value, cues=(*m.cues, CONVERSION))


def _implied(mentions: Sequence[Mention]) -> list[tuple[str, str, Decimal]]:
    """(base, quote, rate) of each sum its writer converts right after ("£50,000 (about €58,000)").

    The rate is what one of the converted-to currency (the base: euros) is
    in the sum's own (the quote: pounds). Two conversions at rates that
    differ even in a rounded last digit are two rates, and convert_stated
    then uses neither.
    """
    sums = sorted((m for m in mentions if isinstance(m.value, Money)), key=lambda m: m.span.start)
    out = []
    for m, after in itertools.pairwise(sums):
        if (after.passage == m.passage and CONVERSION in after.cues and CONVERSION not in m.cues
                and isinstance(m.value, Money) and isinstance(after.value, Money)
                and m.value.currency != after.value.currency and m.value.high is None
                and after.value.high is None and after.value.amount > 0):
            out.append((after.value.currency, m.value.currency, m.value.amount / after.value.amount))
    return out


def _converted(m: Mention, quote: str, rate: Decimal) -> Mention:
    """``m``'s sum counted in ``quote`` at ``rate`` (see `convert_stated`)."""
    assert isinstance(m.value, Money)

    def at_rate(amount: Decimal) -> Decimal:
        exact = amount * rate
        digits = min(CONVERTED_DIGITS, len(amount.normalize().as_tuple().digits))
        return exact.quantize(Decimal(1).scaleb(exact.adjusted() - digits + 1)).normalize()

    high = at_rate(m.value.high) if m.value.high is not None else None
    # The figure is approximate twice over (the writer's rounded sum at a rounded rate, then rounded
    # again here), so it reads as "about": €19,800 at 0.92 euros to the dollar is $21,522, rounded to
    # $22,000, which must still meet the others' $21,500 half a unit away.
    qualifier = m.value.qualifier or APPROX
    value = replace(m.value, currency=quote, amount=at_rate(m.value.amount), high=high, qualifier=qualifier)
    return replace(m, value=value, slot=m.slot, cues=(*m.cues, CONVERSION))
