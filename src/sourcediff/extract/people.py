"""One person across sources, whatever the spelling.

Each article names people its own way: "Robert J. Thornton Jr." in the wire,
"Bobby Thornton" on television, "Thornton" alone in a third source,
"Ayşe Demir Karaca" against "Ayse Demir-Karaca", "Osei-Bonsu J." in a law
report, or only "the French prime minister" where another source gives the
office holder's name. Facts about a person (and quotes by one) can only be
compared once these spellings are one name, and that needs the whole story:
an article alone cannot know that its "Whitaker" is someone else's
"Catherine J. Whitaker". So this runs after every article is extracted and
before facts are judged, as a pure function from sources to sources.

Two names are one person when their folded words (accents, titles, suffixes
and hyphens aside; nicknames to the formal name) share the surname and the
shorter name's words appear, in order, in the longer one, an initial
standing for any word it starts. A name of one word (a surname) joins the
one person of the story whose name ends with it, and none when two people
share it. A definite description ("the federal labour minister") becomes a
mention of the one person another source gives that title.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from sourcediff.extract.acronymlinks import link_acronyms
from sourcediff.extract.entities import HONORIFICS, POST_NOMINALS, Coverage, passage_locator, person_titles
from sourcediff.extract.orgs import OFFICE_MARKS, TITLE_HEADS, strip_possessive
from sourcediff.model import Kind, Mention, SourceInfo, Span
from sourcediff.regexcache import regex
from sourcediff.values import Entity

# Letters NFKD does not decompose into a base letter plus accents.
_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th"})
# Generational and judicial suffixes that follow a name ("Jr.", "III", "Osei-Bonsu J." for Justice), and
# post-nominal letters (entities.POST_NOMINALS: "Nathan Roe SC" is Nathan Roe).
SUFFIXES = frozenset("jr sr ii iii iv j cj lj jj".split()) | frozenset(w.casefold() for w in POST_NOMINALS)
# Forms of address and title words folded, so "Prof. Raghavan" and "Shri K. Venkatesh Rao" lose them.
_TITLE_WORDS = frozenset(t.casefold().rstrip(".") for t in TITLE_HEADS | HONORIFICS) | frozenset(
    "shri smt sri mr mrs ms mx dr prof det ch supt insp pc sgt cllr hon honourable honorable justices "
    "judges senators drs messrs".split())
# Short forms of given names writers use for the same person ("Bobby" for Robert). Both sides of a
# pair fold to the formal name; a nickname absent from here just has to match literally.
NICKNAMES: Mapping[str, str] = {
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bert": "robert",
    "bill": "william", "billy": "william", "will": "william", "liam": "william",
    "jim": "james", "jimmy": "james", "jamie": "james", "mike": "michael", "mick": "michael",
    "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard", "rich": "richard",
    "dan": "daniel", "danny": "daniel", "dave": "david", "davy": "david", "joe": "joseph",
    "jon": "jonathan", "johnny": "john", "jack": "john", "chris": "christopher", "matt": "matthew",
    "nick": "nicholas", "tony": "anthony", "steve": "stephen", "steven": "stephen", "ed": "edward",
    "eddie": "edward", "ted": "edward", "ben": "benjamin", "sam": "samuel", "alex": "alexander",
    "andy": "andrew", "drew": "andrew", "greg": "gregory", "pat": "patrick", "pete": "peter",
    "charlie": "charles", "chuck": "charles", "fred": "frederick", "hank": "henry", "harry": "henry",
    "larry": "lawrence", "jerry": "gerald", "ron": "ronald", "don": "donald", "ken": "kenneth",
    "tim": "timothy", "phil": "philip", "jeff": "jeffrey", "josh": "joshua", "zach": "zachary",
    "kate": "katherine", "katie": "katherine", "cathy": "catherine", "cath": "catherine",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "lizzie": "elizabeth",
    "maggie": "margaret", "meg": "margaret", "peggy": "margaret", "jenny": "jennifer", "jen": "jennifer",
    "sue": "susan", "suzy": "susan", "becky": "rebecca", "bec": "rebecca", "vicky": "victoria",
    "mandy": "amanda", "sandy": "sandra", "pam": "pamela", "debbie": "deborah", "deb": "deborah",
    "jess": "jessica", "abby": "abigail", "ally": "alison", "nat": "natalie", "steph": "stephanie",
}
# "the" and up to four words ending on an office ("the French prime minister", "The federal labour minister").
# The word boundary is read after the first letter (a lookbehind over it: the character before is no word
# character), so the engine skips to T and t instead of trying the pattern at every character of an article.
_DESCRIPTION = regex(r"[Tt](?<!\w[\s\S])he((?:\s+[A-Za-z][\w'’-]*){1,4})")
# A word written in lower case: a surname the article also uses as a word is not taken alone.
_LOWER_WORD = regex(r"(?<![\w'’-])[a-z][a-z'’-]*")
# A connective opening a sentence right before a name ("But Quillan Falconer, of the tenants' group, said"):
# the capital is the sentence's, not a longer name's, so the name another source gives stands alone.
_OPENING_WORD = regex(r"(?:^|[.!?][\"'”’)]?\s+|\n\s*)(?:But|And|So|Yet|Or|Nor|Then|Now|Still|Meanwhile|"
                      r"However|Instead|Indeed|Also|Later|Earlier|Separately)[^\S\n]+$")
# A capitalized word right after a name: the name is part of something longer ("Thornton Street").
_NEXT_CAPITAL = regex(r"[^\S\n]+[A-Z][a-z]")
# A nickname in quotes between a given name and a surname ("Gareth 'Gaz' Pennock", "Margaret “Peggy”
# Orme"): the writer declares it, so the nickname alone names that person in that article. The word
# boundary before the given name is read after its capital, as in _DESCRIPTION (a capital is a word
# character: the boundary holds when the character before it is none), so the search skips to capitals.
_QUOTED_NICKNAME = regex(
    r"([A-Z](?<!\w[A-Z])[a-z]+)[^\S\n]+['‘\"“]([A-Z][a-z]+)['’\"”][^\S\n]+([A-Z][A-Za-z'’-]*[a-z])\b")
# An office must be this specific (in title words) to stand for one person: "minister" alone is anyone.
MIN_OFFICE_WORDS = 2

Key = tuple[str, ...]


@functools.lru_cache(maxsize=16384)
def _plain(word: str) -> str:
    """Folded, accents dropped: 'Ayşe' -> 'ayse', 'Yıldız' -> 'yildiz'.

    Cached: the same few hundred words (names, titles, the words of office
    descriptions) are asked thousands of times per comparison.
    """
    decomposed = unicodedata.normalize("NFKD", word.translate(_TRANSLIT).replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _name_words(name: str) -> list[str]:
    """The words of a name without titles before it and suffixes after it ("Prof.", "Jr.", "J.")."""
    words = [strip_possessive(w).strip(".,;:'’\"") for w in name.split()]
    words = [w for w in words if w]
    while words and _plain(words[0]).rstrip(".").removesuffix("-elect") in _TITLE_WORDS:
        words = words[1:]
    while len(words) > 1 and _plain(words[-1]).rstrip(".") in SUFFIXES:
        words = words[:-1]
    return words


def name_key(name: str) -> Key:
    """The words that identify a person: titles, suffixes and punctuation dropped, hyphens split.

    >>> name_key("Robert J. Thornton Jr.")
    ('robert', 'j', 'thornton')
    >>> name_key("Bobby Thornton")
    ('robert', 'thornton')
    """
    words = _name_words(name)
    parts = [_plain(p).rstrip(".") for w in words for p in re.split(r"[-‐‑]", w)]
    parts = [p for p in parts if p]
    if len(words) > 1 and parts:
        parts[0] = NICKNAMES.get(parts[0], parts[0])
    return tuple(parts)


def surname_only(name: str) -> bool:
    """A name of one word once titles are dropped ("Justice Osei-Bonsu", "Fontaine J.")."""
    return len(_name_words(name)) == 1


def _token_fits(short: str, long: str) -> bool:
    """One word of a name matches another: equal, or an initial standing for it."""
    return short == long or (len(short) == 1 and long.startswith(short)) or (
        len(long) == 1 and short.startswith(long))


def _subsequence(short: Key, long: Key) -> list[int] | None:
    """Positions in ``long`` matched by the words of ``short`` in order, or None."""
    out, j = [], 0
    for word in short:
        while j < len(long) and not _token_fits(word, long[j]):
            j += 1
        if j == len(long):
            return None
        out.append(j)
        j += 1
    return out


def same_person(a: Key, b: Key) -> bool:
    """Whether two names of two words or more are one person (see the module docstring).

    The given name must match unless the longer name opens with an initial
    ("K. Venkatesh Rao" is "Venkatesh Rao"), and middle initials may be
    left out but not contradicted ("George H. Smith" is not "George W. Smith").
    """
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    hits = _subsequence(short, long)
    if hits is None:
        return False
    if hits[0] != 0 and not all(len(w) == 1 for w in long[:hits[0]]):
        return False
    skipped = [long[i] for i in range(hits[0], len(long)) if i not in hits]
    own_initials = [w for w in short[1:-1] if len(w) == 1]
    return not (own_initials and any(len(w) == 1 for w in skipped))


# Sound classes of consonants (Soundex's): a short form keeps the given name's consonants in order, but
# may spell them another way ("Roz" for "Rosalind", "Kate" for "Katharine", "Nick" for "Nicholas").
_SOUND = {c: str(i) for i, group in enumerate(("bfpv", "cgjkqsxz", "dt", "l", "mn", "r"), 1) for c in group}
# A short form is this many letters shorter than the given name at least: one letter less is more
# often another person's name ("Robert" and "Roberta", "Paul" and "Paula", "Alex" and "Alexa").
MIN_SHORTENING = 2


def _skeleton(word: str) -> str:
    """The sound classes of a word's consonants after its first letter, repeats collapsed."""
    out, last = [], _SOUND.get(word[:1], "")
    for c in word[1:]:
        code = _SOUND.get(c, "")
        if code and code != last:
            out.append(code)
        if c in "aeiouy" or code:  # a vowel parts two like consonants; h and w do not
            last = code
    return "".join(out)


