"""compare(articles) -> Report: the whole pipeline as one pure function."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from sourcediff import __version__, threads  # threads first: it looks at the pools before numpy loads
from sourcediff.align import align, score_pairs
from sourcediff.analysis import analyse, cycle_collection_paused
from sourcediff.budget import check_pair_budget, check_text_budget
from sourcediff.compare import judge
from sourcediff.errors import InputError
from sourcediff.extract.daysums import daily_from_weekly
from sourcediff.extract.latespeakers import late_speakers
from sourcediff.extract.lengths import unify_lengths
from sourcediff.extract.money import own_dollars, unify_dollars, unify_pounds
from sourcediff.extract.people import unify_people
from sourcediff.extract.periodsums import annualise
from sourcediff.extract.rates import convert_stated, unify_rates
from sourcediff.extract.stamps import ENTRY, STAMP
from sourcediff.extract.times import UNALIGNED_CLOCKS
from sourcediff.model import Article, Mention, Report, SourceInfo
from sourcediff.options import CompareOptions
from sourcediff.storyweekdays import place_weekdays
from sourcediff.storyyears import place_years
from sourcediff.text import fold
from sourcediff.undated import resolve_undated
from sourcediff.values import ClockTime
from sourcediff.workers import analyse_all, jobs_from_env

single_threaded = threads.single_threaded
__all__ = ["analyse", "compare", "compare_analysed", "cycle_collection_paused", "single_threaded"]


def compare(articles: Sequence[Article], options: CompareOptions = CompareOptions()) -> Report:
    """Align the articles' passages and judge every fact they state.

    A large input's sources are analysed at once in worker processes
    (workers.py; ``options.jobs`` or ``SOURCEDIFF_JOBS`` caps them, 1 for none).
    """
    dupes = [i for i, n in Counter(a.id for a in articles).items() if n > 1]
    if dupes:
        raise InputError(f"two sources share the id {dupes[0]!r}; give each a --label")
    aliases = {fold(k): v for k, v in options.aliases}
    check_text_budget(articles)  # bounded time and memory: refuse now, not after minutes
    jobs = options.jobs if options.jobs is not None else jobs_from_env(os.environ)
    with single_threaded(), cycle_collection_paused():
        return compare_analysed(analyse_all(articles, aliases, jobs=jobs))


def compare_analysed(analysed: tuple[SourceInfo, ...]) -> Report:
    """The comparison of articles already analysed one by one (the corpus mode reuses analyses).

    People are linked across the sources here, not in ``analyse``: "Thornton"
    in one article is "Robert J. Thornton Jr." only because another says so;
    so is a bare "$" sum to the dollar another source names for it, a sum
    in a currency only one article uses to the others' at the rate it states,
    and an undated article's "Friday" is read against the story's dates.
    """
    with single_threaded(), cycle_collection_paused():
        placed = place_years(place_weekdays(resolve_undated(analysed)))
        dollars = unify_dollars(own_dollars(late_speakers(unify_people(placed))))
        unified = unify_lengths(unify_rates(unify_pounds(dollars)))
        infos = daily_from_weekly(annualise(convert_stated(unified)))
        check_pair_budget(infos)
        seen = _aligner_view(infos)
        scores = score_pairs(seen)
        claims = align(seen, scores=scores)
        facts = judge(infos, claims, scores=scores)
    return Report(sources=infos, claims=claims, facts=facts, tool_version=__version__)


def _aligner_view(infos: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """The sources as the aligner reads them: no clock read only as a blog's stamp or by its half of day.

    Such a clock ("11:42" opening an entry of a blog that keeps the 24-hour
    clock, extract/times.py ENTRY_CLOCK) says when the outlet wrote as often
    as when the event happened, and the pair model was trained before these
    were read: the claims stay what they were, and the judge compares them.
    So is a dotted clock read by its half of the day ("at 2.30 this
    afternoon", extract/times.py DOTTED_CLOCK), and a live blog entry's
    stamp when the entry states a clock of its own (`_posting_stamp`) and no
    other source states the stamp's clock.
    """
    stated = {s.article.id: {_hour_minute(m) for m in s.mentions if not _posting_stamp(m)} for s in infos}
    out = []
    for s in infos:
        others = set().union(*(v for k, v in stated.items() if k != s.article.id))
        kept = tuple(m for m in s.mentions if UNALIGNED_CLOCKS.isdisjoint(m.cues)
                     and not (_posting_stamp(m) and _hour_minute(m) not in others))
        out.append(s if kept == s.mentions else replace(s, mentions=kept))
    return tuple(out)


def _posting_stamp(m: Mention) -> bool:
    """A live blog entry's stamp that says when the outlet posted: the entry times its event itself.

    "07:50 What we know so far: the bridge shut at 5:40 a.m." is written at
    07:50 about 5:40 (extract/stamps.py: the cue STAMP on an entry's
    opening clock); which lines are a live blog's entries the page's shape
    decides (entry_starts, the cue ENTRY: three lines or more opening with
    a clock, newest first), so a timeline's lines and a sentence's opening
    clock ("At 10:42 the train left") stay. Read as a fact of its entry,
    the stamp was a clock no other outlet's sentence on the same facts
    states, and the pair model scored the entry low against it
    (benchmarks/notes/align43b.md). A stamp whose entry states no clock of
    its own ("18:45 The council says 40 flats stand empty") stays: hiding
    those too moved claims both ways and lost a divergence (same note).
    """
    return m.slot == "clock" and ENTRY in m.cues and STAMP in m.cues


def _hour_minute(m: Mention) -> tuple[int, int] | None:
    """The clock a clock mention reads, on its own dial."""
    v = m.value
    return (v.hour, v.minute) if isinstance(v, ClockTime) else None
