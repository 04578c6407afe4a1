"""People and organizations named in an article.

Precision matters more than recall here: every entity becomes a fact, and a
heading word or a month taken for a name is noise in every report. So a
capitalized run only counts as a person with evidence: a title before it
("Defense Secretary Pete Hegseth"), a known given name ("Geoffrey Gertz"), an
appositive after it (", a senior fellow"), a verb of saying, or an
"according to". Organizations come from the alias table, from names that end
in an institutional word ("Center for a New American Security"), from a
company role before a person ("Anthropic CEO ...") and from acronyms the
article defines ("Department of Defense (DOD)"); :mod:`sourcediff.extract.orgs`
finds them, this module merges them with the people. News outlets are recognised
only to be left out: they report the story, they are not part of it.

Hand rules were chosen over an NLP library: the light ones available have no
named-entity model, and spaCy's models would have to ship as a heavy package;
the rules below are explicit, fast and tested.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from sourcediff.bylines import unsigned_byline_span
from sourcediff.extract import patterns as P
from sourcediff.extract.aliases import ORG, OUTLET, lookup
from sourcediff.extract.orgs import (
    NOT_NAMES,
    ORG_WORDS,
    TITLE_HEADS,
    alias_hits,
    cap_runs,
    given_names,
    learned_orgs,
    strip_possessive,
)
from sourcediff.extract.sentencesubject import common_word, opens_sentence, pronoun_speaks_next
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import Entity

# Titles of rank that belong to the name itself: "Lord Ashby", "Dame Sarah Gilbert", "Sir Keir Starmer".
HONORIFICS = frozenset("Sir Dame Lord Lady Baroness Baron Viscount Earl Duke Duchess Countess".split())
# Post-nominal letters written after a person's name, in capitals ("Nathan Roe SC", "Jane Doe KC", "John
# Roe MP", "Ann Lee OBE"): senior counsel, members of a parliament, honours. They are no part of the name,
# and left in the run they read as an acronym that unmakes it.
POST_NOMINALS = frozenset("SC QC KC MP MSP MEP MLA MPP OBE MBE CBE KBE DBE".split())
# Articles whose scan is kept: the extractors of one article run back to back, so a few suffice.
SCAN_CACHE_SIZE = 8
# Given names are not enough evidence alone when the run is this long: it is a heading or a title.
MAX_NAME_TOKENS = 4
# A token of a capitalized run: what str.split() keeps (the regex's white space is str.isspace).
_TOKEN = regex(r"\S+")
# Nouns that describe a private person and stand right before the name ("grandmother Jane Roe", "nurse
# Jane Roe", "Pensioner Jane Roe said"): evidence of a person when the given name is one no list holds.
# General English, never words that also head the name of a body or a place.
PERSON_DESCRIPTORS = frozenset("""
mum mom mother dad father grandmother grandfather grandma grandpa gran granny grandad grandson
granddaughter wife husband widow widower son daughter brother sister aunt uncle niece nephew cousin
fiance fiancee girlfriend boyfriend neighbour neighbor friend colleague man woman boy girl teenager
schoolboy schoolgirl resident pensioner retiree driver nurse doctor teacher student pupil worker farmer
shopkeeper shopper commuter passenger rider customer patient victim survivor witness mechanic cleaner
carer caregiver volunteer veteran businessman businesswoman entrepreneur campaigner activist protester
landlord landlady tenant homeowner parent firefighter paramedic midwife surgeon chef waiter waitress
cyclist motorist pedestrian fisherman builder electrician plumber lawyer solicitor barrister accountant
singer songwriter rapper musician actor actress comedian dancer performer contestant presenter novelist
poet painter sculptor composer athlete sprinter swimmer skier boxer wrestler striker goalkeeper midfielder
defender winger batsman bowler jockey golfer runner-up
""".split())
# Endings that make a word a trade or a science's practitioner ("geologist", "meteorologist",
# "photographer", "statistician"), however rare the trade: the expert a disaster story quotes is as often a
# volcanologist or a hydrologist as a doctor, and no list holds every science. No surname or given name ends
# so; "-ician" is kept to the trades (not "Galician", a people), so a word must be longer than the ending.
PROFESSION_ENDINGS = ("ologist", "ographer", "ometrist", "iatrist", "ician")
# Names that end like a trade yet are a people or a place's adjective, never a person's trade.
_NOT_PROFESSIONS = frozenset({"galician", "phoenician", "patrician"})
# Last words of a capitalized run that make it a body, a place or a publication, never a person's name,
# though a title or a verb of saying stands by it ("Ashbridge General Hospital", "Norvale Police said",
# "told Transport Policy Review"). Only words that are (almost) never surnames.
NON_PERSON_TAILS = frozenset("""
Hospital Hospitals Clinic Infirmary Police Health Healthcare Review Gazette Tribune Herald Magazine
Airport Station Stadium Museum Library Cathedral Mosque Avenue Road Street Boulevard Square Prison
School Schools Network Project Programme Program Initiative Data Online Unit Hotel Hotels Theatre Theater
Gallery Galleries Observatory Archives Planetarium Aquarium Zoo Conservatory
Arena Foods Festival Orchestra Choir Club Cafe Café Brewery Bakery Farms Motors Shipping Mining
Port Harbour Harbor Valley Island Islands Province County District Region Village
""".split())
# Endings of a coined company word ("Agrichem", "Medtech", "Novapharma", "Datacorp", "Kelsoft",
# "Infotronics"): the last word of a firm's name, never of a person's, so "Morgan Agrichem said" is a
# company whose first word happens to be a given name. No given name or surname ends so.
COINED_TRADE_ENDINGS = ("chem", "tech", "corp", "pharma", "soft", "tronics")
# Last words that end a body's or a place's name of three words or more ("Orrel National Park", "Old Mill
# Bridge") but are surnames too ("Grace Park", "Jo Bridge"), so a two-word run keeps them.
LONG_NON_PERSON_TAILS = frozenset("Park Parks Bridge Mills Hall Gardens".split())
# First words of a place's name that no given name is ("Port Tavish said", "Mount Kessow", "Lake Ilvar"):
# the run is a place whatever verb follows it.
PLACE_HEADS = frozenset("Port Fort Mount Lake Cape Isle Bay Gulf".split())
# How far before a run its institution's head and "of" are looked for ("Conservatory of the ").
_INSTITUTION_REACH = 30
# Words that open a sentence before a name ("Yet Roe said", "Both Roe and ..."): never a given name.
SENTENCE_OPENERS = frozenset("""
Yet Though Although Neither Nor Both Either Then While Whilst Once Still Even Only Also Thus Hence Because
Since Unlike Like Despite Besides Instead Perhaps Maybe Now Soon Again Until Unless Whether Whatever
When Where Why What Who Which Asked Told Under Over Against Among Between Without Within Through Except
All Each Every Some Many Most Few Several Such Another Other Let Please Thanks Had Has Have Was Were Is
Are Did Does Do Could Would Should Will Can May Might Must Last Next First New Former Late Young Old
""".split())
# Connectives and time words that open a sentence before its subject ("But", "Then", "Meanwhile"): a
# capitalized run they begin is that word and then the name, never a name starting with them.
CONNECTIVE_OPENERS = frozenset("""
But And Or So Yet Then Still Also Meanwhile However Now Instead Earlier Later Today Yesterday Tonight
Though Although While Whilst Once Even Only Thus Hence Perhaps Maybe Soon Again Nor
""".split())
# Prepositions that open a sentence before a name ("For Tilly Grannock, who sells yarn online, the timing
# could hardly be worse", "With Ansel Torvik in goal, ..."): a capitalized run they begin is the preposition
# and then the name, as after a connective; none of them is a given name.
PREPOSITION_OPENERS = frozenset("For With From After Before Despite Unlike Like Against Among".split())
# Nouns for a people's members that a tabloid puts before a name ("Veteran Kiwi Jane Roe", "Brit Jane Roe"):
# a description, never a given name. Nouns that are also common given names or surnames ("Finn", "Dane",
# "Pole", "English") are left out.
NATIONAL_NOUNS = frozenset("""
Scot Scotsman Scotswoman Welshman Welshwoman Irishman Irishwoman Englishman Englishwoman Briton Brit
Frenchman Frenchwoman Dutchman Dutchwoman Aussie Kiwi Yank Swede Spaniard Icelander Geordie Scouser
Cornishman Ulsterman Manxman Brummie Glaswegian Dubliner Londoner Parisian Berliner New-Yorker
""".split())
# Titles of address a surname alone takes ("Ms Roe"): the surname is a person's, whatever the given name.
ADDRESS_TITLES = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Mx Dr Dr. Prof Prof.".split())


def descriptor(word: str) -> str | None:
    """The person noun a word is, folded, or None: "Grandmother" -> "grandmother", "mum-of-two" -> "mum".

    A kin word with "-of-N" or "-to-be" ("father-of-three", "mother-to-be") is its first part; any other
    hyphenated compound is headed by its last part ("great-gran", "super-gran", "co-founder"), so
    "Great-gran Ottoline Varrow" opens with a descriptor as "Gran Hilde Varrow" does.
    """
    w = word.casefold().rstrip(".,")
    if "-of-" in w or w.endswith("-to-be"):
        w = w.split("-", 1)[0]
    elif "-" in w and w.rsplit("-", 1)[1] in PERSON_DESCRIPTORS:
        w = w.rsplit("-", 1)[1]
    return w if w in PERSON_DESCRIPTORS or _profession(w) else None


def _profession(folded: str) -> bool:
    """A trade by its ending: "geologist", "Seismologist", "photographer" (see PROFESSION_ENDINGS)."""
    if not folded.endswith(PROFESSION_ENDINGS) or not folded.isalpha() or folded in _NOT_PROFESSIONS:
        return False  # one C call first: few words have a trade's ending (perf42)
    return any(folded.endswith(e) and len(folded) > len(e) + 1 for e in PROFESSION_ENDINGS)


@dataclass(frozen=True)
class Found:
    """One entity occurrence before it becomes a Mention."""

    span: Span
    name: str
    type: str  # person | org


@dataclass(frozen=True)
class NameIndex:
    """What the whole article teaches about names, used by the quote extractor too.

    ``people`` maps full names and their last names to the full name;
    ``orgs`` maps every spelling seen in the article to a canonical name;
    ``titles`` keeps the title words seen before each person ("CEO").
    """

    people: Mapping[str, str]
    orgs: Mapping[str, str]
    outlets: frozenset[str]
    titles: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def person(self, name: str) -> str | None:
        """The full name for a full or short name known in this article."""
        return self.people.get(strip_possessive(name))

    def org(self, name: str) -> str | None:
        """The canonical name of an organization known to the article or the alias table."""
        key = strip_possessive(name.removeprefix("the ").removeprefix("The "))
        if key in self.orgs:
            return self.orgs[key]
        found = lookup(key)
        return found[0] if found and found[1] == ORG else None

    def outlet(self, name: str) -> bool:
        key = strip_possessive(name.removeprefix("the ").removeprefix("The "))
        found = lookup(key)
        return key in self.outlets or (found is not None and found[1] == OUTLET)


def passage_locator(passages: tuple[Passage, ...]) -> Callable[[int], int]:
    """Offset -> index of the passage holding it (the nearest one before when none does)."""
    starts = [p.start for p in passages]

    def locate(pos: int) -> int:
        if not passages:
            return 0
        return passages[max(bisect_right(starts, pos) - 1, 0)].index

    return locate


class Coverage:
    """Characters already claimed by a mention, so later finds neither overlap nor repeat them.

    A mask over the text keeps every check proportional to the span, not to
    the number of mentions (long articles have thousands).
    """

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size)

    def add(self, span: Span) -> None:
        self.mask[span.start:span.end] = b"\x01" * len(span)

    def overlaps(self, span: Span) -> bool:
        return any(self.mask[span.start:span.end])

    def covers(self, span: Span) -> bool:
        return len(span) > 0 and all(self.mask[span.start:span.end])


# --------------------------------------------------------------------------- people


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words) of a capitalized run: the name follows the last title head.

    An honorific of rank starts the name instead ("Lord Ashby", "Sir Keir
    Starmer"): peers are known by it, and "Lord" alone is nobody's title.
    """
    heads = [i for i, t in enumerate(tokens) if t in TITLE_HEADS]
    if heads:
        last = heads[-1]
        if tokens[last] in HONORIFICS and last + 1 < len(tokens):
            return tokens[:last], tokens[last:]
        return tokens[: last + 1], tokens[last + 1:]
    if _family_first(tokens):
        return [], tokens  # "Nguyen Thi Lan": the family name, not a title, before the listed "Thi"
    names = given_names()
    for i, tok in enumerate(tokens[:-1]):
        if tok in names and tok not in NOT_NAMES and not (tok in NATIONAL_NOUNS and i < len(tokens) - 2):
            return tokens[:i], tokens[i:]
    if len(tokens) >= 3 and (tokens[0] in CONNECTIVE_OPENERS or tokens[0] in PREPOSITION_OPENERS):
        # "But Kenrick Auldbury, the club's chairman, ...": the sentence's connective glued to a name whose
        # given name no list holds; the name is the rest, as it is after a listed one ("But Tom Roe").
        titles, name = split_title(tokens[1:])
        return [tokens[0], *titles], name
    # "Mum-of-two Jane Roe", "Pensioner Jane Roe", "Veteran Kiwi Jane Roe": person nouns and nationals'
    # nouns before a name of at least two words are its description, not its given name.
    lead = 0
    while lead < len(tokens) - 2 and (descriptor(tokens[lead]) or tokens[lead] in NATIONAL_NOUNS):
        lead += 1
    if lead:
        return tokens[:lead], tokens[lead:]
    return [], tokens