def _first_vowel(word: str) -> str:
    return next((c for c in word if c in "aeiouy"), "")


def short_form(short: str, given: str) -> bool:
    """Whether a word can be a short form of a given name (both folded by :func:`_plain`).

    A listed nickname ("bob" for "robert"), a cut of the name ("dom" for
    "dominic"), or the same first letter and first vowel with the short
    word's consonants, by sound, opening the name's ("roz" for "rosalind",
    "nick" for "nicholas"). "tom" is never "rosalind". Only when another
    source of the story (or the article) gives the full name does this
    mean anything: no list can hold every culture's given names and
    their short forms, but the story itself can show both.
    """
    if not (short.isalpha() and given.isalpha()) or len(short) < 2:
        return False
    if NICKNAMES.get(short) == given:
        return True
    if len(given) - len(short) < MIN_SHORTENING:
        return False
    if given.startswith(short):
        return True
    sound = _skeleton(short)
    return (short[0] == given[0] and _first_vowel(short) == _first_vowel(given) and sound != ""
            and _skeleton(given).startswith(sound))


def _joined_tails(key: Key) -> set[str]:
    """Every ending of a name run together: 'amara osei bonsu' -> {'bonsu', 'oseibonsu', ...}."""
    return {"".join(key[i:]) for i in range(1, len(key))}


