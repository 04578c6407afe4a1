"""Organizations an article names: shipped aliases, defined acronyms, institution-shaped names.

The alias table knows the big names; the rest are learned from the article
itself, because news introduces organizations the table has never seen: a
name that ends in an institutional word ("Center for a New American
Security"), a company role before a person ("Acme CEO Jane Roe") and an
acronym the article defines ("Department of Defense (DOD)").

Telling an institution from a person needs the word lists that people-finding
uses too (title heads, words never in a name, given names), so they live here,
below :mod:`sourcediff.extract.entities`, which imports them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from sourcediff.datafiles import read_data
from sourcediff.extract import patterns as P
from sourcediff.extract.aliases import ORG, all_aliases, lookup
from sourcediff.extract.shared import shared_text
from sourcediff.model import Span
from sourcediff.regexcache import regex

# Words that make an office another one than the bare title: a shadow minister is no minister, a former
# or deputy mayor no mayor. A reference carrying one fits only a person described with it
# (speakers.SpeakerResolver._fits, people._office_holder).
OFFICE_MARKS = frozenset({"shadow", "former", "deputy", "vice"})
# Words that end a title and start a name: "Defense Secretary | Pete Hegseth", "CEO | Dario Amodei".
TITLE_HEADS = frozenset("""
President Vice-President Sen. Senator Rep. Representative Gov. Governor Secretary Minister Chancellor
CEO CFO CTO COO Chief Executive Chairman Chairwoman Chair Dr. Mr. Mrs. Ms. Judge Justice Gen. General
Adm. Admiral Col. Colonel Lt. Sgt. Capt. Captain Maj. Mayor Pope King Queen Prince Princess Speaker
Leader Attorney Director Ambassador Commissioner Founder Co-founder Spokesman Spokeswoman Spokesperson
Deputy Sheriff Professor Prof. Rev. Sir Dame Lord Lady Pres. Sec. Premier Sheikh Emir Ayatollah
Treasurer Envoy Inspector Superintendent Administrator Coach Manager Boss Officer Mr Mrs Ms Mx Dr Prof
Cllr Councillor MP MEP Baroness Baron Viscount Earl Duke Duchess Countess Archbishop Bishop Rabbi
Constable Commander Cmdr. Cdr. Commodore Lieutenant Sergeant Corporal Brigadier
Coroner Curator Detective Magistrate Headteacher
""".split())
# Title words that are also adjectives a body's name may open with ("Premier Rugby League", "General Motors").
ADJECTIVE_TITLES = frozenset("Premier General".split())
# Roles a company gives, so that the capitalized word before them is the company ("Acme CEO Jane Roe").
COMPANY_ROLES = frozenset(
    "CEO CFO CTO COO Founder Co-founder Chairman Chairwoman President spokesman spokeswoman spokesperson "
    "founder co-founder chairman chairwoman executive".split()
)
# Capitalized role words inside a run that end a body's name before a person ("Carellia Air Boss Jane Roe").
BODY_TITLES = frozenset("CEO CFO CTO COO Boss Chief Founder Co-founder Chairman Chairwoman Spokesman "
                        "Spokeswoman Spokesperson".split())
# Words that open a sentence before a body's name ("But Carellia Air boss ..."): never part of it.
_OPENERS = frozenset(
    "But And Yet So Then Now Meanwhile Still Also Even Only While As Last Rival Former".split())
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
AREA_HEADS = frozenset(
    "Energy Water Power Gas Media Communications Capital Trust Insurance Health Police".split())
# A name defined with an acronym is looked for this many words back.
MAX_DEFINED_WORDS = 12


@cache
def given_names() -> frozenset[str]:
    """Common given names (data/given_names.txt); a run starting with one is a person's name."""
    text = read_data("given_names.txt")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@shared_text
def cap_runs(text: str) -> tuple[re.Match[str], ...]:
    """Every CAP_RUN match of an article: organizations, people and short names all read them (one scan)."""
    return tuple(P.CAP_RUN.finditer(text))


# The possessive endings `strip_possessive` drops, each two characters long.
_POSSESSIVES = ("'s", "’s")


def strip_possessive(word: str) -> str:
    """'Amodei’s' -> 'Amodei'; "Reuters'" keeps its s.

    One ``endswith`` of both endings (each two characters): asked of every
    capitalized word the name scans read (50,000 times at 30,000 words an article).
    """
    return word[:-2] if word.endswith(_POSSESSIVES) else word


