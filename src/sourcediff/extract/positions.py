"""League positions: "19th in the table", "sit 19th", "the 19th-placed side" are one place, 19.

A league story places a team in its table, and outlets working from tables
of different days (or a slip of the pen) disagree on it ("19th" against
"18th"). An ordinal is no figure to the number scan (it places, it does not
count), so the four sources' "19th" were four words, never one fact. Here a
place in a standing is a whole number in its own slot, "number:position",
so two outlets' places of one team agree or diverge like any figure, and a
place never meets a count ("11 points") or a world ranking (ranks.py, whose
"world No. 3" is another list).

An ordinal is a place only where the words make it one:
- a standing named after it: "19th in the table", "third in the Premier
  Division", "second in Group B", "fourth in the standings";
- "placed" joined to it, or "place"/"position" after it with "in": "the
  19th-placed club", "in 19th place", "in fourth position";
- a verb of standing before it: "sit 19th", "lie third", "remain 19th",
  "climbed to 12th", "dropped to 19th"; a bare copula ("are 19th") only in
  a sentence that speaks of points or a table, and with nothing but the
  clause's end or its points after it.
- a stage race's overall standing after it: "sixth overall", "slid to
  fourth overall", "sixth on general classification", "third on GC" (not
  "the first overall pick", a draft's order).
- a verb of finishing before it: "finished fifth", "trailed home fourth",
  "came in 12th", "crossed the line second", "finished a distant third",
  "finished in sixth", with the clause's end or what a result says after
  it ("of the 14 runners", "behind", "beaten", "in 2:11:04") or the season it
  was won in ("finished 14th last season"); "in third" at
  a clause's end ("was a neck away in third"); "was runner-up" (second).
  A race's result is a place like a table's: two outlets giving one runner
  two places diverge. Not "finished fifth-largest" (no hyphen after the
  ordinal), "the fifth straight win", "for the fourth time" (no verb).
- a move up or down a table or a ranking: the place reached after a count
  of places ("climbed 12 places to joint 29th", "fell three spots to
  ninth"), both ends of "from 41st to 29th" after a verb of moving or a
  count of places, the place left after "up from"/"down from" ("up from
  41st last year"), an earlier place given beside a name ("Oxley, 41st a
  year ago,"), a shared place ("shares 29th place"), a best place ("its
  previous best was 35th, in 2019", "never ranked higher than 35th"), a
  low or high point ("fell as low as 52nd"). A
  shared place is written "joint 29th", "equal 29th" or "=29th": the tie
  is no other place. The from and to ends keep their update cues
  (extract/updates.py), so the place left and the place reached are never
  taken for two outlets' rival places.
A place in a named ranking ("from 14th to 8th in the FIFA rankings", "29th in
the world") is ranks.py's, never read here: both readers ask placelists.py
which list a place is in, so no place is read twice. In an article about a
ranking, the places read here that are no finish take the rank slot (extract).
Not a place: "the 19th century", "the 21st of May", "finished third in the
sprint" (no standing), "was first to arrive", "the third-place play-off"
(a match's name).
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES, left_match
from sourcediff.extract.cues import cues
from sourcediff.extract.namedfigures import NAMED_PREFIX
from sourcediff.extract.placelists import TABLE, in_ranking, named_list, speaks_of_ranking
from sourcediff.extract.ranks import ORDINALS, RANK_SLOT, ordinal_value
from sourcediff.extract.shared import answers, shared_text
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:position"

_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
NTH = rf"(?P<o>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\b"
# The words that name a standing: "the table", "the Premier Division", "Group B", "the standings"; not
# one followed by "to" ("the first in the league to sack its manager": an order of events) nor one that
# only modifies what follows ("third in the American League MVP voting", "fifth in the league scoring list").
_STANDING = (r"(?:(?i:table|standings|league|division|conference|ladder|championship)|[Gg]roup\s+[A-Z])\b"
             r"(?!\s+to\b|\s+[A-Z]|[\s-]+(?i:leader|record|title|history|scoring|list|voting|award))")
# A standing after the place: "19th in the table", "third in the Premier Division", "second in Group B",
# "12th in the final medal table", "fourth in the overall points standings" (lower-case modifiers too, but
# no function word: "third in the race for the league" names no standing the place is in).
# A size joined to its noun is a modifier too ("11th in the 24-team table", "third in the 20-club league").
_MODIFIER = (r"(?:\d{1,3}[-–][A-Za-z][\w'’-]*|"
             r"(?!(?i:in|for|of|to|at|on|and|or|by|with|from|after|before|than|as)\b)[A-Za-z][\w'’-]*)")
_IN_STANDING = (r"(?![-–])\s+(?:(?i:place|position)\s+)?(?i:in)\s+(?:(?i:the)\s+)?"
                rf"(?:{_MODIFIER}\s+){{0,3}}{_STANDING}")
# A verb of standing before the place: "sit 19th", "lying third", "climbed to 12th", "dropped to 19th".
_STAND_VERB = (r"(?i:sit|sits|sat|sitting|lie|lies|lay|lying|remain|remains|remained|remaining|stay|stays|"
               r"stayed|staying|(?:climb|climbs|climbed|climbing|rise|rises|rose|rising|move|moves|moved|"
               r"moving|go|goes|went|going|drop|drops|dropped|dropping|fall|falls|fell|falling|slip|slips|"
               r"slipped|slipping|slump|slumps|slumped|slumping)(?:\s+(?:up|down))?\s+to)")
# A verb of finishing before the place: "finished fifth", "trailed home fourth", "came in 12th", "crossed
# the line second", "finished a distant third", "finished in sixth", "was classified fourth" (the official
# result after a penalty, "classified him fourth").
_FINISH_VERB = (r"(?i:(?:finish|finishes|finished|finishing|end|ends|ended|ending)(?:\s+up)?(?:\s+in)?|"
                r"(?:come|comes|came|coming|trail|trails|trailed|trailing|get|gets|got|getting|stay|stayed)"
                r"\s+(?:home|in)|(?:cross|crosses|crossed|crossing)\s+the\s+line|placed|was\s+placed|"
                r"classified(?:\s+(?:him|her|them))?)"
                r"(?:\s+(?i:an?|the)\s+(?i:distant|close|remote|creditable|respectable|disappointing|"
                r"fine|good|gallant|well-beaten|fast-finishing|staying-on))?")
# What may follow a finishing place: the clause's end or the words of a result ("of the 14 runners",
# "behind the winner", "beaten six lengths", "in 2:11:04"); not a noun it modifies ("fifth straight win").
# "on" only before a name ("finished third on Moss Bank", the horse a jockey rode): "finished sixth on the
# stage" is a stage race's day result, which the overall standing ("fourth overall") must not be set against.
_FINISH_END = (r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?i:in)\b(?![^.,;]*\b(?i:voting|votes?|polls?|ballots?|awards?|"
               r"rankings?|lists?)\b)|\s+(?i:of|behind|ahead|after|and|beaten|with|at|for|"
               r"overall|place|position|but|as|to|while|when|despite|having|under|from)\b"
               r"|\s+(?i:on)\s+(?=[A-Z])"
               # The season the place was won in: "finished 14th last season", "ended fifth this year",
               # "finished second last time out" (a club's or a runner's last standing, with no table named).
               r"|\s+(?i:last|this|the\s+previous|the\s+past)\s+(?i:season|year|campaign|term|time)\b)")
_COPULA = r"(?i:are|is|were|was|be|being|been)"
# What may follow a place named by a verb only: the clause's end, or the points it stands on ("sit 19th
# with 11 points"); not another list ("ninth on the all-time scoring list", "fifth on the assists list").
_CLAUSE_END = (r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?i:after|and|behind|above|below|level)\b"
               r"|\s+(?i:on|with)\s+(?:(?i:just|only)\s+)?[\w,.]+\s+(?i:points?|pts)\b)")
# A place named by what it was, with no verb of finishing: "Its previous best was fourth place", "took
# third place", "her best finish remains fifth place" (a result noun and a copula, or a verb of taking).
_RESULT_PLACE = (r"(?:(?i:best|finish|result|placing|showing)(?:\s+(?i:ever|yet|so\s+far))?\s+(?:{_COPULA}|"
                 r"(?i:remains|remained))|(?i:took|take|takes|taking|claimed|claims|claim|secured|secures|"
                 r"earned|earns|clinched))").replace("{_COPULA}", _COPULA)
# A tied place: "joint 29th", "equal 29th", "=29th" (a table's way of printing a shared place).
_TIED = r"(?:(?i:joint|equal)\s+|=)?"
# A count of places moved: "12 places", "twelve places", "three spots", "two rungs".
_CARDINAL_WORDS = "|".join(w for w, v in WORD_VALUES.items() if 1 <= v <= 99 and " " not in w)
_PLACES_MOVED = rf"\b(?:\d{{1,3}}|(?i:{_CARDINAL_WORDS}))\s+(?i:places?|spots?|positions?|rungs?)"
# A verb of moving in a table or a ranking, before "from ... to ...": "moves from 41st to 29th".
# A verb whose stem ends in "e" drops it before "-ing" ("tumbling", "rising"), and "drop" and "slip" double
# their last letter ("dropped", "slipping").
_MOVE_VERB = (r"\b(?i:(?:climb|fall|jump|leap|soar|sink|slump)(?:s|ed|ing)?|"
              r"(?:rise|move|slide|surge|plunge|tumble|improve|advance)[sd]?|"
              r"(?:ris|mov|slid|surg|plung|tumbl|improv|advanc)ing|(?:drop|slip)(?:s|ped|ping)?|"
              r"rose|fell|fallen|risen|sank|sunk|leapt)")
# Not a place after "from ... to": a month ("from 3rd to 9th May") or a century ("from the 18th to 19th").
_NOT_PLACE_AFTER = (r"(?![-–])(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
                    r"|\s+(?i:century|centuries|birthday|anniversary|floor|minute|over|round|hole|lap)\b)")
_ANY_NTH = r"(?:\d{1,3}(?:st|nd|rd|th)|(?i:" + _ORDINAL_WORDS + r"))\b"
# The words a move may hold between its verb or count and "from": "fell 15 places, from 58th to 73rd".
_MOVE_GAP = r"[^.;:!?]{0,32}?"
_PLACES = (
    regex(rf"\b{NTH}(?={_IN_STANDING})"),
    regex(rf"\b{NTH}(?=[\s-]placed\b)"),
    regex(rf"\b(?i:in)\s+{NTH}(?=\s+(?i:place|position|spot)\b)"),
    regex(rf"\b{_STAND_VERB}\s+{NTH}(?![-–]){_CLAUSE_END}"),
    regex(rf"\b{NTH}(?=\s+(?:(?i:overall)\b(?![\s-]+(?i:picks?|selections?|seeds?|draft))"
          r"|(?i:on|in)\s+(?:(?i:the)\s+)?(?:(?i:general\s+classification)|GC)\b))"),
    regex(rf"\b{_FINISH_VERB}\s+{NTH}(?![-–]){_FINISH_END}"),
    regex(rf"\b(?i:in)\s+{NTH}(?![-–])(?=\s*(?:[,.;:!?)—–]|$))"),
    regex(rf"\b{_RESULT_PLACE}\s+{NTH}(?=\s+(?i:place|position)(?:\s*(?:[,.;:!?)—–]|$)|"
          r"\s+(?i:in|at|behind|with|on|and|after|ahead)\b))"),
    # A move: the place reached after a count of places ("climbed 12 places to joint 29th").
    regex(rf"{_PLACES_MOVED}\s*,?\s+(?i:to)\s+{_TIED}{NTH}{_NOT_PLACE_AFTER}"),
    # Both ends of a move: "fell 15 places, from 58th to 73rd", "moves from 41st to =29th".
    regex(rf"(?:{_PLACES_MOVED}|{_MOVE_VERB}){_MOVE_GAP}\b(?i:from)\s+{_TIED}{NTH}"
          rf"(?=\s+(?i:to)\s+{_TIED}{_ANY_NTH}{_NOT_PLACE_AFTER})"),
    regex(rf"(?:{_PLACES_MOVED}|{_MOVE_VERB}){_MOVE_GAP}\b(?i:from)\s+{_TIED}{_ANY_NTH}\s+(?i:to)\s+{_TIED}"
          rf"{NTH}{_NOT_PLACE_AFTER}"),
    # The place left: "up from 41st last year", "down from 58th" (the clause's end or a time after it).
    regex(rf"\b(?i:up|down)\s+(?i:from)\s+{_TIED}{NTH}{_NOT_PLACE_AFTER}(?=\s*(?:[,.;:!?)—–]|$)|"
          r"\s+(?i:last|a\s+year|the\s+previous|previously|in|at|place|position)\b)"),
    # An earlier place beside a name: "Oxley, 41st a year ago, ..." (between commas).
    regex(rf",\s+{_TIED}{NTH}(?=\s+(?i:a\s+year\s+(?:ago|earlier|before)|last\s+(?:year|season)|"
          r"the\s+previous\s+(?:year|season))\s*,)"),
    # A shared place: "shares 29th place", "in joint 29th place".
    regex(rf"\b(?i:shares?|shared|sharing|in)\s+{_TIED}{NTH}(?=\s+(?i:place|position|spot)\b)"),
    # A best place with nothing after it: "its previous best was 35th, in 2019", "never ranked higher than
    # 35th".
    regex(rf"\b(?i:best|highest|lowest)\s+(?:(?i:ever|yet|so\s+far)\s+)?(?:{_COPULA}|(?i:remains|remained))"
          rf"\s+{NTH}(?![-–])(?=\s*(?:[,.;:!?)—–]|$))"),
    regex(rf"\b(?i:ranked|placed|finished|been)\s+(?i:higher|lower|better|worse)\s+than\s+{_TIED}{NTH}"
          rf"{_NOT_PLACE_AFTER}"),
    # A low or high point of a slide or a climb: "it fell as low as 52nd in 2021", "rose as high as fifth".
    regex(rf"\b{_MOVE_VERB}\s+(?i:as)\s+(?i:low|high)\s+(?i:as)\s+{_TIED}{NTH}{_NOT_PLACE_AFTER}"),
)
# The words each pattern of _PLACES cannot match without, so that a passage lacking them skips the pattern
# (the ordinal test in find passes nearly every passage: "th" is in "the"). The verbs of standing are too
# many, and too short ("go"), to test this way: the empty word lets every passage through.
_PLACE_NEEDS: tuple[tuple[str, ...], ...] = (
    ("table", "standings", "league", "division", "conference", "ladder", "championship", "group"),
    ("placed",),
    ("place", "position", "spot"),
    ("",),
    ("overall", "general", "gc"),
    ("finish", "end", "home", "in", "line", "placed", "classified"),
    ("in",),
    ("place", "position"),
    ("place", "spot", "position", "rung"),
    ("from",),
    ("from",),
    ("from",),
    ("year", "season"),
    ("place", "position", "spot"),
    ("best", "highest", "lowest"),
    ("than",),
    ("low", "high"),
)
# The place left in a move whose other end is a place read above, whatever the verb: "dragged them from
# 11th place to 21st in the table", "sent the club from fourth to ninth in the standings" (the reached place
# is named in a standing; the words "from ... to" make the first ordinal the same list's earlier place).
_LEFT_BEFORE = regex(rf"\b(?i:from)\s+{_TIED}{NTH}(?:\s+(?i:place|position|spot))?\s+(?i:to)\s+{_TIED}$")
# A fact box's label naming a place: "League position: 11th", "Position: 11th before the penalty, 21st
# after". When the value opens with an ordinal, every ordinal of the label's line is a place in that
# standing (the line ends at a sentence's or a line's end, or at the next label's colon).
_LABEL = regex(r"(?:^|\n|[.;!?]\s+)(?:[A-Z][\w'’-]*\s+){0,2}(?i:position|place|placing|standing)s?\s*:\s*")
_LABEL_LINE_END = regex(r"[.;:!?\n]")
_LABEL_PLACE = regex(rf"\b{_TIED}{NTH}{_NOT_PLACE_AFTER}")
# "was runner-up", "finished runner-up", "ended as runner-up": second place, its span the noun.
_RUNNER_UP = regex(r"\b(?i:was|is|finished|finishes|ended|ends|came|comes)\s+(?:(?i:as)\s+)?(?:(?i:the)\s+)?"
                   r"(?P<o>(?i:runner[\s-]up))\b(?![\s-](?i:prize|spot|position|place|finish|medal|cheque))")
# A copula's place: "are 19th, two points from safety", only where the sentence speaks of a table.
_COPULA_PLACE = regex(rf"\b{_COPULA}\s+(?:(?i:now|still|currently)\s+)?{NTH}(?![-–]){_CLAUSE_END}")
_TABLE_TALK = regex(r"\b(?:points?|table|standings|league|division|relegation|promotion)\b", re.IGNORECASE)
# What every pattern above needs, its ordinal (NTH): one of its words in any case, or a digit with the
# suffix as written. Most passages hold a digit and "th" ("the"), few an ordinal: the others skip the
# five scans, the verbs of standing's among them (a case-blind alternation tried at every character).
# The runner a place is given for: a name of one to three capitalized words right before the verb, an
# aside between commas and two lower-case words allowed ("Copper Lane, the 7-2 favourite, finished sixth",
# "Moss Bank was placed third"). Two outlets giving two runners' places then pair them by runner: one
# runner's places meet (agree or diverge), two runners' places are never rivals (compat.same_thing).
_NAME = r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
_RUNNER_BEFORE = regex(_NAME + r"(?:,[^,.;:!?]{1,48},)?\s+(?:[a-z]+\s+){0,2}$")
# A place given after another with its verb left out: "Moss Bank finished third and Copper Lane fifth",
# "Copper Lane trailed home fourth, Moss Bank third": a name and an ordinal, then the clause's end.
_ELIDED_PLACE = regex(r"(?:,\s+(?:and\s+|with\s+|while\s+)?|\s+(?:and|with|while)\s+|;\s+)" + _NAME
                      + rf"\s+{NTH}(?![-–])(?=\s*(?:[,.;:!?)—–]|$)"
                      r"|\s+(?i:and|behind|ahead|with|after|despite|in|of|at|on|beaten|but|when|while)\b)")
# Capitalized words that open a clause without naming a runner.
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "It", "He", "She", "They", "We", "His", "Her",
                        "Their", "Its", "But", "And", "Then", "After", "Before", "While", "When", "In", "On",
                        "At", "By", "For", "From", "With", "As", "Last", "Next", "First", "Yesterday",
                        "Today", "There", "Meanwhile", "However"})


def runner_of(name: str | None) -> str | None:
    """The runner's name, without a capitalized opening word that names nobody ("The Oxley" -> "Oxley")."""
    words = (name or "").split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) or None