class _Union:
    def __init__(self, items: Iterable[Key]) -> None:
        self.parent = {k: k for k in items}

    def find(self, k: Key) -> Key:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a: Key, b: Key) -> None:
        self.parent[self.find(b)] = self.find(a)


def _display(spellings: Sequence[str], sources: Mapping[str, int]) -> str:
    """The fullest spelling; then a formal given name, the most sources, accents kept, alphabetical."""
    keys = {s: name_key(s) for s in spellings}  # once each: rank and givens both read them
    givens = {k[0] for k in keys.values() if len(k) > 1}

    def rank(s: str) -> tuple[int, bool, int, int, str]:
        key = keys[s]
        # A listed nickname, or a short form of another spelling's given name ("Roz" for "Rosalind").
        nickname = _plain(s.split()[0]) in NICKNAMES or any(short_form(key[0], g) for g in givens)
        marked = sum(not c.isascii() or c == "-" for c in s)  # accents and hyphens are dropped, never added
        return (-len(key), nickname, -sources.get(s, 0), -marked, s)
    return min(spellings, key=rank)


def _written_givens(keys: Mapping[str, Key]) -> dict[Key, set[str]]:
    """A key's given name as written, when every spelling wrote a listed nickname ("tom" of "Tom Varga").

    name_key folds "Tom" to "thomas", and "thomas" is no short form of
    "Tomasz" (no shorter), while the written "tom" is: without the written
    word the tabloid's "Tom Varga" stayed apart from the wire's "Tomasz
    Varga". A key some spelling writes in full ("Thomas Varga") keeps
    only the formal name: that person is a Thomas.
    """
    out: dict[Key, set[str]] = {}
    full: set[Key] = set()
    for s, k in keys.items():
        words = _name_words(s)
        if len(k) != 2 or len(words) < 2:
            continue
        first = _plain(re.split(r"[-‐‑]", words[0])[0]).rstrip(".")
        if first in NICKNAMES and NICKNAMES[first] == k[0]:
            out.setdefault(k, set()).add(first)
        else:
            full.add(k)
    return {k: v for k, v in out.items() if k not in full}


