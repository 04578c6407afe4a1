"""Ordinal counts of titles: "his third grand-slam title", "a fourth major" count 3 and 4 titles.

A career is told by its latest title's place in the row: "his third
grand-slam title" says he now has three, and another outlet's "fourth
grand-slam title" says four. An ordinal is no figure to the number scan (it
places an event, "the third set"), so the two were never compared. Here an
ordinal before a title-like noun, led by an owner or an article ("his",
"Arvelo's", "a", "the"), is a count of that noun, with the noun as its cue
("title"): two counts of one noun are judged like "three titles" against
"four titles", counts of two nouns are two facts. Majors, crowns and
championships are titles; a medal is a medal. A record is counted so too:
"the third world record of the meet" and another outlet's "the
second world record of the week" are three records against two ("record
label", "record-breaking", "record high" use the word as a modifier and
count nothing). Wins are left out: "his
58th victory" (a career) and "a second victory over Thompson" (a
head-to-head) are two counts one noun does not tell apart.
Its slot is "number:nth", a family of its own: in "won in three sets for
her third title" a plain count would agree with the sets by value alone.

The same holds for a named event and a career's outings: "his second
Derby" (or "a second Derby win") says he has won two Derbies, and "her third
ride in the Derby" that she has had three rides. The ordinal is a count of
that noun (cue "derby", "ride"), and a count stated as one ("has now landed
two Derbies", "had three rides", "has won three grand-slam titles") is read
into the same slot with the same noun: "second Derby" meets "two Derbies",
"third title" meets "three titles", while "third ride" never meets "three
Derbies" (another noun). A named event needs an owner or "a" before the
ordinal ("the Second World War" counts nothing) and nothing but a word of
winning or the phrase's end after it ("his second Derby ride" counts
rides, not Derbies, and is left alone); a count needs a verb of winning or
having before it, and a named event a verb of winning ("two Derbies were
run in the rain", "with three Democrats voting" count nothing won).

A climber's career is told so too: "his 23rd ascent", "her 23rd summit" and
"her 23rd climb" are one count of ascents (cue "ascent") and meet "has made
23 ascents"; "his third summit attempt" (or bid, push, day) counts no ascent.

An ordinal day in an unbroken row ("for a fifth straight day", "the fifth
day running", "on the 12th consecutive day") is the count of days the row
has lasted: a duration of that many days (slot "number:day", as "five days"
is read), so an outlet's "has lasted five days" meets another's "a fifth
straight day". Only with a word that says the days run unbroken
("straight", "consecutive", "successive" before; "running", "in a row"
after): "the fifth day of the trial" dates one day, it measures nothing.

A recurring event's edition is told so too: "the 28th Meridian Awards", "the
academy's 28th Meridian Awards", "the 77th edition of the Harbour Festival"
say which edition it was, and another outlet's "29th" contradicts it. The
ordinal before a capitalised name ending in an event word (awards, festival,
games, championships, congress, conference, summit, biennale, fair, expo,
marathon, regatta, show) or before "edition of" is a count of that event
word's editions (cue "edition:awards"): two events' editions are two facts,
and "the 21st century" or "the 3rd Battalion" (no event word) count nothing.

An owner's ordinal birthday is an age: "before its fourth birthday" says
what "by the age of four" says, and "on her 90th birthday" what "aged 90"
says, so the birthday is read as that many years in the ages' slot.

Not counted: an ordinal that places a part of one event ("the third set",
"the fourth round": no title noun), and "major" as an adjective ("a third
major earthquake", "the first major “stress test”"): "major" is a
title only where its phrase ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES, singular
from sourcediff.extract.cues import cues
from sourcediff.extract.ranks import ORDINALS, ordinal_value
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:nth"
# The cue prefix of an incident's running tally ("tally:theft"): a tally is no title or edition count.
TALLY_PREFIX = "tally:"

# The noun a title count is about, by the word the writer used.
_NOUNS = {"title": "title", "crown": "title", "championship": "title", "major": "title",
          "trophy": "trophy", "medal": "medal", "record": "record"}
_NOUN_WORDS = "title|crown|championship|trophy|medal|record"
# Words that end the modifiers: an ordinal reaching past one ("the 11th of their first title fight").
_NOT_MODIFIER = "of|in|on|at|for|to|by|with|from|and|or|the|a|an|his|her|their|its|this|that"
# A title noun used as a modifier itself: "title fight", "championship race", "title defence".
_NOUN_AS_MODIFIER = r"[\s-]+(?:fights?|bouts?|defen[cs]es?|match(?:es)?|races?|shot|chances?|hopes?|bids?|"
_NOUN_AS_MODIFIER += r"challenges?|contenders?|holders?|runs?|games?|rounds?|ceremony|winners?|"
# A record noun used as a modifier: "record label", "record-breaking", "record books", "record high".
_NOUN_AS_MODIFIER += r"labels?|books?|breaking|breakers?|setting|setters?|deals?|shops?|stores?|"
_NOUN_AS_MODIFIER += r"highs?|lows?)\b"
# "Major" is a title only where its phrase ends: "his third major.", "third major – and", "major in a
# row"; not "the first major earthquake", "the first major “stress test”".
_MAJOR_ENDS = r"\s*(?:[.,;:!?)–—]|$)|\s+(?:in|of|at|since|this|last|for|and|on|to|as)\b"
_ORDINAL_WORDS = "|".join(ORDINALS)
# "his third grand-slam title", "Arvelo's fourth major", "a record 20th title", "her second Olympic gold
# medal": an owner or an article, the ordinal, up to three modifiers, the noun.
_TITLE_COUNT = regex(
    r"\b(?i:his|her|their|its|a|the|[A-Z][\w-]*+['’]s)\s+(?:(?i:record|career)[\s-]+)?"
    rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))"
    rf"(?:[\s-]+(?!(?i:{_NOUN_WORDS}|{_NOT_MODIFIER})s?\b)[\w-]+){{0,3}}?\s+"
    rf"(?P<noun>(?i:{_NOUN_WORDS})|(?i:major)(?={_MAJOR_ENDS}))s?\b(?!{_NOUN_AS_MODIFIER})")

# "a fifth straight day", "its 12th consecutive day", "the fifth day running", "the third day in a row":
# the row word is required (group m before the noun, or group r after it).
_DAY_ROW = regex(
    r"\b(?i:a|an|the|its|their|his|her|[A-Z][\w-]*+['’]s)\s+"
    rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\s+"
    r"(?:(?P<m>(?i:straight|consecutive|successive))\s+)?(?i:day)\b"
    r"(?(m)|\s+(?i:running|in\s+a\s+row)\b)")
DAY_SLOT = "number:day"
# The end of a row's cue ("year in a row"): align/similarity.fact_keys keeps such a place out of the
# aligner's terms (a sentence's aside, "for the third year running", drew passages apart: facts61.md).
ROW_CUE = " in a row"
# "the third year running", "a second successive quarter", "its fourth straight season", "a 3rd month in a
# row": an ordinal longer period of an unbroken row (group unit), with the row word (m before, or after).
_PERIOD_ROW = regex(
    r"\b(?i:a|an|the|its|their|his|her|[A-Z][\w-]*+['’]s)\s+"
    rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\s+"
    r"(?:(?P<m>(?i:straight|consecutive|successive))\s+)?(?P<unit>(?i:week|month|quarter|season|year))\b"
    r"(?(m)|\s+(?i:running|in\s+a\s+row)\b)")
# An owner's ordinal birthday: "her 90th birthday", "before its fourth birthday", "Ruiz's 18th birthday".
# An owner is asked for: "the first birthday party" of a campaign counts nothing about anyone.
_BIRTHDAY = regex(
    r"\b(?i:its|their|his|her|my|your|our|[A-Z][\w-]*+['’]s)\s+"
    rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))[\s-]+(?i:birthday)\b")
# The slot and cue every age reader gives an age (extract/numberclassify), so a birthday meets "aged 4".
AGE_SLOT = "number:age"


# A career's outings: "her third ride in the Derby", "his 100th appearance", "a fifth start".
_OUTINGS = "ride|start|appearance|outing|ascent|summit|climb"
# An outing told by another word of the same thing: a climber's "23rd summit" is her "23rd ascent".
_OUTING_NOUNS = {"summit": "ascent", "climb": "ascent"}
# (An owner's name is read with `*+`: no letter of it can be the apostrophe, so the scan need not give any
# back, and it moves on at once from each word without one.)
# A named event after the ordinal, led by an owner or "a": "his second Derby", "a third Oscar", "Tolcarne's
# second Derby win"; the name ends the phrase or a word of winning follows it ("second Derby ride" counts
# rides). An outing noun after an owner: "her third ride".
_EVENT_NTH = regex(
    r"\b(?i:his|her|their|its|a|[A-Z][\w-]*+['’]s)\s+"
    rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\s+"
    r"(?:(?P<name>[A-Z][a-z]{2,})(?=\s*(?:[.,;:!?)–—]|$)|\s+(?:win|victory|triumph|success|title|crown|in|at|on|"
    r"for|since|after|and|as|with|to|this|last|of)\b)"
    rf"|(?P<outing>(?i:{_OUTINGS}))\b(?![\s-](?i:horse|jockey|pick|line|date|time|list|price|attempt|bid|push|day|meeting|talks)))")
_EVENT_WORDS = ("awards|festival|games|championships|congress|conference|summit|biennale|fair|expo|marathon|"
                "regatta|show")
_EVENT_NAME_WORDS = tuple(w.capitalize() for w in _EVENT_WORDS.split("|"))
_EVENT_NAMES = "|".join(_EVENT_NAME_WORDS)
_EDITION = regex(
    r"\b(?i:the|its|their|this\s+year['’]s|[A-Z][\w-]*+['’]s)\s+"
    rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\s+"
    rf"(?:(?:[A-Z][\w'’-]+\s+){{0,4}}?(?P<event>{_EVENT_NAMES})\b"
    rf"|(?i:edition|staging)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{0,4}}?(?P<of>{_EVENT_NAMES})\b)")
EDITION_PREFIX = "edition:"


@shared_text
def editions(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, edition, cue) for every ordinal edition of a named recurring event in ``text``."""
    c = cues(text)
    # The event's name is matched as written ("Awards", "Festival"): a passage without one holds no edition.
    if not (c.has(*_EVENT_NAME_WORDS) and c.ordinal):
        return ()
    out = []
    for m in _EDITION.finditer(text):
        value = ordinal_value(m["o"].lower())
        if value > 1:  # "the first Harbour Festival" says it is new, not which edition it is
            out.append((m.start("o"), m.end(), Quantity(Decimal(value)),
                        EDITION_PREFIX + (m["event"] or m["of"]).lower()))
    return tuple(out)


