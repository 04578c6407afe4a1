"""Numbers and percentages: "less than 48 hours", "two issues", "more than 1,000 people", "12.5%".

Figures are read by the scanner in :mod:`sourcediff.extract.amounts`, shared
with :mod:`sourcediff.extract.money`; this module decides which of those
without a currency are counts, measures or percents. Numbers are the noisiest
fact kind (years, dates, clock times, model names, URLs), so this module is
deliberately conservative: a plain count is emitted only with the noun it
counts, and anything that looks like part of another fact is left alone.

The reading is split by job: ``numberbase`` holds the classified figure
(``Found``), ``numbernouns`` what a count counts, ``numberunits`` the units
of measures, ``numberpercents`` percents, proportions and fractions,
``numberclassify`` what one figure is (``classify``), ``numbercontext`` the
figures read through the figure before them (updates, parts, list items,
fact-box labels), and ``numberparse`` one quantity parsed back from text
(``parse_quantity``). This module runs them over an article's passages
(``extract``), with the zero counts ("no one was hurt") and the titles'
hedges, and keeps every public name importable from here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from sourcediff.extract import (
    battingfigures,
    cricketscores,
    elapsed,
    golfscores,
    lanes,
    levels,
    markers,
    multiples,
    odds,
    ordinals,
    positions,
    racedistances,
    ranks,
    records,
    runningorder,
    setscores,
    shirts,
    storeys,
    tallies,
)
from sourcediff.extract import patterns as P
from sourcediff.extract.allcounts import all_of_before
from sourcediff.extract.amounts import WORD_VALUES, Amount, is_plural, left_match, scan_amounts, singular
from sourcediff.extract.changecounts import change_end, number_of_change
from sourcediff.extract.comparedcounts import compared_count
from sourcediff.extract.cues import may_contain_ci, may_contain_word
from sourcediff.extract.designcounts import capacity_count, designated_count
from sourcediff.extract.frontedparts import fronted_part
from sourcediff.extract.leadmargins import lead_margins
from sourcediff.extract.morecounts import base_of_more, more_item, with_more
from sourcediff.extract.namedfigures import named_figure
from sourcediff.extract.newcounts import new_beside_total, new_item, with_new
from sourcediff.extract.numberbase import _OPENING_QUOTES, Found
from sourcediff.extract.numberclassify import classify, pronoun_one
from sourcediff.extract.numbercontext import (
    _bare_role_count,
    _boxed,
    _breakdown_item,
    _clause_partitive,
    _condition_count,
    _enumerated,
    _included_part,
    _list_item,
    _margin,
    _nothing_counted,
    _opening_partitive,
    _partitive,
    _partitive_past_period,
    _relative_count,
    _remainder,
    _share_count,
    _sourced_part,
    _standing_score,
    _total_of_count,
    _updated_value,
    change_start,
    dimension_side,
    elided_rate,
    elided_unit,
    part_of_whole_after,
    prior_period,
    restated_benchmark,
    with_selected_part,
)
from sourcediff.extract.numbernouns import headed_count
from sourcediff.extract.numberparse import parse_quantity
from sourcediff.extract.numberpercents import CHANGE, _fraction_points, _fraction_shares
from sourcediff.extract.numberunits import AGO, in_volume, unit_name
from sourcediff.extract.quantifiedtotals import quantified_total
from sourcediff.extract.questioncounts import answered_count, question_label
from sourcediff.extract.ratingfigures import RATING_WORDS, rated
from sourcediff.extract.recordfigures import record_figure
from sourcediff.extract.relativeparts import relative_part
from sourcediff.extract.restatedwholes import part_of_restated_whole, restated_whole
from sourcediff.extract.roles import MARGIN, ROLE_WORDS, role_cue
from sourcediff.extract.seriescounts import series_count
from sourcediff.extract.shared import answers
from sourcediff.extract.thresholds import threshold_cue
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import APPROX, Quantity
from sourcediff.wording import american

__all__ = ["AGO", "CHANGE", "Found", "classify", "extract", "headed_count", "parse_quantity", "unit_name"]


# Passages whose bare figures are kept: a sentence, and a list item, which is a fact box's sentence
# ("Visitors: 2.2 million expected; the record was 1.84 million"); a headline's or a heading's bare
# figure ("Storm kills seven") is shorthand for the body's fuller statement.
_READ_AS_SENTENCE = frozenset({"sentence", "item"})


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Counts, measures and percents in every passage; offsets are absolute into ``article.text``.

    Headlines and titles repeat the body's figures in shorthand; a bare figure
    there ("Storm kills seven") is left to the body's fuller statement.
    """
    out: list[Mention] = []
    # The last count of the sentence (or fact box line) before: (its index, its role, it). A line of a
    # box carries to the next line only ("Headcount: 620" to "Retained: 210 of them"), a sentence to the next
    # sentence.
    carried: tuple[int, str, Found] | None = None
    # The last measure of the sentence before, the same way ("62 micrograms per cubic metre" to "The legal
    # limit is 40."): restated_benchmark.
    carried_measure: tuple[int, str, Found] | None = None
    # Each passage's amounts read once, from the scan's memory at once (shared.answers).
    scanned = answers(scan_amounts, [p.text for p in passages])
    tallied_in = _tallied_all([p.text for p, found in zip(passages, scanned, strict=True) if found])
    # "How many jobs will go?" headings by the index of the paragraph under them: questioncounts.py
    asked = {p.index + 1: label for p in passages if p.role == "heading"
             and (label := question_label(p.text)) is not None}
    for p, amounts in zip(passages, scanned, strict=True):
        text = p.text  # the passage's own string: shared scans hash it once (extract/shared.py)
        previous: Found | None = None
        counted: Found | None = None  # the last count: _partitive_past_period
        measures: list[tuple[Amount, Found]] = []
        rates: list[Found] = []  # the sentence's rates so far ("two hours a day"): elided_rate
        follows = carried is not None and carried[0] == p.index - 1 and p.role == carried[1]
        before = carried[2] if carried is not None and follows else None
        carried = None
        measure_before = (carried_measure[2] if carried_measure is not None
                          and carried_measure[0] == p.index - 1 and p.role == carried_measure[1] else None)
        carried_measure = None
        may_be_rated = bool(amounts) and may_contain_ci(text, *RATING_WORDS)
        tallied = tallied_in[text] if amounts else []  # only the amounts' loop reads it
        for i, a in enumerate(amounts):
            if any(start <= a.num_start < end for start, end in tallied):
                continue  # one side of a vote tally ("by a vote of 5 to 4") or a field of a race time
                # ("2hr 04min 31sec") or a place ("world No. 3", "19th in the table") or a record's result
                # ("won 12, drew nine") or a shirt ("the No 9 shirt"): tallies.py, elapsed.py, ranks.py,
                # positions.py, records.py, shirts.py; or a betting price ("a 40-1 outsider"): odds.py
            if P.NUM_GRADE_OF_COUNT.search(text, max(0, a.start - 24), a.start):
                continue  # the grade of a count ("214 band 3 officers"): the count before reads past it
            if pronoun_one(text, a):
                continue  # "no one", "not one of the 300 residents": nobody, never a count of one nor a part
            if previous is not None and previous.kind is Kind.PERCENT and a.num_start < previous.end:
                continue  # the base of a proportion read with its first figure ("nine in ten")
            if previous is not None and in_volume(previous.slot) and a.num_start < previous.end:
                continue  # the volume of a count in a sample ("12 colonies per 100 millilitres")
            found = classify(text, a)
            if p.role != "title" and _nothing_counted(found):
                # "Ambulances diverted: 41": the label says what it counts; "six were in critical condition"
                found = (_boxed(text, a) or _condition_count(text, a) or _share_count(text, a)
                         or (_relative_count(text, a) if found is None else None)  # a role names it
                         or (rated(text, a) if may_be_rated else None)
                         or (answered_count(asked[p.index], text, a)
                             if i == 0 and p.index in asked and p.role == "sentence" else None)
                         or found)
            if _nothing_counted(found) and i + 1 < len(amounts):  # "Four of the eleven injured": a part
                whole = amounts[i + 1]
                read = classify(text, whole)
                found = (part_of_whole_after(text, a, whole, read) or change_start(text, a, whole, read)
                         or dimension_side(text, a, whole, read)
                         or number_of_change(text, a, whole)
                         or (part_of_restated_whole(text, a, whole, previous, before)
                             if _nothing_counted(read) else None)
                         or found)
            if _nothing_counted(found):  # "have risen from 150 in 2021 to 190 in 2022": one year of a series
                found = series_count(text, a) or found
            found = (found or designated_count(text, a) or capacity_count(text, a)
                     or new_item(text, a, previous) or more_item(text, a, previous)
                     or base_of_more(text, a, previous)
                     or _updated_value(text, a, previous)
                     or change_end(text, a, previous)
                     or _partitive(text, a, previous) or _partitive_past_period(text, a, previous, counted)
                     or relative_part(text, a) or fronted_part(text, a)
                     or _list_item(text, a, previous) or _breakdown_item(text, a, previous)
                     or _remainder(text, a, previous)
                     or _total_of_count(text, a, previous) or quantified_total(text, a)
                     or _sourced_part(text, a, previous) or _included_part(text, a, previous)
                     or _margin(text, a, previous)
                     or compared_count(text, a, previous)
                     or _standing_score(text, a, previous)
                     or _opening_partitive(text, a, previous, before)
                     or _clause_partitive(text, a, previous) or _enumerated(text, a, previous)
                     or named_figure(text, a, previous, before) or record_figure(text, a, previous)
                     or all_of_before(text, a, previous, before) or restated_whole(text, a, previous, before))
            if found is not None and found.slot == "number:count" and not found.cues:
                # "or 1,320 in total" is read as a count of no noun: the count before gives it one, as it
                # does to a figure set against it ("compared with 1,215 in 2024")
                found = (_total_of_count(text, a, previous) or quantified_total(text, a)
                         or compared_count(text, a, previous) or found)
            found = (prior_period(text, a, found, previous) or elided_unit(text, a, found, measures)
                     or (None if measures else restated_benchmark(text, a, found, measure_before)) or found)
            found = elided_rate(text, a, found, rates) or found
            if found is not None and found.value.unit is not None and " per " in found.value.unit:
                rates.append(found)
            if found is not None and found.kind is Kind.NUMBER and found.value.unit is not None:
                # "16.7 million tonnes": a later bare "17.9 million" in the sentence takes its unit, and so
                # does a plain benchmark of a plain measure ("62 micrograms ..., over the limit of 40")
                measures.append((a, found))
                if p.role in _READ_AS_SENTENCE:
                    carried_measure = (p.index, p.role, found)
            found = (with_selected_part(with_more(with_new(found, text, a), text, a), text, a)
                     if found is not None else None)
            # A margin ("39 behind") is no count a later bare figure could take its noun from, nor is an
            # age: in "31 people aged 112 or older; 29 of them are women" the part is of the 31 people; nor
            # a point in time: in "had 412 pupils a decade ago and now have just 238" the 238 counts pupils.
            previous = (found if found is not None and MARGIN not in found.cues and found.slot != "number:age"
                        and AGO not in found.cues else previous)
            if previous is found and found is not None and found.slot == "number:count":
                counted = found
            if found is not None and found.slot == "number:count" and p.role in _READ_AS_SENTENCE:
                carried = (p.index, p.role, found)
            if (found is None or (p.role not in _READ_AS_SENTENCE and _bare_role_count(found))
                    or P.NUM_BROKEN_DECIMAL.match(article.text, p.start + found.end)):
                continue
            span = Span(p.start + found.start, p.start + found.end)
            raw = article.text[span.start:span.end]
            out.append(Mention(kind=found.kind, source=article.id, passage=p.index, span=span,
                               raw=raw, value=_counted_in_dozens(found.value, raw), slot=found.slot,
                               cues=_one_spelling(found) + _threshold(text, found)))
        for found in (*_fraction_points(text), *_fraction_shares(text), *_zero_counts(text),
                      *_nil_points(text), *lead_margins(text)):
            span = Span(p.start + found.start, p.start + found.end)
            out.append(Mention(kind=found.kind, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=found.value, slot=found.slot,
                               cues=found.cues))
    titles = {p.index for p in passages if p.role == "title"}
    return _title_hedges(_years_and_months(new_beside_total(out), article.text), titles)


