"""What a count counts: the noun after a figure, or the head noun or verb that names it elsewhere.

"two requested safeguards" -> "safeguard", "a workforce of 2,300" ->
"workforce", "93 were admitted" -> "admitted". Split out of numbers.py
because it reads words, not figures: word lists and the noun-phrase tests
behind them, asked by numberclassify about a figure already found.
"""

from __future__ import annotations

import re

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import STOP_WORDS, Amount, is_plural, left_match, singular
from sourcediff.extract.morecounts import MORE_AFTER
from sourcediff.extract.roles import PART, ROLE_WORDS
from sourcediff.regexcache import regex

_ADJECTIVE_ENDINGS = ("ed", "al", "ic", "ive", "ous", "ful", "less", "ary", "ing", "ly", "ent", "ant")
# After "one" these nouns make an idiom ("one day", "one source said"), not a figure to check.
_ONE_IDIOMS = frozenset(
    "day time way thing hand side point reason example question another other more last source official "
    "moment place night morning evening afternoon thing".split())
# Head nouns before "of"/a verb that make the figure something other than a count: an age, a rank,
# a score, a label ("the age of 12", "a score of 3", "section 4 of", "a scale of 1 to 10"), or an
# ordinal, a number word or a quantifier ("the first of 12", "one of 12", "out of 12").
_NOT_HEADS = frozenset(
    "age ages aged section sections article articles chapter chapters clause clauses paragraph page pages "
    "rule rules score scores scale number numbers version versions room flight platform gate route level "
    "grade class size year years month months week weeks day days hour hours minute minutes second "
    "height temperature rank ranking place position round stage phase term out first second third fourth "
    "fifth sixth seventh eighth ninth tenth last next top bottom one two three four five six seven eight "
    "nine ten several many few some any none each none dozen hundred thousand million billion "
    "sort kind type lot couple pair series set range half quarter share percent cent point points "
    "instead".split())  # "45 minutes instead of 80": no noun heads the 80 (numbercontext._updated_value)
# A bore joined to its figure ("a 38-caliber revolver", "a 12-gauge shotgun") counts nothing; before a
# figure the same word is a subject like any other ("the fear gauge doubled to 38.6").
BORES = frozenset({"caliber", "calibre", "gauge"})
# Words that may follow a figure that ends its noun phrase, besides function words ("rose to 12 last year").
_PHRASE_FOLLOWERS = frozenset(
    "last this next since yesterday today tonight overnight earlier later according compared following "
    "after during amid despite including".split())
_BEFORE_ONE = frozenset("no any every each the this that which".split())
# How many words a figure's plural noun may stand after it: three modifiers before the noun ("six bottled
# water distribution sites", "40 new electric city trams") are common in news copy; _words_after still
# stops at a function word or punctuation, so the reach never leaves the noun phrase.
_PLURAL_REACH = 4
# Headcount units written in capitals and left unpluralized after a figure ("grew to 410 FTE"): a count
# needs a plural noun, and an all-capitals word was never taken for one, so the figure counted nothing
# and was dropped, while another outlet's "410 FTEs" or "410 full-time equivalents" was read.
HEADCOUNT_ABBREVIATIONS = frozenset({"FTE", "WTE"})
# Nouns whose plural is the singular ("bases eight aircraft", "400 sheep"): `amounts.is_plural` says no to
# them, so a figure right before one counted nothing. Read only right after the figure: elsewhere (a fact
# box's "Aircraft: 18", "an aircraft carrier") the word is as often a singular or a modifier, and reading
# every such line as a count moved the aligner's seating of a list of several figures.
ZERO_PLURALS = frozenset({"aircraft", "spacecraft", "hovercraft", "sheep", "deer", "bison", "moose",
                          "salmon", "trout", "swine", "fish", "cod", "carp", "reindeer", "elk", "grouse"})


# Joins two modifiers of one noun after a figure: "38 oil and gas tankers", "12 red or white buses".
_JOINERS = frozenset({"and", "or"})


