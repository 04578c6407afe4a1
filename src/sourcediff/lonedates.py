"""A lone calendar date contradicting an aligned partner of an agreed date joins that fact as its rival.

"The appeal will be heard on 9 May" in three outlets and "judges will hear
the appeal on 16 May" in a fourth, whose sentence the aligner seated with
one of the three while the agreed 9 May gathered in another claim: the
fourth outlet's date was left a detail only it gives, and the divergence was
lost. As for counts (lonerivals.join_lone_rivals) the claim is the
alignment's word that the two sentences tell one thing. A date has no noun
to say which day it is, so the join asks more of the sentences: both dates
are calendar dates written with a day number (no weekday resolved by tense,
no month, season or year alone), each is the only calendar day its passage names,
the agreed date is stated alike by CONSENSUS_MIN_AGREE + 1 other sources (a
weekday resolved to the same day counts as one), the dissenting source names
the agreed day nowhere and, when its day is still ahead, plans no other day
(one planning two may date another step with it, as divergeplanned's guard
says), no agreeing source names the dissenting one (a source giving both
tells two events), a partner's words right around its day share one with the
dissenter's (divergeconsensus._day_worded_alike: "her next panel date" and a
"standards hearing" date two steps), and exactly one agreed date is so
contradicted. A publication stamp ("Posted on 15 May, 6:07 PM", a page's
bare date line) is no event's date: outlets publishing on different days do
not disagree (extract/stamps.py), so a stamp is neither a rival nor a date
agreed. A coarser date in the fact ("from next autumn" in a lede beside the
others' "1 September") names no day: it neither breaks the consensus nor, when
it is the dissenter's own, counts the dissenter among those agreeing.

A dissenter's day the aligner put in no claim with the agreed day's passages
("The museum opens its doors on 27 March." under a guide's heading, where the
others' ledes say "will reopen on 20 March" with the cost and who announced
it) has no claim to vouch for it. Its own sentence must then tell the same
thing as the agreed day's (`_told_alike`): it shares no claim with any of them,
its words (date words aside) meet the dated sentences of CONSENSUS_MIN_AGREE + 1
agreeing sources, and both days lie on the same side of their articles' days:
a talk "on 12 December" announced in a piece of the 5th is no rival of a find
others date 2 December (one still planned, one past). The guards above hold
as for a partner in a claim. Measured on the stories (benchmarks/notes/facts49b.md):
a day resolved from a weekday is left out here, as above: a lone "on Saturday"
shares words with the agreed day's sentences as often by chance ("its Saturday
morning children's club") as by telling one thing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache

from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.evidence import Evidence
from sourcediff.extract import patterns as P
from sourcediff.extract.datebase import WEEKDAYS
from sourcediff.extract.stamps import TIME_MARKS
from sourcediff.lonerivals import lone_moves, merge_as_rivals
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.terms import content_stems
from sourcediff.values import DateValue

# The words that name a day only against the article's own date.
_NAMED_DAYS = frozenset(WEEKDAYS) | {"today", "tonight", "tomorrow", "yesterday"}
# Words of a date, not of what is dated: two sentences sharing only these tell nothing alike.
_DATE_WORDS = frozenset(content_stems(
    " ".join(_NAMED_DAYS) + " january february march april may june july august september october"
    " november december jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening"
    " night day week month year last next early late"))


def _day(m: Mention) -> DateValue | None:
    """The calendar day a date mention writes with a day ("14 June", "the fourteenth of June"), else None.

    None for a stamp, an entry or a briefing's date: when an outlet published or a source spoke.
    """
    v = m.value
    if TIME_MARKS.intersection(m.cues):
        return None
    if m.kind is not Kind.DATE or not isinstance(v, DateValue) or v.precision != "day":
        return None
    if v.start is None or v.start != v.end or v.relative is not None:
        return None
    # A day spelled as an ordinal ("the first of April") is written as plainly as "1 April".
    return v if any(c.isdigit() for c in m.raw) or P.DATE_DMY_WORDS.fullmatch(m.raw) else None


def _lone_day(group: Sequence[Mention]) -> Mention | None:
    """The one written calendar day a one-source date fact states throughout, or None."""
    if len({m.source for m in group}) != 1 or len({(m.slot, m.value) for m in group}) != 1:
        return None
    return group[0] if _day(group[0]) is not None else None


def _agreed_value(group: Sequence[Mention]) -> DateValue | None:
    """The one written calendar day an agreed fact states, from CONSENSUS_MIN_AGREE + 1 sources, else None.

    A coarser date that encloses the day ("payouts arrive in June" in a lede, "on 14 June" further
    down) may have gathered into the fact: it names no other day, so it neither adds to the
    consensus nor breaks it. A weekday or relative day resolved against its article's date to that
    very day ("next Friday" in a Monday piece beside others' "12 March") is one more outlet naming
    it: it adds to the consensus, though only a written day may stand as the dissenter's partner.
    Any other mention (a second day, a weekday resolved elsewhere, a stamp) breaks it.
    """
    days = [m for m in group if _day(m) is not None]
    if not days or len({(m.slot, m.value) for m in days}) != 1:
        return None
    day = days[0].value
    assert isinstance(day, DateValue)
    same = [m for m in group if m not in days and _resolved_to(m, day)]
    if not all(m in days or m in same or _encloses(m, day) for m in group):
        return None
    return day if len({m.source for m in days + same}) >= CONSENSUS_MIN_AGREE + 1 else None


def _resolved_to(m: Mention, day: DateValue) -> bool:
    """Whether ``m`` names a weekday or a day next to its article's ("Friday", "tomorrow"), not a
    stamp, resolved to exactly ``day``. Only those words: any other day word read as a date ("the
    ninth time") may be no day at all."""
    v = m.value
    words = "".join(c if c.isalpha() else " " for c in m.raw.casefold()).split()
    return (m.kind is Kind.DATE and isinstance(v, DateValue) and v.precision == "day"
            and not _NAMED_DAYS.isdisjoint(words)
            and not TIME_MARKS.intersection(m.cues) and v.relative is None
            and v.start is not None and (v.start, v.end) == (day.start, day.end))


def _encloses(m: Mention, day: DateValue) -> bool:
    """Whether ``m`` is a month, a season or a year, not a stamp, whose span holds ``day``.

    A season is as coarse as a month for this: "from next autumn" in a lede names no day, so it
    neither confirms nor disputes the "1 September" the others write.
    """
    v = m.value
    return (m.kind is Kind.DATE and isinstance(v, DateValue) and v.precision in ("month", "season", "year")
            and not TIME_MARKS.intersection(m.cues) and day.within(v))


def _after(v: object, published: dt.date | None) -> bool:
    """Whether a calendar day falls after its article's publication day: a step still planned."""
    return isinstance(v, DateValue) and v.start is not None and published is not None and v.start > published


def _only_day(m: Mention, days: Mapping[tuple[str, int], int]) -> bool:
    """Whether ``m``'s day is the only calendar day its passage names."""
    return days.get((m.source, m.passage), 0) == 1


def _event_words(m: Mention, texts: Mapping[tuple[str, int], str]) -> frozenset[str]:
    """The content stems of ``m``'s sentence that say what is dated: no date word, no figure."""
    return _words_of(texts.get((m.source, m.passage), ""))


@lru_cache(maxsize=4096)
def _words_of(sentence: str) -> frozenset[str]:
    """`_event_words` of one sentence, kept: a long story weighs one sentence against many agreed days."""
    return frozenset(w for w in content_stems(sentence)
                     if w not in _DATE_WORDS and not any(c.isdigit() for c in w))


def _told_alike(lone: Mention, group: Sequence[Mention], agreed: DateValue,
                texts: Mapping[tuple[str, int], str] | None, ctx: Evidence) -> bool:
    """Whether a lone day in no claim with the agreed day's passages dates the same thing by its words.

    The words of its sentence (date words aside) meet those of the sentences dating the agreed day in
    CONSENSUS_MIN_AGREE + 1 agreeing sources, and the two days lie on one side of their articles' days
    (both still ahead, or both past): a day planned and a day past date two things.
    """
    if texts is None or any(ctx.shared_claim(lone, m) is not None for m in group):
        return False
    published = ctx.published.get(lone.source)
    if published is None:
        return False
    ahead = _after(lone.value, published)
    voters = [m for m in group if m.value == agreed or _resolved_to(m, agreed)]
    if any(m.source in ctx.published and _after(agreed, ctx.published[m.source]) != ahead for m in voters):
        return False
    words = _event_words(lone, texts)
    alike = {m.source for m in voters if not words.isdisjoint(_event_words(m, texts))}
    return len(alike) >= CONSENSUS_MIN_AGREE + 1


def _rival(lone: Mention, group: Sequence[Mention], days: Mapping[tuple[str, int], int],
           written: Mapping[str, set[object]], ctx: Evidence,
           texts: Mapping[tuple[str, int], str] | None = None) -> bool:
    agreed = _agreed_value(group)
    # The dissenter may sit in the fact through a coarser date only ("from next autumn" in its lede,
    # "on 7 September" further down): that names no day, so it is no vote for the agreed one.
    voters = {m.source for m in group if not _encloses(m, agreed)} if agreed is not None else set()
    if agreed is None or lone.source in voters or not _only_day(lone, days):
        return False
    partners = [m for m in group if m.slot == lone.slot and m.value == agreed and _only_day(m, days)
                and ctx.shared_claim(lone, m) is not None
                and not ctx.window(lone).isdisjoint(ctx.window(m))]
    if agreed == lone.value or not (partners or _told_alike(lone, group, agreed, texts, ctx)):
        return False
    if agreed in written.get(lone.source, set()):
        return False  # the dissenter names the agreed day too: two events, not a rival
    published = ctx.published.get(lone.source)
    if _after(lone.value, published) and any(v != lone.value and _after(v, published)
                                             for v in written.get(lone.source, set())):
        return False  # it plans two days ("return on 20 April", "report on 14 April"): another step's?
    return not any(lone.value in written.get(m.source, set()) for m in group if m.source != lone.source)


def join_lone_date_rivals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                          order: Mapping[str, int],
                          texts: Mapping[tuple[str, int], str] | None = None) -> list[Judged]:
    """``facts`` with each lone calendar day moved into the one agreed day it contradicts, now divergent.

    ``texts`` (each passage's text by (source, index)) lets a lone day in no claim with the agreed
    day's passages be weighed by its sentence's words (`_told_alike`); without it such a day stays alone.
    """
    days: dict[tuple[str, int], int] = {}
    written: dict[str, set[object]] = {}
    for m in mentions:
        if _day(m) is not None:
            days[(m.source, m.passage)] = days.get((m.source, m.passage), 0) + 1
            written.setdefault(m.source, set()).add(m.value)
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts)
              if v is Verdict.AGREE and _agreed_value(group) is not None]
    moved = lone_moves(facts, agreed, _lone_day,
                       lambda lone, group: _rival(lone, group, days, written, ctx, texts))
    return merge_as_rivals(facts, moved, order)
