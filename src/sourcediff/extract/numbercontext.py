"""Figures read through the figure before them: updates, parts, list items, and fact-box labels.

"rose to 61, up from 9", "340 injured, 85 of them seriously", "620 jobs in
Ohio, 410 at ...": a bare figure that classify leaves alone counts what the
count before it counts. Split out of numbers.py because these rules read the
passage's previous figure, which numbers.extract carries, not only one
figure's words.
"""

from __future__ import annotations

import dataclasses
import re

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import Amount, attached_after, is_noise, is_plural, left_match, singular
from sourcediff.extract.labels import after_label, label_cues, label_unit
from sourcediff.extract.numberbase import Found
from sourcediff.extract.numberunits import boxed_measure
from sourcediff.extract.roles import MARGIN, PART, ROLE_PREFIX, SELECTED, role_cue
from sourcediff.extract.updates import update_cue, update_cue_start
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.segment import BEFORE_NUMBER, NEVER_FINAL
from sourcediff.values import Quantity

# How far after a figure its earlier or later value may stand ("rose to 61 on Tuesday, up from 9").
_UPDATE_REACH = 48
# How far after a count its counted noun may stand, adjectives between ("Nine Velsarian state hospitals").
_NOUN_REACH = 40
_WORD = regex(r"[A-Za-z][\w'’-]*")
# How far after a count a later item of its list may stand (one place phrase: "at the company's
# engineering centre in Altenbrück, Germany, 410 at ...").
_LIST_REACH = 100


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
    if (unit := label_unit(text, a)) is not None:
        return boxed_measure(a, unit)  # "Miles driven by the vans: 38,000" is 38,000 miles
    value = Quantity(a.low, None, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


def _share_count(text: str, a: Amount) -> Found | None:
    """ "Yes 1,184,302 (52.4%), No 1,075,918 (47.6%)": a bare figure with its share in brackets is a count.

    A results line names no noun ("votes", "seats"), so the figure would be
    dropped as counting nothing, and another outlet's "1,184,302 votes" had
    no partner. The bracketed share right after it says the figure is a
    part of a counted whole, which is all a count needs to be compared. A
    signed change in brackets at the end of a table line ("Harbour Party
    (HP): 96 (+12)") says the same of a seat table: a count that moved. A
    year, a sum of money, a range, a vague figure or a fraction of one (no
    count of anything) is left alone.
    """
    if (a.currency is not None or a.year_like or a.vague or a.high is not None or is_noise(text, a)
            or a.low != a.low.to_integral_value()
            or P.NUM_SHARE_BRACKET.match(text, a.num_end) is None):
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier), "number:count")