def _words_after(text: str, pos: int, limit: int = 3, *, joined: bool = False) -> list[str]:
    """Up to ``limit`` words after ``pos``, stopping at punctuation, a function word or a sentence end.

    A bracketed acronym after the first word ("ship-to-shore (STS)") is read past: it glosses the words
    before it, and stopping there left "38 ship-to-shore (STS) cranes" counting nothing, so the figure was
    dropped while another outlet's "38 cranes" was read.
    With ``joined``, one "and"/"or" right after lower-case words that are no plural is read past
    (`_joined_modifier`): the words on both sides modify one noun still to come.
    """
    out: list[str] = []
    step = 0
    while step < limit:
        step += 1
        if out and (gloss := P.NUM_ACRONYM_GLOSS.match(text, pos)) is not None:
            pos = gloss.end()  # "38 ship-to-shore (STS) cranes": the bracketed acronym names the modifiers
        if joined and _series_comma(text, pos, out):
            pos += 1  # "310 deck, engine and catering crew": the comma lists one more modifier
            limit += 1
        m = P.NUM_NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m["word"]
        bare = word.rstrip(".")
        if joined and word == bare and _joined_modifier(bare, out):
            joined = False
            pos = m.end()
            continue
        if not bare or (bare.lower() in STOP_WORDS and not _order_modifier(text, m.end(), word, out)):
            break
        out.append(bare)
        pos = m.end()
        if word != bare and "." not in bare and not _abbreviating_initial(text, pos, bare):
            break
    return out


# A lower-case word right after a period and one space: the period closed an abbreviation, not the sentence.
_LOWER_WORD_NEXT = re.compile(r" [a-z]")


def _abbreviating_initial(text: str, pos: int, bare: str) -> bool:
    """Whether ``bare``, a word just read with its period, is one capital letter that abbreviates a name.

    "64 E. coli samples" names its noun after the genus's initial; the period
    was taken for a sentence end, so the figure counted nothing and was dropped
    while another outlet's "64 samples" was read. Only a single capital letter,
    and only when a lower-case word follows after one space: a sentence never
    starts in lower case, so "in Group E. Officials said" still ends there.
    """
    return len(bare) == 1 and bare.isupper() and _LOWER_WORD_NEXT.match(text, pos) is not None


# Stop words that, right after a figure and before a plural noun, modify that noun: "the three earlier
# rounds", "two later attempts". After a noun they date it ("six days earlier") and stay stops.
_ORDER_MODIFIERS = frozenset({"earlier", "later"})


def _order_modifier(text: str, pos: int, word: str, before: list[str]) -> bool:
    """Whether ``word``, the first word after a figure, is an order adjective before the counted noun.

    "earlier" and "later" end a count's noun phrase ("rose to 12 earlier this
    year"), so "the three earlier packages" counted nothing and the figure was
    dropped while another outlet's "three previous rounds" was read. Only as
    the first word, and only when a lower-case plural follows it.
    """
    if before or word.lower() not in _ORDER_MODIFIERS or word != word.lower():
        return False
    nxt = P.NUM_NEXT_WORD.match(text, pos)
    follower = nxt["word"] if nxt is not None else ""
    return (follower.isalpha() and follower.islower() and follower not in STOP_WORDS
            and is_plural(follower))


# A comma inside a series of lower-case modifiers that a joiner closes before their noun: the "," after
# "deck" in "310 deck, engine and catering crew" or "deck, engine, and catering crew".
_SERIES_COMMA = re.compile(
    r",(?=\s+(?:and|or)\s+[a-z]|\s+(?P<series>[a-z][a-z-]*(?:,\s+[a-z][a-z-]*)*),?\s+(?:and|or)\s+[a-z])")


def _series_comma(text: str, pos: int, before: list[str]) -> bool:
    """Whether a comma at ``pos`` lists one more modifier of the noun still to come after a figure.

    "310 deck, engine and catering crew" names one noun with three
    modifiers; the comma ended the noun phrase, so the figure counted
    nothing and was dropped while another outlet's "310 seafarers" was read.
    Only between lower-case words that are no plural, no function word and
    no word that ends a figure's phrase ("12 today, officials and medics
    said"), and only when "and"/"or" closes the series: "38 men, women and
    children" has its noun already.
    """
    m = _SERIES_COMMA.match(text, pos)
    if m is None or not before:
        return False
    words = before + re.split(r",\s+", m["series"] or "")
    return all(_series_modifier(w) for w in words if w)


def _series_modifier(word: str) -> bool:
    w = word.lower()
    return (word.islower() and not is_plural(word) and w not in STOP_WORDS
            and w not in _PHRASE_FOLLOWERS)