# Vietnamese middle names that mark a family-name-first name of three words ("Nguyen Thi Lan", "Tran Van
# Minh"): the word before them is the family name, not a title before a given name.
VIETNAMESE_MIDDLES = frozenset("Thi Thị Van Văn".split())
# A given name written with a hyphen and a lower-case second part ("Ji-woo", "Seo-yeon", "Xiao-ming"): Korean
# and some Chinese names, which put the family name first. A hyphenated surname capitalizes both parts.
# Both parts are one syllable of two to four letters in romanization; English prefixes and participles of
# that size ("Post-war", "Ex-wife", "State-run" is longer) are no given name.
_HYPHENATED_GIVEN = regex(r"(?!(?:Anti|Post|Pre|Mid|Non|Co|Ex|Pro|Self|Semi|Re|Sub|Off|Out|Over|All|Half|Full"
                          r"|Well|Long|High|Low|Top|Up|Vice|Neo|Pan|Far|Near)-)[A-Z][a-z]{1,3}"
                          r"-(?!(?:led|run|era|born|made|held|wide|free|like|only|old|year|up|in|off|out|on)\b)"
                          r"[a-z]{2,4}")


def _family_first(tokens: list[str]) -> bool:
    """Whether the run's own shape says its first word is the family name, the short form news uses.

    Why: "Han Ji-woo" is "Han" on second mention and "Nguyen Thi Lan" is
    "Nguyen"; read in Western order, the short form was the last word (or
    "Nguyen" was a title), so "Han said" named nobody the article knew.
    """
    if len(tokens) == 2 and _HYPHENATED_GIVEN.fullmatch(strip_possessive(tokens[1])):
        return tokens[0] not in NOT_NAMES and tokens[0] not in TITLE_HEADS  # "Park" is common in English too
    return (len(tokens) == 3 and tokens[1] in VIETNAMESE_MIDDLES and tokens[0][:1].isupper()
            and not common_word(tokens[0]) and tokens[0] not in NOT_NAMES and tokens[0] not in TITLE_HEADS)