def _join_short_forms(bucket: Sequence[Key], union: _Union,
                      written: Mapping[Key, set[str]] | None = None) -> None:
    """Join "roz kettering" to "rosalind kettering" when she is the one person of that surname it fits.

    A given name and a surname only ("roz kettering"): its first word must
    be a short form (:func:`short_form`) of the given name of exactly one
    other person with the surname, or it stays a person of its own ("tom
    kettering" is someone else, and so is a "ros" two Ketterings fit).
    ``written`` gives a nickname's key the word as written
    (:func:`_written_givens`): "Tom" is a short form of "Tomasz" too.
    """
    for a in bucket:
        if len(a) != 2:
            continue
        givens = {a[0], *(written or {}).get(a, ())}
        fits = {union.find(b) for b in bucket if len(b[0]) > 1 and union.find(b) != union.find(a)
                and any(short_form(g, b[0]) for g in givens)}
        if len(fits) == 1:
            union.join(next(iter(fits)), a)


class People:
    """The people of one story: every spelling seen to one display name per person."""

    def __init__(self, spellings: Sequence[str], sources: Mapping[str, int] | None = None) -> None:
        """``sources`` counts the sources using each spelling, to prefer the common one for display."""
        keys = {s: name_key(s) for s in spellings if not surname_only(s)}
        full = sorted({k for k in keys.values() if len(k) >= 2})
        # Only names with one surname can be one person: comparing within those keeps a story
        # with thousands of names from costing millions of comparisons.
        self.by_surname: dict[str, list[Key]] = {}
        for k in full:
            self.by_surname.setdefault(k[-1], []).append(k)
        union = _Union(full)
        for bucket in self.by_surname.values():
            for i, a in enumerate(bucket):
                for b in bucket[i + 1:]:
                    if same_person(a, b):
                        union.join(a, b)
        written = _written_givens(keys)
        for bucket in self.by_surname.values():
            if len(bucket) > 1:
                _join_short_forms(bucket, union, written)
        groups: dict[Key, list[str]] = {}
        for s, k in keys.items():
            if len(k) >= 2:
                groups.setdefault(union.find(k), []).append(s)
        self.root = {k: union.find(k) for k in full}
        self.display = {root: _display(names, sources or {}) for root, names in groups.items()}
        self.tails: dict[str, set[Key]] = {}
        for k in full:
            for t in _joined_tails(k):
                self.tails.setdefault(t, set()).add(union.find(k))
        # Given names, and given names written after a knight's or dame's honorific ("Dame Ines Varga").
        self.givens: dict[str, set[Key]] = {}
        self.titled: dict[tuple[str, str], set[Key]] = {}
        for s, k in keys.items():
            if len(k) >= 2:
                self.givens.setdefault(k[0], set()).add(union.find(k))
                honorific = _given_honorific(s)
                if honorific:
                    self.titled.setdefault((honorific, k[0]), set()).add(union.find(k))

    def name_for(self, spelling: str) -> str | None:
        """The display name of the one person a spelling names, or None when it names nobody known.

        A surname two people of the story share names neither.
        """
        key = name_key(spelling)
        if key in self.root and not surname_only(spelling):
            return self.display[self.root[key]]
        if len(key) >= 2 and not surname_only(spelling):
            roots = {self.root[k] for k in self.by_surname.get(key[-1], ()) if same_person(key, k)}
        else:
            roots = self.tails.get("".join(key), set()) if key else set()
            honorific = _given_honorific(spelling)
            if not roots and honorific and len(key) == 1:
                roots = self.titled.get((honorific, key[0])) or self.givens.get(key[0], set())
        return self.display[next(iter(roots))] if len(roots) == 1 else None