def _threshold(text: str, found: Found) -> tuple[str, ...]:
    """A percent's threshold cue ("if inflation tops 4%": where a condition is met, no rate of the story)."""
    return threshold_cue(text, found.start) if found.kind is Kind.PERCENT else ()


def _tallied_all(texts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Each text's spans of the figures other scans read as a part of something else (see extract).

    Every scan here is shared (its own extractor runs it too); asked only of
    the passages with amounts, since most passages have none and the lookups
    add up. Each scan is asked of all the texts at once (`answers`: one read
    of its memory, not one a text); a text's spans are in the scans' order.
    """
    scans: tuple[Callable[[str], Sequence[tuple[Any, ...]]], ...] = (
        tallies.find, elapsed.find, storeys.find, ranks.find, ordinals.find, ordinals.event_counts,
        levels.find, records.find, multiples.find, positions.find, markers.find, racedistances.find,
        runningorder.find, cricketscores.find, golfscores.find, battingfigures.find, setscores.find,
        shirts.find, lanes.find, odds.find)
    tallied: dict[str, list[tuple[int, int]]] = {text: [] for text in texts}
    unique = list(tallied)
    for scan in scans:
        for text, found in zip(unique, answers(scan, unique), strict=True):
            if found:
                tallied[text] += [(f[0], f[1]) for f in found]
    return tallied


# "two dozen", "half a dozen" (not the vague "dozens", read as a range).
_IN_DOZENS = regex(r"\bdozen\b(?!s)", re.IGNORECASE)


def _counted_in_dozens(value: Quantity, raw: str) -> Quantity:
    """A hedged count written in dozens ("around two dozen") marked so: its precision is the dozen.

    Why: "about 24" is hedged to its last digit, but "around two dozen" is
    a round figure, 23 as much as 24. An unhedged "two dozen" stays 24.
    """
    if (type(value) is Quantity and value.qualifier == APPROX and value.high is None
            and _IN_DOZENS.search(raw)):
        return dataclasses.replace(value, in_dozens=True)
    return value


# A duration's larger unit, the smaller unit that can follow it in one figure, and how many of the smaller
# make one of the larger: "eight years and six months", "a week and two days" (days and hours, hours and
# minutes are read as one elapsed time elsewhere).
_TERM_UNITS: dict[tuple[str, str], int] = {("year", "month"): 12, ("week", "day"): 7}


def _years_and_months(out: list[Mention], text: str) -> list[Mention]:
    """"eight years and six months" is one term of 8.5 years, not a count of years and one of months.

    Sentences and contracts give a term in years and months; read apart,
    "eight years" met another outlet's "eight years" and never its "eight
    and a half years" or "8.5 years", and the "six months" stood alone. The
    two are one figure when nothing but "and" or a comma joins them. The
    sum is in years when the months make an exact fraction of one (3, 6, 9
    months), else in months ("two years and four months" is 28 months), so
    that it always compares with a figure of either unit (compat). Closures
    and trials are given the same way in weeks and days ("a week and two
    days" is the nine days of another outlet); those join only by "and",
    since a comma there more often starts a clause ("shut for a week, two
    days after the fire").
    """
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        per = _per_larger(prev, m, text) if prev is not None else None
        if prev is not None and per is not None:
            merged[-1] = _term(prev, m, text, per)
        else:
            merged.append(m)
    return merged


def _per_larger(larger: Mention, smaller: Mention, text: str) -> int | None:
    """How many of ``smaller``'s unit make one of ``larger``'s, when the two are one term; else None."""
    a, b = larger.value, smaller.value
    if not (type(a) is Quantity and type(b) is Quantity and a.unit is not None and b.unit is not None):
        return None
    per = _TERM_UNITS.get((a.unit, b.unit))
    if (per is None or larger.slot != f"number:{a.unit}" or smaller.slot != f"number:{b.unit}"  # no age
            or a.high is not None or b.high is not None or b.qualifier or larger.passage != smaller.passage):
        return None
    join = P.YEARS_MONTHS_JOIN if a.unit == "year" else P.TERM_AND_JOIN
    return per if join.fullmatch(text, larger.span.end, smaller.span.start) is not None else None


def _term(larger: Mention, smaller: Mention, text: str, per: int) -> Mention:
    a, b = larger.value, smaller.value
    assert isinstance(a, Quantity) and isinstance(b, Quantity) and a.unit is not None
    in_larger = b.amount / per
    if in_larger * 100 == int(in_larger * 100):
        value, slot = Quantity(a.amount + in_larger, a.unit, a.qualifier), larger.slot
    else:
        value, slot = Quantity(a.amount * per + b.amount, b.unit, a.qualifier), smaller.slot
    span = Span(larger.span.start, smaller.span.end)
    return dataclasses.replace(larger, span=span, raw=text[span.start:span.end], value=value, slot=slot)


def week_and_day_parts(m: Mention) -> tuple[Decimal, Decimal] | None:
    """The weeks and the days of a span read whole ("a week and two days": 1 and 2), None for others.

    The aligner keys such a span by its two parts, as it keyed them before the span was read whole
    (align.features.value_family_keys): keyed as its nine days, railworks' "a week and two days" tied its
    lead to another outlet's nine-day sentence and regrouped the story's passages (align 0.92 -> 0.88,
    wrong pairs 0.09 -> 0.12; benchmarks/notes/facts64.md).
    """
    if m.kind is not Kind.NUMBER or m.slot not in ("number:day", "number:week") or " and " not in m.raw:
        return None
    halves = P.TERM_AND_JOIN.split(m.raw)
    if len(halves) != 2 or "week" not in halves[0].casefold() or "day" not in halves[1].casefold():
        return None
    weeks, days = _leading_figure(halves[0]), _leading_figure(halves[1])
    return None if weeks is None or days is None else (weeks, days)


def _leading_figure(words: str) -> Decimal | None:
    """The figure a span's words open with: "a" or "an" 1, digits, or a number word below a hundred."""
    first = words.split()[0].casefold() if words.split() else ""
    if first in ("a", "an"):
        return Decimal(1)
    if first.isdigit():
        return Decimal(first)
    parts = first.split("-")
    return Decimal(sum(WORD_VALUES[w] for w in parts)) if all(w in WORD_VALUES for w in parts) else None


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


def _nil_points(text: str) -> Iterator[Found]:
    """ "crashed out with the dreaded nul points", "nil points": a score of zero points, said as an idiom.

    One outlet writes "zero points", another "0 pts", a third the idiom;
    without it the third stated no figure, so it neither agreed with the
    zero nor contradicted another outlet's "two points".
    """
    if not may_contain_ci(text, "points", "pts"):
        return
    for m in P.NUM_NIL_POINTS.finditer(text):
        yield Found(Kind.NUMBER, m.start(), m.end(), Quantity(Decimal(0)), "number:count", ("point",))


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
    if not may_contain_word(text, "no", "nobody", "none", "not"):  # NUM_ZERO's first word, whole
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


# How far after "none"/"no one" its clause's role word may stand ("nobody on board was injured").
_ZERO_REACH = 48


def _one_spelling(found: Found) -> tuple[str, ...]:
    """A count's noun cues in American spelling: "4,421 theatres" counts what "4,412 theaters" does.

    The noun keys a count for the judge (what it counts, whether two counts
    name one thing, which claim's consensus it joins), and outlets on either
    side of the Atlantic spell one noun two ways ("centres", "harbours").
    Prefixed cues (roles, updates) are left as they are.
    """
    if not found.slot.endswith(":count"):
        return found.cues
    return tuple(american(c) if c.isalpha() else c for c in found.cues)