def _valid_name(tokens: list[str]) -> bool:
    """Name words only: no months, pronouns, acronyms or institutional words."""
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return False
    for i, tok in enumerate(tokens):
        bare = strip_possessive(tok)
        if i == 0 and bare in HONORIFICS and len(tokens) > 1:
            continue
        if bare in NOT_NAMES or bare in ORG_WORDS or lookup(bare):
            return False
        if i == len(tokens) - 1 and (bare in NON_PERSON_TAILS or _coined_trade_word(bare)):
            return False
        if i == 0 and len(tokens) > 1 and bare in PLACE_HEADS:
            return False
        if i == len(tokens) - 1 and len(tokens) > 2 and bare in LONG_NON_PERSON_TAILS:
            return False
        if len(bare) > 1 and bare.isupper() and not P.INITIALS.fullmatch(bare):
            return False
    return True


def _coined_trade_word(word: str) -> bool:
    """A coined company word ("Agrichem", "BioTech"): longer than its trade ending, which it ends with."""
    folded = word.casefold()
    return any(folded.endswith(e) and len(folded) > len(e) + 1 for e in COINED_TRADE_ENDINGS)


def _person_evidence(text: str, start: int, end: int, titles: list[str], name: list[str],
                     surnames: frozenset[str] = frozenset(), lower: frozenset[str] = frozenset()) -> bool:
    """Whether the context says this capitalized run is a person.

    A known given name is one kind of evidence, but no list holds every
    culture's names, so the sentence's structure counts as much: a person
    descriptor before the name ("grandmother", "Mum-of-two", "nurse"), an
    age after it (", 34,"), an inverted attribution ('said Jane Roe.'), or
    its surname used alone with a title or a verb of saying elsewhere in
    the article (``surnames``: "Ms Roe", "Roe said"). That structure only
    says the run holds a person, not where the name starts: a first word the
    article also writes in lower case (``lower``: "While Roe said", "So
    Roe") is a sentence's opening word, not a given name.
    """
    if (titles and any(t in TITLE_HEADS for t in titles)) or name[0] in HONORIFICS or _family_first(name):
        return True
    before, after = text[max(0, start - 40): start], text[end: end + 120]
    if (role := P.ROLE_BEFORE.search(before)) or before.endswith(("according to ", "According to ")):
        # A bare office word ("minister Roe") or a role set off by a comma ("the minister, Roe") is too
        # little alone: a comma also closes "the director, Ashford" (a place); a full name is needed.
        return len(name) >= (2 if role and (role["office"] or role["comma"] or role["brief"]) else 1)
    if len(name) < 2:
        return False
    if name[0] in given_names():
        return True
    if P.PERSON_APPOSITIVE.match(after) or P.HANDLE_AFTER.match(after):
        return True
    if _may_open_a_name(name, _lower_words_that_bind(before, after, name, lower)) and _structure_says_person(
            before, after, titles, name, surnames):
        return True
    # Only a run that is the name from its first word: after a connective ("But Tarvo Isles coach Tim Roe
    # was gutted.") the "he" who speaks next may be someone the sentence names later.
    if (_may_open_a_name(name, lower) and len(name) <= 3 and not common_word(name[0])
            and not (titles and titles[0] in CONNECTIVE_OPENERS) and pronoun_speaks_next(text, start, end)):
        return True
    verb = P.SPEECH_VERB.match(after.lstrip())
    return verb is not None and after[:1] == " " and not P.CLAIMED_DEED.match(after.lstrip())


