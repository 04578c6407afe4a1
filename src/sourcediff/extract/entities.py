"""People and organizations named in an article.

Precision matters more than recall here: every entity becomes a fact, and a
heading word or a month taken for a name is noise in every report. So a
capitalized run only counts as a person with evidence: a title before it
("Defense Secretary Pete Hegseth"), a known given name ("Geoffrey Gertz"), an
appositive after it (", a senior fellow"), a verb of saying, or an
"according to". Organizations come from the alias table, from names that end
in an institutional word ("Center for a New American Security"), from a
company role before a person ("Anthropic CEO ...") and from acronyms the
article defines ("Department of Defense (DOD)"). News outlets are recognised
only to be left out: they report the story, they are not part of it.

Hand rules were chosen over an NLP library: the light ones available have no
named-entity model, and spaCy's models would have to ship as a heavy package;
the rules below are explicit, fast and tested.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from sourcediff.extract import patterns as P
from sourcediff.extract.aliases import ORG, OUTLET, all_aliases, lookup
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.values import Entity

# Words that end a title and start a name: "Defense Secretary | Pete Hegseth", "CEO | Dario Amodei".
TITLE_HEADS = frozenset("""
President Vice-President Sen. Senator Rep. Representative Gov. Governor Secretary Minister Chancellor
CEO CFO CTO COO Chief Executive Chairman Chairwoman Chair Dr. Mr. Mrs. Ms. Judge Justice Gen. General
Adm. Admiral Col. Colonel Lt. Sgt. Capt. Captain Maj. Mayor Pope King Queen Prince Princess Speaker
Leader Attorney Director Ambassador Commissioner Founder Co-founder Spokesman Spokeswoman Spokesperson
Deputy Sheriff Professor Prof. Rev. Sir Dame Lord Lady Pres. Sec. Premier Sheikh Emir Ayatollah
Treasurer Envoy Inspector Superintendent Administrator Coach Officer Mr Mrs Ms Mx Dr Prof Cllr Councillor
MP MEP Baroness Baron Viscount Earl Duke Duchess Countess Archbishop Bishop Rabbi
""".split())
# Titles of rank that belong to the name itself: "Lord Ashby", "Dame Sarah Gilbert", "Sir Keir Starmer".
HONORIFICS = frozenset("Sir Dame Lord Lady Baroness Baron Viscount Earl Duke Duchess Countess".split())
# Roles a company gives, so that the capitalized word before them is the company ("Acme CEO Jane Roe").
COMPANY_ROLES = frozenset(
    "CEO CFO CTO COO Founder Co-founder Chairman Chairwoman President spokesman spokeswoman spokesperson "
    "founder co-founder chairman chairwoman executive".split()
)
# Capitalized words that are never part of a person's name.
NOT_NAMES = frozenset("""
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday The A An This That These Those It He She They We I You Our
His Her Their Its In On At By For From With About After Before During As If But And Or Not No Yes
AI US U.S. UK U.K. Inc. Corp. Ltd. Co. LLC PLC Act Bill Law Report News Analysis Summary Details
Why What How When Where Who Which Here There Earlier Later Today Tomorrow Yesterday Meanwhile However
""".split())
# Head words that make a capitalized run an institution, not a person (titles of laws and papers too).
ORG_WORDS = frozenset(P.ORG_HEAD_WORDS.split()) | frozenset("Act Press News Times Post Journal".split())
# Legal forms after a company's name, dropped so "Acme Systems Inc" and "Acme Systems, Inc." are one name.
LEGAL_SUFFIXES = frozenset("Inc Corp Ltd plc PLC LLC LLP GmbH".split())
# Heads that are also policy areas: "Energy Secretary", "Water Minister" are titles, not organizations.
AREA_HEADS = frozenset("Energy Water Power Gas Media Communications Capital Trust Insurance".split())
# A name defined with an acronym is looked for this many words back.
MAX_DEFINED_WORDS = 12
# Articles whose scan is kept: the extractors of one article run back to back, so a few suffice.
SCAN_CACHE_SIZE = 8
# Given names are not enough evidence alone when the run is this long: it is a heading or a title.
MAX_NAME_TOKENS = 4


@cache
def given_names() -> frozenset[str]:
    """Common given names (data/given_names.txt); a run starting with one is a person's name."""
    text = resources.files("sourcediff").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


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