# Honorifics a British writer puts before the given name on later mentions: "Sir Keir", "Dame Ines" are
# Sir Keir Starmer and Dame Ines Varga, where "Lord Ashby" and "Lady Ashby" name by title or surname.
_GIVEN_HONORIFICS = frozenset({"sir", "dame"})


def _given_honorific(spelling: str) -> str | None:
    """"sir" or "dame" when the spelling opens with it ("Dame Ines", "Sir Alan Brodie"), else None."""
    first = _plain(spelling.split()[0]).rstrip(".") if spelling.split() else ""
    return first if first in _GIVEN_HONORIFICS else None


def resolve_names(spellings: Sequence[str]) -> dict[str, str]:
    """Every spelling of a story's people to one display name per person (itself when unknown)."""
    people = People(spellings)
    return {s: people.name_for(s) or s for s in spellings}


# --------------------------------------------------------------------------- offices


def _offices(sources: Sequence[SourceInfo], names: Mapping[str, str]) -> dict[frozenset[str], set[str]]:
    """Title words (folded, two or more) -> the people given them anywhere in the story."""
    out: dict[frozenset[str], set[str]] = {}
    for s in sources:
        for person, titles in person_titles(s.article.text).items():
            words = frozenset(w for w in (_plain(t) for t in titles) if w.isalpha())
            if len(words) >= MIN_OFFICE_WORDS:
                out.setdefault(words, set()).add(names.get(person, person))
    return out


def _office_holder(plain: Sequence[str], offices: Mapping[frozenset[str], set[str]]) -> str | None:
    """The one person whose title words all appear in the description, ending on its last word.

    ``plain`` is the description's words through :func:`_plain`: the caller
    tries every shorter description too, and plains the words once for all.
    A mark on the description's office ("the shadow finance minister", "the
    former mayor") must be in the title too: it names another office.
    """
    words, last = set(plain), plain[-1]
    marks = words & OFFICE_MARKS
    holders = {p for title, people in offices.items() if title <= words and last in title and marks <= title
               for p in people}
    return next(iter(holders)) if len(holders) == 1 else None


def _office_mentions(info: SourceInfo, offices: Mapping[frozenset[str], set[str]]) -> list[Mention]:
    """Person mentions for definite descriptions of an office another source fills by name."""
    out: list[Mention] = []
    if not offices:  # no office is held by name anywhere: no description can stand for a person
        return out
    text, taken = info.article.text, [m.span for m in info.mentions if m.kind is Kind.PERSON]
    locate = passage_locator(info.passages)
    # A description must end on a title word (`_office_holder`): a cut ending elsewhere, the commonest
    # case ("the", "said", ...), is passed over without walking every office.
    title_words = frozenset().union(*offices)
    for m in _DESCRIPTION.finditer(text):
        phrase = m.group(1).split()
        plain = [_plain(w) for w in phrase]
        for n in range(len(phrase), 0, -1):
            if plain[n - 1] not in title_words:
                continue
            holder = _office_holder(plain[:n], offices)
            if holder is None:
                continue
            end = m.start(1) + m.group(1).index(phrase[n - 1]) + len(phrase[n - 1])
            span = Span(m.start(), end)
            if not any(t.start < span.end and span.start < t.end for t in taken):
                out.append(Mention(kind=Kind.PERSON, source=info.article.id, passage=locate(span.start),
                                   span=span, raw=text[span.start:span.end],
                                   value=Entity(name=holder, type="person"), slot="person"))
            break
    return out


# --------------------------------------------------------------------------- names seen elsewhere


def _ascii(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(_TRANSLIT))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _surfaces(people: People, spellings: Iterable[str]) -> dict[str, str]:
    """Written forms to look for in every source -> display name: full spellings, accent-free
    forms of them, and the surname of each full name that no two people share."""
    out: dict[str, str] = {}
    for s in spellings:
        if (name := people.name_for(s)) is None:
            continue
        forms = {s, _ascii(s)}
        if not surname_only(s):
            words = _name_words(s)
            forms |= {words[-1], _ascii(words[-1])}
            if len(words) >= 3 and "-" not in words[-1]:
                forms.add(" ".join(words[-2:]))  # "Durand Lacroix", "Venkatesh Rao"
        for form in forms:
            if form[:1].isupper() and people.name_for(form) == name:
                out.setdefault(form, name)
    return out