def _joined_modifier(word: str, before: list[str]) -> bool:
    """Whether ``word`` joins two modifiers of a noun after a figure: "38 oil and gas tankers".

    The function word ended the noun phrase, so "38 oil and gas tankers"
    counted nothing and the figure was dropped, while "38 gas tankers" was
    a count of tankers. Only after lower-case words with no plural among
    them: "38 men and women" has its noun already, "at 38 Baker Street and
    officers ..." is an address, and a figure after the joiner ("38 oil and
    12 gas tankers") stops the reading, since no word is read from a digit.
    """
    return (word.lower() in _JOINERS and bool(before)
            and all(w.islower() and not is_plural(w) for w in before))


def shouted(word: str) -> bool:
    """Whether ``word`` is a common word set in capitals for emphasis ("135 JOBS", "14,200 HOMES").

    Tabloids shout a figure's noun; an all-capitals word was never taken for
    a count's plural noun (it may be an acronym: "NHS", "GPS", "ONS" end in
    "s"), so "135 JOBS will be axed" counted nothing and was dropped while
    the wire's "cut 135 jobs" was read, and the two outlets' sentences lost
    the figure that pairs them. Four letters or more, letters only: the
    acronyms that end in "S" and follow a figure are mostly shorter, and a
    shouted word is read only when no lower-case plural is there to count
    ("12 SMART drum lines" still counts lines).
    """
    return len(word) >= 4 and word.isalpha() and word.isupper()


def _noun_like(word: str) -> bool:
    return "." not in word and not word.isupper() and not word.lower().endswith(_ADJECTIVE_ENDINGS)


def _counted_noun(text: str, a: Amount) -> str | None:
    """The noun a count counts, singular ("two requested safeguards" -> "safeguard"), or None."""
    one = a.low == 1 and a.high is None
    pos = a.num_end
    if not one and (more := P.NUM_MORE_BEFORE_NOUN.match(text, pos)):
        pos = more.end()  # "two more climbers" counts climbers, as "two further climbers" does
    if not one and (such := P.NUM_SUCH_BEFORE_NOUN.match(text, pos)):
        pos = such.end()  # "41 such operations" counts operations (patterns.NUM_SUCH_BEFORE_NOUN)
    of = P.NUM_OF_DETERMINER.match(text, pos)
    if of and not one:
        pos = of.end()
    measure = P.NUM_MEASURE_ADJECTIVE.match(text, pos)
    if measure:  # "three 40-foot containers": the count's noun stands after the measure
        pos = measure.end()
    grade = None if one else P.NUM_GRADE_BEFORE_NOUN.match(text, pos)
    if grade:  # "214 band 3 officers": the noun stands after the pay grade
        pos = grade.end()
    model = None if one else P.NUM_MODEL_BEFORE_NOUN.match(text, pos)
    if model:  # "23 VX-400 escalators": the noun stands after the model's designation
        pos = model.end()
    more = None if one else MORE_AFTER.match(text, pos)
    if more:  # "30 more planes": "more" is a function word, the noun stands after it (morecounts.py)
        pos = more.end()
    words = _words_after(text, pos, _PLURAL_REACH if not one else 3, joined=not one)
    if not one:
        if words and words[0] in HEADCOUNT_ABBREVIATIONS:
            return words[0].casefold()  # "410 FTE": a headcount, as "410 FTEs" is
        if words and words[0] in ZERO_PLURALS and not (len(words) > 1 and is_plural(words[1])):
            return words[0]  # "bases eight aircraft" counts aircraft ("two aircraft carriers": carriers)
        if (zero := _modified_zero_plural(words)) is not None:
            return zero
        kind = _listed_kind(text, a, words)
        if kind is not None:
            return kind
        plural = [w for w in words if is_plural(w) and "." not in w and not w.isupper()]
        if not plural and any(map(shouted, words)):  # "135 JOBS will be axed": a tabloid's emphasis
            words = [w.lower() if shouted(w) else w for w in words]
            plural = [w for w in words if is_plural(w) and "." not in w and not w.isupper()]
        if plural:
            noun = _plural_head(words, plural)
            return _event_modifier(words, noun) or singular(noun)
        return _listed_group(text, a.num_end)
    before = text[:a.start].split()
    if a.spelled and before and before[-1].lower() in _BEFORE_ONE:
        return None
    head = words[:2]
    if len(head) == 2 and (head[0][0].isupper() or not _noun_like(head[0]) or _collective(head[0])):
        head = head[1:]  # "one crew member", "one police officer": the collective noun modifies the next
    if not head or not _noun_like(head[0]) or is_plural(head[0]) or singular(head[0]) in _ONE_IDIOMS:
        return None
    return singular(head[0])