_CARDINAL_WORDS = "|".join(w for w, v in WORD_VALUES.items() if 2 <= v <= 20)
# The verbs of winning, the only ones that make a count of named events ("landed two Derbies", "won three
# Oscars"): one list, read both by `_COUNTED` (with the verbs of having) and by `event_counts`, which asks
# it of a count of names ("with three Democrats voting" has no win).
_WIN_VERBS = ("won", "wins", "win", "winning", "landed", "lands", "land", "landing", "claimed", "clinched",
              "captured", "collected", "taken", "took")
# A count of the same nouns, led by a verb of winning or having (the lookahead on the verbs' first letters
# lets the scan leave every other word at once): "has now landed two Derbies", "had three
# rides", "won three grand-slam titles"; not "in 41 appearances" (a rate's base: "27 goals in 41
# appearances, 19 of them in the league").
_COUNTED = regex(
    rf"\b(?=(?i:[wlcthmb]))(?P<v>(?i:{'|'.join(_WIN_VERBS)}|"
    r"has|have|had|having|made|makes|making|boasts?))\s+(?:(?i:now|already|just|only)\s+)?"
    rf"(?P<n>\d{{1,2}}|(?i:{_CARDINAL_WORDS}))\s+"
    r"(?:(?P<name>[A-Z][a-z]{2,}s)\b(?!['’])"
    rf"|(?P<outing>(?i:{_OUTINGS})s)\b"
    rf"|(?:(?!(?i:{_NOUN_WORDS}|{_NOT_MODIFIER})s?\b)[\w-]+[\s-]+){{0,2}}(?P<title>(?i:{_NOUN_WORDS}|major))s\b)")