def _updated_value(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "rose to 61, up from 9", "first reported 9 dead, later 61": a bare figure that updates the one before.

    The words before it give it as that figure's earlier or later value
    (extract/updates.py), so it counts or measures what that figure does: it
    takes its kind, unit and cues. Only within a few words of it (one
    clause).
    """
    if (previous is None or a.currency is not None or a.year_like or a.vague or is_noise(text, a)
            or previous.kind is not Kind.NUMBER
            or _update_reach_end(text, a, previous) - _counted_noun_end(text, previous) > _UPDATE_REACH
            or any(c in ";!?()" for c in text[previous.end:a.start])
            or (update_cue(text, a.start) is None and not _present_value(text, a))):
        return None
    value = Quantity(a.low, previous.value.unit, a.qualifier, a.high)
    return Found(previous.kind, a.start, a.num_end, value, previous.slot, previous.cues)


def _update_reach_end(text: str, a: Amount, previous: Found) -> int:
    """Where the reach of an update ends: at its cue words ("up from") when they follow ``previous``.

    "41 cable thefts on the Eastmoor route so far this year, up from 29":
    the place and period between the count's noun and the cue are the
    clause's, and the cue words are the figure's own; counting them in the
    reach dropped the 29. A cue that starts before ``previous`` ends
    ("rose to 61 on Tuesday, from 9") is measured to the figure as before.
    """
    cue = update_cue_start(text, a.start)
    return cue if cue is not None and cue >= previous.end else a.start


# "... and have 238 today": a present verb joined to the clause of the earlier figure ...
_PRESENT_BEFORE = regex(r"\b(?:and|but)\s+(?:now\s+)?(?:has|have|is|are)\s+(?:just\s+|only\s+)?$",
                        re.IGNORECASE)
# ... and a word of the present right after the figure.
_PRESENT_AFTER = regex(r"\s+(?:today|now|at\s+present)\b", re.IGNORECASE)


def _present_value(text: str, a: Amount) -> bool:
    """ "had 412 pupils in 2016 and have 238 today": the bare figure is the count before, as it stands now.

    No update word ("rose to", "now stands at") stands before it; the
    present verb joined by "and" to the earlier figure's clause, with
    "today" or "now" after it, says the same, and the writer leaves the
    noun to the figure before.
    """
    return (_PRESENT_BEFORE.search(text, max(0, a.start - 40), a.start) is not None
            and _PRESENT_AFTER.match(text, a.num_end) is not None)


def _counted_noun_end(text: str, previous: Found) -> int:
    """Where the noun a count counts ends ("Nine Velsarian hospitals" -> after "hospitals"), else the count's.

    The reach of an update is one clause after what was counted: the
    adjectives a writer puts between a count and its noun (a nationality, a
    sector: "Nine Velsarian state hospitals ..., up from seven") lengthen
    the phrase without moving the clause, so they must not use up the reach.
    """
    noun = previous.cues[0] if previous.cues else ""
    if len(noun) < 3 or not noun.isalpha():
        return previous.end
    for m in _WORD.finditer(text, previous.end, min(len(text), previous.end + _NOUN_REACH)):
        if singular(m.group().lower()) == noun:
            return m.end()
    return previous.end


# The opening of a bracket that gives a prior period's figure right after a measure (or its noun, "58
# million passengers (2025: 55 million)", "tonnes of grain (last year: 38,900)"): "1,270,000 minutes
# (2024-25: 980,000)", "41,200 tonnes (2025: 38,900)", "(FY2025 38,900)", "(last year: 38,900)", "(a year
# earlier: 38,900)". Annual reports, results tables and the trade press that copies them write the unit
# once and the comparative bare.
_PRIOR_PERIOD_OPEN = regex(
    r"(?:\s+(?:of\s+)?[a-z][a-z'-]*){0,2}\s*\(\s*(?:(?:FY\s?)?(?:19|20)\d\d(?:\s*[-/\u2013]\s*(?:19|20)?\d\d)?"
    r"|(?:the\s+)?(?:last|previous|prior)\s+(?:year|season|period|quarter|month)"
    r"|a\s+year\s+(?:earlier|before|ago))\s*:?\s*", re.IGNORECASE)
# What closes such a bracket's figure: the bracket, or a further period's figure after a semicolon.
_PRIOR_PERIOD_CLOSE = regex(r"\s*[);]")


def prior_period(text: str, a: Amount, found: Found | None, previous: Found | None) -> Found | None:
    """ "41,200 tonnes (2025: 38,900)": a bracketed prior period's figure measures what the one before does.

    Read alone the bracketed figure counted nothing, so another outlet's
    "38,900 tonnes a year earlier" had no partner and both stood as
    unique. Only a bare figure (no currency, no year, no noun of its own)
    whose bracket opens right after a measure or a count of a named noun,
    with a period label first, takes that figure's kind, unit and cues.
    """
    if (previous is None or previous.kind is not Kind.NUMBER or a.currency is not None or a.year_like
            or a.vague or (found is not None and (found.slot != "number:count" or found.cues))
            or (previous.value.unit is None and not any(not c.startswith(ROLE_PREFIX) for c in previous.cues))
            or _PRIOR_PERIOD_OPEN.fullmatch(text, previous.end, a.start) is None
            or _PRIOR_PERIOD_CLOSE.match(text, a.end) is None):
        return None
    value = Quantity(a.low, previous.value.unit, a.qualifier, a.high)
    return Found(previous.kind, a.start, a.end, value, previous.slot, previous.cues)


# The scale word of a figure as written ("17.9 million", "4.2bn"), at the end of the amount's text.
_SCALE_AT_END = regex(r"(thousand|million|billion|trillion|mln|mn|bn|m|k)\s*$", re.IGNORECASE)
_SCALE_NAMES = {"mln": "million", "mn": "million", "m": "million", "bn": "billion", "k": "thousand"}
# What may follow a figure whose unit is left out: the end of its clause or a word of comparison or time,
# never a noun of its own ("9.8 million people" counts people).
_ELIDED_AFTER = regex(
    r"(?:\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:-\s|last|this|next|in|a|an|the|on|at|for|and|or|from|to|against|"
    r"versus|vs|compared|previously|earlier|ago|before|a\s+year)\b)", re.IGNORECASE)
# How far after a measure its figure of comparison may stand with the unit left out.
_ELIDED_REACH = 80


def _scale(text: str, a: Amount) -> str | None:
    """The scale word of ``a`` ("million" for "17.9m", "17.9 mln", "17.9 million"); None for a plain one."""
    if not a.scaled:
        return None
    match = _SCALE_AT_END.search(text, a.num_start, a.end)
    if match is None:
        return None
    word = match.group(1).lower()
    return _SCALE_NAMES.get(word, word)


def elided_unit(text: str, a: Amount, found: Found | None,
                measures: list[tuple[Amount, Found]]) -> Found | None:
    """ "16.7 million tonnes, against 17.9 million last year": a scaled figure that leaves its unit out.

    Writers give a measure's unit once and compare the next figures of the
    same scale bare ("down on last year's 17.9 million", "from 11.2
    million", "a five-year average of 19.6 million"). Read alone, those were
    counts of nothing (or nothing at all), and another outlet's "17.9 million
    tonnes" had nothing to agree with. Only a figure with the same scale word
    as the last measure of its sentence, within a short reach, no currency
    and no noun of its own after it takes that measure's unit; its own cues
    ("average") stay.
    """
    if (not measures or a.currency is not None or a.year_like or a.vague or is_noise(text, a)
            or (found is not None and any(c.startswith(ROLE_PREFIX) for c in found.cues))):
        return None
    scale = _scale(text, a)
    before, measure = next(((b, m) for b, m in reversed(measures) if _scale(text, b) == scale), measures[-1])
    # "a limit of 40 micrograms" is read as a mass of its own: the rate's head unit, so the rate's unit still
    if found is not None and (found.slot != "number:count" or found.value.unit is not None) and not (
            found.value.unit is not None and found.value.unit == _rate_head(measure)):
        return None
    # "62 micrograms per cubic metre, against a legal limit of 40 micrograms": the rate's head noun alone
    head = _WORD.match(text, a.num_end + 1) if a.num_end < len(text) and text[a.num_end] == " " else None
    headed = (scale is None and found is not None and head is not None
              and singular(head.group().lower()) == _rate_head(measure))
    end = head.end() if headed and head is not None else a.end
    if _ELIDED_AFTER.match(text, end) is None or (scale is None and not _benchmark_figure(text, a)):
        return None
    between = text[measure.end:a.start]
    if (a.start - measure.end > _ELIDED_REACH or any(c in ".;!?" for c in between)
            or _scale(text, before) != scale
            or (scale is None and not _plain_rival(a, found, measure, between))):
        return None
    value = Quantity(a.low, measure.value.unit, a.qualifier, a.high)
    cues = tuple(c for c in found.cues if c != _rate_head(measure)) if found is not None else ()
    return Found(Kind.NUMBER, a.start, end, value, measure.slot, cues)


def _rate_head(measure: Found) -> str | None:
    """The head unit of a rate ("microgram" of "microgram per cubic meter"); None for any other unit."""
    unit = measure.value.unit
    return unit.split(" per ", 1)[0] if unit is not None and " per " in unit else None


# The word that sets a plain figure up as the benchmark or rival of a measure just given, right before it:
# "62 micrograms per cubic metre, over the legal limit of 40", "a target of 30", "the limit is 40",
# "against 55", "compared with 48". A plain figure anywhere else (an age, a site number, a count of
# things) keeps no unit: only these say it is the same quantity again.
_BENCHMARK_BEFORE = regex(
    r"(?:\b(?:limit|threshold|target|cap|ceiling|maximum|minimum|average|norm|standard|guideline|benchmark)"
    r"\s+(?:of|is|was|stands\s+at|stood\s+at|set\s+at)(?:\s+(?:just|only|about|around))?"
    r"|\b(?:against|versus|vs\.?|than|compared\s+(?:with|to)|up\s+from|down\s+from))\s+$", re.IGNORECASE)
# How far apart in size a plain figure and the measure it restates may be: beyond this it is no rival value.
_BENCHMARK_RATIO = 10


def _benchmark_figure(text: str, a: Amount) -> bool:
    """Whether the plain figure ``a`` is set up as a measure's benchmark or rival (see _BENCHMARK_BEFORE)."""
    return (not a.spelled and a.high is None and a.low > 0
            and left_match(_BENCHMARK_BEFORE, text, a.start, 40) is not None)


def _same_magnitude(a: Amount, measure: Found) -> bool:
    """Whether a plain figure is of the measure's size (within ten times): a rival, not another quantity."""
    amount = measure.value.amount
    return amount > 0 and a.low / amount <= _BENCHMARK_RATIO and amount / a.low <= _BENCHMARK_RATIO


def _plain_rival(a: Amount, found: Found | None, measure: Found, between: str) -> bool:
    """Whether a plain benchmark figure restates ``measure`` in its sentence: of its size, nothing in between.

    "4 metres at 3 sites, against 12": the 12 is set against the sites, the
    figure right before it; a figure with a noun of its own counts that.
    """
    return (_same_magnitude(a, measure) and not any(c.isdigit() for c in between)
            and (found is None or set(found.cues) <= _BENCHMARK_CUES | {_rate_head(measure)}))


# The cues a plain benchmark may carry from its label ("the legal limit of 40": limit); any other noun is
# what the figure counts.
_BENCHMARK_CUES = frozenset({"limit", "threshold", "target", "cap", "ceiling", "maximum", "minimum",
                             "average", "norm", "standard", "guideline", "benchmark"})


def restated_benchmark(text: str, a: Amount, found: Found | None, carried: Found | None) -> Found | None:
    """ "... averaged 62 micrograms per cubic metre. The legal limit is 40.": a benchmark, its unit left out.

    A writer who has just given a measure with its unit states its limit
    or target in the next sentence bare, and the figure read alone counted
    nothing, so other outlets' "a legal limit of 40 micrograms" had nothing to
    agree with. Only a plain figure set up as a benchmark ("the limit is",
    "a target of"), closing its sentence, of the measure's size, with no
    currency, year or noun of its own, takes the unit of the last measure of
    the sentence right before (``carried``): a copular sentence of its own
    ("the limit is"), no figure before it in its sentence, and no span of
    time as the measure ("hosted tests for thirty years. ... a target of 224").
    """
    if (carried is None or carried.value.unit is None or a.currency is not None or a.year_like or a.vague
            or a.scaled or (found is not None and (found.slot != "number:count"
                                                   or not set(found.cues) <= _BENCHMARK_CUES))
            or a.spelled or a.high is not None or a.low <= 0 or not _same_magnitude(a, carried)
            or carried.value.unit in _PERIOD_UNITS or any(c.isdigit() for c in text[:a.start])
            or left_match(_RESTATED_BEFORE, text, a.start, 40) is None
            or _SENTENCE_CLOSE.match(text, a.end) is None or is_noise(text, a)):
        return None
    value = Quantity(a.low, carried.value.unit, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.end, value, carried.slot, found.cues if found is not None else ())


# A benchmark stated as its own short sentence: "The legal limit is 40.", "The target was 30." ("a
# target of 224" in a sentence of its own figures is that sentence's, not the sentence before's).
_RESTATED_BEFORE = regex(
    r"\b(?:limit|threshold|target|cap|ceiling|maximum|minimum|average|norm|standard|guideline|benchmark)"
    # a short qualifier may stand between the noun and its verb: "The limit for a bathing beach is 500."
    r"(?:\s+(?:for|in|on|at)\s+(?:an?\s+|the\s+)?[a-z]+(?:\s+[a-z]+){0,2})?"
    r"\s+(?:is|was|stands\s+at|stood\s+at)\s+$", re.IGNORECASE)
# Units of a span of time: "has hosted tests for thirty years" is no measure a later limit restates.
_PERIOD_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
# The end of a sentence right after a figure ("The legal limit is 40.").
_SENTENCE_CLOSE = regex(r"\s*[.!]?\s*$")


# The units of a share of a day a duration may leave its rate out of ("two hours a day ... 22 hours").
_DAY_SHARE_UNIT = "hour"
_DAY_SHARE_RATE = "hour per day"
_HOURS_IN_DAY = 24


def elided_rate(text: str, a: Amount, found: Found | None, rates: list[Found]) -> Found | None:
    """ "out of their cells for two hours a day, so locked up for 22 hours": a share of a day, rate left out.

    A writer who splits a day gives the rate once ("hours a day") and the
    other part of the day bare; read alone the bare "22 hours" was a plain
    duration, and other outlets' "locked up for 22 hours a day" had nothing
    to agree with. Only hours after hours a day, in the same sentence and
    within a short reach, and no more than a day's 24: "the march lasted 30
    hours" after "eight hours a day" is no part of a day.
    """
    if (not rates or found is None or found.kind is not Kind.NUMBER or found.value.unit != _DAY_SHARE_UNIT
            or found.value.high is not None or found.value.amount > _HOURS_IN_DAY
            or any(c.startswith(ROLE_PREFIX) for c in found.cues)):
        return None
    rate = rates[-1]
    if (rate.value.unit != _DAY_SHARE_RATE or a.start - rate.end > _ELIDED_REACH
            or any(c in ".;!?" for c in text[rate.end:a.start])):
        return None
    value = Quantity(found.value.amount, rate.value.unit, found.value.qualifier, None)
    return Found(Kind.NUMBER, found.start, found.end, value, rate.slot, found.cues)


def with_selected_part(found: Found, text: str, a: Amount) -> Found:
    """A count ``found`` with the cue PART when its place in a sequence picks it out of a larger set.

    "The search ended after the last two bodies were recovered" counts two of
    the dead, not the toll: read as a toll, it gave its source two tolls (two
    and the 21 it states elsewhere), and a source stating two values of a
    role is left out of the story's one-toll comparison, so its rival toll
    was never set against another outlet's. "The first 40 were checked" is
    some of the buildings to inspect in the same way. The part is what its
    sentence reports, so it stays a term for the aligner (SELECTED).
    """
    if (found.slot != "number:count" or PART in found.cues
            or left_match(P.NUM_SELECTED_BEFORE, text, a.start, 16) is None):
        return found
    return dataclasses.replace(found, cues=(*found.cues, PART, SELECTED))


# A bracket opened and closed between a count and its part ("checked 300 lorries run by Oskavel Freight (OF),
# the haulier, and found that 45 of them ..."): an aside of the sentence, an acronym or a gloss, never a
# break between the whole and its part, as a bracket left open or closed on one side only is.
_ASIDE = regex(r"\([^().;!?\n]*\)")
# A point between two digits ("at 8.12am", "a 2.5-tonne load") is a decimal point or a clock's
# separator, never a full stop: a time written between a count and its part breaks no sentence.
_FIGURE_POINT = regex(r"(?<=\d)\.(?=\d)")


def _partitive(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "340 people were injured, 85 of them seriously": a count of some of what the count before counts.

    It counts the same people in the same role, so it takes that count's
    cues, and the cue PART: "85 of them" is no rival of "340 injured" (nor
    of another outlet's 340), only of another outlet's part.
    """
    pronoun = P.NUM_PARTITIVE_AFTER.match(text, a.num_end)
    of = (pronoun or _whole_before(text, a, previous)
          or (_comma_before(text, a, previous) and P.NUM_PARTITIVE_DEGREE_AFTER.match(text, a.num_end)))
    # "of them" / "of those" points back to the count itself, however long the clause between runs
    # ("214 sheep were killed in the park, most of them by dogs, and 31 of those were ..."); only the
    # sentence bounds it. Without the pronoun, nearness is all that ties the figure to the count.
    if (not of or previous is None or previous.slot != "number:count" or a.currency is not None
            or a.year_like or a.vague or (not pronoun and a.start - previous.end > _UPDATE_REACH)
            or any(c in ".;!?()" for c in _FIGURE_POINT.sub("", _ASIDE.sub("", text[previous.end:a.start])))):
        return None
    value = Quantity(a.low, None, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (*previous.cues, PART))


def _partitive_past_period(text: str, a: Amount, previous: Found | None,
                           counted: Found | None) -> Found | None:
    """ "23 cyclists were injured in the three years to 2026, four of them seriously": past a period.

    "of them" / "of whom" points back to people or things counted, and a
    span of time between the count and its part ("in the three years",
    "over five months") is the count's period, not what the pronoun takes
    up; read as the figure before, it left the part with no noun, so it was
    dropped as a bare figure. ``counted`` is the sentence's last count (the
    one ``previous`` would be without the period). "of which" is left to
    the figure just before: it can take up the years themselves ("over ten
    years, of which three were ...").
    """
    if (previous is None or counted is None or previous is counted
            or previous.slot.removeprefix("number:") not in _PERIOD_UNITS):
        return None
    pronoun = P.NUM_PARTITIVE_AFTER.match(text, a.num_end)
    if pronoun is None or pronoun.group(0).split()[-1].lower() not in ("them", "whom"):
        return None
    return _partitive(text, a, counted)


def part_of_whole_after(text: str, a: Amount, whole: Amount | None, read: Found | None) -> Found | None:
    """ "Four of the eleven injured were described as serious": a part whose whole is stated after it.

    ``whole`` is the figure scanned right after ``a`` and ``read`` what it
    was read as. The role word there belongs to the whole ("the eleven
    injured"), so the part names no noun or role of its own and was no
    count at all, while another outlet's "four of them seriously" (read
    through the count before it, `_partitive`) had nothing to agree with.
    The part counts some of the whole's people in its role: it takes the
    whole's cues and PART. Only when the whole's figure stands inside the
    "of the ..." right after the part, and counts a role.
    """
    of = P.NUM_OF_DETERMINER.match(text, a.num_end)
    if (of is None or whole is None or read is None or not of.start() < whole.num_start < of.end()
            or read.slot != "number:count" or not any(c.startswith(ROLE_PREFIX) for c in read.cues)
            or a.currency is not None or a.year_like or a.vague or a.high is not None or is_noise(text, a)):
        return None
    cues = read.cues if PART in read.cues else (*read.cues, PART)
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


# "from 140 to 410 people": the words around a change's first figure (its partner follows "to"). A rate
# may repeat its period after each figure ("from 3,100 a year to 8,400 a year", "from 60 per week to 95
# per week"): the period after the first figure is the second's, so the first is still the change's start.
_CHANGE_FROM = regex(r"\bfrom\s+$", re.IGNORECASE)
_CHANGE_TO = regex(r"(?:\s+(?:a|an|per|each)\s+(?:day|week|month|quarter|year))?\s+to\s+", re.IGNORECASE)


# A verb of change a few words before "from" ("will fall from", "cut weekly hours from"): "from 60 to 48
# hours" is a measure that moved, not the range a crossing "takes from 10 to 12 hours".
_CHANGE_VERB_FROM = regex(
    r"\b(?:ris(?:e|es|ing)|rose|risen|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|cut(?:s|ting)?"
    r"|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)"
    r"|extend(?:s|ed|ing)?|shorten(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|grow(?:s|n|ing)?|grew"
    r"|shr(?:ink|inks|inking|ank|unk)|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|climb(?:s|ed|ing)?"
    r"|jump(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|go(?:es|ing)?|went|gone)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+from\s+$", re.IGNORECASE)
_CHANGE_VERB_REACH = 60


def _measure_changed(text: str, a: Amount, read: Found) -> bool:
    """ "Pool hours will fall from 60 to 48 hours a week": a measure, and a verb that moves it."""
    return (read.slot != "number:count" and read.value.unit is not None
            and _CHANGE_VERB_FROM.search(text[max(0, a.start - _CHANGE_VERB_REACH):a.start]) is not None)


def change_start(text: str, a: Amount, after: Amount | None, read: Found | None) -> Found | None:
    """ "The team grew from 140 to 410 people": the first figure of a change counts what the second does.

    The noun is written once, after the second figure, so the first counted
    nothing and was dropped (unless the noun was a role word), and another
    outlet's "140 people" before the change had nothing to agree with. Only
    "from <figure> to <count>", with nothing else between: the first figure
    takes the second's noun and cues, as an earlier value of one count.
    A measure's unit is written once in the same way ("opening hours will
    fall from 60 to 48 hours a week"), and another outlet's "instead of 60"
    (read with its unit) met nothing; then a verb of change before "from"
    must say the figures are two values, not the ends of one range.
    """
    if (after is None or read is None or read.kind is not Kind.NUMBER
            or (read.slot != "number:count" and not _measure_changed(text, a, read))
            or a.currency is not None or a.year_like or a.vague or a.high is not None or is_noise(text, a)
            or _CHANGE_TO.fullmatch(text, a.num_end, after.start) is None
            or _CHANGE_FROM.search(text[max(0, a.start - 8):a.start]) is None):
        return None
    value = Quantity(a.low, read.value.unit, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, read.slot, read.cues)


# The word or sign between the two sides of a size: "64 by 51 centimetres", "4 x 3 metres", "6 × 4 ft".
_SIDE_BY = regex(r"\s*(?:by|x|×)\s*")
# The lengths a size's sides are given in (numberunits.unit_name's names).
_SIDE_UNITS = frozenset({"millimeter", "centimeter", "meter", "kilometer", "inch", "foot", "yard", "mile"})


def dimension_side(text: str, a: Amount, after: Amount | None, read: Found | None) -> Found | None:
    """ "A panel 64 by 51 centimetres": the first side of a size takes the unit written after the second.

    The unit is written once, so the bare first figure counted nothing and was
    dropped, and another outlet's "64cm tall" had nothing to agree with. Only
    two figures joined by "by", "x" or "×" with nothing else between, the
    second a length.
    """
    if (after is None or read is None or read.kind is not Kind.NUMBER or read.value.unit not in _SIDE_UNITS
            or a.currency is not None or a.year_like or a.vague or a.high is not None
            or after.high is not None
            or _SIDE_BY.fullmatch(text, a.num_end, after.start) is None):
        return None
    value = Quantity(a.low, read.value.unit, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, read.slot, read.cues)


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
    to stand for, or follow only who says it: "The council says 17 of
    them ..."). A fact box's line reads the same way after its label:
    "Headcount: 620" then "Retained: 210 of them" (numbers.extract carries the
    count of the line before to the next line).
    """
    if before is None or previous is not None or (text[:a.start].strip() and not after_label(text, a.start)
                                                  and _SAYER_OPENING.fullmatch(text, 0, a.start) is None
                                                  and not _plain_object_clause(text, a)):
        return None
    return _partitive(text, a, dataclasses.replace(before, end=a.start))


# A short opening that names no plural and sets no aside before the part ("The north depot alone repaired
# 140 of them"): a subject and its verb, nothing "them" could stand for but the sentence before's count.
_PLAIN_OBJECT_OPENING = regex(r"\s*[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){1,6}\s+")
_OPENING_PLURAL = regex(
    r"\b(?:the|these|those|its|their|his|her|our|all|many|several|some|other)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"[a-z][\w-]*s\b", re.IGNORECASE)


def _plain_object_clause(text: str, a: Amount) -> bool:
    """ "The north depot alone repaired 140 of them": the part as the object of its sentence's first clause.

    Only with "of them" / "of those" written after the figure, an opening of
    a few words with no comma, and no plural named there with a determiner
    ("checked the ferries and passed 12 of them": them is the ferries).
    """
    return (P.NUM_PARTITIVE_AFTER.match(text, a.num_end) is not None
            and _PLAIN_OBJECT_OPENING.fullmatch(text, 0, a.start) is not None
            and _OPENING_PLURAL.search(text, 0, a.start) is None)


# A sentence's opening that only says who tells it ("The council says", "Police said that"): "The council
# says 17 of them were offered posts" counts, as "17 of them were offered posts" would, some of what the
# sentence before counted. A subject of a few words with no figure, then a verb of saying.
_SAYER_OPENING = regex(
    r"\s*[A-Z][A-Za-z'\u2019.-]*(?:\s+[A-Za-z'\u2019.-]+){0,4}?\s+(?:says|said|say|believes|believe|"
    r"estimates|estimated|reports|reported|added|adds)(?:\s+that)?\s+")


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


def _condition_count(text: str, a: Amount) -> Found | None:
    """ "; six were in critical condition", "Two remain in intensive care": a count of some of the injured.

    A figure that opens its clause (a sentence, or after a semicolon,
    comma or conjunction) with nothing but a state of injury after its verb
    names no noun or role word, so it was no count at all, and the outlet
    that writes it had nothing to agree with in another's "six of them
    critically". The state says whom it counts: injured people, a part of
    the injured (cue PART), so it is never a rival of a whole toll ("43
    injured"). A condition of something else ("the bridge was in poor
    condition") has no subject figure and is not read.
    """
    if (a.currency is not None or a.year_like or a.vague or a.high is not None
            or not P.NUM_CONDITION_AFTER.match(text, a.num_end)
            or (a.start and left_match(P.NUM_SUBJECT_BEFORE, text, a.start, 16) is None)):
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (*role_cue("injured"), PART))


def _relative_count(text: str, a: Amount) -> Found | None:
    """ "72% of the 118 who responded", "the 300 who applied": a count of the people its clause names.

    The figure names no noun, so it counted nothing and was dropped, and a
    survey's base or a field of applicants was lost. The relative clause
    after it says whom it counts; its verb is the count's cue, so it is
    compared only with counts named by the same verb ("the 12 who died" is
    read earlier, by its role). "the" must stand right before the figure: a
    bare "118 who" may be a year or a page, and "the" makes it a group.
    """
    if (a.currency is not None or a.year_like or a.vague or a.high is not None or a.spelled
            or a.low != a.low.to_integral_value() or a.low < 2 or is_noise(text, a)):
        return None
    after = P.NUM_RELATIVE_AFTER.match(text, a.num_end)
    if after is None or left_match(P.NUM_RELATIVE_BEFORE, text, a.start, 8) is None:
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (after["verb"].lower(),))


def _list_item(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "620 jobs in Ohio, 410 at its Texas site and 180 in Ireland": a count whose noun the list gives once.

    A bare figure after a list separator (", ", ", and ", " and ") and
    before a place preposition, within one clause of a count that names
    what it counts, counts the same thing: it takes that count's cues
    (noun and role). The count before may itself be such an item, so the
    whole list is read. Without the noun the figures were dropped, and a
    source listing sites this way states none of its per-site figures.
    An item told apart by its own "of" complement counts the same noun too
    ("14 counts of fraud and three of money laundering", "40 kilos of
    cocaine and 12 of heroin"), but never "three of them" or "two of the
    nine" (partitives, read elsewhere). A gapped clause is read the same way ("26 prisoners were freed by
    Velmora and 10 by Dastrav": the agent after the figure), and so is a
    figure the other side owns ("swapped 20 prisoners for nine of our
    own"), whatever word stands before it. A clause that leaves out its
    verb and noun after a new subject ("the carrier had 22 crew and the
    tanker 19.") counts the same noun: the figure ends that clause.
    """
    if previous is None or not _may_take_count(text, a, previous):
        return None
    placed = (left_match(P.NUM_LIST_ITEM_BEFORE, text, a.start, 8) is not None
              and (P.NUM_LIST_ITEM_AFTER.match(text, a.num_end) is not None
                   or P.NUM_LIST_ITEM_OF_AFTER.match(text, a.num_end) is not None))
    # Not after a named figure: "Harrow 120, Keswick 98 and Ludlow 30." is a results line, each name
    # with its own figure (namedfigures), not a clause gapped after Keswick's.
    gapped = (not placed and not any(c.startswith("named:") for c in previous.cues)
              and P.NUM_GAPPED_CLAUSE_END_AFTER.match(text, a.num_end) is not None
              and left_match(P.NUM_GAPPED_SUBJECT_BEFORE, text, a.start, 60) is not None)
    if not (placed or gapped or P.NUM_OWN_AFTER.match(text, a.num_end)) or is_noise(text, a):
        return None  # is_noise last: its several scans are needed only for a figure placed as an item
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", previous.cues)


def _breakdown_item(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "faces 3 charges under the Act: two of communicating secrets, and one of ...": a first item.

    A bare figure right after a colon, told apart by its own "of" complement
    (never "of them", "of the nine": partitives, read elsewhere), counts
    some of what the count before the colon counts: its noun, and the cue
    PART, as "two of them" would be (no rival of another outlet's three
    charges). The items after it are read as list items of it. Without
    this the figure named no noun and was dropped, and an outlet writing
    the breakdown so stated nothing another's "two counts of" could meet;
    the colon list of extract/newcounts.py reads only a noun standing right
    before the colon with a figure of digits.
    """
    if (previous is None or left_match(P.NUM_LIST_OPENING_BEFORE, text, a.start, 4) is None
            or P.NUM_LIST_ITEM_OF_AFTER.match(text, a.num_end) is None
            or not _may_take_count(text, a, previous) or is_noise(text, a)):
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    cues = tuple(c for c in previous.cues if c != PART)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (*cues, PART))


def _may_take_count(text: str, a: Amount, previous: Found, *, bare: bool = False) -> bool:
    """Whether bare figure ``a`` may take the noun of ``previous``, a count close before it in its sentence.

    A list item and a remainder both borrow the noun of the count before
    them; neither can be a sum, a year, a range or a vague figure, borrow a
    role count's noun (the dead, the injured), or reach past a sentence's or
    a bracket's end. With ``bare`` a count of no noun will do: a reader that
    borrows no noun (a margin) needs only a count to measure from.
    """
    return not (previous.slot != "number:count" or a.currency is not None or a.year_like
                or a.vague or a.high is not None
                or (all(c.startswith(ROLE_PREFIX) or c == MARGIN for c in previous.cues)
                    and not (bare and not previous.cues))
                or a.start - previous.end > _LIST_REACH
                or _clause_break(text, previous.end, a.start))


def _clause_break(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a sentence's or a bracket's end.

    A period that closes an abbreviation ends no sentence: "58 seats in the
    Jan. 17 vote and the Greens 21", "hired 40 staff for Mr. Orme's team and
    12 for hers" are one clause each, and the wire style that writes "Jan."
    and "Mr." lost the figure the clause's second subject gave bare.
    """
    for i in range(start, end):
        c = text[i]
        if c in ";!?()":
            return True
        if c == "." and not _abbreviation_period(text, i):
            return True
    return False


def _abbreviation_period(text: str, i: int) -> bool:
    """The period at ``i`` closes a title ("Mr.") or a month or number abbreviation before a figure
    ("Jan. 17", "No. 4"), the segmenter's own lists of words that end no sentence there."""
    word = _WORD_BEFORE.search(text, 0, i)
    if word is None:
        return False
    w = word.group(0).lower()
    return w in NEVER_FINAL or (w in BEFORE_NUMBER and _DIGIT_AFTER.match(text, i + 1) is not None)


# The word right before a period, and a figure right after it.
_WORD_BEFORE = regex(r"(?<![\w.])[A-Za-z]{1,6}$")
_DIGIT_AFTER = regex(r"\s?\d")


def _remainder(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "will shut 142 branches, leaving it with 318", "keeping 318 open": what a count leaves of its noun.

    A bare figure after "leaving (it) with", "keeping", or followed by
    "open"/"remaining"/"left", in the clause of a count that names its noun,
    counts what remains of that noun: it takes that count's cues. Without
    the noun the figure counted nothing and was dropped, so the outlet that
    states the remainder this way had nothing to agree with in another's
    "will be left with 318 branches". A year, a sum, a range or a vague
    figure is no remainder, nor is a count of a role (the dead, the injured).
    """
    if previous is None or not _may_take_count(text, a, previous):
        return None
    if (left_match(P.NUM_REMAINDER_BEFORE, text, a.start, 40) is None
            and P.NUM_REMAINDER_AFTER.match(text, a.num_end) is None):
        return None
    if attached_after(text, a.num_end) or is_noise(text, a):
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 previous.cues)


def _total_of_count(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "410 flights a day, or 1,320 in total", "12 schools, 40 in all": a sum whose noun the count gave.

    A bare figure followed by "in total", "in all", "all told" or
    "altogether", in the clause of a count that names its noun, counts the
    same noun summed: it takes that count's cues. Without the noun the
    figure counted nothing, and an outlet giving the total this way stated
    nothing another's "cancelled 1,230 flights" could meet or contradict.
    """
    if previous is None or not _may_take_count(text, a, previous):
        return None
    if P.NUM_TOTAL_AFTER.match(text, a.num_end) is None or is_noise(text, a):
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 previous.cues)


def _sourced_part(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "won with 512 points, taking 230 from the juries and 282 from the public vote": a part by its origin.

    A bare figure followed by "from the ..." in the clause of a count that
    names its noun is the part of that count that came from there: it
    takes the count's cues and PART, so it meets another outlet's part
    ("230 jury points") and is never a rival of the whole. Without this the
    parts were dropped, and an outlet giving one part differently stated
    nothing another could contradict.
    """
    if previous is None or not _may_take_count(text, a, previous):
        return None
    if P.NUM_SOURCED_PART_AFTER.match(text, a.num_end) is None or is_noise(text, a):
        return None
    cues = previous.cues if PART in previous.cues else (*previous.cues, PART)
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 cues)


def _included_part(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "employs 2,400 people, including 650 at its depot": a part of a count, set off by "including".

    A bare figure right after "including" (or "among them") in the clause of
    a count that names its noun, with a place after it as a list item has,
    counts some of that noun: it takes the count's cues and PART. Without the
    noun the figure counted nothing and was dropped, so the outlet giving
    the part this way had nothing to agree with in another's "650 people
    work at the depot".
    """
    if previous is None or not _may_take_count(text, a, previous):
        return None
    if (left_match(P.NUM_INCLUDED_BEFORE, text, a.start, 20) is None
            or P.NUM_LIST_ITEM_AFTER.match(text, a.num_end) is None or is_noise(text, a)):
        return None
    cues = previous.cues if PART in previous.cues else (*previous.cues, PART)
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 cues)


def _margin(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "second on 396 points, 39 behind", "trailing by 39", "39 more than": the gap between two counts.

    A bare figure after "trailing by"/"won by" or before "behind"/"clear"/
    "more than", in the clause of a count that names its noun, is the
    margin between two such counts: its cue is MARGIN alone, so it meets
    another outlet's "a margin of 39" and never a rival total ("396
    points"). Without this the figure counted nothing and was dropped.
    The count before may name no noun: a large figure is kept bare when its
    noun stands elsewhere ("4,871 of them were valid, 596 more than the
    threshold"), and the margin, which borrows no noun, is the gap all the
    same.
    """
    if previous is None or not _may_take_count(text, a, previous, bare=True):
        return None
    if (P.NUM_MARGIN_AFTER.match(text, a.num_end) is None
            and left_match(P.NUM_MARGIN_BEFORE, text, a.start, 40) is None):
        return None
    if attached_after(text, a.num_end) or is_noise(text, a):
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 (MARGIN,))


def _standing_score(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "Vesna finished second on 388", "third with 342", "trailing by 47 on 388": a place's score.

    A results sentence names its noun once ("won with 487 points") and gives
    another place's score bare, after the place ("second on", "third with")
    or after the margin ("trailing by 56 on"). Such a figure, ending its
    clause, counts what the count before it in the sentence counts: it
    takes that count's noun (not its part, margin or named subject, which
    belong to the other place). Without this the figure counted nothing and
    was dropped, so an outlet giving the runner-up bare had no score another
    outlet's "431 points" could meet. A count in the sentence before lends
    nothing: borrowing across sentences paired a third place's sentence with
    the runner-up's in another outlet (benchmarks/notes/gaps56.md).
    """
    if previous is None or not _may_take_count(text, a, previous):
        return None
    cues = tuple(c for c in previous.cues
                 if c not in (PART, MARGIN) and not c.startswith(("named:", ROLE_PREFIX)))
    if not cues or left_match(P.NUM_STANDING_SCORE_BEFORE, text, a.start, 40) is None:
        return None
    if P.NUM_STANDING_SCORE_AFTER.match(text, a.num_end) is None or attached_after(text, a.num_end) \
            or is_noise(text, a):
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 cues)


# The slot of an enumeration's items named by a noun: labels, never compared with counts of that noun.
ITEM_SLOT = "number:item"
# Plural words that end in "s" but name no items before a figure ("was 7, 14", "plus 3, 4").
_NOT_ITEM_NOUNS = frozenset({"was", "has", "is", "as", "its", "his", "this", "plus", "thus", "always",
                             "perhaps", "whereas", "besides", "across", "towards", "afterwards", "less",
                             "unless", "yes", "times", "matches", "includes", "costs", "gives", "scores",
                             "totals", "means"})


def _enumerated(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "the numbers drawn were 7, 14, 23, 36 and 51", "flights 402, 417 and 430": items of a plain list.

    A bare whole figure in a plain enumeration (three or more figures
    separated by commas and a last "and", nothing after any of them) is a
    figure of the list's kind. Its first item is named by the plural noun
    right before it, by the plural subject of "were"/"are" before it, or
    by the subject right before "was"/"is" (a noun for the whole list, "the
    winning combination was 7, ..."): it takes that noun as its cue. A
    later item takes what the item before it was read as, whichever rule
    read it ("aged 19, 23 and 31": the first is an age, so all are).
    Without this the items were dropped, and an outlet giving one item
    differently stated no figure another could contradict.
    A count before a list ("all five white balls, 7, 14, ...") lends it
    nothing: the list starts at its first bare figure. Items named by a
    noun take the slot ``ITEM_SLOT``, apart from counts: "7" among the
    balls drawn labels a ball, it is no rival of "five balls".
    """
    if a.currency is not None or a.year_like or a.vague or a.high is not None or a.spelled or a.scaled:
        return None
    lo = max(0, a.num_start - 40)
    run = next((m for m in P.NUM_ENUMERATION.finditer(text, lo, min(len(text), a.num_end + 80))
                if m.start() <= a.num_start < m.end()), None)
    if run is None:
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    if a.num_start == run.start():
        named = left_match(P.NUM_ENUMERATION_NOUN, text, a.num_start, 80)
        if named is None:
            return None
        noun = named["n"] or named["s"] or named["c"]
        if (noun.lower() in _NOT_ITEM_NOUNS or not (named["c"] or is_plural(noun))
                or is_noise(text, a)):
            return None
        return Found(Kind.NUMBER, a.start, a.num_end, value, ITEM_SLOT, (singular(noun),))
    if (previous is None or previous.kind is not Kind.NUMBER or not run.start() <= previous.start
            or P.NUM_LIST_ITEM_BEFORE.search(text[previous.end:a.start]) is None
            or text[previous.end:a.start].strip(" ,").removeprefix("and").strip() != ""):
        return None
    return Found(previous.kind, a.start, a.num_end, dataclasses.replace(previous.value, amount=a.low,
                 qualifier=a.qualifier), previous.slot, previous.cues)