# --------------------------------------------------------------------------- organizations


@cache
def _alias_regex() -> re.Pattern[str]:
    """One alternation of every shipped alias, longest first, case-sensitive.

    The same pattern on every run, so it comes from the table of compiled
    patterns (3.6 ms to compile: 3,000 characters of names).
    """
    return regex(P.alias_pattern(list(all_aliases())))


def alias_hits(text: str) -> Iterator[tuple[Span, str, str]]:
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


def learned_orgs(text: str) -> dict[str, str]:
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
    while len(words) > 1 and ((words[0] in NOT_NAMES and not words[0].isupper())
                              or (words[0] in TITLE_HEADS and not _adjective_lead(words))):
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


def _adjective_lead(words: list[str]) -> bool:
    """True when a title word opens the name as its adjective ("Premier Rugby League", "General Motors").

    "Premier" and "General" are titles before a person ("Premier Ana Roe"),
    but as the first word of a body's name they are part of it: dropped, the
    league was named "Rugby League" and the union "Rugby Players' Union",
    names no other outlet writes that way. Before a given name the word is
    still a title.
    """
    return words[0] in ADJECTIVE_TITLES and words[1] not in given_names()


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
                strip_possessive(m.group()) for m in cap_runs(text)
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
    """Capitalized words before a company role and a person: "Acme CEO Jane Roe" -> Acme.

    A name of several words counts too ("Carellia Air boss Jane Roe",
    "Carellia Air Boss Jane Roe" -> Carellia Air): the role word splits the
    run, the body before it, the person after it. Without this the body's
    name, met alone elsewhere ("Carellia Air said ..."), is taken for a
    person's, and the run with the role for one long name.
    """
    for m in cap_runs(text):
        tokens = m.group().split()
        for i, tok in enumerate(tokens[:-1]):
            if tok in COMPANY_ROLES and i == 1 and _is_plain_word(tokens[0]) and _starts_name(tokens[2:]):
                yield strip_possessive(tokens[0])
            elif tok in BODY_TITLES and i >= 1 and _person_after(tokens[i + 1:]) and (
                    body := _body_name(tokens[:i])):
                yield body
        # Only the role pattern that fits the run's length is tried.
        after = text[m.end(): m.end() + 40]
        if len(tokens) == 1:
            if _is_plain_word(tokens[0]) and P.ROLE_THEN_NAME.match(after):
                yield strip_possessive(tokens[0])
        elif P.ROLE_THEN_NAME_AFTER_BODY.match(after) and (body := _body_name(tokens)):
            yield body


def _person_after(tokens: list[str]) -> bool:
    """Two to four words that may be a person's name: not a headline's run on ("Boss Vying For Top")."""
    return 2 <= len(tokens) <= 4 and _starts_name(tokens) and not any(
        t in NOT_NAMES or t in ORG_WORDS for t in tokens)


def _body_name(tokens: list[str]) -> str | None:
    """The name of a body that a run of two to four words before a role spells, or None.

    Words that open a sentence ("But", "The") are dropped. Not a name holding
    a given name or a title ("Jane Roe", "Prime Minister"): a person's, not a
    body's. Not a people's adjective ("South Korean", "Swedish"): a state's
    office holder, not a company's.
    """
    words = list(tokens)
    while words and (words[0] in NOT_NAMES or words[0] in _OPENERS):
        words = words[1:]
    if not 2 <= len(words) <= 4 or words[-1].endswith(("an", "ese", "ish", "'s", "’s")):
        return None
    if any(w in given_names() or w in TITLE_HEADS or w in NOT_NAMES or not w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def _is_plain_word(tok: str) -> bool:
    return tok not in NOT_NAMES and tok not in TITLE_HEADS and strip_possessive(tok) not in given_names()


def _starts_name(tokens: list[str]) -> bool:
    return bool(tokens) and all(t not in TITLE_HEADS for t in tokens)


__all__ = ["AREA_HEADS", "COMPANY_ROLES", "LEGAL_SUFFIXES", "MAX_DEFINED_WORDS", "NOT_NAMES", "ORG_WORDS",
           "TITLE_HEADS", "alias_hits", "cap_runs", "defined_acronyms", "given_names", "learned_orgs",
           "strip_possessive"]