# The cardinal words of `_COUNTED` (two to twenty), one of which a count in words needs.
_CARDINAL_CUES = tuple(w for w in WORD_VALUES if 2 <= WORD_VALUES[w] <= 20)
# What each verb of `_COUNTED` holds: "win" is in "wins" and "winning", "hav" in "have" and "having".
_COUNT_VERB_CUES = ("won", "win", "land", "claim", "clinch", "captur", "collect", "taken", "took", "has",
                    "hav", "had", "made", "mak", "boast")


@shared_text
def event_counts(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, count, noun) for every ordinal of a named event or an outing, and every count of one."""
    c = cues(text)
    out = []
    for m in (_EVENT_NTH.finditer(text) if c.ordinal else ()):
        value = ordinal_value(m["o"].lower())
        noun = (m["name"] or m["outing"]).lower()
        noun = _OUTING_NOUNS.get(noun, noun)
        if value > 1:
            out.append((m.start("o"), m.end(), Quantity(Decimal(value)), noun))
    if (c.digit or c.has_ci(*_CARDINAL_CUES)) and c.has_ci(*_COUNT_VERB_CUES):
        for m in _COUNTED.finditer(text):
            n = m["n"].lower()
            value = int(n) if n.isdigit() else int(WORD_VALUES[n])
            if m["name"] and m["v"].lower() not in _WIN_VERBS:
                continue  # "with three Democrats": people, not events won
            noun = _NOUNS[m["title"].lower()] if m["title"] else singular(m["name"] or m["outing"])
            noun = _OUTING_NOUNS.get(noun.lower(), noun)
            out.append((m.start("n"), m.end(), Quantity(Decimal(value)), noun))
    return tuple(sorted(out, key=lambda t: t[0]))


@shared_text
def day_rows(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, days) for every ordinal day of an unbroken row in ``text`` ("a fifth straight day")."""
    c = cues(text)
    # "day" and a word of a row ("straight", "consecutive", "successive", "running", "in a row") are in
    # every match as whole words ("today" and "Monday" hold no "day" word), and an ordinal.
    if not (c.has_word("day") and c.has_word("straight", "consecutive", "successive", "running", "row")
            and c.ordinal):
        return ()
    out = []
    for m in _DAY_ROW.finditer(text):
        value = ordinal_value(m["o"].lower())
        if value > 1:  # "the first day running" starts no row worth a duration
            out.append((m.start("o"), m.end(), Quantity(Decimal(value), "day")))
    return tuple(out)


