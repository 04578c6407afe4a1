"""What a report leaves out by default, because it is rarely worth a reader's time.

Two kinds of unique detail are noise far more often than news, across every
story the tool was tried on:

* vague relative spans: "this week", "in recent days", "early this week",
  "last summer". They resolve to a range of days around the article's date,
  so two sources written a day apart never state "the same" one, and one
  source alone stating it adds nothing a reader can check;
* dates in photo captions and credits ("File photo, March 3, 2021"): they
  date the picture, not the story;
* a byline's time and date of publication ("Published 8:02 p.m. ET March 3,
  2026 | Updated 9:15 p.m."), which text copied from a page keeps: they
  say when the outlet wrote, not what happened.

Both stay in the JSON report and in every count; the terminal and one-line
views hide them unless the reader asks for everything (``--all``). Names
(people, organizations) every source mentions are folded into one line by
the renderers, as :func:`names_everyone_states` picks them.
"""

from __future__ import annotations

import re

from sourcediff.extract.stamps import STAMP
from sourcediff.model import Fact, Kind, Mention, Report, Verdict
from sourcediff.regexcache import regex
from sourcediff.values import DateValue

# Absolute date words: a span naming a month, a year or a day number is not vague.
_ABSOLUTE = regex(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE)
# Passage openings and phrases that mark a photo caption or credit.
_CREDIT = regex(
    r"^\s*(?:\(?\s*(?:file\s+)?(?:photo|image|picture|illustration|video|graphic|credit)s?\b"
    r"|[\w.'’ -]{0,60}(?:/|\|)\s*(?:AP|AFP|Reuters|Getty|EPA|Bloomberg|Associated Press)\b)"
    r"|\((?:AP|AFP|Reuters|Getty Images|EPA)\s+Photo\b|\bphoto\s*(?:by|credit)\b",
    re.IGNORECASE)


def is_vague_span(mention: Mention) -> bool:
    """A relative date spanning several days and naming no month, year or day number.

    An unresolved one ("this week" the resolver could not anchor) counts when
    its precision is coarser than a day: it is as vague as a resolved one,
    and was listed as unique where the same words, resolved, were hidden.
    """
    value = mention.value
    if not isinstance(value, DateValue) or _ABSOLUTE.search(mention.raw):
        return False
    if value.start is None or value.end is None:
        return value.relative is not None and value.precision != "day"
    return value.end > value.start


def in_caption(report: Report, mention: Mention) -> bool:
    """Whether the mention sits in a photo caption or credit line."""
    try:
        passage = report.passage(mention.source, mention.passage)
    except (KeyError, IndexError):
        return False
    return passage.role == "caption" or bool(_CREDIT.search(passage.text))


def is_noise(report: Report, fact: Fact) -> bool:
    """A unique date detail that is a vague span or a caption's date, or a byline's publication stamp."""
    if fact.status is not Verdict.UNIQUE or not fact.mentions:
        return False
    if all(STAMP in m.cues for m in fact.mentions) and fact.kind in (Kind.DATE, Kind.TIME):
        return True
    if fact.kind is not Kind.DATE:
        return False
    return all(is_vague_span(m) or in_caption(report, m) for m in fact.mentions)


def names_everyone_states(report: Report, facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """Agreed people and organizations named by every source (two at least)."""
    n = len(report.sources)
    return tuple(f for f in facts
                 if n >= 2 and f.status is Verdict.AGREE and f.kind in (Kind.PERSON, Kind.ORG)
                 and len(f.sources) == n)