# First words of a place's name ("said North Korea."): a word the article also writes in lower case
# ("the north") keeps them out of a name even right after a verb of saying.
_PLACE_OPENERS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater Saint".split())


def _lower_words_that_bind(before: str, after: str, name: list[str], lower: frozenset[str]) -> frozenset[str]:
    """The lower-case words that bar a given name here: none right after a verb of saying.

    'said Per Ekvall.' cannot be a sentence's opening word followed by a
    name, so a given name that is also a common word ("Per" of "per cent",
    "Will", "Hope", "Rich") opens the name there, as long as the clause
    ends after it. Compass words keep the bar ("said North Korea.").
    """
    if name[0] in _PLACE_OPENERS:
        return lower
    inverted = P.SAID_BEFORE.search(before) is not None and P.CLAUSE_END_AFTER.match(after) is not None
    return frozenset() if inverted else lower


def _may_open_a_name(name: list[str], lower: frozenset[str]) -> bool:
    """Whether the run's first word may be an unlisted given name, not a sentence's opening word.

    Not a word the article writes in lower case too ("While", "So"), a
    connective ("Yet", "Both"), an adverb or a participle ("Ironically",
    "Joining"), and no possessive before the last word ("Men's Team Roe").
    """
    first = name[0]
    if first.casefold() in lower or first in SENTENCE_OPENERS:
        return False
    if len(first) > 5 and first.endswith(("ly", "ing")):
        return False
    return not any(w.endswith(("'s", "’s")) for w in name[:-1])


