"""Intervals between events: "an hour after the quake", "hours before the vote", "two days later".

A story times its events against each other as often as against the clock,
and outlets disagree on those spans ("an hour after the blast" against "two
hours after the blast"). Each such phrase is one ``Interval``: how long (a
Quantity, so hedges and units compare as for any measure), after or before,
and the event it is measured from. "Within 30 minutes of" is the range 0-30
minutes after; a bare plural ("hours before") is a few of the unit (2 to
the next unit's worth); "a few"/"several" likewise. "Of" makes an interval
only after "within": "two hours of talks" is a duration, not a span between
events. After a modal ("may appeal within 30 days of receiving it") "within
N of" is a time limit: its event is dropped, and compat.window_length reads
it as the period N, which "the 30-day window" states too.

The interval replaces the plain duration the numbers extractor reads from
the same words (extract/__init__.py keeps the longer mention).
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract import elapsed
from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import STOP_WORDS, WORD_VALUES, singular
from sourcediff.extract.cues import Cues, cues, may_contain_ci
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import APPROX, QUALIFIERS, Interval, Quantity

SLOT_PREFIX = "interval:"
_NUMBERS = {w: Decimal(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {
    "a": Decimal(1), "an": Decimal(1)}
# The units of P.INTERVAL as lower-case substrings: a passage with none of them holds no interval.
UNIT_CUES = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year")
# What every match of P.INTERVAL holds, read in the lower-cased passage (Cues.lower): a unit, then the
# relation word. Case-sensitive literals give the regex engine first letters to skip to, where
# P.INTERVAL (a word boundary, then hedges and amounts, case-insensitive) is tried at every character;
# "day" alone is in most passages ("today", "Monday"), a unit followed by "after" in few.
_UNIT_THEN_RELATION = regex(r"(?:second|minute|hour|day|week|fortnight|month|year)s?(?:\s+and\s+a\s+half)?"
                            r"\s+(?:after|before|later|earlier|of)\b")
# Words of a lead time's warning (P.LEAD_TIME): a passage with none of them states no lead time.
_LEAD_CUES = ("lead", "warning", "notice", "cover", "shelter", "evacuate", "flee", "escape", "get out")
# "Hours before" and "a few days later": from two up to (not including) the next unit's worth.
_VAGUE_HIGH = {"second": 59, "minute": 59, "hour": 23, "day": 6, "week": 3, "month": 11, "year": 9}
_HEDGES = {"about": APPROX, "around": APPROX, "roughly": APPROX, "nearly": APPROX, "almost": APPROX,
           "approximately": APPROX, "some": APPROX, "barely": APPROX, "less than": "below", "under": "below",
           "more than": "above", "over": "above", "up to": "ceiling", "at least": "floor"}
_RELATIONS = {"after": "after", "later": "after", "of": "after", "before": "before", "earlier": "before"}
_DETERMINERS = frozenset("the a an his her their its this that".split())
# A modal before "within N of" makes it a time limit ("may appeal within 30 days of receiving it"),
# not a gap between two events that happened ("arrived within 30 minutes of the blast"). A promise,
# a plan or an expectation looks ahead the same way ("has promised a report within 30 days of the
# incident", "plans to decide within a week of the hearing", "is due within 14 days of"), and so does an
# order given to someone ("were told to leave within 48 hours of the notice", "ordered to pay within 28
# days").
# After such a clause "within N after" is the same limit: "told to leave their homes within 48 hours after
# inspectors found faults" gives 48 hours to leave, which other outlets write "given 48 hours to leave";
# without one it stays a gap ("arrived within 30 minutes after the blast").
_MODAL = regex(r"\b(?:may|must|can|could|should|shall|will|would|(?:has|have|had|needs?) to"
               r"|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|undert(?:ook|akes?)|due"
               r"|(?:plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|expect(?:s|ed)?) to"
               r"|(?:told|ordered|instructed|directed|required) to)\b", re.I)


# "For" right before the amount makes it a duration: "banned for four years after testing positive",
# "jailed for ten years after a trial" say how long the ban or the term lasts, and the event after
# "after" is its cause, not the start of a gap another outlet would time ("two days after the quake").
# "Across" and "spanning" do the same for a stretch of days: "talks ran across three days before ending
# in a deal" says how long the talks lasted, as another outlet's "over three days" does.
# A term's noun does the same with "of": "a suspended sentence of a year and a half after pleading
# guilty", "a ban of two years after the doping test" say how long the sentence or the ban is, as
# "sentenced to two years after a trial" does; the reach (_FOR_REACH) takes in "suspension of ".
_FOR_BEFORE = regex(r"\b(?:for|across|spanning|sentenced\s+to"
                    r"|(?:sentence|term|ban|suspension|stint|contract|lease|tenure)\s+of)\s+$", re.I)
# How far before the amount _FOR_BEFORE looks, in characters.
_FOR_REACH = 24


# A deadline set as a span from its event ("the deadline, 21 days after the count", "a deadline of 30
# days after notice", "no later than 14 days after"): the window "within 21 days of the count" states.
_DEADLINE_BEFORE = regex(r"(?:\b(?:deadline|time\s+limit|cut-?off)"
                         r"(?:\s*,|\s+(?:is|was|of|falls|fell|will\s+be))|\bno\s+later\s+than)\s+$", re.I)


# A verb of giving notice in the clause before a span "before" an event ("will email every customer at
# least 30 days before the change", "tenants must be told 14 days before"): the span is a notice period,
# read as the plain duration the numbers extractor gives "30 days' notice" and "30 days in advance" (a
# notice period is a duration, P.LEAD_TIME). Warnings ("warned 20 minutes before the flood") stay lead
# times, intervals before their event.
_NOTIFYING = regex(r"\b(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|tell(?:s|ing)?|told"
                   r"|e-?mail(?:s|ed|ing)?|writ(?:e|es|ing|ten)\s+to|wrote\s+to)\b", re.I)


def _notice_period(text: str, start: int) -> bool:
    """True when the clause before ``start`` gives notice: its span "before" is a notice period."""
    clause = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start),
                 text.rfind(",", 0, start)) + 1
    return _NOTIFYING.search(text, clause, start) is not None


def _deadline(text: str, start: int, span: Quantity) -> Quantity | None:
    """The window (0 up to N) of a deadline written "N days after" its event; None for any other span.

    One outlet writes "must be lodged within 21 days of the result", another
    "the deadline, 21 days after the result": one time limit, which
    compat.window_length reads as the period N when it names no event. Only
    an exact span right after "deadline" or "no later than" is a limit; "two
    days after the deadline" is still a gap between two events.
    """
    if span.high is not None or span.qualifier is not None:
        return None
    if _DEADLINE_BEFORE.search(text, max(0, start - 40), start) is None:
        return None
    return Quantity(Decimal(0), span.unit, None, span.amount)


def _amount(words: str) -> Decimal:
    """The amount of digits or number words, folded to single spaces ("14", "an", "twenty two")."""
    if words[0].isdigit():
        return Decimal(words)
    return _NUMBERS[words] if words in _NUMBERS else Decimal(sum(WORD_VALUES[w] for w in words.split()))


def _span(m: re.Match[str], prefix: str = "") -> Quantity | None:
    """How long, from the match's amount, unit and hedge; None when the words are no interval.

    ``prefix`` names the alternative of a pattern whose groups it prefixes (P.LEAD_TIME).
    """
    unit = singular(m[prefix + "unit"])
    words = re.sub(r"[\s-]+", " ", (m[prefix + "n"] or "").strip().lower())
    hedge = re.sub(r"\s+", " ", (m[prefix + "q"] or "").lower())
    if not words and unit == m[prefix + "unit"].lower():
        return None  # "day after" without an amount: "the day after", not a span
    if (not words or words in ("a few", "several")) and unit not in _VAGUE_HIGH:
        return None  # "fortnights later": no next unit's worth to bound it
    if not words or words in ("a few", "several", "a couple of"):
        low, high = (Decimal(2), Decimal(_VAGUE_HIGH[unit])) if words != "a couple of" else (Decimal(2), None)
        return Quantity(low, unit, APPROX if high is None else None, high)
    amount = (Decimal("0.5") if words.startswith("half")
              else Decimal("0.75") if words.startswith("three quarter")
              else Decimal("0.25") if "quarter" in words else _amount(words))
    if m[prefix + "half"]:
        amount += Decimal("0.5")
    lead = _larger_part(m, unit) if prefix + "big" in m.re.groupindex else Decimal(0)
    if lead is None:
        return None
    amount += lead
    if hedge == "within":
        return Quantity(Decimal(0), unit, None, amount)
    qualifier = _HEDGES.get(hedge)
    return Quantity(amount, unit, qualifier if qualifier in QUALIFIERS else None)


# A larger unit's worth of the next smaller one: "82 hours and 35 minutes" is 4,955 minutes.
_NEXT_SMALLER = {"day": ("hour", Decimal(24)), "hour": ("minute", Decimal(60)),
                 "minute": ("second", Decimal(60))}


def _larger_part(m: re.Match[str], unit: str) -> Decimal | None:
    """The leading larger unit of a span ("82 hours and 35 minutes after"), in ``unit``; None if it is no
    such part.

    Read from its last unit only, "freed 82 hours and 35 minutes after it
    grounded" was a gap of 35 minutes (and a loose "82 hours" beside it):
    the span is one, in the smaller unit, as "an hour and a half after" is.
    Only the next larger unit leads ("two days and six hours later"):
    "two days and 35 minutes" is no one way of writing a span.
    """
    if not m["big"]:
        return Decimal(0)
    bigger = singular(m["bigunit"])
    smaller, factor = _NEXT_SMALLER.get(bigger, ("", Decimal(0)))
    if smaller != unit:
        return None
    return _amount(re.sub(r"[\s-]+", " ", m["big"].lower())) * factor


def _anchor(text: str, m: re.Match[str]) -> str:
    """The folded content words naming the event ("the polls closed" -> "poll closed"); "" for "later"."""
    if m["rel"].lower() in ("later", "earlier"):
        return ""
    after = P.INTERVAL_ANCHOR.match(text, m.end())
    if after is None:
        return ""
    out: list[str] = []
    for word in after["words"].split():
        folded = word.lower().rstrip("'’s") if word.lower().endswith(("'s", "’s")) else word.lower()
        if folded in STOP_WORDS or folded in _DETERMINERS:
            break
        out.append(singular(folded))
    return " ".join(out)


# How many of the clause's last content words name the step an interval times.
_EVENT_WORDS = 6


def _event(text: str, start: int) -> str:
    """The folded content words of the clause before an interval ("Meg set out from base camp").

    The step the span times: "came six days after she left base camp" and
    "left base camp six days before the summit" time one step, each naming
    the other's event (compat.same_event).
    """
    clause = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start),
                 text.rfind(",", 0, start)) + 1
    out = [singular(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z-]*", text[clause:start])]
    return " ".join([w for w in out if w not in STOP_WORDS and w not in _DETERMINERS][-_EVENT_WORDS:])


def _limit(text: str, start: int) -> bool:
    """True when the clause before ``start`` has a modal: "within" then states a time limit."""
    clause = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start)) + 1
    return _MODAL.search(text, clause, start) is not None


def may_hold(c: Cues) -> bool:
    """False when the passage cannot hold an interval: no unit of time followed by its relation word."""
    return c.has_ci(*UNIT_CUES) and _unit_then_relation(c)


def _unit_then_relation(c: Cues) -> bool:
    """`may_hold`'s second half, for a passage known to hold a unit's letters: one followed by a relation."""
    return c.lower is None or _UNIT_THEN_RELATION.search(c.lower) is not None


def _leads(text: str) -> list[tuple[int, int, Interval]]:
    """A warning's lead time written as a duration: "a lead time of 14 minutes", "14 minutes' warning".

    "Issued a warning 14 minutes before the twister touched down" is an
    interval; "residents had a lead time of 14 minutes", "14 minutes'
    warning" and "giving the town 14 minutes to take cover" state the same
    span before the same event as a plain duration, so the story's one lead
    time was split in two facts (or met another "14 minutes" of a quote).
    Read as the interval before an event the sentence leaves unnamed (an
    empty anchor meets any, compat.same_event), it is one fact with the
    interval. Only these words of warning make a duration a lead: "14
    minutes of play", "a 20-minute walk" stay durations.
    """
    if not may_contain_ci(text, *_LEAD_CUES):
        return []
    out = []
    for m in P.LEAD_TIME.finditer(text):
        prefix = next(p for p in ("a_", "", "b_") if m[p + "amt"])
        span = _span(m, prefix)
        if span is not None:
            out.append((m.start(prefix + "amt"), m.end(prefix + "amt"), Interval(span, "before", "")))
    return out


def _journeys(text: str) -> list[tuple[int, int, Interval]]:
    """A journey's length written as a duration: "took five days to get from base camp to the top".

    It is the span between the journey's two ends, which other outlets time
    as an interval ("reached the top six days after leaving base camp", "had
    left base camp six days earlier"): read as an interval after its start,
    whose words name both ends as its anchor and as its step, it meets them
    (compat.same_event). "Took three days to repair" is a task's length,
    not a journey, and stays a duration.
    """
    if "took" not in text.lower():
        return []
    out = []
    for m in P.JOURNEY_TIME.finditer(text):
        span = _span(m)
        if span is None:
            continue
        clause = m["way"].split(",")[0]
        way = " ".join(w for w in (singular(x.lower()) for x in re.findall(r"[A-Za-z][A-Za-z-]*", clause))
                       if w not in STOP_WORDS and w not in _DETERMINERS)
        if way:
            out.append((m.start("amt"), m.end("amt"), Interval(span, "after", way, way)))
    return out


# "a year later than first planned", "six months later than scheduled", "two weeks later than the original
# date": the span is a delay against a plan, not a gap between two events (`delays`).
_AGAINST_PLAN = regex(
    r"\s+than\s+(?:(?:(?:was\s+)?(?:first|originally|initially|previously)\s+)?(?:planned|scheduled|expected|"
    r"forecast|promised|intended|envisaged|targeted|budgeted)\b"
    r"|(?:the\s+|its\s+)?(?:original|initial|first|planned)\s+(?:plan|schedule|date|target|timetable|"
    r"deadline|programme|program)\b)", re.I)


# "18 months after it was first meant to be finished", "a year after they were due to open": the span
# runs from the date a plan set for the clause's own subject (the pronoun), so it is the slip "18 months
# later than planned" states (`delays`), not a gap after an event ("two days after the vote"). A named
# subject may be another event's plan ("closed two days after the vote was due to be held"): left a gap.
_AFTER_PLAN = regex(
    r"\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:(?:first|originally|initially)\s+)?"
    r"(?:meant|due|supposed|scheduled|planned|expected|set|intended) to\b", re.I)


# What every match of _AFTER_PLAN holds, lower-case: a passage with none of them states no such delay.
_PLAN_CUES = ("meant to", "due to", "supposed to", "scheduled to", "planned to", "expected to", "set to",
              "intended to")


def _against_plan(text: str, m: re.Match[str]) -> bool:
    """True when the interval ``m`` is a delay against a plan: "later than planned", "after it was due to"."""
    rel = m["rel"].lower()
    if rel == "later":
        return _AGAINST_PLAN.match(text, m.end()) is not None
    within = (m["q"] or "").lower() == "within"
    return rel == "after" and not within and _AFTER_PLAN.match(text, m.end()) is not None


def delays(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, span) for every delay against a plan told as "N later than planned" in ``text``.

    "Due to open in September 2028, a year later than first planned" says the
    opening slipped a year, as another outlet's "twelve months behind the
    original programme" or "delayed by a year" does: a length of time, read
    as the plain duration (slot "number:<unit>", the numbers' own) so that
    "a year" meets "twelve months" as any two durations do. As an interval
    after an event it had no event and met nothing. "18 months after it was
    first meant to be finished" states the same slip (`_AFTER_PLAN`).
    """
    c = cues(text)
    out = _slips_of_one(text, c)
    if not (c.has_ci("later than", *_PLAN_CUES) and may_hold(c)):  # the phrases first: in few passages
        return tuple(out)
    for m in P.INTERVAL.finditer(text):
        if not _against_plan(text, m):
            continue
        span = _span(m)
        if span is not None and not any(lo < m.end("unit") and m.start() < hi for lo, hi, _ in out):
            out.append((m.start(), m.end("unit"), span))
    return tuple(sorted(out, key=lambda f: f[0]))


# What every match of P.SLIP_BY_ONE or P.ONE_UNIT_LATE holds, lower case: a passage with none states no such
# slip.
_SLIP_CUES = ("by a", "by an", "by one", "by about", "by around", "by almost", "by nearly", "by roughly",
              "by approx", "by more", "by over", "by at least", " late", "behind")


def _slips_of_one(text: str, c: Cues) -> list[tuple[int, int, Quantity]]:
    """The slips of one unit told with an article: "pushed back by a year", "will open a year late".

    A local paper's "has been pushed back by a year" states the delay a
    wire gives as "a year later than planned" and a tabloid as "12 MONTHS
    LATE"; the "a" was read as one only before "later than planned", so the
    local paper's delay was no figure and missed from that fact. The span is
    read as the plain duration, as `delays` reads its own. An unhedged "by a
    year" or "by one year" is a figure of `amounts` already (P.NUM_A_BY_SPAN,
    the numeral): read here too, it was one slip stated twice in one passage.
    """
    if not c.has_ci(*_SLIP_CUES):
        return []
    out: list[tuple[int, int, Quantity]] = []
    for pattern in (P.SLIP_BY_ONE, P.ONE_UNIT_LATE):
        for m in pattern.finditer(text):
            if pattern is P.SLIP_BY_ONE and not m["q"]:
                continue  # "by a year", "by one year": a figure already (amounts, P.NUM_A_BY_SPAN), read once
            qualifier = _HEDGES.get(re.sub(r"\s+", " ", (m["q"] or "").lower()))
            hedged = qualifier if qualifier in QUALIFIERS else None
            start = m.start("q") if m["q"] else m.start("amt")  # "about a month", as `delays` writes its own
            out.append((start, m.end("amt"), Quantity(Decimal(1), m["unit"].lower(), hedged)))
    return out


def find(text: str) -> tuple[tuple[int, int, Interval], ...]:
    """Every interval in ``text`` as (start, end, value), offsets into ``text``."""
    c = cues(text)
    if not c.has_ci(*UNIT_CUES):
        return ()  # no unit of time: no interval, no lead time, no journey's length
    if not _unit_then_relation(c):
        # no unit of time before a relation word, no interval (extract/cues.py), but a lead time or a
        # journey's length may
        return tuple(_leads(text) + _journeys(text))
    out = _leads(text) + _journeys(text)
    timed = [(start, end) for start, end, _ in elapsed.find(text)]
    for m in P.INTERVAL.finditer(text):
        if any(start <= m.start() < end for start, end in timed):
            continue  # the seconds of "eight minutes and 41 seconds after liftoff": one span (elapsed.py),
            # which the interval's larger unit ("eight minutes and") would otherwise open
        rel = m["rel"].lower()
        if _against_plan(text, m):
            continue  # "a year later than planned", "a year after it was due to": a delay, read by `delays`
        if rel == "of" and (m["q"] or "").lower() != "within":
            continue  # "two hours of talks": a duration
        if rel in ("after", "before") and _FOR_BEFORE.search(text, max(0, m.start() - _FOR_REACH), m.start()):
            continue  # "banned for four years after testing positive": how long, not a gap between events
        if rel == "before" and _notice_period(text, m.start()):
            continue  # "will email customers 30 days before the change": a notice period, a duration
        span = _span(m)
        if span is None:
            continue
        anchor = _anchor(text, m)
        within = (m["q"] or "").lower() == "within"
        if (rel == "of" or (rel == "after" and within)) and _limit(text, m.start()):
            anchor = ""  # a window's length, whatever opens it: compat.window_length reads it as a period
        if rel == "after" and (window := _deadline(text, m.start(), span)) is not None:
            span, anchor = window, ""  # "the deadline, 21 days after the count": a window's length
        if any(start < m.end() and m.start() < end for start, end, _ in out):
            continue  # "given 14 minutes' warning before the storm": the lead time read it already
        out.append((m.start(), m.end(), Interval(span, _RELATIONS[rel], anchor, _event(text, m.start()))))
    return tuple(sorted(out, key=lambda f: f[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Interval mentions of every passage; spans absolute into ``article.text``."""
    out: list[Mention] = []
    for p in passages:
        for start, end, value in find(p.text):
            span = Span(p.start + start, p.start + end)
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=value,
                               slot=SLOT_PREFIX + value.relation))
        for start, end, delay in delays(p.text):
            span = Span(p.start + start, p.start + end)
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=delay,
                               slot=f"number:{delay.unit}"))
    return tuple(out)


def parse_interval(text: str) -> Interval:
    """Parse a canonical interval ("approx 1 hour after quake", "0-30 minute after blast").

    Raises ValueError when ``text`` is no canonical interval.
    """
    m = P.INTERVAL_CANONICAL.fullmatch(text.strip())
    if m is None or (m["q"] and m["q"].strip() not in QUALIFIERS):
        raise ValueError(f"not an interval: {text!r}")
    span = Quantity(Decimal(m["amount"]), m["unit"], m["q"].strip() if m["q"] else None,
                    Decimal(m["high"]) if m["high"] else None)
    return Interval(span, m["rel"], m["anchor"] or "")