def _modified_zero_plural(words: list[str]) -> str | None:
    """A zero plural after lower-case modifiers: "4,000 dead fish", "860 returning adult fish".

    The figure counts the noun as it does right before it ("4,000 fish"); read as no plural, the count
    named nothing, and a tabloid's "6,000 fish" could not meet three outlets' "4,000 dead fish" as the
    same count told another way. The modifiers (as many as `_words_after` reads, so within the noun
    phrase) must be no plural and no capitalized word (a name or a fact box's label), and no plural
    may follow ("two dead fish farms" counts farms). With one modifier only, "recorded 860 returning
    adult fish last year" counted nothing and the figure was dropped.
    """
    at = next((k for k, w in enumerate(words) if k and w in ZERO_PLURALS), None)
    if at is None or not all(w.islower() and not is_plural(w) for w in words[:at]):
        return None
    return None if len(words) > at + 1 and is_plural(words[at + 1]) else words[at]


def _plural_head(words: list[str], plural: list[str]) -> str:
    """The head of the figure's noun phrase among its plural words: the last of a run of adjacent ones.

    A noun that ends in "s" may modify the next one ("2,340 measles cases", "40 sales reps", "12 news
    outlets", "nine savings accounts"); read as the head, "measles" stood apart from another outlet's
    "2,430 cases". Two plural nouns side by side are a modifier and its head, so the later one counts.
    Only a modifier written with its "s" gives way ("six crew members" keeps "crew", as another outlet's
    "six crew" counts it), and only to a lower-case noun-like word right after it.
    """
    head = plural[0]
    n = words.index(head)
    while (head.endswith("s") and n + 1 < len(words) and words[n + 1] in plural and words[n + 1].islower()
           and _noun_like(words[n + 1])):
        n += 1
        head = words[n]
    return head


# Head nouns that say only that something happened: "96 spill events", "14 pollution incidents".
_EVENT_HEADS = frozenset({"event", "incident", "episode", "occurrence", "instance"})
# Head nouns of an action done to the noun before them: "58 branch closures" closes 58 branches, "300
# route cancellations" cancels 300 routes, as the other outlets' "close 58 branches" says. Read as
# "closure", the count stood apart from the branches it differs from. "cut" is left out: "two rate cuts"
# counts cuts, not rates.
_ACTION_HEADS = frozenset({"closure", "reduction", "cancellation", "opening", "shutdown"})


def _event_modifier(words: list[str], plural: str) -> str | None:
    """The noun before an event head ("spill" of "96 spill events"): what such a count counts, else None.

    A trade paper's "96 spill events" and a wire's "96 spills" count one
    thing; read as "event", the count stood in another noun's family, so the
    claim's consensus saw two sources on spills, not three, and a tabloid's
    rival "69 spills" stayed unique. Only a lower-case noun-like word right
    before the head ("sporting events" keeps "event").
    """
    n = words.index(plural)
    if singular(plural) not in _EVENT_HEADS | _ACTION_HEADS or n == 0:
        return None
    word = words[n - 1]
    if not word.islower() or not word.isalpha() or not _noun_like(word) or word in STOP_WORDS:
        return None
    return singular(word)


def _listed_group(text: str, pos: int) -> str | None:
    """The group one item of a listed breakdown counts: "twelve Indian, 7 Filipino and one British national".

    The list says its noun once, after the last item, so the items before
    it have only a capitalized word (a nationality, a party) and were read
    as counting nothing, and dropped: "twelve Indian" then had nothing to
    agree with another outlet's "12 Indians". The word, lower-cased, is the
    count's noun; only when another figure follows it in the list, and never
    a role word: a headline's "2 Dead, 1 Wounded" lists tolls, which the
    role readers count.
    """
    m = P.NUM_LISTED_GROUP.match(text, pos)
    if m is None or m["word"].lower() in ROLE_WORDS:
        return None
    return singular(m["word"].lower())


