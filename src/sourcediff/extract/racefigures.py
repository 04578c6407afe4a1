"""A race report's trade shorthand: grid places, laps told short, pit-stop counts in words.

Motor-racing outlets write one race three ways: the wire "from sixth on the
grid", the tabloid "started sixth", the specialist "P6"; the wire "on lap
23", the specialist "the L23 safety car"; "a single pit stop", "a one-stop
strategy", "stopped twice". The number scan reads none of these short or
worded forms, so the outlets' facts never met. Here:

- a grid place ("sixth on the grid", "started sixth", "qualified third",
  "P6 on the grid", "started from P6", "Ilves started from pole") is a
  whole number in its own slot, "number:grid", never set against a finishing
  place ("finished sixth", positions.py): a driver who starts sixth and
  wins is no clash. Pole (first) only with a driver named before it, since
  a race story names the pole-sitter and the winner, two drivers.
- a lap told short ("L23", only in a passage that speaks of a race) or "lap
  23 of 57" with no preposition before it, is the lap's place in the race,
  slot "number:ordinal" cued "lap", as "on lap 23" already is.
- a count of stops in words: "a one-stop strategy", "a single pit stop",
  slot "number:count" cued "stop" as "two pit stops" (and "a two-stop
  plan", read by the number scan) is; not "a one-stop shop" (a service
  under one roof), not the bare noun "a one-stop could work", nor outside a
  race's words; "stopped twice" (2). "Stopped only once" is left unread:
  read, it seated a quote that mentions it in the stops' claim (measured on
  a four-outlet race), and "pitted once the safety car came out" is a
  conjunction.
Grid places and short laps only in a passage that speaks of a race (or
says "started"/"qualified"); stop counts in an article that does anywhere (a
passage may be one sentence: "Marlow had to stop twice."). Reading "L" codes
in every passage of a race story cost a four-outlet race two aligned pairs.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.amounts import left_match
from sourcediff.extract.namedfigures import NAMED_PREFIX
from sourcediff.extract.positions import NTH, place_number, runner_of
from sourcediff.extract.shared import shared_text
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

GRID_SLOT = "number:grid"
LAP_SLOT = "number:ordinal"
STOP_SLOT = "number:count"

# The words of a race, without which "L23" or "a one-stop" is read as nothing here. It is searched over
# whole articles, most of which hold none: the lookahead names the letters its words open with (as
# case-insensitive as they are), so the engine tries the alternation only at the word starts that can match.
_RACE_WORDS = regex(r"\b(?=(?i:[cglprst]))(?i:pit|pits|pitted|pitting|pit-stop|laps?|tyres?|tires?|stints?|"
                    r"race|grid|grand\s+prix|safety\s+car|chequered|checkered|podium|pole)\b")
# What may follow a grid place named by a verb only: the clause's end or a race's words.
_GRID_END = (r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?i:and|but|before|behind|after|to|on\s+the\s+grid|for"
             r"|in\s+the\s+race|yet|while|when)\b)")
_GRID_VERB = (r"(?i:started|starts|start|starting|qualified|qualifies|qualify|qualifying|lined\s+up"
              r"|lines\s+up)")
_GRID = (
    regex(rf"\b{NTH}(?=\s+(?i:on\s+the\s+(?:starting\s+)?grid)\b)"),
    regex(rf"\b{_GRID_VERB}\s+(?:(?i:from|in)\s+)?{NTH}(?![-–]){_GRID_END}"),
)
_GRID_CODE = regex(r"\b(?P<c>P(?P<n>[1-9]\d?))\b(?=\s+(?i:on\s+the\s+(?:starting\s+)?grid)\b)"
                   rf"|\b(?:(?i:from)|{_GRID_VERB}(?:\s+(?i:from))?)\s+(?P<d>P(?P<m>[1-9]\d?))\b(?![-–.]\d)")
_POLE = regex(r"\b(?i:from|on)\s+(?P<p>(?i:pole))(?:\s+(?i:position))?\b")
_NAME_BEFORE = regex(r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
                     r"(?:,[^,.;:!?]{1,48},)?\s+(?:[a-z]+\s+){0,5}$")

_LAP_CODE = regex(r"(?<![\w-])L(?P<n>[1-9]\d{0,2})\b(?![-–/.]\d)")
_LAP_OF = regex(r"\b(?P<w>(?i:lap))\s+(?P<n>[1-9]\d{0,2})\s+(?i:of)\s+\d{1,3}\b")
_LAP_PREPOSITION = regex(r"\b(?i:on|at|after|by|from|until|before)\s+$")

_COUNT_WORDS = {"single": 1, "one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4,
                "twice": 2, "thrice": 3}
_STOPS = regex(
    r"\b(?P<w>(?i:one))-stop(?:per)?\b(?=\s+(?i:strateg(?:y|ies)|plans?|races?|gambles?|runs?|approach|"
    r"calls?|tactics?|options?|game|effort))"
    r"|\b(?i:a|the|his|her|their|its)\s+(?P<s>(?i:single))\s+(?:(?i:pit)[\s-])?(?i:stop)\b"
    r"|\b(?i:stop|stops|stopped|stopping)\s+(?:(?i:only|just)\s+)?(?P<t>(?i:twice|thrice))\b")



def _grid_named(text: str, start: int) -> str | None:
    before = left_match(_NAME_BEFORE, text, start, 80)
    return runner_of(before["name"]) if before is not None else None


@shared_text
def grid(text: str) -> tuple[tuple[int, int, int, str | None], ...]:
    """(start, end, place, driver) for every grid place in ``text``."""
    if _RACE_WORDS.search(text) is None and "started" not in text and "qualified" not in text:
        return ()
    found: dict[int, tuple[int, int, int, str | None]] = {}
    for pattern in _GRID:
        for m in pattern.finditer(text):
            value = place_number(m["o"])
            if value and m.start("o") not in found:
                found[m.start("o")] = (m.start("o"), m.end("o"), value, _grid_named(text, m.start()))
    for m in _GRID_CODE.finditer(text):
        key = "c" if m["c"] else "d"
        found.setdefault(m.start(key), (m.start(key), m.end(key), int(m["n"] or m["m"]),
                                        _grid_named(text, m.start())))
    for m in _POLE.finditer(text):
        name = _grid_named(text, m.start())
        if name is not None:
            found.setdefault(m.start("p"), (m.start("p"), m.end("p"), 1, name))
    return tuple(found[k] for k in sorted(found))


@shared_text
def laps(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, lap) for every lap told short ("L23") or "lap 23 of 57" with no preposition before it."""
    out: list[tuple[int, int, int]] = []
    if "L" in text and _RACE_WORDS.search(text) is not None:
        out += [(m.start(), m.end(), int(m["n"])) for m in _LAP_CODE.finditer(text)]
    for m in _LAP_OF.finditer(text):
        if left_match(_LAP_PREPOSITION, text, m.start(), 12) is None:
            out.append((m.start(), m.end("n"), int(m["n"])))
    return tuple(sorted(out))