def place_number(word: str) -> int:
    return ordinal_value(word.lower())


@shared_text
def named(text: str) -> tuple[tuple[int, int, Quantity, str | None], ...]:
    """(start, end, place, runner) for every place in ``text``: `find`, with the runner named before it."""
    c = cues(text)
    spans: dict[int, tuple[int, int, Quantity, str | None]] = {}
    if c.has_ci("runner"):
        for m in _RUNNER_UP.finditer(text):
            name = runner_of(m2["name"]) if (m2 := left_match(_RUNNER_BEFORE, text, m.start(), 80)) else None
            spans.setdefault(m.start("o"), (m.start("o"), m.end("o"), Quantity(Decimal(2)), name))
    if not c.ordinal:  # no ordinal in words or figures (Cues.ordinal), no place
        return tuple(spans[k] for k in sorted(spans))
    patterns = [pattern for pattern, needs in zip(_PLACES, _PLACE_NEEDS, strict=True) if c.has_ci(*needs)]
    if _TABLE_TALK.search(text):
        patterns.append(_COPULA_PLACE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = place_number(m["o"])
            if value and m.start("o") not in spans and not in_ranking(text, m.end("o")):
                before = left_match(_RUNNER_BEFORE, text, m.start(), 80)
                name = runner_of(before["name"]) if before is not None else None
                spans[m.start("o")] = (m.start("o"), m.end("o"), Quantity(Decimal(value)), name)
                if name is not None:
                    _elided(text, m.end("o"), spans)
    if c.has_ci("position", "place", "placing", "standing"):
        _labelled(text, spans)
    for start, _, _, name in list(spans.values()):
        left = left_match(_LEFT_BEFORE, text, start, 60)
        if left is not None and (value := place_number(left["o"])) and left.start("o") not in spans:
            spans[left.start("o")] = (left.start("o"), left.end("o"), Quantity(Decimal(value)), name)
    return tuple(spans[k] for k in sorted(spans))


def _labelled(text: str, spans: dict[int, tuple[int, int, Quantity, str | None]]) -> None:
    """The places on a fact box's line labelled a position ("League position: 11th before, 21st after")."""
    for label in _LABEL.finditer(text):
        if _LABEL_PLACE.match(text, label.end()) is None:
            continue  # "The position: he was first to arrive": the label's value is no place
        end = m.start() if (m := _LABEL_LINE_END.search(text, label.end())) is not None else len(text)
        for m in _LABEL_PLACE.finditer(text, label.end(), end):
            if (value := place_number(m["o"])) and not in_ranking(text, m.end("o")):
                spans.setdefault(m.start("o"), (m.start("o"), m.end("o"), Quantity(Decimal(value)), None))


def _elided(text: str, pos: int, spans: dict[int, tuple[int, int, Quantity, str | None]]) -> None:
    """The places given after a named one with the verb left out ("... third and Copper Lane fifth")."""
    while (m := _ELIDED_PLACE.match(text, pos)) is not None and (name := runner_of(m["name"])) is not None:
        value = place_number(m["o"])
        if not value:
            return
        spans.setdefault(m.start("o"), (m.start("o"), m.end("o"), Quantity(Decimal(value)), name))
        pos = m.end("o")


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, place) for every league position in ``text``, offsets into it (the ordinal's span)."""
    return tuple((start, end, value) for start, end, value, _ in named(text))


# The places whose list the words leave open: not a finish ("finished fifth", "sixth overall", "in third"),
# which is a race's result whatever the article is about, nor a place named in a standing ("third in the
# Premier Division"), but a table's or a ranking's place ("19th in the table", "the 19th-placed", "in 12th
# place", "slumped to 73rd", "climbed 12 places, from 41st to 29th", "up from 41st", "shares 29th place",
# "its best was 35th"). _PLACES[4:8] are the finishes (overall, a verb of finishing, "in third", a result's
# place).
_FINISHES = frozenset({4, 5, 6, 7})
_OPEN_PLACES = (*(p for i, p in enumerate(_PLACES) if i not in _FINISHES), _COPULA_PLACE)


@shared_text
def unlisted(text: str) -> frozenset[int]:
    """The starts of the places in ``text`` that are no finish and are named in no list, or in a "table"."""
    c = cues(text)
    if not c.ordinal:  # no ordinal in words or figures (Cues.ordinal), no place
        return frozenset()
    return frozenset(m.start("o") for pattern in _OPEN_PLACES for m in pattern.finditer(text)
                     if named_list(text, m.end("o")) in (None, TABLE))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """League positions in every passage, slot "number:position", cued by the runner if named; absolute.

    In an article about a ranking (placelists.speaks_of_ranking) a place no list is named for is a place
    in that ranking, slot "number:rank", the slot of ranks.py's "29th in the world rankings": one list's
    places meet whether an outlet named it or not, and each place is still read once.
    """
    ranking = speaks_of_ranking(article.text)
    out: list[Mention] = []
    for p, found in zip(passages, answers(named, [p.text for p in passages]), strict=True):
        open_list = unlisted(p.text) if ranking else frozenset()
        for start, end, value, name in found:
            span = Span(p.start + start, p.start + end)
            slot, noun = (RANK_SLOT, "rank") if start in open_list else (SLOT, "position")
            cue = (noun, NAMED_PREFIX + name.lower()) if name else (noun,)
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=value, slot=slot, cues=cue))
    return tuple(out)