@shared_text
def period_rows(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, place, cue) for every ordinal week, month, quarter, season or year of an unbroken row.

    "Prices rose for the third year running" states the row's length as its
    place, and another outlet's "for a 3rd year in a row" agrees while "a
    fourth straight year" contradicts it. Read as an ordinal fact (slot
    "number:nth", cue "year in a row"), never as the cardinal 3: "three
    years" of a sentence is as often a term or an age. A day's row stays
    a duration (:func:`day_rows`).
    """
    c = cues(text)
    if not (c.ordinal and c.has_word("straight", "consecutive", "successive", "running", "row")
            and c.has_word("week", "month", "quarter", "season", "year")):
        return ()
    out = []
    for m in _PERIOD_ROW.finditer(text):
        value = ordinal_value(m["o"].lower())
        if value > 1:  # "the first year running" starts no row
            out.append((m.start("o"), m.end(), Quantity(Decimal(value)), f"{m['unit'].lower()}{ROW_CUE}"))
    return tuple(out)


@shared_text
def birthday_ages(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, age) for every owner's ordinal birthday in ``text`` ("its fourth birthday": 4 years)."""
    if not (cues(text).has_ci("birthday") and cues(text).ordinal):
        return ()
    return tuple((m.start("o"), m.end(), Quantity(Decimal(ordinal_value(m["o"].lower())), "year"))
                 for m in _BIRTHDAY.finditer(text))


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, count, noun) for every ordinal count of titles in ``text``, offsets into it."""
    c = cues(text)
    if not (c.has_ci("title", "crown", "championship", "major", "trophy", "medal", "record")
            and c.ordinal):
        return ()
    out = []
    for m in _TITLE_COUNT.finditer(text):
        value = ordinal_value(m["o"].lower())
        if value:
            out.append((m.start("o"), m.end(), Quantity(Decimal(value)), _NOUNS[m["noun"].lower()]))
    return tuple(out)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Ordinal title counts in every passage, slot "number:nth" with the counted noun as cue."""
    out: list[Mention] = []
    titled = holding(passages, find)
    for noun in sorted(set(_NOUNS.values())):
        def scan(text: str, noun: str = noun) -> tuple[tuple[int, int, Quantity], ...]:
            return tuple((s, e, v) for s, e, v, n in find(text) if n == noun)
        out.extend(passage_mentions(article, titled, scan, SLOT, (noun,)))
    out.extend(_by_cue(article, passages, event_counts))
    out.extend(_by_cue(article, passages, editions))
    out.extend(_by_cue(article, passages, incident_tallies))
    out.extend(passage_mentions(article, passages, day_rows, DAY_SLOT, ()))
    out.extend(_by_cue(article, passages, period_rows))
    out.extend(passage_mentions(article, passages, birthday_ages, AGE_SLOT, ("age",)))
    return tuple(out)