@shared_text
def stops(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, count) for every count of stops told in words (the caller checks the story is a race)."""
    if "stop" not in text.lower():
        return ()
    out: list[tuple[int, int, int]] = []
    for m in _STOPS.finditer(text):
        key = "w" if m["w"] else "s" if m["s"] else "t"
        word = m[key].lower().split()[0]
        out.append((m.start(key), m.end(), _COUNT_WORDS[word]))
    return tuple(out)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Grid places, short laps and worded stop counts in every passage; offsets absolute."""
    out: list[Mention] = []
    if _RACE_WORDS.search(article.text) is None:
        return ()  # "L4", "a single stop" in a story of no race are something else

    def add(p: Passage, start: int, end: int, value: int, slot: str, cue: tuple[str, ...]) -> None:
        span = Span(p.start + start, p.start + end)
        out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                           raw=article.text[span.start:span.end], value=Quantity(Decimal(value)), slot=slot,
                           cues=cue))

    for p in passages:
        for start, end, value, name in grid(p.text):
            add(p, start, end, value, GRID_SLOT, ("grid", NAMED_PREFIX + name.lower()) if name else ("grid",))
        for start, end, value in laps(p.text):
            add(p, start, end, value, LAP_SLOT, ("lap",))
        for start, end, value in stops(p.text):
            add(p, start, end, value, STOP_SLOT, ("stop",))
    return tuple(out)