def _listed_kind(text: str, a: Amount, words: list[str]) -> str | None:
    """The kind one item of a lower-case breakdown counts: "gold" of "7 gold, 9 silver and 12 bronze medals".

    A breakdown by kind says each kind once, after its figure, and the noun
    they share once at the end, or not at all ("seven gold, nine silver and
    12 bronze"). The items before the last had no plural after them and were
    dropped, and the last counted the shared noun ("medal"), so one outlet's
    "seven gold" never met another's "seven golds", nor its "12 bronze" the
    other's "13 bronzes". The word right after the figure is the item's noun
    when a figure with a word of its own stands next to it in the list
    (after it, or before it for the last item); not a plural (it counts
    itself already), an adjective, a role ("3 dead, 5 injured") or a word
    that makes the figure no count; and the neighbour's word no plural.
    """
    if not words or not words[0].isalpha() or not words[0].islower():
        return None
    word = words[0]
    if (is_plural(word) or not _noun_like(word) or word in STOP_WORDS or word in _NOT_HEADS
            or word in ROLE_WORDS):
        return None
    after = P.NUM_LISTED_KIND.match(text, a.num_end)
    before = left_match(P.NUM_LISTED_KIND_BEFORE, text, a.start, 48)
    # The neighbour must be a kind too: "420 firefighters and 68 fire engines" lists two counts of nouns.
    if not ((after is not None and not is_plural(after["next"]))
            or (before is not None and not is_plural(before["prev"]))):
        return None
    if after is None and len(words) > 1 and is_plural(words[1]) \
            and len(P.NUM_LISTED_ITEM.findall(text, max(0, a.start - 60), a.start)) < 2:
        return None  # "38 oil and 12 gas tankers": two modifiers of the tankers, not a breakdown by kind
    return word


def _collective(word: str) -> bool:
    """A noun counted like a plural though it has no plural ending: "six crew", "20 police", "400 cattle"."""
    w = word.lower()
    return is_plural(w) and singular(w) == w


# The cue of an index's reading, whether the index is named in words ("air quality index") or by its
# acronym ("AQI"): the acronym's reading and the words' reading are one figure of one thing.
INDEX = "index"


def headed_count(text: str, a: Amount) -> tuple[str, ...] | None:
    """The cues of a count whose noun is not after it, or None when the figure is no such count.

    News often names what a figure counts before it ("a workforce of 2,300", "the toll rose to 12")
    or only through its verb ("93 were admitted", "seven died"). Only these shapes count, and only
    when the figure ends its noun phrase: a bare figure elsewhere is too often a score, an address,
    a legal section or a page to be reported as a fact.
    """
    if (a.spelled and a.low == 1) or a.year_like:
        return None
    among = left_match(P.NUM_AMONG_THE, text, a.start, 64)
    if among is not None and among["word"] not in _NOT_HEADS and among["word"] not in STOP_WORDS:
        return (singular(among["word"]),)  # "14 schools were among the 312 closed" (or "shut"): 312 schools
    apposed = left_match(P.NUM_ONE_OF_APPOSED, text, a.start, 96)
    if (apposed is not None and not is_plural(apposed["word"]) and _noun_like(apposed["word"])
            and apposed["word"] not in _NOT_HEADS and apposed["word"] not in STOP_WORDS):
        return (apposed["word"],)  # "The shelter at the leisure centre, one of two opened": two shelters
    one_of = left_match(P.NUM_ONE_OF_SUBJECT, text, a.start, 96)
    if one_of is not None:
        word = one_of["word"].lower()
        if not is_plural(word) and _noun_like(word) and word not in _NOT_HEADS and word not in STOP_WORDS:
            return (word,)  # "The Saker is one of only three of the type still flying": three Sakers
    subject = _subject_cue(text, a)
    if subject is not None or not _ends_phrase(text, a.num_end):
        return subject
    if left_match(P.NUM_INDEX_OF, text, a.start, 24) is not None:
        return (INDEX,)  # "an AQI of 212" reads as "an air quality index of 212" does
    head = left_match(P.NUM_HEAD_OF, text, a.start)
    if head is not None:
        word = head["word"]
        return None if word in _NOT_HEADS or word in STOP_WORDS else (singular(word),)
    verb = left_match(P.NUM_HEAD_VERB, text, a.start, 64)
    if verb is not None:
        word = (verb["word"] or "").lower()
        if ((not word or word in STOP_WORDS)
                and left_match(P.NUM_INDEX_BEFORE_VERB, text, verb.start(), 24) is not None):
            return (INDEX,)  # "the AQI stood at 212": an index's level, as "the index stood at 212" is
        if word and (subject_head := _head_before_phrase(text, verb.start("word"))) is not None:
            word = subject_head  # "repossessions by landlords reached 9,460": repossessions
        return () if not word or word in STOP_WORDS or word in _NOT_HEADS else (singular(word),)
    tally = _tally_cues(text, a)
    return tally if tally is not None else _object_cue(text, a)