def _structure_says_person(before: str, after: str, titles: list[str], name: list[str],
                           surnames: frozenset[str]) -> bool:
    """A descriptor or age before the name, an age or kin clause after it, said-inversion, lone surname."""
    if (titles and descriptor(titles[-1])) or name[-1] in surnames:
        return True
    if len(name) == 2 and name[0] in surnames:
        return True  # a family name first ("Li Wenjun" ... "Li said") is a lone surname too
    word = P.WORD_BEFORE.search(before)
    if word and descriptor(word["word"]):
        return True
    # "19-year-old deckhand Jo Roe": an age before the name says person whatever the trade noun is.
    if P.AGE_BEFORE.search(before):
        return True
    # "His mother, Morwenna Roe, spoke ...": the descriptor is set off by commas (an apposition), so
    # WORD_BEFORE, which wants it touching the name, never saw it and an unlisted given name was dropped.
    set_off = P.DESCRIPTOR_COMMA_BEFORE.search(before)
    if set_off and descriptor(set_off["word"]) and P.APPOSITION_CLOSE_AFTER.match(after):
        return True
    return P.AGE_AFTER.match(after) is not None or P.KIN_RELATIVE_AFTER.match(after) is not None or (
        _descriptor_appositive(after)) or (
        P.SAID_BEFORE.search(before) is not None and P.CLAUSE_END_AFTER.match(after) is not None)


# Words that end an appositive's head phrase: what follows them is another noun's ("a firm for drivers").
_APPOSITIVE_STOPS = frozenset("of for to with from by at in on and or who whose which that".split())


def _descriptor_appositive(after: str) -> bool:
    """", a bus driver", ", the local resident": an appositive headed by a private person's noun.

    The same nouns that make a person before the name ("driver Jane Roe") do
    after it, since an unlisted given name is as common among witnesses and
    residents as among officials (whose roles PERSON_APPOSITIVE reads).
    """
    m = P.DESCRIPTOR_APPOSITIVE_AFTER.match(after)
    if m is None:
        return False
    for word in m["words"].split():
        if word in _APPOSITIVE_STOPS:
            return False
        if descriptor(word):
            return True
    return False


def _lone_surnames(text: str, lower: frozenset[str] = frozenset(), *,
                   with_given: bool = False) -> frozenset[str]:
    """Single capitalized words the article uses as a person's surname: "Ms Roe", "Roe said".

    ``with_given`` keeps words the given-name list holds ("Li said"): a
    family name may be a given name elsewhere, and the full name it shortens
    is asked of the article, not the list (``_full_names``).

    A two-word run with no other evidence is a person when its last word is
    one of these: the article itself treats that word as somebody's name.
    A sentence's opening word glued to the surname ("Later Roe said", "But
    Roe told") is no part of it (``lower``: words the article writes in lower
    case too).
    """
    out = set()
    for m in cap_runs(text):
        tokens = m.group().split()
        if len(tokens) == 2 and tokens[0] in ADDRESS_TITLES:
            word = strip_possessive(tokens[1])
        elif len(tokens) == 1 and _said_after(text, m.end()):
            word = tokens[0]
        elif len(tokens) == 2 and _opener_before_surname(text, m.start(), m.end(), tokens[0], lower):
            word = tokens[1]
        else:
            continue
        if _valid_name([word]) and (word not in given_names() or with_given):
            out.add(word)
    return frozenset(out)