def _surface_mentions(info: SourceInfo, surfaces: Mapping[str, str],
                      pattern: re.Pattern[str]) -> list[Mention]:
    """Person mentions for names another source gives, where this source's own scan found no person.

    A surname inside a longer capitalized run ("Thornton Street", "the
    Whitaker Institute") is some other thing, unless the word before is a
    title ("Justices Fontaine and Kowalczyk"); so is a surname the article
    also writes in lower case ("Young", "Rich"): it is a word there too.
    """
    text = info.article.text
    taken = Coverage(len(text))
    for t in info.mentions:
        if t.kind in (Kind.PERSON, Kind.ORG):
            taken.add(t.span)
    locate = passage_locator(info.passages)
    lower: set[str] | None = None  # the article's lower-case words, scanned for when first needed
    out = []
    for m in pattern.finditer(text):
        span = Span(m.start(), m.end())
        if taken.overlaps(span):
            continue
        if " " not in m.group():
            if lower is None:
                lower = set(_LOWER_WORD.findall(text))
            if m.group().casefold() in lower:
                continue
        before = text[max(0, span.start - 30):span.start].split()
        prev = before[-1] if before else ""
        opens = _OPENING_WORD.search(text, max(0, span.start - 16), span.start) is not None
        if _NEXT_CAPITAL.match(text, span.end) or (
                prev[:1].isupper() and _plain(prev).rstrip(".,") not in _TITLE_WORDS
                and not prev.endswith((".", ":", "—")) and not opens):
            continue
        out.append(Mention(kind=Kind.PERSON, source=info.article.id, passage=locate(span.start),
                           span=span, raw=m.group(), value=Entity(name=surfaces[m.group()], type="person"),
                           slot="person"))
    return out


# --------------------------------------------------------------------------- entry point


def _nicknames(text: str, people: People) -> dict[str, str]:
    """Nicknames an article declares in quotes -> the story's name for the person they belong to.

    A tabloid writes "Gareth 'Gaz' Pennock" once and "Gaz said" after: the
    speaker "Gaz" is Gareth Pennock, though no list of short forms holds it.
    A nickname declared for two different people names neither.
    """
    found: dict[str, set[str]] = {}
    for match in _QUOTED_NICKNAME.finditer(text):
        given, nick, surname = match.groups()
        full = strip_possessive(f"{given} {surname}")
        found.setdefault(nick, set()).add(people.name_for(full) or full)
    return {nick: next(iter(named)) for nick, named in found.items() if len(named) == 1}


def _full_names(info: SourceInfo, names: Mapping[str, str]) -> dict[str, set[str]]:
    """First word -> the full names (two words or more) of the people an article names."""
    full: dict[str, set[str]] = {}
    for m in info.mentions:
        if m.kind is Kind.PERSON and isinstance(m.value, Entity):
            name = names.get(m.value.name) or m.value.name
            first, _, rest = name.partition(" ")
            if rest:
                full.setdefault(first, set()).add(name)
    return full


def _given_names(info: SourceInfo, names: Mapping[str, str], people: People,
                 story: Mapping[str, set[str]] | None = None) -> dict[str, str]:
    """Quote speakers an article names by a given name alone -> the one person it names in full so.

    A local paper writes "next-door neighbour Ama Boateng" once and then
    "Kofi, who moved in last spring, said": the speaker "Kofi" is Kofi
    Asante. Only a single word that is the first word of exactly one person
    the same article names in full, and that names nobody of the story by
    itself (a surname, a known short form), is read so. An article that
    names nobody in full so ("Tomas's mum Brenda ... she said") takes the
    one person of the whole story (``story``) whose first word it is: the
    other outlets give the relative's surname.
    """
    spoken = {m.speaker for m in info.mentions
              if m.kind is Kind.QUOTE and m.speaker and " " not in m.speaker.strip()}
    if not spoken:
        return {}
    full = _full_names(info, names)
    out = {}
    for w in spoken:
        if people.name_for(w) is not None:
            continue
        known = full.get(w) or (story or {}).get(w, set())
        if len(known) == 1:
            out[w] = next(iter(known))
    return out


def _renamed(m: Mention, names: Mapping[str, str]) -> Mention:
    """The mention with its person, or its quote's speaker, under the story's name for them."""
    if m.kind is Kind.PERSON and isinstance(m.value, Entity):
        person = names.get(m.value.name) or m.value.name
        return m if person == m.value.name else replace(m, value=Entity(person, "person"))
    if m.kind is Kind.QUOTE and m.speaker:
        speaker = names.get(m.speaker) or m.speaker
        return m if speaker == m.speaker else replace(m, speaker=speaker)
    return m


