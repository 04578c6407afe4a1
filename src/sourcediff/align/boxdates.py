"""The event a fact-box line dates ("Commissioned: 1968") and the prose dating the same event.

A trade site's "plant at a glance" list gives a year under a label
("Commissioned: 1968", "- Opened: 2009") where the wires write "opened in
1968". The two share a year and hardly a word, so the pair model scores
them low and no claim holds both (benchmarks/notes/factbox.md). A year is
no figure (clusterfigures.NOT_FIGURES): stories name many years, and one
shared year says little. The label says which event the year dates, though:
a prose passage stating that year with a word of the label's event class
("opened", "commissioned", "inaugurated" are one event) states the line's
fact. These keys ("dated:opened=1968") are what cluster.box_pairs matches.

A box line's clock works the same way ("Time of sinking: approx. 04:50",
"Launch time: 14:32 UTC"): the label names the event the clock times, and a
prose passage naming that event with a clock of its own ("the ferry went
down at around 4.15am") states the line's fact, whether or not the two
clocks agree: which of them is right is the judge's question, and a pair
of clocks that differ is just what it must be shown. The key holds no
clock ("timed:sank"), so it only ties the line to a candidate partner
timing the same event.

A box line's year gets such a value-free key too ("yeared:closed" for
"Decommissioned: 1996"): a heritage site's box that gives another year than
the wires' "decommissioned in 1994" states the same event, and only a key
that agreeing years alone can meet hid the very rivalry the editor wants.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sourcediff.regexcache import regex

# Words that date one event, by class: a label's word and a sentence's word of one class name the same event.
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "opened": ("opened", "opening", "commissioned", "inaugurated", "entered service", "came into service",
               "went into service", "came online", "came on line", "began operating", "started operating",
               "began operations", "switched on"),
    "founded": ("founded", "established", "set up", "incorporated", "formed"),
    "built": ("built", "constructed", "erected", "completed"),
    "launched": ("launched",),
    "sank": ("sank", "sunk", "sinking", "capsized", "capsizing", "foundered", "went down"),
    "crashed": ("crashed", "crash"),
    "closed": ("decommissioned", "decommissioning", "closed", "demolished", "taken out of service",
               "withdrawn from service", "switched off", "shut down"),
}
_CLASS_WORDS = {c: regex(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + r")\b",
                         re.IGNORECASE)
                for c, words in EVENT_CLASSES.items()}
_YEAR_KEY = regex(r"date:date=(\d{4})-01-01\.\.(\d{4})-12-31")
_CLOCK_FAMILY = "time:clock="
_LABEL = regex(r"[ \t]*(?:[-*•▪·–—][ \t]+)?(?P<label>[A-Za-z][A-Za-z ]{0,30}):")


def _years(keys: Collection[str]) -> set[str]:
    """The single calendar years among ``keys`` ("date:date=1968-01-01..1968-12-31" -> "1968")."""
    return {m[1] for k in keys if (m := _YEAR_KEY.fullmatch(k)) and m[1] == m[2]}


def _timed(keys: Collection[str]) -> bool:
    """Whether ``keys`` hold a clock time ("time:clock=04:50")."""
    return any(k.startswith(_CLOCK_FAMILY) for k in keys)


def _classes(text: str) -> set[str]:
    return {c for c, pattern in _CLASS_WORDS.items() if pattern.search(text)}


def boxed_events(text: str, boxed: Collection[str]) -> frozenset[str]:
    """The events a fact-box line dates: its label's event class with each year the label introduces."""
    years = _years(boxed)
    label = _LABEL.match(text)
    if not (years or _timed(boxed)) or label is None:
        return frozenset()
    classes = _classes(label["label"])
    timed = {f"timed:{c}" for c in classes} if _timed(boxed) else set()
    yeared = {f"yeared:{c}" for c in classes} if years else set()
    return frozenset({f"dated:{c}={y}" for c in classes for y in years} | timed | yeared)


def stated_events(text: str, values: Collection[str]) -> frozenset[str]:
    """The events a passage may date: each event class it names with each single year it states.

    Loose on purpose: a partner only counts beside a box line that dates the same event by the same
    year, among the candidate pairs the index proposed (cluster.box_pairs).
    """
    years = _years(values)
    if not years and not _timed(values):
        return frozenset()
    classes = _classes(text)
    timed = {f"timed:{c}" for c in classes} if _timed(values) else set()
    yeared = {f"yeared:{c}" for c in classes} if len(years) == 1 else set()
    return frozenset({f"dated:{c}={y}" for c in classes for y in years} | timed | yeared)


def _line(text: str, start: int) -> str:
    """The line of ``text`` holding offset ``start`` (a box line, or a paragraph of prose)."""
    end = text.find("\n", start)
    return text[text.rfind("\n", 0, start) + 1:len(text) if end < 0 else end]


def box_timed_events(text: str, start: int) -> frozenset[str]:
    """The events a box line's label says its clock times ("Time of sinking: 04:50": sank), if a label opens
    the line holding the clock at ``start`` and ends before it."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL.match(text, line_start)
    if label is None or label.end() > start:
        return frozenset()
    return frozenset(_classes(label["label"]))


def timed_by_box(text_a: str, start_a: int, text_b: str, start_b: int) -> bool:
    """Whether one of two clocks is a box line's, whose label names an event the other clock's line names.

    The aligner put the two passages in one claim (cluster.box_pairs, through the "timed:" keys above);
    the line's label and the prose's verb say both clocks time that one event, so two values are rivals,
    though the pair shares too few words for the pair model to vouch for it.
    """
    a, b = (text_a, start_a), (text_b, start_b)
    for (ta, sa), (tb, sb) in ((a, b), (b, a)):
        named = box_timed_events(ta, sa)
        if named and not box_timed_events(tb, sb) and named & _classes(_line(tb, sb)):
            return True
    return False