# Words that end an incident's noun phrase after its ordinal: a preposition, a verb of reporting, a verb.
_INCIDENT_STOP = ("of|in|on|at|near|for|to|from|by|with|since|so|this|during|across|around|reported|recorded|"
                  "logged|registered|and|or|is|was|were|has|had|that")
# Nouns an ordinal places rather than tallies: a part of one event or of the calendar ("the third quarter this
# year", "the second half", "the fourth round"), and "time" ("the second time this year" counts whatever the
# clause is about, not a noun of its own).
_NOT_INCIDENTS = ("time|times|day|days|week|month|year|quarter|half|round|set|leg|stage|place|period|term|"
                  "season|game|match|race|heat|lap|innings|phase|wave|floor|anniversary|edition|birthday|"
                  "title|record|medal|trophy")
# The period a running tally counts over: "this year", "so far this season", "so far in 2026", "since
# January", "in the past month".
_TALLY_PERIOD = (r"(?:so\s+far\s+)?(?:this|in\s+(?:the\s+)?(?:past|last))\s+(?:year|month|week|season|summer|"
                 r"winter|spring|autumn|fortnight)|so\s+far(?:\s+in\s+\d{4})?|since\s+(?:the\s+start\s+of\s+)?"
                 r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                 r"\d{4})\b")
# "the ninth theft of hives in the county this year", "the seventh hive theft in Westmarsh this year",
# "a third fatal crash on the road so far this month": an article, the ordinal, up to two modifiers (no
# superlative: "the third largest theft" ranks, it does not tally; no placed noun: "the third set went"),
# the incident's noun, then at once or
# after a phrase led by a preposition or a verb of reporting, the period the tally runs over.
_INCIDENT_TALLY = regex(
    r"\b(?i:the|a|an|its|their)\s+"
    rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\s+"
    rf"(?P<words>(?:(?!(?i:{_INCIDENT_STOP}|{_NOT_INCIDENTS}|most|least)\b)(?![A-Za-z]+est\b)[A-Za-z][\w-]*\s+){{0,2}})"
    rf"(?P<noun>(?!(?:{_INCIDENT_STOP}|{_NOT_INCIDENTS})\b)[a-z][a-z-]{{2,}})"
    rf"(?:\s+(?i:{_INCIDENT_STOP})\b[^.;:!?,]{{0,45}}?)?\s+(?:{_TALLY_PERIOD})")


@shared_text
def incident_tallies(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, count, cue) for every ordinal incident of a running tally ("the ninth theft this year").

    A wave of thefts, attacks or crashes is told by its latest incident's
    place in the year: "the ninth theft of hives in the county this year"
    says nine, and another outlet's "the seventh hive theft in Westmarsh
    this year" says seven. The ordinal counts the incident's noun over the
    period named after it, so it is a count of that noun (cue
    "tally:theft"): two outlets' tallies of one noun are judged like "nine
    thefts" against "seven thefts". The period is required: "the third set"
    or "the second round" places a part of one event and counts nothing.
    """
    c = cues(text)
    if not c.ordinal or not re.search(r"\b(?i:this|so far|since|past|last)\b", text):
        return ()
    out = []
    for m in _INCIDENT_TALLY.finditer(text):
        value = ordinal_value(m["o"].lower())
        if value > 1:  # "the first theft this year" starts no tally worth comparing
            out.append((m.start("o"), m.end("noun"), Quantity(Decimal(value)),
                        TALLY_PREFIX + singular(m["noun"])))
    return tuple(out)


def _by_cue(article: Article, passages: tuple[Passage, ...],
            scan: Callable[[str], tuple[tuple[int, int, Quantity, str], ...]]) -> list[Mention]:
    """The mentions of a scan whose hits each carry their cue, one run of ``passage_mentions`` per cue.

    A scan like :func:`event_counts` or :func:`editions` finds its cues (the
    counted noun, the event word) in the text, not from a fixed list, so the
    cues are gathered first and each is emitted as its own fact, in sorted
    order: "the 12th festival" and "the 3rd summit" are two facts, not rivals.
    """
    out: list[Mention] = []
    passages = holding(passages, scan)
    for cue in sorted({n for p in passages for _, _, _, n in scan(p.text)}):
        def one(text: str, cue: str = cue) -> tuple[tuple[int, int, Quantity], ...]:
            return tuple((s, e, v) for s, e, v, n in scan(text) if n == cue)
        out.extend(passage_mentions(article, passages, one, SLOT, (cue,)))
    return out
