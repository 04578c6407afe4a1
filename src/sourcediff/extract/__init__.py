"""Fact extraction: passages -> Mentions with normalized values.

Each kind has its own module with one entry point
``extract(article, passages) -> tuple[Mention, ...]``; offsets are absolute
into ``article.text``. This module only runs them all in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

from sourcediff.extract import (
    agespans,
    battingfigures,
    bodyscales,
    chrome,
    codes,
    cricketscores,
    dates,
    elapsed,
    elidedcurrency,
    entities,
    golfscores,
    identifiers,
    intervals,
    lanes,
    levels,
    markers,
    money,
    multiples,
    nearhedge,
    numbers,
    numberstyle,
    odds,
    ordinals,
    positions,
    quoteddeixis,
    quotes,
    racedistances,
    racefigures,
    ranks,
    rates,
    records,
    runningorder,
    scenecounts,
    scorefigures,
    setscores,
    shared,
    shirts,
    spectrum,
    splits,
    standingtotals,
    statratios,
    storeys,
    tallies,
    times,
    updates,
    votesides,
)
from sourcediff.model import Article, Kind, Mention, Passage

Extractor = Callable[[Article, tuple[Passage, ...]], tuple[Mention, ...]]

EXTRACTORS: tuple[Extractor, ...] = (money.extract, numbers.extract, tallies.extract, elapsed.extract,
                                     ranks.extract, shirts.extract, lanes.extract, splits.extract,
                                     odds.extract, ordinals.extract,
                                     positions.extract, racefigures.extract, standingtotals.extract,
                                     runningorder.extract, racedistances.extract,
                                     records.extract, multiples.extract,
                                     setscores.extract, cricketscores.extract, battingfigures.extract,
                                     golfscores.extract, levels.extract, storeys.extract, times.extract,
                                     dates.extract, quotes.extract, entities.extract, intervals.extract,
                                     rates.extract, identifiers.extract, codes.extract, markers.extract,
                                     bodyscales.extract, statratios.extract, scorefigures.extract)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Every mention of every kind, sorted by position; figures carry their update cue (updates.py).

    A line of share buttons or an advert label copied with the story states nothing (chrome.py).
    """
    mentions: list[Mention] = []
    # Each passage's dates and figures are scanned once for all extractors; "1.200" is twelve hundred
    # in an article that writes "3,5 %" (numberstyle.py).
    # An article about spectrum reads its figures in megahertz as holdings (spectrum.py).
    with shared.scope(), numberstyle.convention(article.text), spectrum.topic(article.text):
        for run in EXTRACTORS:
            mentions.extend(run(article, passages))
    skipped = chrome.chrome_passages(passages)  # passages built elsewhere than segment may hold chrome
    if skipped:
        mentions = [m for m in mentions if m.passage not in skipped]
    mentions = chrome.without_chrome_mentions(article.text, passages, mentions)
    mentions = quoteddeixis.with_quoted_deixis_marked(article, passages, mentions)
    settled = bodyscales.settle(scenecounts.settle(rates.settle(article, mentions)))
    settled = elidedcurrency.with_elided_currency(article.text, settled)  # "£486m, 74 million more"
    settled = agespans.join_extremes(article.text, settled)  # "the youngest 12, the oldest 61": one range
    settled = votesides.settle(article.text, settled)  # "backed by seven councillors": a tally's for-side
    marked = [nearhedge.marked(m) for m in updates.mark(_without_spans_of_intervals(settled), passages,
                                                          article.published)]
    return tuple(sorted(marked, key=lambda m: (m.span.start, m.span.end, m.kind.value)))


def _without_spans_of_intervals(mentions: list[Mention]) -> tuple[Mention, ...]:
    """Drop the plain durations an interval reads more fully ("two hours" in "two hours after the vote")."""
    spans = [m.span for m in mentions if m.slot.startswith(intervals.SLOT_PREFIX)]
    if not spans:
        return tuple(mentions)
    return tuple(m for m in mentions if m.slot.startswith(intervals.SLOT_PREFIX) or m.kind is not Kind.NUMBER
                 or not any(s.contains(m.span) for s in spans))
