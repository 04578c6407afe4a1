"""Vote tallies: "ruled 7-2", "a 7–2 decision", "seven-to-two", "by a vote of 5 to 4" are one value.

A tally is two counts that belong together (for and against, or the two
sides of a split court), so it is read as one typed value rather than as two
loose figures: "7-2" and "seven to two" agree, "7-2" and "6-3" diverge. A
figure pair is a tally only next to a word that makes it one (vote, ruling,
decision, majority, verdict, ruled, voted), or to a match's result ("beat
Rovers 2-1", "a 2-1 win"), since "7-2" alone may be a date or a range. A
parliament's division names its sides itself: "by 312 votes to 298", "312 in
favour and 298 against", "Ayes 312, noes 298", "For: 312, Against: 298" need
no other word, nor do two lines of a list ("For: 312", then "Against: 298").
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from sourcediff.extract import cricketscores, setscores
from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import WORD_VALUES, parse_digits
from sourcediff.extract.cues import Cues, cues, may_have_number
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import Tally

# Words every division told side by side holds (TALLY_SIDES): a passage without one skips that scan.
SIDE_WORDS = ("against", "noes", "nays")
_WORDS = WORD_VALUES  # every number word below a hundred; compounds ("forty-seven") are summed by _count
# What every match of P.TALLY holds, read in the lower-cased passage (Cues.lower): a digit or number
# word, its separator, another. P.TALLY opens with an optional lead and a lookbehind, so the engine
# tries it at every character (1.3 ms of a seeds compare over 37 passages with figures, one a tally);
# this scan without them costs a quarter of that and turns away all but a few passages.
_T_WORD = P.words_alternation(_WORDS)
_PAIR = regex(rf"(?:\d|½|{_T_WORD})\s?(?:-|–|—|\s?-?to-?\s?|\s?votes?\s+to\s?)\s?(?:\d|{_T_WORD})")


def _count(text: str) -> int | Decimal | None:
    """A side's value: a count, a number word, or a half-point score's side ("2.5", "2½")."""
    if text.isdigit():
        value = parse_digits(text)
        return int(value) if value is not None else None
    half = re.fullmatch(r"(\d{1,2})(?:\.5|½)", text)
    if half:
        return Decimal(half[1]) + Decimal("0.5")
    parts = text.lower().split("-")
    if len(parts) == 2 and parts[0] in _WORDS and parts[1] in _WORDS:  # "forty-seven": tens and a unit
        tens, unit = _WORDS[parts[0]], _WORDS[parts[1]]
        return tens + unit if tens >= 20 and tens % 10 == 0 and 0 < unit < 10 else None
    return _WORDS.get(text.lower())


def may_pair(c: Cues) -> bool:
    """False when the passage cannot hold a match of P.TALLY: no two figures joined as a tally joins them."""
    return may_have_number(c) and (c.lower is None or _PAIR.search(c.lower) is not None)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Tally], ...]:
    """(start, end, tally) for every tally in ``text``, offsets into it; shared: numbers asks too."""
    c = cues(text)
    if not may_have_number(c):
        return ()
    out = []
    paired = may_pair(c)
    sets = [(start, end) for start, end, _ in setscores.find(text)] if paired else []  # "6-4, 3-6": setscores
    sets += cricketscores.spans(text) if paired else ()  # "312-7d", "6-48": an innings, a spell
    for m in P.TALLY.finditer(text) if paired else ():
        if any(start <= m.start() < end for start, end in sets):
            continue
        if not (m["lead"] or m["trail"] or m["votes"]
                or P.TALLY_CONTEXT.search(text, max(0, m.start() - 24), m.start())
                or _after_aside(text, m.start(), m.end())
                or P.TALLY_SCORE_CONTEXT.search(text, max(0, m.start() - 64), m.start())
                or _after_object(text, m.start(), m.end())
                or scoreline(text, m.start(), m.end())):
            continue
        a, b = _count(m["a"]), _count(m["b"])
        if a is None or b is None or a + b < 2:
            continue
        out.append((m.start("a"), m.end("b") if not m["trail"] else m.end(), Tally(a, b)))
    for m in P.TALLY_SIDES.finditer(text) if c.has_ci(*SIDE_WORDS) else ():
        # for and against told as two phrases: the words name the sides, so no context is needed
        if any(start < m.end() and m.start() < end for start, end, _ in out):
            continue
        side = next(k for k in ("", "2", "3", "4", "5") if m[f"a{k}"])
        a, b = _count(m[f"a{side}"]), _count(m[f"b{side}"])
        if a is None or b is None or a + b < 2:
            continue
        out.append((m.start(), m.end(), Tally(a, b)))
    out.extend(_results_lines(text, out))
    out.extend(_level(text, c, out))
    return tuple(sorted(out, key=lambda t: t[0]))


def scoreline(text: str, start: int, end: int) -> bool:
    """A pair between two sides' names: "Rovers 2-1 United", a results box's or a headline's scoreline.

    The names stand where "beat" stands in "Rovers beat United 2-1": the
    pair is the match's result with no verb, so a box that lists "Harlow 0–3
    Keswick" and a report's "lost 3-0 to Keswick" state one score. Only a
    dash-joined pair of one- or two-digit figures with a capitalised name
    either side (P.TALLY_SCORELINE_*): "March 2-3 Paris" is a span of days.
    """
    return (P.TALLY_SCORELINE_PAIR.fullmatch(text, start, end) is not None
            and P.TALLY_SCORELINE_BEFORE.search(text, max(0, start - 64), start) is not None
            and P.TALLY_SCORELINE_AFTER.match(text, end) is not None)


def _after_object(text: str, start: int, end: int) -> bool:
    """A pair after a vote verb and its measure: "approving the plan 38 to 19 with three abstentions".

    A council's or a parliament's vote is as often told with its object
    between the verb and the division ("passed the bill 52-48") as with the
    verb right before it ("voted 52-48"). The object is a few words without
    a preposition, and the pair ends the clause or is followed by more about
    the vote (P.TALLY_AFTER_OBJECT): "approved the sale of 2 to 3 hectares"
    and "backed the plan 2 to 3 years ago" are ranges, not divisions. A
    passive verb and "by" stand for the object ("the plan was approved by
    41-19", P.TALLY_PASSIVE_CONTEXT) under the same test of what follows,
    with or without the passive's agent before the margin ("approved by
    full council by 26 to 13").
    """
    return ((P.TALLY_OBJECT_CONTEXT.search(text, max(0, start - 64), start) is not None
             or P.TALLY_PASSIVE_CONTEXT.search(text, max(0, start - 96), start) is not None)
            and P.TALLY_AFTER_OBJECT.match(text, end) is not None)


def _after_aside(text: str, start: int, end: int) -> bool:
    """A pair after the vote's noun, an aside and its "was": "The ruling, handed down on Friday, was 6-3."

    The aside parts the noun from its verb, so TALLY_CONTEXT, which wants the
    verb right after the noun, misses the division. The longer reach is held
    to a pair that ends the clause or is followed by more about the vote (as
    for a pair after its object): "the decision, due in June, was 2-3 weeks
    away" is a range of weeks, not a division.
    """
    return (P.TALLY_ASIDE_CONTEXT.search(text, max(0, start - 96), start) is not None
            and P.TALLY_AFTER_OBJECT.match(text, end) is not None)


def _results_lines(text: str, taken: list[tuple[int, int, Tally]]) -> list[tuple[int, int, Tally]]:
    """A contest's results line of two names with their figures: "Round two: Harlow 53, Keswick 39."

    The names stand where "to" stands in "53 votes to 39": a specialist's
    list gives the wire's division, and the two are one tally. Only after a
    label that names a contest (P.TALLY_RESULTS_LINE): "Boeing 737" or
    "Route 66" in a list is a name, not a side's count.
    """
    if ":" not in text:
        return []
    out = []
    for m in P.TALLY_RESULTS_LINE.finditer(text):
        if any(start < m.end("b") and m.start("na") < end for start, end, _ in taken):
            continue
        a, b = int(m["a"]), int(m["b"])
        if a + b >= 2:
            out.append((m.start("na"), m.end("b"), Tally(a, b)))
    return out


# Words every tie told as one shared count holds (P.TALLY_LEVEL): a passage without one skips that scan.
LEVEL_WORDS = ("apiece", "each", "level", "tied", "square")


def _level(text: str, c: Cues, taken: list[tuple[int, int, Tally]]) -> list[tuple[int, int, Tally]]:
    """A tie told as one count both sides hold ("seven points apiece", "level on 7 points"): the tally n-n.

    "finishing seven points apiece" and "ended 7-7" state one result, so both
    are one typed value that agrees. A count given to each of several people
    ("they scored 21 points apiece", "were docked two points each") is no
    match result, and the words before it say so (P.TALLY_LEVEL_ACCRUED).
    """
    if not c.has_ci(*LEVEL_WORDS) or not c.has_ci("point"):
        return []
    out = []
    for m in P.TALLY_LEVEL.finditer(text):
        if any(start < m.end() and m.start() < end for start, end, _ in taken):
            continue
        n = _count(m["n"] or m["n2"])
        if n is None or n < 1 or (m["n"] and P.TALLY_LEVEL_ACCRUED.search(text, max(0, m.start() - 40),
                                                                          m.start())):
            continue
        out.append((m.start("n") if m["n"] else m.start(), m.end(), Tally(n, n)))
    return out


# A game's result word at the end of a tally's words ("a 2-1 win", "the 20-13 victory").
_RESULT_WORDS = frozenset({"win", "victory", "defeat", "loss", "draw"})


def match_result(text: str, start: int, end: int) -> bool:
    """Whether the tally at ``text[start:end]`` is a game's score ("beat Rovers 2-1", "a 2-1 win"), no vote.

    A score is the story of a match, repeated with each of its moments (the
    winning goal, the place it clinches, the coach's words); a division is
    stated once, in the sentence about the vote.
    """
    words = text[start:end].split()
    return ((len(words) > 1 and words[-1].lower() in _RESULT_WORDS)
            or P.TALLY_SCORE_CONTEXT.search(text, max(0, start - 64), start) is not None
            or scoreline(text, start, end))


def parse_tally(text: str) -> Tally:
    """Parse one tally ("7-2", "seven to two", canonical "7-2"); ValueError when it is not one."""
    m = re.fullmatch(r"\s*([\w.]+)\s*(?:-|–|—|to)\s*([\w.]+)\s*", text)
    a, b = (_count(m[1]), _count(m[2])) if m else (None, None)
    if a is None or b is None:
        raise ValueError(f"not a vote tally: {text!r}")
    return Tally(a, b)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Tallies in every passage, slot "number:tally"; offsets absolute into ``article.text``."""
    found = passage_mentions(article, passages, find, "number:tally", ("tally",))
    return found + listed_divisions(article, passages, frozenset(m.passage for m in found))


def listed_divisions(article: Article, passages: tuple[Passage, ...],
                     taken: frozenset[int] = frozenset()) -> tuple[Mention, ...]:
    """A division told as two lines of a list or fact box ("For: 34", then "Against: 17"): one tally.

    A list item is a passage of its own, so neither line holds the pair the
    other scans need; the two labels name the sides as "in favour" and
    "against" do in a sentence. The tally is placed on the first line, whose
    words ("For: 34") are its mention, and a line that already holds a tally
    (``taken``) gets no second one.
    """
    out: list[Mention] = []
    for first, second in itertools.pairwise(passages):
        yes = P.TALLY_FOR_LINE.fullmatch(first.text)
        no = P.TALLY_AGAINST_LINE.fullmatch(second.text) if yes is not None else None
        if yes is None or no is None or first.index in taken:
            continue
        a, b = _count(yes["n"]), _count(no["n"])
        if a is None or b is None or a + b < 2:
            continue
        span = Span(first.start + yes.start("label"), first.start + yes.end("n"))
        out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=first.index, span=span,
                           raw=article.text[span.start:span.end], value=Tally(a, b), slot="number:tally",
                           cues=("tally",)))
    return tuple(out)