@dataclass(frozen=True)
class Run:
    """A capitalized run taken for a person; ``weak`` when it stands where places do ("flew to X")."""

    span: Span
    titles: list[str]
    name: list[str]
    weak: bool


def _token_starts(run: str) -> list[int]:
    """Offsets of the white-space separated tokens of a run (as ``run.split()`` cuts them)."""
    return [t.start() for t in _TOKEN.finditer(run)]


def staff_lines(text: str) -> list[Span]:
    """The lines that name the article's writers and editors (bylines, wire credit lines).

    "By Sam Reyes" above one outlet's story, or "(Reporting by Lucia Mendez;
    Editing by Ruth Keane)" below a wire story, names who wrote it, not who
    is in it: each such name was listed as a detail only that source adds,
    beside the story's real people, in every comparison of bylined copy.
    """
    return [Span(m.start(), m.end()) for m in P.LINE.finditer(text) if P.STAFF_LINE.fullmatch(m.group())]


# How far before a capitalized run its office's "Minister of" may start, in characters.
_OFFICE_REACH = 40


def _person_runs(text: str, skip: Coverage, surnames: frozenset[str]) -> Iterator[Run]:
    """Capitalized runs that are people, by their own words or their context; not the writers'."""
    lower = frozenset(P.LOWER_WORD.findall(text))
    staff = staff_lines(text)
    for m in cap_runs(text):
        if skip.covers(Span(m.start(), m.end())):
            continue
        if any(line.start <= m.start() < line.end for line in staff):
            continue
        if P.INSTITUTION_OF_BEFORE.search(text, max(0, m.start() - _INSTITUTION_REACH), m.start()):
            continue  # "Museum of Natural Sciences": the rest of an institution's name
        tokens = _without_post_nominals(m.group().split())
        titles, name = split_title(tokens)
        office = not titles and len(name) >= 3 and P.OFFICE_OF_BEFORE.search(
            text, max(0, m.start() - _OFFICE_REACH), m.start()) is not None
        if office:
            titles, name = name[:1], name[1:]  # "Minister of State Tariq al-Hadi": "State" ends the title
        if name:
            name[-1] = strip_possessive(name[-1])
        if not _valid_name(name) or P.CREDIT_AFTER.match(text, m.end()):
            continue
        # The name starts at its first token; a no-break space between the words ("Pete\u00a0Hegseth") is
        # one of the run's spaces too, which looking up the words joined by " " missed (span -1 crashed).
        start = m.start() + _token_starts(m.group())[len(titles)] if titles else m.start()
        end = start + len(" ".join(name))
        if office or _person_evidence(text, m.start(), m.end(), titles, name, surnames, lower):
            place = P.LOCATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            weak = not titles and place is not None
            yield Run(Span(start, end), titles, name, weak)


def _without_post_nominals(tokens: list[str]) -> list[str]:
    """A run's words before trailing post-nominal letters ("Nathan Roe SC" -> "Nathan Roe").

    Only after two other words: "Roe SC" or "Labour MP" is too little to
    be sure a person is named (and "MP" there is the title of a name that
    follows).
    """
    out = list(tokens)
    while len(out) > 2 and strip_possessive(out[-1]).rstrip(",") in POST_NOMINALS:
        out.pop()
    return out


def _strong_runs(text: str, skip: Coverage, surnames: frozenset[str]) -> list[Run]:
    """Person runs, keeping one in a place's position only when the article names that person elsewhere.

    "told reporters in Santiago de Compostela" starts with a given name but is
    a city; "a swipe at Elon Musk" is kept because Musk is named as a person
    somewhere else in the article.
    """
    runs = list(_person_runs(text, skip, surnames))
    sure = {" ".join(r.name) for r in runs if not r.weak}
    return [r for r in runs if not r.weak or " ".join(r.name) in sure]


def _full_names(runs: list[Run], surnames: frozenset[str] = frozenset()) -> dict[str, str]:
    """Full and short spellings to one full name; "Sir Keir Starmer" absorbs "Keir Starmer".

    The short form is the last word, or the first of a family-name-first name
    (``_family_first``) or of one whose first word the article uses alone as
    a surname (``surnames``: "Li Wenjun" ... "Li said"), when the list knows
    that word as a name: "Brennick said" of "Brennick Maritime" is the body."""
    fulls = {" ".join(r.name) for r in runs if len(r.name) >= 2}
    people = {f: f for f in fulls}
    for f in sorted(fulls):
        first, _, bare = f.partition(" ")
        if first in HONORIFICS:
            people[bare] = f
    last: dict[str, set[str]] = {}
    for f in fulls:
        last.setdefault(f.split()[-1], set()).add(people[f])
    names = given_names()
    for f in fulls:
        first = f.split()[0]
        if _family_first(f.split()) or (first in surnames and first in names):
            last.setdefault(f.split()[0], set()).add(people[f])  # "Han Ji-woo" is "Han", "Li Wenjun" "Li"
    people.update({short: next(iter(fs)) for short, fs in last.items() if len(fs) == 1})
    return people


