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
from functools import cache
from importlib import resources

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
Treasurer Envoy Inspector Superintendent Administrator Coach Officer
""".split())
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
# Head words that make a capitalized run an institution, not a person.
ORG_WORDS = frozenset("""
Department Ministry Agency Commission Committee Council Bureau Institute Center Centre Corporation Corp.
Inc. Company Association Foundation University College Bank Fund Party Union Organization Organisation
Authority Administration Board Court Forum Service Office Laboratory Labs Group Holdings Technologies
Systems Partners Alliance Coalition Federation Society Academy Parliament Assembly Airlines Army Navy
Command Guard Act Press News Times Post Journal
""".split())
# A name defined with an acronym is looked for this many words back.
MAX_DEFINED_WORDS = 12
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
    words = text[max(0, end - 160):end].split()[-MAX_DEFINED_WORDS:]
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
    for m in P.ORG_PHRASE.finditer(text):
        name = P.LEADING_ARTICLE.sub("", m.group()).strip()
        caps = [w for w in name.split() if w[:1].isupper()]
        if len(caps) >= 2 and not lookup(name) and not _mostly_title(name):
            orgs[name] = name
    for name in _role_prefixed(text):
        orgs.setdefault(name, _canonical(name))
    return orgs


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
    """(title words, name words) of a capitalized run: the name follows the last title head."""
    heads = [i for i, t in enumerate(tokens) if t in TITLE_HEADS]
    if heads:
        return tokens[: heads[-1] + 1], tokens[heads[-1] + 1:]
    names = given_names()
    for i, tok in enumerate(tokens[:-1]):
        if tok in names and tok not in NOT_NAMES:
            return tokens[:i], tokens[i:]
    return [], tokens


def _valid_name(tokens: list[str]) -> bool:
    """Name words only: no months, pronouns, acronyms or institutional words."""
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return False
    for tok in tokens:
        bare = strip_possessive(tok)
        if bare in NOT_NAMES or bare in ORG_WORDS or lookup(bare):
            return False
        if len(bare) > 1 and bare.isupper() and not P.INITIALS.fullmatch(bare):
            return False
    return True


def _person_evidence(text: str, start: int, end: int, titles: list[str], name: list[str]) -> bool:
    """Whether the context says this capitalized run is a person."""
    if titles and any(t in TITLE_HEADS for t in titles):
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


def _person_runs(text: str, skip: Coverage) -> Iterator[tuple[Span, list[str], list[str]]]:
    """(span of the name words, title words, name words) for capitalized runs that are people."""
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
            yield Span(start, end), titles, name


def _people(text: str, skip: Coverage) -> tuple[dict[str, str], dict[str, frozenset[str]], list[Found]]:
    """Full names by full and last name, title words by full name, and the occurrences found."""
    runs = list(_person_runs(text, skip))
    fulls = {" ".join(n) for _, _, n in runs if len(n) >= 2}
    people = {f: f for f in fulls}
    last: dict[str, set[str]] = {}
    for f in fulls:
        last.setdefault(f.split()[-1], set()).add(f)
    people.update({short: next(iter(fs)) for short, fs in last.items() if len(fs) == 1})
    titles: dict[str, set[str]] = {}
    found: list[Found] = []
    for span, title_words, name in runs:
        full = people.get(" ".join(name), " ".join(name))
        titles.setdefault(full, set()).update(title_words)
        found.append(Found(span, full, "person"))
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
    """Organization occurrences and outlet names; both claim their characters in ``taken``."""
    orgs: list[Found] = []
    outlet_names: set[str] = set()
    for span, canonical, kind in _alias_hits(text):
        taken.add(span)
        if kind == OUTLET:
            outlet_names.add(text[span.start:span.end])
        else:
            orgs.append(Found(span, canonical, "org"))
    for m in (P.alias_matcher(list(learned)).finditer(text) if learned else ()):
        span = Span(m.start(), m.end())
        if not taken.overlaps(span):
            taken.add(span)
            orgs.append(Found(span, learned[m.group()], "org"))
    return orgs, outlet_names


def scan(text: str) -> Scan:
    """Find the people and organizations of one article's text."""
    learned = _learned_orgs(text)
    taken = Coverage(len(text))
    orgs, outlet_names = _org_hits(text, learned, taken)
    people, titles, persons = _people(text, taken)
    persons = [p for p in persons if not taken.overlaps(p.span)]
    for p in persons:
        taken.add(p.span)
    persons += list(_short_names(text, people, taken))
    org_map = {text[o.span.start:o.span.end]: o.name for o in orgs}
    index = NameIndex(people=people, orgs=org_map, outlets=frozenset(outlet_names), titles=titles)
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