# A plural noun and the place, agent or cause phrase after it, ending where the word before a verb of
# change starts: "Evictions in ", "Repossessions by private and social ", "Calls to the ". Up to four
# words between the preposition and that word; no punctuation, so the phrase stays in one clause.
_HEAD_BEFORE_PHRASE = regex(
    r"\b(?P<head>[A-Za-z][a-z-]{2,}s)\s+(?:by|in|at|across|from|among|on|to|for|with|within|outside|under)"
    r"\s+(?:[A-Za-z][\w'’-]*\s+){0,4}$")


def _head_before_phrase(text: str, word_start: int) -> str | None:
    """The plural head of the subject when the word before a verb of change ends a phrase after it.

    "Bailiff repossessions by private and social landlords reached 9,460",
    "Evictions in Lammasport rose to 2,380": the word right before the verb
    is the object of a preposition (the agent, the place), not what the
    figure counts; read as the noun, another outlet's "9,460 households"
    was set apart from the story's count as a count of people against one
    of households (countclasses.kinds_apart), and a place was taken for a
    noun. The subject's head is the plural noun before the preposition.
    "of" is left out: "the number of evictions rose to" names its noun last.
    """
    m = left_match(_HEAD_BEFORE_PHRASE, text, word_start, 80)
    if m is None:
        return None
    head = m["head"].lower()
    if head in STOP_WORDS or head in _NOT_HEADS or not is_plural(head) or not _noun_like(head):
        return None
    return head


def _object_cue(text: str, a: Amount) -> tuple[str, ...] | None:
    """ "Slashes the council's working majority to 12": the figure is the object's new count.

    The shape NUM_HEAD_VERB reads with the noun before its verb ("the
    majority was cut to 12") is written just as often with the verb first;
    another outlet's "to 12 seats" then met nothing. Only a noun-like head
    that is no label, unit or ordinal (_NOT_HEADS) counts.
    """
    obj = left_match(P.NUM_OBJECT_TO, text, a.start, 96)
    if obj is None:
        return None
    word = obj["word"].lower()
    if word in STOP_WORDS or word in _NOT_HEADS or not _noun_like(word):
        return None
    return (singular(word),)


# How far before a figure a tally's verb may stand ("bring the number of infected premises confirmed
# nationally this season to"), in characters.
_TALLY_REACH = 120


def _tally_cues(text: str, a: Amount) -> tuple[str, ...] | None:
    """ "Bring the number of infected farms to 27", "taking the total to 40": the tally's new count.

    The verb's object names the tally and, after "the number of", what it
    counts, however many words stand before "to"; the figure is then the
    tally's count of that noun ("27 infected farms"), or a bare total.
    """
    tally = left_match(P.NUM_TALLY_TO, text, a.start, _TALLY_REACH)
    if tally is None or P.NUM_ROLE_STOP.search(_without_joined_nouns(text, tally)):
        return None
    if tally["of"] is None:
        return ()
    counted = [w.lower() for w in text[tally.end("of"):a.start].split()[:3]]
    noun = next((w for w in counted if is_plural(w) and w not in STOP_WORDS), None)
    return (singular(noun),) if noun is not None else ()