def _epithets(text: str, runs: list[Run]) -> tuple[list[Run], dict[Span, str]]:
    """Runs that are an epithet before a given name the article gives in full: "Tearful Irene hugged".

    Tabloids open a sentence with an adjective and a first name ("Brave
    Kirsty", "Tearful Irene") after naming the person in full once. Taken
    as a name, "Tearful Irene" was a second person, and the quotes the
    article then gave to "she" went to that stranger. A two-word run that
    opens a sentence, whose first word is no known given name and whose
    second is the first word of exactly one full name in the article, is
    that person, written from the given name on. Returns the runs with each
    such run cut to its given name, and those runs' spans -> the full name.
    """
    firsts: dict[str, set[str]] = {}
    for r in runs:
        if len(r.name) >= 2:
            firsts.setdefault(r.name[0], set()).add(" ".join(r.name))
    names = given_names()
    out: list[Run] = []
    full_of: dict[Span, str] = {}
    for r in runs:
        whole = " ".join(r.name)
        holders = firsts.get(r.name[-1], set()) - {whole}
        if (len(r.name) == 2 and not r.titles and r.name[0] not in names and len(holders) == 1
                and opens_sentence(text, r.span.start)):
            start = r.span.start + _token_starts(text[r.span.start:r.span.end])[1]
            r = Run(Span(start, r.span.end), [], r.name[1:], r.weak)
            full_of[r.span] = next(iter(holders))
        out.append(r)
    return out, full_of


def _people(text: str, skip: Coverage) -> tuple[dict[str, str], dict[str, frozenset[str]], list[Found]]:
    """Full names by full and last name, title words by full name, and the occurrences found."""
    lone = _lone_surnames(text, frozenset(P.LOWER_WORD.findall(text)), with_given=True)
    names = given_names()
    runs, epithet_of = _epithets(text, _strong_runs(text, skip, frozenset(w for w in lone if w not in names)))
    placed = frozenset(m[1] for m in _AFTER_PLACE_WORD.finditer(text))
    people = _full_names(runs, lone - placed)
    for given, full in {r.name[0]: epithet_of[r.span] for r in runs if r.span in epithet_of}.items():
        people.setdefault(given, people.get(full, full))  # later "Irene" alone is the same person
    titles: dict[str, set[str]] = {}
    found: list[Found] = []
    for run in runs:
        full = people.get(" ".join(run.name), " ".join(run.name))
        if run.span in epithet_of:
            full = people.get(epithet_of[run.span], epithet_of[run.span])
        titles.setdefault(full, set()).update(run.titles)
        found.append(Found(run.span, full, "person"))
    return people, {k: frozenset(v) for k, v in titles.items()}, found


# A capitalized word after a preposition of place ("imported from Velmora", "in Ostrelia"): a place the
# article names, which no full name is shortened to, even when it "said" something as a body does.
_AFTER_PLACE_WORD = regex(r"\b(?:from|in|to|at|into|across|near|neighbouring|neighboring|of)"
                          r"\s+([A-Z][\w'’-]*)")


def _said_after(text: str, at: int) -> bool:
    """A verb of saying right after a run ("Later Roe said"): what makes its last word a surname alone."""
    return text[at:at + 1] == " " and P.SPEECH_VERB.match(text, at + 1) is not None


def _opener_before_surname(text: str, start: int, end: int, first: str, lower: frozenset[str]) -> bool:
    """Whether a two-word run is a sentence's opener glued to a surname that speaks: "Later Roe said".

    One test for both readers of such runs (`_lone_surnames`, which learns
    the surname, and `_short_names`, which finds it again), so that they
    cannot drift apart on what counts as the glued opener.
    """
    return opening_word(first, lower) and opens_sentence(text, start) and _said_after(text, end)


def opening_word(word: str, lower: frozenset[str]) -> bool:
    """A capitalized word that only opens a sentence ("Later", "But", "Yesterday"), never a given name."""
    return word in NOT_NAMES or word in SENTENCE_OPENERS or word.casefold() in lower