def _bodies(sources: Sequence[SourceInfo]) -> dict[str, str]:
    """Spellings some source shows to name an organization ("Carellia Air boss ...") -> its name."""
    out: dict[str, str] = {}
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.ORG and isinstance(m.value, Entity):
                out.setdefault(m.raw, m.value.name)
                out.setdefault(m.value.name, m.value.name)
    return out


def _as_bodies(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """The sources with a "person" that another source shows to be an organization made that organization.

    One article may give a company's name only with a verb of saying
    ("Carellia Air said ..."), which is evidence of a person; another shows
    it before a role and a person's name ("Carellia Air boss Jane Roe"),
    which says it is a body. The story then knows which it is.
    """
    bodies = _bodies(sources)
    if not bodies:
        return sources
    out = []
    for s in sources:
        mentions = tuple(
            replace(m, kind=Kind.ORG, slot="org", value=Entity(bodies[m.value.name], "org"))
            if m.kind is Kind.PERSON and isinstance(m.value, Entity) and m.value.name in bodies else m
            for m in s.mentions)
        out.append(s if mentions == s.mentions else replace(s, mentions=mentions))
    return tuple(out)


# What may not touch a name found by its written form, either side (a longer word, a hyphenated name).
_NAME_EDGE = r"[\w'’-]"


def surface_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """Any of ``forms`` (longest first) standing alone: no word character, apostrophe or hyphen either side.

    The same matches as ``(?<!EDGE)(?:form|...)(?!EDGE)``, but that pattern
    opens with a lookbehind, so the regex engine tries it at every character
    of the article. Here each form's first character comes first and the
    lookbehind (two characters wide: the one before the form and the form's
    first) right after it, so the engine skips ahead to the forms' first
    letters (its first-character set), and the condition on the character
    before is the same for every form. The forms are grouped by their first
    character, so the lookbehind is compiled once a letter, not once a form
    (compiling it per form cost most of what the scan saved); within a group
    they keep their order, so the form chosen at a place is the same.
    """
    rests: dict[str, list[str]] = {}  # by first character; only one group can match at a place
    for f in sorted(forms, key=len, reverse=True):
        if f:
            rests.setdefault(f[0], []).append(re.escape(f[1:]))
    return re.compile("(?:" + "|".join(
        re.escape(first) + rf"(?<!{_NAME_EDGE}[\s\S])(?:" + "|".join(alts) + ")"
        for first, alts in rests.items()) + rf")(?!{_NAME_EDGE})")


def unify_people(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """The sources with each person under one name across the story, offices resolved to names.

    Quote speakers are renamed too, when they name a person of the story
    ("Fontaine J", "Mayor-elect Castillo-Reyes"); organizations and roles
    ("Acme spokesperson") name nobody here and stay as they are. A "person"
    another source shows to be an organization becomes that organization,
    last, so that its spellings are still found in every source. An acronym
    one source defines names its body in all of them first (acronymlinks).
    """
    sources = link_acronyms(sources)
    used = Counter(name for s in sources for name in {
        m.value.name for m in s.mentions if m.kind is Kind.PERSON and isinstance(m.value, Entity)})
    if not used:
        return sources
    spellings = sorted(used)
    people = People(spellings, used)
    names = {s: people.name_for(s) or s for s in spellings}
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.QUOTE and m.speaker and m.speaker not in names:
                names[m.speaker] = people.name_for(m.speaker) or m.speaker
    offices = _offices(sources, names)
    surfaces = _surfaces(people, spellings)
    pattern = surface_pattern(surfaces)
    out = []
    story: dict[str, set[str]] = {}
    for s in sources:
        for first, full in _full_names(s, names).items():
            story.setdefault(first, set()).update(full)
    for s in sources:
        nicknames = {**_given_names(s, names, people, story), **_nicknames(s.article.text, people)}
        mentions = [_renamed(m, {**names, **nicknames} if nicknames else names) for m in s.mentions]
        if surfaces:
            mentions += _surface_mentions(replace(s, mentions=tuple(mentions)), surfaces, pattern)
        mentions += _office_mentions(replace(s, mentions=tuple(mentions)), offices)
        mentions.sort(key=lambda m: (m.span.start, m.span.end, m.kind.value))
        out.append(replace(s, mentions=tuple(mentions)))
    return _as_bodies(tuple(out))