def _without_joined_nouns(text: str, tally: re.Match[str]) -> str:
    """The tally's text with "and"/"or" between two plurals right after "of" read past.

    A joiner ends a tally's clause ("bring the number of farms and ... to"),
    but "bring the total number of people and entities under the sanctions to
    212" names one tally of two plurals: the stop there dropped the figure
    while another outlet's "212 designations" was read.
    """
    # the group "of" may stay empty when "total" is read as the tally's word ("the total number of ...")
    cut = tally.group(0).find(" of ") + len(" of")
    if cut < len(" of"):
        return tally.group(0)
    rest = tally.group(0)[cut:]
    words = rest.split(maxsplit=3)
    if (len(words) >= 3 and words[1].lower() in ("and", "or")
            and is_plural(words[0]) and is_plural(words[2].rstrip(",.;:"))):
        return tally.group(0)[:cut] + rest.replace(f" {words[1]} ", " ", 1)
    return tally.group(0)


def _ends_phrase(text: str, pos: int) -> bool:
    """True when only punctuation, a function word or a past-tense verb follows the figure.

    A following noun means the figure labels or measures something ("rose to 12 points" was read
    as a count of points already; "at 12 Baker Street" is an address), so it is left alone.
    """
    m = P.NUM_PHRASE_END.match(text, pos)
    if m is None:
        return False
    word = (m["word"] or "").lower()
    return not word or word in STOP_WORDS or word in _PHRASE_FOLLOWERS or word.endswith("ed")


def _subject_cue(text: str, a: Amount) -> tuple[str, ...] | None:
    """ "93 were admitted" -> ("admitted",): the figure opens its clause and a verb follows.

    "Nine of those rescued were crew.", "58 of those counted were women": a
    partitive pronoun and its participle between a sentence's opening figure
    and its verb name no noun of their own, so the verb's word counts the
    figure as it does "12 were children" (`_opens_sentence`). "Four of them
    are teenagers" is left to the part readers (a part of the count before).
    """
    before = left_match(P.NUM_SUBJECT_BEFORE, text, a.start, 16)
    if not before and a.start != 0:
        return None
    partitive = P.NUM_SUBJECT_PARTITIVE.match(text, a.num_end) if _opens_sentence(before) else None
    m = P.NUM_SUBJECT_VERB.match(text, a.num_end if partitive is None else partitive.end())
    if m is None or (m["part"] or "").lower() in STOP_WORDS:
        return _placed_cue(text, a) or (None if m is None else _subject_word(m, before))
    return _subject_word(m, before)


def _opens_sentence(before: re.Match[str] | None) -> bool:
    """Whether a subject figure opens its sentence (NUM_SUBJECT_BEFORE matched a full stop, or nothing).

    "40 boxes fell, and four of them were carrying fuel": after a count in its own
    sentence a partitive figure is a part of that count, which the readers of
    such parts take (numbercontext); only a sentence's opening figure, whose whole
    stands in another sentence, is read through its partitive here.
    """
    return before is None or before.group(0).strip() in ("", ".", ";", ":")


def _subject_word(m: re.Match[str], before: re.Match[str] | None) -> tuple[str, ...] | None:
    """The cues NUM_SUBJECT_VERB's word gives a subject figure, or None when that word says nothing."""
    word = (m["part"] or m["verb"] or m["past"]).lower()
    if m["past"] and word in ROLE_WORDS:
        return None  # "23 arrested": its role alone makes it a count, a headline's shorthand (extract)
    if word in STOP_WORDS or word in _NOT_HEADS:
        return None
    # "Five bombs were dropped, of which four exploded": some of the whole named before, never its rival
    return (word, PART) if before is not None and "which" in before.group(0).lower() else (word,)


def _placed_cue(text: str, a: Amount) -> tuple[str, ...] | None:
    """ "Of the 80 recruits, 65 are still with the firm" -> ("firm",): a subject figure placed by its clause.

    A figure that opens its clause and is only placed ("12 were still on board", "150 were in post") is a
    count as surely as "12 were rescued"; without its place it was dropped as a bare figure, and another
    outlet's count of the same people met nothing. A place a role word names ("in hospital", "in custody")
    is left to the role cues, which say more.
    """
    m = P.NUM_SUBJECT_PLACE.match(text, a.num_end)
    if m is None or P.NUM_ROLE_WORD.search(m.group(0)) is not None:
        return None
    word = m["place"].lower()
    if word in STOP_WORDS or word in _NOT_HEADS or word in ROLE_WORDS:
        return None
    return (word,)