def _short_names(text: str, people: Mapping[str, str], taken: Coverage,
                 lower: frozenset[str] = frozenset()) -> Iterator[Found]:
    """Later bare mentions of a known last name ("Amodei", "Hegseth's", "Later Roe said")."""
    for m in cap_runs(text):
        word, start = strip_possessive(m.group()), m.start()
        first, _, rest = word.partition(" ")
        if (rest and " " not in rest and rest in people
                and _opener_before_surname(text, m.start(), m.end(), first, lower)):
            word, start = rest, m.start() + len(first) + 1
        span = Span(start, start + len(word))
        if " " not in word and word in people and not taken.overlaps(span):
            yield Found(span, people[word], "person")


# --------------------------------------------------------------------------- article


@dataclass(frozen=True)
class Scan:
    """Every entity occurrence in an article plus the index of names it built."""

    index: NameIndex
    found: tuple[Found, ...]


def _org_hits(text: str, learned: Mapping[str, str], taken: Coverage) -> tuple[list[Found], set[str]]:
    """Organization occurrences and outlet names; both claim their characters in ``taken``.

    Where a shipped alias and a name the article teaches overlap, the longer
    wins: "Atlantic Blue Airlines" is not the magazine "The Atlantic".
    """
    hits = list(alias_hits(text))
    if learned:
        hits += [(Span(m.start(), m.end()), learned[m.group()], ORG)
                 for m in P.alias_matcher(list(learned)).finditer(text)]
    hits.sort(key=lambda h: (-len(h[0]), h[0].start))
    orgs: list[Found] = []
    outlet_names: set[str] = set()
    for span, canonical, kind in hits:
        if taken.overlaps(span):
            continue
        taken.add(span)
        if kind == OUTLET:
            outlet_names.add(text[span.start:span.end])
        else:
            orgs.append(Found(span, canonical, "org"))
    return orgs, outlet_names


def dateline_outlets(text: str) -> set[str]:
    """Agencies named in a dateline ("AUSTIN, Texas (TPA) -"): outlets even when no table knows them."""
    return {m.group("outlet") for m in P.DATELINE_OUTLET.finditer(text)}


@lru_cache(maxsize=SCAN_CACHE_SIZE)
def scan(text: str) -> Scan:
    """Find the people and organizations of one article's text.

    Cached by text so that the quote extractor, which needs the same names
    to resolve speakers, reuses this work instead of scanning again; the
    result is immutable, so sharing it is safe.
    """
    learned = learned_orgs(text)
    taken = Coverage(len(text))
    orgs, outlet_names = _org_hits(text, learned, taken)
    outlet_names |= dateline_outlets(text)
    people, titles, persons = _people(text, taken)
    persons = [p for p in persons if not taken.overlaps(p.span)]
    for p in persons:
        taken.add(p.span)
    persons += list(_short_names(text, people, taken, frozenset(P.LOWER_WORD.findall(text))))
    org_map = {text[o.span.start:o.span.end]: o.name for o in orgs}
    index = NameIndex(people=MappingProxyType(people), orgs=MappingProxyType(org_map),
                      outlets=frozenset(outlet_names), titles=MappingProxyType(titles))
    found = sorted(orgs + persons, key=lambda f: (f.span.start, f.span.end))
    return Scan(index=index, found=tuple(found))


# The title words by person (`Scan.index.titles`) of articles scanned in a worker process (workers.py),
# handed back with their analysis: the story's offices (people._offices) read them of every source, and
# scanning a 30,000-word article again in this process for them cost about 0.13 s of CPU. They are a pure
# function of the text, so an entry is never stale; at most as many texts as scan's cache keeps.
_TITLES_SEEN: dict[str, Mapping[str, frozenset[str]]] = {}


def remember_titles(text: str, titles: Mapping[str, frozenset[str]]) -> None:
    """Keep the title words by person another process's ``scan(text)`` found (see `person_titles`)."""
    _TITLES_SEEN.pop(text, None)
    _TITLES_SEEN[text] = titles
    while len(_TITLES_SEEN) > SCAN_CACHE_SIZE:
        del _TITLES_SEEN[next(iter(_TITLES_SEEN))]


def person_titles(text: str) -> Mapping[str, frozenset[str]]:
    """``scan(text).index.titles``, without scanning again a text a worker already scanned."""
    known = _TITLES_SEEN.get(text)
    return known if known is not None else scan(text).index.titles


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Person and organization mentions, one per occurrence, under canonical names."""
    text = article.text
    locate = passage_locator(passages)
    byline = unsigned_byline_span(text, article.blocks) if article.blocks else None
    out = []
    for f in scan(text).found:
        if byline is not None and byline[0] <= f.span.start < byline[1]:
            continue  # "Elena Park, Coastline News Agency": who wrote the story, not who is in it
        kind = Kind.PERSON if f.type == "person" else Kind.ORG
        out.append(Mention(
            kind=kind, source=article.id, passage=locate(f.span.start), span=f.span,
            raw=text[f.span.start:f.span.end], value=Entity(name=f.name, type=f.type), slot=f.type,
        ))
    return tuple(out)