def strip_possessive(word: str) -> str:
    """'Amodei’s' -> 'Amodei'; "Reuters'" keeps its s."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


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


# --------------------------------------------------------------------------- organizations


@cache
def _alias_regex() -> re.Pattern[str]:
    """One alternation of every shipped alias, longest first, case-sensitive."""
    return P.alias_matcher(list(all_aliases()))


def _alias_hits(text: str) -> Iterator[tuple[Span, str, str]]:
    """(span, canonical, type) for every alias spelled in the text."""
    table = all_aliases()
    for m in _alias_regex().finditer(text):
        canonical, kind = table[m.group()]
        yield Span(m.start(), m.end()), canonical, kind


def _acronym_ok(full: str, acr: str) -> bool:
    """True when the acronym's letters appear, in order, among the initials of the full name."""
    initials = "".join(w[0] for w in full.split()).casefold()
    letters = [c for c in acr.casefold() if c.isalpha()]
    if not letters or not initials or initials[0] != letters[0]:
        return False
    it = iter(initials)
    return all(c in it for c in letters)


def _name_words_before(text: str, end: int) -> list[str]:
    """The capitalized words and connectors right before ``end`` (at most MAX_DEFINED_WORDS)."""
    line = text[max(0, end - 160):end]
    words = line[line.rfind("\n") + 1:].split()[-MAX_DEFINED_WORDS:]
    i = len(words)
    while i > 0 and P.NAME_OR_CONNECTOR.fullmatch(words[i - 1]):
        i -= 1
    return words[i:]


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines, each to its full name: "Department of Defense (DOD)" -> DOD."""
    out: dict[str, str] = {}
    for m in P.ACRONYM_DEF.finditer(text):
        words = _name_words_before(text, m.start())
        for i in range(len(words) - 1, -1, -1):
            candidate = " ".join(words[i:])
            starts = words[i][0].isupper() and words[i] not in ("The", "A")
            if starts and _acronym_ok(candidate, m.group("acr")):
                out[m.group("acr")] = candidate
                break
    return out


def _is_org_like(name: str) -> bool:
    """A name that ends like an institution or is a known organization."""
    found = lookup(name)
    if found:
        return found[1] == ORG
    return any(w in ORG_WORDS and w not in ("Act", "Press", "News", "Times", "Post", "Journal")
               for w in name.split())


def _learned_orgs(text: str) -> dict[str, str]:
    """Organizations the article itself reveals: defined acronyms, institution-shaped names, role prefixes."""
    orgs: dict[str, str] = {}
    for acr, full in defined_acronyms(text).items():
        if _is_org_like(full):
            canonical = _canonical(full)
            orgs[acr] = orgs[full] = canonical
    alone = _alone_names(text)
    for m in P.ORG_PHRASE.finditer(text):
        name = _org_phrase_name(text, m, alone)
        caps = [w for w in name.split() if w[:1].isupper()]
        if len(caps) >= 2 and not lookup(name) and not _mostly_title(name):
            orgs[name] = name
    for name in _role_prefixed(text):
        orgs.setdefault(name, _canonical(name))
    return orgs


def _org_phrase_name(text: str, m: re.Match[str], alone: Callable[[], frozenset[str]]) -> str:
    """The name an ORG_PHRASE match spells, without the words that only lead into it.

    Dropped: function words and articles ("About", "The"), a possessive
    ("Britain's Competition and Markets Authority"), and the first names of a
    list ("Kestrel and Veridian Systems" when Kestrel stands alone elsewhere).
    A policy-area head followed by a capital ("Energy Secretary") is a title.
    """
    words = m.group().split()
    if words[-1] in AREA_HEADS and P.CAP_AFTER.match(text, m.end()):
        return ""
    while len(words) > 1 and ((words[0] in NOT_NAMES and not words[0].isupper()) or words[0] in TITLE_HEADS):
        words = words[1:]
    if len(words) > 2 and words[-1].rstrip(".") in LEGAL_SUFFIXES:
        words = words[:-1]
    while len(words) > 1 and lookup(" ".join(words[1:])):
        words = words[1:]  # "US Department of Defense" is the known department, a country before it
    if len(words) > 2 and P.LEADING_POSSESSIVE.match(words[0] + " "):
        words = words[1:]
    if "and" in words[:-1] and not _in_tail(words):
        first = " ".join(words[:words.index("and")])
        if first in alone():
            words = words[words.index("and") + 1:]
    return " ".join(words)


def _in_tail(words: list[str]) -> bool:
    """True when the first "and" follows an "of/for/on" ("Department of Health and Social Care")."""
    first_and = words.index("and")
    return any(w in ("of", "for", "on") for w in words[:first_and])


def _alone_names(text: str) -> Callable[[], frozenset[str]]:
    """Capitalized runs seen mid-sentence on their own, not joined by "and": names that can be list items.

    Computed at most once per text, and only if some name needs it, in one
    pass (a search per candidate name would be quadratic on long articles).
    """
    found: list[frozenset[str]] = []

    def get() -> frozenset[str]:
        if not found:
            found.append(frozenset(
                strip_possessive(m.group()) for m in P.CAP_RUN.finditer(text)
                if P.MID_SENTENCE.match(text[max(0, m.start() - 2):m.start()])
                and not P.AND_AFTER.match(text, m.end())))
        return found[0]

    return get


def _mostly_title(name: str) -> bool:
    """A heading or a law, not an institution ("Defense Production Act", "Key Details")."""
    return name.split()[-1] in ("Act", "Bill", "Law")


def _canonical(name: str) -> str:
    found = lookup(name)
    return found[0] if found else name


def _role_prefixed(text: str) -> Iterator[str]:
    """Single capitalized words before a company role and a person: "Acme CEO Jane Roe" -> Acme."""
    for m in P.CAP_RUN.finditer(text):
        tokens = m.group().split()
        for i, tok in enumerate(tokens[:-1]):
            if tok in COMPANY_ROLES and i == 1 and _is_plain_word(tokens[0]) and _starts_name(tokens[2:]):
                yield strip_possessive(tokens[0])
        after = text[m.end(): m.end() + 40]
        role = P.ROLE_THEN_NAME.match(after)
        if role and len(tokens) == 1 and _is_plain_word(tokens[0]):
            yield strip_possessive(tokens[0])


def _is_plain_word(tok: str) -> bool:
    return tok not in NOT_NAMES and tok not in TITLE_HEADS and strip_possessive(tok) not in given_names()


def _starts_name(tokens: list[str]) -> bool:
    return bool(tokens) and all(t not in TITLE_HEADS for t in tokens)


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
    names = given_names()
    for i, tok in enumerate(tokens[:-1]):
        if tok in names and tok not in NOT_NAMES:
            return tokens[:i], tokens[i:]
    return [], tokens


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
        if len(bare) > 1 and bare.isupper() and not P.INITIALS.fullmatch(bare):
            return False
    return True


def _person_evidence(text: str, start: int, end: int, titles: list[str], name: list[str]) -> bool:
    """Whether the context says this capitalized run is a person."""
    if (titles and any(t in TITLE_HEADS for t in titles)) or name[0] in HONORIFICS:
        return True
    before, after = text[max(0, start - 40): start], text[end: end + 120]
    if P.ROLE_BEFORE.search(before) or before.endswith(("according to ", "According to ")):
        return len(name) >= 1
    if len(name) < 2:
        return False
    if name[0] in given_names():
        return True
    if P.PERSON_APPOSITIVE.match(after) or P.HANDLE_AFTER.match(after):
        return True
    verb = P.SPEECH_VERB.match(after.lstrip())
    return verb is not None and after[:1] == " "


@dataclass(frozen=True)
class Run:
    """A capitalized run taken for a person; ``weak`` when it stands where places do ("flew to X")."""

    span: Span
    titles: list[str]
    name: list[str]
    weak: bool


def _person_runs(text: str, skip: Coverage) -> Iterator[Run]:
    """Capitalized runs that are people, by their own words or their context."""
    for m in P.CAP_RUN.finditer(text):
        if skip.covers(Span(m.start(), m.end())):
            continue
        tokens = m.group().split()
        titles, name = split_title(tokens)
        if name:
            name[-1] = strip_possessive(name[-1])
        if not _valid_name(name) or P.CREDIT_AFTER.match(text, m.end()):
            continue
        start = m.start() + m.group().rfind(" ".join(tokens[len(titles):])) if titles else m.start()
        end = start + len(" ".join(name))
        if _person_evidence(text, m.start(), m.end(), titles, name):
            place = P.LOCATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            weak = not titles and place is not None
            yield Run(Span(start, end), titles, name, weak)


def _strong_runs(text: str, skip: Coverage) -> list[Run]:
    """Person runs, keeping one in a place's position only when the article names that person elsewhere.

    "told reporters in Santiago de Compostela" starts with a given name but is
    a city; "a swipe at Elon Musk" is kept because Musk is named as a person
    somewhere else in the article.
    """
    runs = list(_person_runs(text, skip))
    sure = {" ".join(r.name) for r in runs if not r.weak}
    return [r for r in runs if not r.weak or " ".join(r.name) in sure]


def _full_names(runs: list[Run]) -> dict[str, str]:
    """Full and short spellings to one full name; "Sir Keir Starmer" absorbs "Keir Starmer"."""
    fulls = {" ".join(r.name) for r in runs if len(r.name) >= 2}
    people = {f: f for f in fulls}
    for f in sorted(fulls):
        first, _, bare = f.partition(" ")
        if first in HONORIFICS:
            people[bare] = f
    last: dict[str, set[str]] = {}
    for f in fulls:
        last.setdefault(f.split()[-1], set()).add(people[f])
    people.update({short: next(iter(fs)) for short, fs in last.items() if len(fs) == 1})
    return people


def _people(text: str, skip: Coverage) -> tuple[dict[str, str], dict[str, frozenset[str]], list[Found]]:
    """Full names by full and last name, title words by full name, and the occurrences found."""
    runs = _strong_runs(text, skip)
    people = _full_names(runs)
    titles: dict[str, set[str]] = {}
    found: list[Found] = []
    for run in runs:
        full = people.get(" ".join(run.name), " ".join(run.name))
        titles.setdefault(full, set()).update(run.titles)
        found.append(Found(run.span, full, "person"))
    return people, {k: frozenset(v) for k, v in titles.items()}, found


def _short_names(text: str, people: Mapping[str, str], taken: Coverage) -> Iterator[Found]:
    """Later bare mentions of a known last name ("Amodei", "Hegseth's")."""
    for m in P.CAP_RUN.finditer(text):
        word = strip_possessive(m.group())
        span = Span(m.start(), m.start() + len(word))
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
    hits = list(_alias_hits(text))
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
    learned = _learned_orgs(text)
    taken = Coverage(len(text))
    orgs, outlet_names = _org_hits(text, learned, taken)
    outlet_names |= dateline_outlets(text)
    people, titles, persons = _people(text, taken)
    persons = [p for p in persons if not taken.overlaps(p.span)]
    for p in persons:
        taken.add(p.span)
    persons += list(_short_names(text, people, taken))
    org_map = {text[o.span.start:o.span.end]: o.name for o in orgs}
    index = NameIndex(people=MappingProxyType(people), orgs=MappingProxyType(org_map),
                      outlets=frozenset(outlet_names), titles=MappingProxyType(titles))
    found = sorted(orgs + persons, key=lambda f: (f.span.start, f.span.end))
    return Scan(index=index, found=tuple(found))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Person and organization mentions, one per occurrence, under canonical names."""
    text = article.text
    locate = passage_locator(passages)
    out = []
    for f in scan(text).found:
        kind = Kind.PERSON if f.type == "person" else Kind.ORG
        out.append(Mention(
            kind=kind, source=article.id, passage=locate(f.span.start), span=f.span,
            raw=text[f.span.start:f.span.end], value=Entity(name=f.name, type=f.type), slot=f.type,
        ))
    return tuple(out)
