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
}
_CLASS_WORDS = {c: regex(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + r")\b",
                         re.IGNORECASE)
                for c, words in EVENT_CLASSES.items()}
_YEAR_KEY = regex(r"date:date=(\d{4})-01-01\.\.(\d{4})-12-31")
_LABEL = regex(r"[ \t]*(?:[-*•▪·–—][ \t]+)?(?P<label>[A-Za-z][A-Za-z ]{0,30}):")


def _years(keys: Collection[str]) -> set[str]:
    """The single calendar years among ``keys`` ("date:date=1968-01-01..1968-12-31" -> "1968")."""
    return {m[1] for k in keys if (m := _YEAR_KEY.fullmatch(k)) and m[1] == m[2]}


def _classes(text: str) -> set[str]:
    return {c for c, pattern in _CLASS_WORDS.items() if pattern.search(text)}


def boxed_events(text: str, boxed: Collection[str]) -> frozenset[str]:
    """The events a fact-box line dates: its label's event class with each year the label introduces."""
    years = _years(boxed)
    label = _LABEL.match(text)
    if not years or label is None:
        return frozenset()
    return frozenset(f"dated:{c}={y}" for c in _classes(label["label"]) for y in years)


def stated_events(text: str, values: Collection[str]) -> frozenset[str]:
    """The events a passage may date: each event class it names with each single year it states.

    Loose on purpose: a partner only counts beside a box line that dates the same event by the same
    year, among the candidate pairs the index proposed (cluster.box_pairs).
    """
    years = _years(values)
    return frozenset(f"dated:{c}={y}" for c in _classes(text) for y in years) if years else frozenset()
