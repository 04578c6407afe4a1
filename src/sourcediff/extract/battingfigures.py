"""A batter's score and its details, and overs: "126 not out", "126*" and "unbeaten 126" are one score.

A cricket report gives a batter's score in several spellings: "126 not out",
the scorecard's "126*", "unbeaten on 126", or the plain "126 off 158
balls". Read as loose figures they were nothing (a bare 126 has no counted
noun), so an outlet giving another score went unseen. Here each is one
values.Code of its runs (slot "number:runs"); whether the batter was out is
dropped from the value, since outlets often leave "not out" off, as
cricketscores.py drops a declaration. "An unbeaten century" gives no figure
and is not read. In a passage about cricket a batting verb's bare figure is
a score too ("made 73 in the first innings and 46 in the second", "who made
41"; not "made 3 changes"), as is a scorecard's "Akande (73 and 46)".

Other bare cricket figures get a slot of their own, so they are compared
with their like only, in a passage about cricket: a partnership ("added 92
for the fifth wicket", slot "number:stand"), the gap between first innings
("a deficit of 27", "led by 27", "27 behind", slot "number:inningsgap") and
runs an over ("3.81 an over", "economy rate ... was 2.64", slot
"number:runrate"). A lead in another sport ("led by 12 at half-time" in a
rugby report) has no cricket word and is left to numbers.py.

A scorecard's boundaries ("11x4", "3x6") are the counts the prose gives as
"11 fours" and "three sixes": a count with the noun "four" or "six" as its
cue, read only in a passage about cricket (a "4x4" elsewhere is a vehicle).

Overs are not decimals: "58.4 overs" is 58 overs and four balls, and 58.4
against 58.40 or 58.5 as numbers would be judged by a decimal's nearness.
"58.4 overs", "58.4 ov" and the first field of a bowler's analysis
("19.3-4-52-5") are one values.Code each (slot "number:overs"), equal only
when the same.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract import cricketscores
from sourcediff.extract.cues import Cues, cues
from sourcediff.extract.shared import answers, shared_text
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import Code, Quantity, Value

RUNS_SLOT = "number:runs"
STAND_SLOT = "number:stand"
GAP_SLOT = "number:inningsgap"
RUN_RATE_SLOT = "number:runrate"
OVERS_SLOT = "number:overs"
COUNT_SLOT = "number:count"

# "126 not out" (not "2 not out of 3").
_NOT_OUT = regex(r"(?<![\w.,/-])(?P<n>\d{1,3})\s+not\s+out\b(?!\s+of\b)", re.IGNORECASE)
# "126*" (a scorecard's not-out star), in a passage about cricket only.
_STAR = regex(r"(?<![\w.,/-])(?P<n>\d{1,3})\*(?!\*)")
# "unbeaten 126", "unbeaten on 126", "an unbeaten 126": a noun after it makes it a run ("unbeaten 12 games").
_UNBEATEN = regex(r"\bunbeaten\s+(?:on\s+)?(?P<n>\d{1,3})\b(?![\w/-]|[.,]\d)", re.IGNORECASE)
# "126 off 158 balls", "126 from 158 deliveries": the runs before the balls faced.
_OFF_BALLS = regex(r"(?<![\w.,/-])(?P<n>\d{1,3})\s+(?:off|from|in)\s+\d{1,3}\s+(?:balls|deliveries)\b",
                   re.IGNORECASE)
# What may follow a score ("unbeaten 126 off 158 balls", "unbeaten on 87."); a noun means a run of
# games ("unbeaten 12 games").
_AFTER = regex(r"\s*(?:[,.;:!?)\]—–(*]|$)|\s+(?:not|off|from|in|as|and|on|at|with|to|before|after|when|"
               r"while|but|runs?)\b", re.IGNORECASE)
# Boundaries on a scorecard: "11x4", "3 x 6", "3×6"; a unit after makes it a size ("a 3x6m stage").
_BOUNDARIES = regex(r"(?<![\w.,/-])(?P<n>\d{1,2})\s?[x×]\s?(?P<k>[46])(?![\w/-]|[.,]\d)"
                    r"(?!\s*(?:m|ft|cm|in|metres?|feet|inch(?:es)?|minutes?|mins?|seconds?)\b)")
# Overs: "58.4 overs", "58.4 ov", "24 overs" (balls after the point run 1 to 5).
_OVERS = regex(r"(?<![\w.,/-])(?P<o>\d{1,3}(?:\.[1-5])?)\s?(?:overs|ovs?)\b(?!\.\d)", re.IGNORECASE)
# The overs of a bowler's analysis, overs-maidens-runs-wickets: "19.3-4-52-5".
_ANALYSIS_OVERS = regex(r"(?<![\w.,/-])(?P<o>\d{1,2}(?:\.[1-5])?)-\d{1,2}-\d{1,3}-\d{1,2}(?![\w/-]|[.,]\d)")
# "made 73 in the first innings", "who made 41.": a batter's score after a batting verb, in a passage about
# cricket only, and with no noun after it ("made 3 changes", "hit 14 fours").
_MADE = regex(r"\b(?:made|scored|struck|compiled|blasted|top-scored\s+with)\s+(?P<n>\d{1,3})\b"
              r"(?![\w/-]|[.,]\d)", re.IGNORECASE)
# The second innings' score after the first's: "made 73 in the first innings and 46 in the second".
_AND_SECOND = regex(r"\s+in\s+the\s+first(?:\s+innings)?,?\s+and\s+(?P<n>\d{1,3})\s+in\s+the\s+second\b",
                    re.IGNORECASE)
# A batter's two innings in brackets after the name: "Dassan (73 and 46)", "(12 & 101*)".
_BRACKET_PAIR = regex(r"\((?P<a>\d{1,3})\*?\s+(?:and|&)\s+(?P<b>\d{1,3})\*?\)")
# A partnership: "added 92 for the fifth wicket", "put on 92 for the fifth wicket", "a stand of 92".
_STAND = regex(r"\b(?:(?:added|put\s+on|shared)\s+(?P<a>\d{1,3})\s+for\s+the\s+[\w-]+\s+wicket"
               r"|(?:stand|partnership)\s+of\s+(?P<b>\d{1,3})\b(?![\w/-]|[.,]\d))", re.IGNORECASE)
# The gap between first innings: "a deficit of 27", "a lead of 27", "led by 27", "trailed by 27", "27 behind".
_GAP = regex(r"\b(?:(?:deficit|lead)\s+of|led\s+by|trailed\s+by)\s+(?P<a>\d{1,3})\b(?![\w/-]|[.,]\d)"
             r"|(?<![\w.,/-])(?P<b>\d{1,3})\s+(?:runs\s+)?(?:behind|ahead)\b", re.IGNORECASE)
# A rate of runs an over: "3.81 an over", "an economy rate of 2.64", "his economy rate for the innings was
# 2.64".
_RUN_RATE = regex(r"(?<![\w.,/-])(?P<a>\d{1,2}\.\d{1,2})\s+(?:an|per|a)\s+over\b"
                  r"|\beconomy(?:\s+rate)?(?:\s+[\w']+){0,4}?\s+(?:of|was|is|at)\s+(?P<b>\d{1,2}\.\d{1,2})\b"
                  r"(?![.,]\d)",
                  re.IGNORECASE)
# Cricket words other than a starred figure (a star alone may be a footnote, "£450*"): cricketscores' words,
# and a batter's.
_CRICKET_WORDS = regex(
    rf"\b(?:{cricketscores.CRICKET_WORDS}|wicketkeepers?|new\s+ball|balls|deliveries|boundar(?:y|ies)|"
    r"centur(?:y|ies)|fours|sixes|run\s+rate)\b",
    re.IGNORECASE)


def _may_be_about_cricket(c: Cues) -> bool:
    """False when _CRICKET_WORDS cannot match: its words as whole words ("new ball" needs "ball", "run
    rate" "rate"), "declar" as a substring, "all out" and "not out" their "out" (perf50: no search).
    """
    return (c.has_word(*cricketscores.CRICKET_WORD_SET, "wicketkeeper", "wicketkeepers", "ball", "balls",
                       "deliveries", "boundary", "boundaries", "century", "centuries", "fours", "sixes",
                       "rate")
            or c.has_ci("declar") or (c.has_word("out") and c.has_word("all", "not")))


Found = tuple[int, int, str, Value, tuple[str, ...]]


@shared_text
def find(text: str) -> tuple[Found, ...]:
    """(start, end, slot, value, cues) for every batter's score, scorecard boundary count and overs."""
    c = cues(text)
    if not c.digit:
        return ()
    out: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, slot: str, value: Value, cue: tuple[str, ...]) -> None:
        if not any(s < end and start < e for s, e in taken):
            out.append((start, end, slot, value, cue))
            taken.append((start, end))

    read = cricketscores.find(text)
    about_cricket = bool(read) or (_may_be_about_cricket(c) and _CRICKET_WORDS.search(text) is not None)
    # Gates (perf53): each pattern's words are whole words of the passage (`Cues.has_word`), "overs" and
    # "ov" hold "ov"; a passage without them is not searched (tests/test_perf53_gates.py).
    for m in _NOT_OUT.finditer(text) if c.has_word("out") and c.has_word("not") else ():
        add(m.start(), m.end(), RUNS_SLOT, Code(m["n"]), ("runs",))
    for m in _UNBEATEN.finditer(text) if c.has_word("unbeaten") else ():
        if _AFTER.match(text, m.end()):
            add(m.start("n"), m.end(), RUNS_SLOT, Code(m["n"]), ("runs",))
    for m in _OFF_BALLS.finditer(text) if c.has_word("balls", "deliveries") else ():
        add(m.start("n"), m.end("n"), RUNS_SLOT, Code(m["n"]), ("runs",))
    if about_cricket:
        for m in _STAR.finditer(text):
            add(m.start(), m.end(), RUNS_SLOT, Code(m["n"]), ("runs",))
        for m in _STAND.finditer(text):
            add(m.start(), m.end(), STAND_SLOT, Code(m["a"] or m["b"]), ("partnership",))
        # "made 226 for six": an innings, not a batter's score.
        taken.extend((start, end) for start, end, _, _ in read)
        for m in _MADE.finditer(text):
            if _AFTER.match(text, m.end()):
                add(m.start("n"), m.end(), RUNS_SLOT, Code(m["n"]), ("runs",))
                second = _AND_SECOND.match(text, m.end())
                if second is not None:
                    add(second.start("n"), second.end("n"), RUNS_SLOT, Code(second["n"]), ("runs",))
        for m in _GAP.finditer(text):
            if m["b"] or _AFTER.match(text, m.end()):
                add(m.start(), m.end(), GAP_SLOT, Code(m["a"] or m["b"]), ("deficit",))
        for m in _RUN_RATE.finditer(text):
            add(m.start(), m.end(), RUN_RATE_SLOT, Code(m["a"] or m["b"]), ("rate",))
        for m in _BRACKET_PAIR.finditer(text):
            add(m.start("a"), m.end("a"), RUNS_SLOT, Code(m["a"]), ("runs",))
            add(m.start("b"), m.end("b"), RUNS_SLOT, Code(m["b"]), ("runs",))
        for m in _BOUNDARIES.finditer(text):
            noun = "four" if m["k"] == "4" else "six"
            add(m.start(), m.end(), COUNT_SLOT, Quantity(Decimal(m["n"])), (noun,))
    for m in _OVERS.finditer(text) if c.has_ci("ov") else ():
        add(m.start(), m.end(), OVERS_SLOT, Code(m["o"]), ("overs",))
    if about_cricket:
        for m in _ANALYSIS_OVERS.finditer(text):
            out.append((m.start("o"), m.end("o"), OVERS_SLOT, Code(m["o"]), ("overs",)))
    return tuple(sorted(out, key=lambda f: (f[0], f[1])))


def spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans numbers.py skips: the figures are read here."""
    return tuple((start, end) for start, end, _, _, _ in find(text))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Batters' scores, boundary counts and overs in every passage; offsets absolute into ``article.text``."""
    out: list[Mention] = []
    for p, found in zip(passages, answers(find, [p.text for p in passages]), strict=True):
        for start, end, slot, value, cue in found:
            span = Span(p.start + start, p.start + end)
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=value, slot=slot, cues=cue))
    return tuple(out)
