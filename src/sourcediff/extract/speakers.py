"""Who is speaking: subject phrases around verbs of saying, turned into speakers.

The quote extractor finds the verbs; this module reads the words before or
after each one ("Veridian Chief Executive Marisa Okafor", "a spokesman for
the ministry", "she") and decides who they name. News writing packs a lot
between a name and its verb (appositives, ages, home towns, relative
clauses), so the subject is found by stepping over those pieces back to the
name they describe, and pronouns are resolved against earlier speakers in
reading order, which is why the resolver keeps a history.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

from sourcediff.extract import patterns as P
from sourcediff.extract.describednames import described_before, described_names
from sourcediff.extract.entities import NameIndex, Scan, descriptor, scan, split_title
from sourcediff.extract.orgs import NOT_NAMES, OFFICE_MARKS, ORG_WORDS, strip_possessive
from sourcediff.extract.pronouns import pronoun_of, pronouns
from sourcediff.extract.quotemarks import _pairs
from sourcediff.regexcache import regex

# The character that hides quoted words in the masked text the quote extractor passes in.
MASK = "·"
# Lower-case particles inside a person's name ("Ursula von der Leyen").
PARTICLES = frozenset("de da di du van von der den bin al del la le dos".split())

# Nouns that make "a/an/the ..." a speaker: roles, people, bodies and documents. Members of the public are
# named by what they were doing when the story found them ("angler Jo Roe", "stunned hiker Jo Roe, 41, saw
# it", "the motorist said"), as workers are by their trade: without those nouns "Shaken angler Jo Roe ..."
# opened no subject and a following "he told the Herald" had no one to take up. Or by their attachment to
# a place or a team ("Lifelong fan Jo Roe", "regular cinemagoer Jo Roe"): without "fan" a following "He
# said:" went back past Roe to the last official quoted.
ROLE_NOUNS = frozenset("""
mayor governor premier chancellor king queen prince commissioner ambassador general commander captain
coach manager teacher doctor nurse prosecutor defendant plaintiff victim survivor activist candidate
owner investor engineer scientist historian journalist reporter editor author worker user customer
official spokesperson spokesman spokeswoman spokespeople source person people executive ceo chief
president secretary minister analyst expert lawyer attorney aide adviser advisor diplomat officer
employee staffer researcher fellow professor senator lawmaker representative member director leader
founder chair chairman chairwoman judge insider negotiator witness resident economist strategist
company firm department agency ministry government administration startup group military
organization campaign team statement post letter memo filing note email message release document
partner councillor mp mep peer magistrate surgeon physician pilot farmer fisherman owner mother father
parent son daughter wife husband student pensioner neighbour neighbor campaigner organiser organizer
principal headteacher trustee inspector detective constable firefighter paramedic volunteer shareholder
consultant banker trader broker tenant landlord passenger driver player actor singer bishop boss
assistant cashier clerk shopkeeper welder plumber electrician mechanic carpenter builder miner baker
butcher labourer laborer caretaker cleaner porter master
ranger warden gamekeeper keeper forester shepherd vet veterinarian curator ecologist biologist zoologist
conservationist
angler walker hiker rambler cyclist motorist commuter shopper villager onlooker bystander eyewitness
holidaymaker tourist swimmer birdwatcher skier snowboarder climber visitor spectator mourner athlete
fan supporter patron filmgoer cinemagoer moviegoer theatregoer concertgoer churchgoer
sprinter skater jockey referee umpire defender defenceman defenseman goalkeeper goaltender goalie midfielder
winger quarterback pitcher batsman bowler
princess duke duchess emperor empress pope archbishop sultan
""".split())
# Title words a role noun may stand for: "the judge" is "Mrs Justice Harwood", "the councillor" "Cllr Jones".
ROLE_TITLES = {
    "judge": frozenset({"judge", "justice"}), "councillor": frozenset({"councillor", "cllr"}),
    "doctor": frozenset({"doctor", "dr", "dr."}), "professor": frozenset({"professor", "prof", "prof."}),
    "senator": frozenset({"senator", "sen."}), "governor": frozenset({"governor", "gov."}),
}
# Words that open a noun phrase: a segment starting with one and cut off by commas describes someone.
DETERMINERS = frozenset("a an the its his her their our one another".split())
# Definite references to an organization ("the department said").
ORG_NOUNS = frozenset("company firm department agency ministry government administration startup group "
                      "military organization campaign team".split())
# Definite references to whichever organization spoke last ("the company said").
GENERIC_ORG_NOUNS = frozenset("company firm startup group organization".split())
# Definite references that stand for the latest speaker of any kind ("the statement continued").
DOC_NOUNS = frozenset("statement post letter memo filing note email message release document".split())
# Words that open a non-subject segment ("in a statement", "on Thursday") to step over.
SKIP_FIRST = frozenset("in of on at for with during after before from by to under amid despite speaking "
                       "asked writing citing earlier later meanwhile however still yet instead "
                       "separately".split())
# Adverbs of SKIP_FIRST: before a capitalized subject ("Later Roe said", "Meanwhile Roe told") they only
# open the sentence, where a preposition ("In Roe's view") makes the words after it no subject.
SKIP_ADVERBS = frozenset("earlier later meanwhile however still yet instead separately".split())
# A possessive determiner opening a subject ("His party", "Her Harbour Party") stands where "the" would.
POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org", "we": "any"}
# The cue a quote mention carries when a "he" or "she" named its speaker (Speaker.by_pronoun).
PRONOUN_SPEAKER = "speaker:pronoun"
# Verbs that continue the current speaker's words ("she added"): their pronoun is the last person who spoke.
CONTINUATIONS = frozenset("added adds continued continues".split())
# Roles that speak for a body, so "a spokesman for Severn Vale Water" is the body speaking.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())
# Prepositions that tie a person or a role to a body ("Jane Roe of Acme", "head of the agency").
LINKING_PREPOSITIONS = frozenset("of at from for with".split())
# Segment kinds that describe the name before them rather than name a speaker.
APPOSITIVES = ("appos", "role", "ref", "skip")


@dataclass(frozen=True)
class Speaker:
    """Who said it: a display name and whether it is a person, an organization or a role."""

    name: str
    type: str  # person | org | role
    role: str = ""  # the role words used ("CEO", "official"), for "the CEO said"
    # True when a "he" or "she" found the name: a guess from earlier sentences, not the writer's words.
    # Not part of equality: the same person found either way is one speaker.
    by_pronoun: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Phrase:
    """A classified segment of an attribution's subject."""

    kind: str  # name | role | ref | skip | bad
    speaker: Speaker | None = None
    head: str = ""  # for ref: pronoun or head noun


class SpeakerResolver:
    """Turns subject phrases into speakers, remembering earlier speakers for references.

    Stateful on purpose: attributions are resolved in reading order, and
    "he added" means whoever was speaking last, so the history is the state.
    """

    def __init__(self, index: NameIndex, people: tuple[tuple[int, str], ...] = (),
                 subjects: tuple[tuple[int, str], ...] = (),
                 pronouns: Mapping[str, str] | None = None,
                 kin: tuple[tuple[int, str, str, str], ...] = (),
                 reported: Mapping[int, str] | None = None,
                 described: tuple[tuple[int, str, str], ...] = ()) -> None:
        self.index = index
        # (offset, name, head noun) of "Hollow Quay, a folk band": who "the band" is (describednames.py)
        self.described = described
        # offset of a person named inside a subject's reported speech -> that subject's full name
        self.reported = reported or {}
        self.kin = kin  # (offset, given name, kin noun, pronoun) of "Her dad Milo" opening a sentence
        self.people = people  # (offset, full name) of every person mention, for "the CEO"
        self.subjects = subjects  # (offset, full name) of people who open a sentence, for "he" and "she"
        self.pronouns = pronouns or {}  # full name -> "he"/"she" where the article shows it (pronouns.py)
        self.history: list[tuple[int, Speaker]] = []
        self.at = 0  # offset of the attribution being resolved
        self.verb = ""  # the verb being resolved, for "she added"

    def before(self, text: str, at: int = 0, verb: str = "") -> Speaker | None:
        """The speaker in the words before a verb.

        The rightmost segment that abuts the verb is the subject, unless it
        only describes someone ("the former science minister", "44", "from
        Kingsmere", "who flew to Madrid"): then the subject is the name those
        descriptions follow.
        """
        self.at, self.verb = at, verb
        segs = _segments(text)
        closed = text.replace(MASK, " ").rstrip().endswith(",")
        for i in range(len(segs) - 1, -1, -1):
            ph = self._segment(segs[i], abuts=i == len(segs) - 1 and not closed)
            if ph.kind == "skip":
                continue
            describes = ph.kind in APPOSITIVES and ph.head not in PRONOUNS
            if describes and (name := self._antecedent(segs[:i], ph)):
                return self._remember(name)
            return self._finish(ph) if ph.kind != "appos" else None
        return None

    def after(self, text: str, at: int = 0, verb: str = "") -> Speaker | None:
        """The speaker after a verb or "according to": the first subject, or a name in apposition."""
        self.at, self.verb = at, verb
        segs = _segments(text)
        if not segs:
            return None
        ph = self.classify(segs[0])
        if ph.kind == "ref" and ph.speaker is None and len(segs) > 1 and _UNNAMED.match(segs[1]):
            # "said the grandmother-of-four, who asked not to be named": a described person is read as the
            # person just named ("she" would be), but the writer says this one is left unnamed, so the
            # words are the description's, not those of whoever was named before
            return self._remember(Speaker(segs[0], "role", role=segs[0]))
        if ph.kind in ("role", "ref") and len(segs) > 1 and (right := self.classify(segs[1])).kind == "name":
            return self._remember(_described(right.speaker, [ph]))
        desc = self._segment(segs[1], abuts=False) if len(segs) > 1 else Phrase("bad")
        if ph.kind == "name" and desc.kind in ("role", "ref"):
            return self._remember(_described(ph.speaker, [desc]))  # "said Jane Roe, the CEO"
        return self._finish(ph)

    def _segment(self, seg: str, *, abuts: bool) -> Phrase:
        """A segment in context: a relative clause cut off by a comma only describes the name before it."""
        if P.RELATIVE_START.match(seg):
            rest = P.RELATIVE_START.sub("", seg, count=1).strip()
            if not abuts or not rest:
                return Phrase("appos")
            return self.classify(rest)  # "the deal, which Smith said ...": Smith is the subject
        if P.AGE_SEGMENT.fullmatch(seg):
            return Phrase("appos")
        if abuts and P.SUBJECT_TAIL.fullmatch(" " + seg.strip()):
            # "Her brother Tomas, who drove up, had earlier told": the words between the last comma and the
            # verb are the subject's tail alone (an auxiliary, an adverb, a day), so the subject stands
            # before that comma; read as a subject themselves, they named no one
            return Phrase("skip")
        ph = self.classify(seg)
        if ph.kind == "name" and not abuts and (titled := self._titled_at_body(seg)) is not None:
            return titled  # "Jo Ode, Chief Operating Officer of Corvane Air, said": Ode's title, not a name
        if ph.kind == "bad" and not abuts and (seg.split()[0].casefold() in DETERMINERS
                                               or P.PERSON_APPOSITIVE.match(", " + seg)):
            # "a partner at a law firm,", "head of the traffic unit,": it describes the name before (a
            # title with no article reads as a role only before "of": "head" alone names no one)
            return Phrase("appos")
        if (ph.kind == "name" and not abuts and seg.strip()[:1].islower()
                and P.PERSON_APPOSITIVE.match(", " + seg.strip())):
            # "Jo Ode, head of the RVI, said": a lower-case office before "of" a body between commas
            # describes the name before it; read as a name, the body's acronym after "of" (a capitalized
            # word) took the place of the person speaking, and a later "he said" went to it too
            return Phrase("appos")
        return ph

    def _titled_at_body(self, seg: str) -> Phrase | None:
        """A capitalized title of a body cut off by commas ("Chief Operating Officer of Corvane Air"): a role.

        Between commas after a name the phrase describes that name, however
        the body after "of" or "at" was read (a two-word company name reads
        like a person's), so it is no speaker of its own.
        """
        words = seg.split()
        link = next((i for i, w in enumerate(words) if w in ("of", "at")), 0)
        return self._person_role(words[:link]) if link else None

    def _antecedent(self, segs: list[str], described: Phrase) -> Speaker | None:
        """The name that a run of appositives describes: the nearest name to their left.

        The roles stepped over stay with the person ("Lord Ashby, the former
        minister," is who "the minister" means later).
        """
        roles = [described]
        for seg in reversed(segs):
            ph = self._segment(seg, abuts=False)
            if ph.kind == "name":
                return _described(ph.speaker, roles)
            if ph.kind not in APPOSITIVES or ph.head in PRONOUNS:
                return None
            roles.append(ph)
        return None

    def name(self, text: str, at: int = 0) -> Speaker | None:
        """A speaker given by name alone (an embed's author)."""
        self.at = at
        return self._finish(self.classify(text))

    def _finish(self, ph: Phrase) -> Speaker | None:
        if ph.kind in ("name", "role"):
            return self._remember(ph.speaker)
        if ph.kind == "ref":
            found = self._remember(self._resolve(ph))  # remembered as is: a later "the governor" names it
            if found is not None and PRONOUNS.get(ph.head) == "person":
                return replace(found, by_pronoun=True)
            return found
        return None

    def _remember(self, speaker: Speaker | None) -> Speaker | None:
        if speaker is not None:
            self.history.append((self.at, speaker))
        return speaker

    def _recent(self, people: tuple[tuple[int, str], ...]) -> Iterator[Speaker]:
        """Earlier speakers and the given people mentioned before the attribution, most recent first.

        Lazy, so that the usual answer (a recent speaker) costs little even
        on an article with thousands of names.
        """
        for _, sp in self._recent_at(people):
            yield sp

    def _recent_at(self, people: tuple[tuple[int, str], ...]) -> Iterator[tuple[int, Speaker]]:
        """``_recent`` with the offset each speaker was last seen at."""
        cut = bisect_left(people, self.at, key=lambda h: h[0])
        named = ((pos, Speaker(self.index.person(n) or n, "person")) for pos, n in reversed(people[:cut]))
        yield from heapq.merge(reversed(self.history), named, key=lambda h: -h[0])

    def _resolve(self, ph: Phrase) -> Speaker | None:
        """The latest earlier speaker a pronoun or definite reference fits; the role itself as a fallback."""
        want = PRONOUNS.get(ph.head, "")
        if ph.head in ORG_NOUNS:
            return self._org_ref(ph)
        if want == "person":
            return self._person_ref(ph.head)
        if ph.head in DOC_NOUNS:
            want = "any"
        spoken = (sp for _, sp in reversed(self.history))
        for sp in spoken if want in ("any", "org") else self._recent(self.people):
            if want == "any" or sp.type == want or (not want and self._fits(sp, ph.head, ph.speaker)):
                return sp
        return ph.speaker

    def _person_ref(self, pronoun: str) -> Speaker | None:
        """"he"/"she": the last person who spoke, or a person who opened a sentence since.

        "she added" always continues the last person speaking; "he said" may
        also take up a person the text has just made its subject ("Ordás
        flew in on Sunday. He said ..."). Places and bodies never qualify, nor
        a person the article shows taking the other pronoun; a person it shows
        taking this one, named since that subject ("But for grandmother Jane
        Roe, ..., she said"), is the better reading, unless the subject
        named them in what it said ("Dr Ross said the margin gave Ms Roe
        authority. “...,” she said": Roe is who Ross spoke of, see
        `reported_people`).
        """
        def fits(sp: Speaker) -> bool:
            return (_is_person(sp) and not _plural_role(sp) and not self._org_named_alone(sp)
                    and not self._plural_group(sp) and self.pronouns.get(sp.name, pronoun) == pronoun)

        spoke = next((sp for _, sp in reversed(self.history) if fits(sp)), None)
        if self.verb in CONTINUATIONS and spoke:
            return spoke
        at, subject = next(((pos, sp) for pos, sp in self._recent_at(self.subjects) if fits(sp)), (-1, None))
        if (named_kin := self._kin_since(at, pronoun)) is not None:
            return named_kin
        if self.pronouns:
            shown = next(((pos, sp) for pos, sp in self._recent_at(self.people)
                          if self.pronouns.get(sp.name) == pronoun
                          and (subject is None or self.reported.get(pos) != subject.name)), None)
            if shown is not None and shown[0] > at:
                return shown[1]
        return subject

    def _plural_group(self, sp: Speaker) -> bool:
        """A one-word "name" that is a role noun's plural: "Inspectors told the board ..." opened by a group.

        Read as a one-word name, the group was the latest subject, and a
        later "she said" went to it. The article knowing a person by that
        word keeps it a name.
        """
        name = sp.name
        return (sp.type == "person" and " " not in name and name.endswith("s") and len(name) > 3
                and self.index.person(name) is None and _role_noun(name[:-1].casefold()))

    def _org_named_alone(self, sp: Speaker) -> bool:
        """A body named in full, then said by its first word alone: "Quarrow says" after "Quarrow Power".

        A one-word name read as a person ("..., Quarrow says") is no "he" or
        "she" when the article knows no person by it and names an
        organisation that starts with it.
        """
        if sp.type != "person" or " " in sp.name or self.index.person(sp.name) is not None:
            return False
        return self.index.org(sp.name) is not None or any(
            org.startswith(sp.name + " ") for org in self.index.orgs.values())

    def _kin_since(self, since: int, pronoun: str) -> Speaker | None:
        """The relative named by a given name alone ("Her dad Milo") who opened a sentence after ``since``.

        Why: a one-word name is no person of the scan, so "he told the
        Courier" after "Her dad Milo flew in" went to whoever spoke last (the
        coach); the kin noun says which pronoun the relative takes, so the
        nearest antecedent that fits is the relative. One of the other pronoun
        is passed over, as the scan's people are.
        """
        for pos, name, noun, kin_pronoun in reversed(self.kin):
            if since < pos < self.at and kin_pronoun == pronoun:
                return Speaker(self.index.person(name) or name, "person", role=noun)
        return None

    def _org_ref(self, ph: Phrase) -> Speaker | None:
        """"the department" is the organization named with that word; "the company" the latest one."""
        spoken = [sp for _, sp in self.history]
        named = [sp for sp in spoken if sp.type == "org" and ph.head in sp.role.casefold().split()]
        if named:
            return named[-1]
        known = {c for c in self.index.orgs.values() if ph.head in c.casefold().split()}
        if len(known) == 1:
            return Speaker(known.pop(), "org", role="")
        if ph.head in GENERIC_ORG_NOUNS:
            orgs = [sp for sp in spoken if sp.type == "org" or self._unknown_single(sp)]
            return orgs[-1] if orgs else ph.speaker
        return ph.speaker

    def _unknown_single(self, sp: Speaker) -> bool:
        """A one-word speaker nobody in the article has as a last name: likely an organization."""
        return sp.type == "person" and " " not in sp.name and self.index.person(sp.name) is None

    def _fits(self, sp: Speaker, head: str, ref: Speaker | None = None) -> bool:
        """True when ``sp`` holds the office ``head`` names, and every mark on the reference's office.

        "the shadow health minister" is not the Health Minister, nor "the
        former mayor" the mayor: a mark (``OFFICE_MARKS``) in the reference
        must be among the person's own titles or role words.
        """
        titles = {t.casefold() for t in self.index.titles.get(sp.name, frozenset())}
        own = titles | set(sp.role.casefold().split())
        words = ROLE_TITLES.get(head, frozenset({head}))
        if not words & own:
            return False
        marks = set(ref.role.casefold().split()) & OFFICE_MARKS if ref is not None else set()
        return marks <= own

    def classify(self, seg: str) -> Phrase:
        """What a comma-free segment is: a name, a role, a reference, something to skip, or not a subject."""
        seg = P.RELATIVE_CLAUSE.sub("", P.JOINERS.sub("", seg.strip(" .;:—–-\"“”"))).strip()
        seg = P.SUBJECT_TAIL.sub("", seg).strip()
        words = seg.split()
        if not words or len(words) > 10:
            return Phrase("bad")
        first = words[0].casefold()
        if first in PRONOUNS and len(words) == 1:
            return Phrase("ref", head=first)
        if first in SKIP_FIRST:
            if first in SKIP_ADVERBS and len(words) > 1 and words[1][0].isupper():
                return self._capitalized(words[1:])  # "Later Vellinga said": an adverb opens the sentence
            return Phrase("skip")
        if first in ("a", "an", "one", "another"):
            if (described := self._described_name(words[1:])) is not None:
                return described  # "A tearful Health Minister Jane Roe vowed": Roe, not a role
            return self._role(words[1:])
        if first == "the" or (first in POSSESSIVE_DETERMINERS and len(words) > 1):
            return self._definite(words[1:])  # "His People's Party said": the party, as "the party" is
        if words[0][0].isupper():
            return self._capitalized(words)
        if len(words) <= 2 and (known := self.index.person(strip_possessive(seg))) and " " in known:
            # "al-Hadi said", "van Dijk said": a surname whose particle is in lower case, short for a
            # full name the article gives ("Tariq al-Hadi"); read as lower-case words, no one spoke
            return Phrase("name", Speaker(known, "person"))
        lower = [i for i, w in enumerate(words) if not w[0].isupper()]
        prep = next((i for i in lower if words[i] in LINKING_PREPOSITIONS), None)
        if prep and (named := self._named_before_body(words[:prep])) is not None:
            return named  # "forecaster Jane Roe of the weather office": Roe, not a role holding her name
        if prep and (portfolio := self._named_after_portfolio(words, prep)) is not None:
            return portfolio  # "deputy mayor for housing Ilaria Roe": Roe, not the "deputy mayor"
        if prep and (role := self._role(words[:prep])).kind == "role":
            return role  # "chief physician of Northgate Hospital": a role, whatever body follows
        if lower[-1] < len(words) - 1:  # "economist Mark Zandi": a role before a name
            return self._capitalized(words[lower[-1] + 1:])
        return self._role(words)

    def _described_name(self, words: list[str]) -> Phrase | None:
        """The person a tabloid's "a(n)" and mood words stand before ("a shaken Mayor Tom Hale"), else None.

        Why: the article and the lower-case words before a capitalized run
        describe the person ("a tearful", "an angry", "a former"),
        so the run is the subject, as "economist Mark Zandi" is; read as a
        role, the whole phrase became the speaker or no one did. A lower-case
        last word ("a senior Pentagon official") or a linking preposition ("a
        spokesman for Severn Vale Water") leaves the phrase to `_role`.
        """
        lower = [i for i, w in enumerate(words) if not w[0].isupper()]
        if not lower or lower != list(range(len(lower))) or len(words) == len(lower):
            return None
        if any(words[i] in LINKING_PREPOSITIONS for i in lower):
            return None
        if len(words) - len(lower) == 1:
            return self._lone_described(strip_possessive(words[-1]))
        named = self._capitalized(words[len(lower):])
        return named if named.kind == "name" else None

    def _lone_described(self, word: str) -> Phrase | None:
        """"A tearful Marit said", "a jubilant Vellinga": one capitalized word after mood words is a person.

        Why: a tabloid names a winner by the given name alone, and no list
        holds every culture's given names; "a/an" and lower-case describing
        words before one capitalized word make it somebody described, not a
        role. A body the article or the alias table knows stays a body, and
        words that are no name ("a tearful Monday") or a body's head word stay
        out. A surname the article knows gets its full name.
        """
        if not word.isalpha() or word in NOT_NAMES or word in ORG_WORDS or word in NOT_SPEAKERS:
            return None
        if self.index.org(word) or self.index.outlet(word):
            return None
        return Phrase("name", Speaker(self.index.person(word) or word, "person"))

    def _named_after_portfolio(self, words: list[str], prep: int) -> Phrase | None:
        """The person named after a role's lower-case portfolio ("minister for farming Jo Ode"), else None.

        Why: a role held "for" or "of" a field written in lower case ("deputy
        mayor for housing", "head of research") is still a title, and the
        capitalized run after it is the person who holds it, as after
        "economist" alone. Read as the role before the preposition, the quote
        went to "deputy mayor", no one the other outlets named. A body after
        the preposition ("of Northgate Hospital", "for the Bellmore Trust") or a
        second link ("head of research at Finch Capital Jo Ode") leaves the
        role as it was; so does a run that names no person in full.
        """
        tail = words[prep + 1:]
        lower = [i for i, w in enumerate(tail) if not w[0].isupper()]
        if not lower or lower != list(range(len(lower))) or len(tail) - len(lower) < 2:
            return None  # one capitalized word ("for rail operator Northline") is more often a body
        if any(tail[i].casefold() in _ARTICLES or tail[i] in LINKING_PREPOSITIONS for i in lower):
            return None
        named = self._capitalized(tail[len(lower):])
        if named.kind != "name" or named.speaker is None or named.speaker.type != "person":
            return None
        role = " ".join([*words[:prep + 1 + len(lower)], named.speaker.role]).strip()
        return Phrase("name", replace(named.speaker, role=role))

    def _named_before_body(self, words: list[str]) -> Phrase | None:
        """The name that ends a lower-case role before "of"/"at" a body, else None.

        "economist Mark Zandi" is read as the person; with "of Moody's" after it
        the words before the preposition are the same role-and-name, so the
        person speaks there too rather than a role whose text holds the name.
        """
        lower = [i for i, w in enumerate(words) if not w[0].isupper()]
        if not lower or lower[-1] >= len(words) - 1:
            return None
        named = self._capitalized(words[lower[-1] + 1:])
        return named if named.kind == "name" else None

    def _role(self, words: list[str]) -> Phrase:
        """An unnamed speaker kept as its description ("senior Pentagon official").

        One who speaks for a named body ("a spokesman for Severn Vale Water")
        is that body speaking.
        """
        nouns = {strip_possessive(w).casefold().rstrip("s") for w in words} | {w.casefold() for w in words}
        # A compound office is its parts' role ("director-general", "editor-in-chief"): read whole, it was
        # no role, and the body after "of" ("director-general of the Tarn Valley Growers") was taken for
        # the name of the person speaking.
        nouns |= {part for w in words if "-" in w for part in w.casefold().split("-")}
        if not words or not nouns & ROLE_NOUNS:
            return Phrase("bad")
        text = " ".join(words)
        if body := self._spoken_for(words):
            return Phrase("role", Speaker(body, "org", role=text))
        return Phrase("role", Speaker(text, "role", role=text))

    def _person_role(self, words: list[str]) -> Phrase | None:
        """A capitalized title held by a person ("Chief Executive", "Vice-Chancellor"), as a role, else None.

        Titles are capitalized before "of" a body as often as not; the body is
        then what the person works for, not the speaker. Bodies and documents
        ("Department of Health", "Statement of ...") are no person's title.
        """
        parts = {p for w in words for p in w.casefold().split("-")}
        if not words or not all(w[0].isupper() for w in words) or parts & (ORG_NOUNS | DOC_NOUNS):
            return None
        role = self._role([p for w in words for p in w.split("-") if p])
        return role if role.kind == "role" and role.speaker and role.speaker.type == "role" else None

    def _spoken_for(self, words: list[str]) -> str | None:
        """The body after "spokesman for/of/at", when it is named with capitals."""
        for i, w in enumerate(words[:-2]):
            if w.casefold() in SPOKES_NOUNS and words[i + 1] in ("for", "of", "at"):
                rest = [x for x in words[i + 2:] if x.casefold() != "the"]
                body = " ".join(rest)
                if rest and all(x[0].isupper() or x in ("of", "and", "for") for x in rest):
                    return self.index.org(body) or strip_possessive(body)
        return None

    def _person_before(self, words: list[str]) -> Phrase | None:
        """A person named before "of"/"at"/"from" a body, or None when those words are no person."""
        titles, name = split_title([strip_possessive(w) for w in words])
        full = " ".join(name)
        if not _person_words(name) or self.index.org(full) or full in NOT_SPEAKERS:
            return None
        return Phrase("name", Speaker(self.index.person(full) or full, "person", role=" ".join(titles)))

    def _definite(self, words: list[str]) -> Phrase:
        """"the Pentagon" is a name; "the CEO", "the company", "the statement" refer back."""
        text = " ".join(words)
        if not words or self.index.outlet(text):
            return Phrase("bad")
        if words[0][0].isupper() and (org := self.index.org(text)):
            return Phrase("name", Speaker(strip_possessive(text), "org", role=org))
        head = words[-1].casefold()
        if head.rstrip("s") in ROLE_NOUNS or head in ROLE_NOUNS:
            return Phrase("ref", Speaker(text, "role", role=text), head=head)
        if len(words) == 1 and (described := described_before(self.described, head, self.at)) is not None:
            return Phrase("name", Speaker(described, "org", role=head))  # "the band": the band named before
        if (named := self._named_after_relation(words)) is not None:
            return named
        if pronoun := pronoun_of(words[0]) or pronoun_of(strip_possessive(words[-1])):
            # "said the gran-of-four from Tollhaven", "the grandfather said", "the teenager's grandmother":
            # a person the text has just named, described instead of named again; read as "she"/"he"
            # would be (`_person_ref`)
            return Phrase("ref", head=pronoun)
        return self._role_of_body(words, text)

    @staticmethod
    def _role_of_body(words: list[str], text: str) -> Phrase:
        """"the chief of the army", "the governor of the central bank": the role before "of" is the head.

        Why: the last word is the body the role belongs to ("army", "staff",
        "bank"), no role noun itself, so the phrase read as no subject and a
        quote's tail attribution "the chief of staff, Gen. Jo Ode, said" was
        never tried, leaving the quote with no speaker (as "chief physician of
        Northgate Hospital" is read without an article, in `classify`).
        """
        link = next((i for i, w in enumerate(words) if w in LINKING_PREPOSITIONS), 0)
        head = words[link - 1].casefold() if link else ""
        if head in ROLE_NOUNS and head not in DOC_NOUNS:
            return Phrase("ref", Speaker(text, "role", role=text), head=head)
        return Phrase("bad")

    def _named_after_relation(self, words: list[str]) -> Phrase | None:
        """The person a definite relation or role names at its end ("the victim's daughter Ana Ruiz").

        Read as "economist Mark Zandi" is without an article: the words are
        credited to the named person, not to the possessor ("the victim") nor
        to the relation ("daughter"). The relation stays the person's role, so
        a later "the daughter said" names her again. None unless a
        capitalized name follows lower-case words.
        """
        lower = [i for i, w in enumerate(words) if not w[0].isupper()]
        if not lower or lower[-1] >= len(words) - 1:
            return None
        before, name = words[lower[-1]].casefold(), words[lower[-1] + 1:]
        if before in LINKING_PREPOSITIONS or before in SKIP_FIRST:
            return None  # "the gran-of-four from Tollhaven": a place; the words describe someone named before
        if len(name) < 2 and not (_role_noun(strip_possessive(before)) or pronoun_of(before)):
            return None  # one capitalized word names a person only right after a relation ("daughter Ana")
        named = self._capitalized(name)
        if named.kind != "name" or named.speaker is None or named.speaker.type != "person":
            return None
        relation = " ".join(words[:lower[-1] + 1])
        return Phrase("name", replace(named.speaker, role=" ".join([named.speaker.role, relation]).strip()))

    def _capitalized(self, words: list[str]) -> Phrase:
        """A name with its titles ("Anthropic CEO Dario Amodei"), an organization, or a titled role."""
        text = " ".join(words)
        if self.index.outlet(text):
            return Phrase("bad")
        lower = [i for i, w in enumerate(words) if not w[0].isupper() and w not in PARTICLES]
        link = next((n for n, i in enumerate(lower) if words[i] in LINKING_PREPOSITIONS), None)
        # "Dr. Lars Eklund of the Karolinska Institute", "Opposition leader Jo Ode of the People's
        # Party": the person before the body, after any role words, not the body. A body written in
        # lower case ("Jo Ode of the tenants' union") is no less a body: read as a role, the whole
        # phrase spoke ("of the residents association") or, with no role noun in it, no one did.
        start = lower[link - 1] + 1 if link else 0
        if (link is not None and lower[link] < len(words) - 1 and not _role_then_name(words, lower, link)
                and (person := self._person_before(words[start:lower[link]]))):
            return person
        if not words[-1][0].isupper():
            return self._role(words)
        all_words = words
        if lower:  # "Pentagon spokesman Sean Parnell": the name is the capitalized run at the end
            words = words[lower[-1] + 1:]
        titles, name = split_title([strip_possessive(w) for w in words])
        if not name:
            return Phrase("ref", Speaker(text, "role", role=text), head=titles[-1].casefold())
        full = " ".join(name)
        org = self.index.org(full)
        # "Vice-Chancellor of Northmoor University", "Director of the Acme Institute": a role, as in lower
        # case, when a body follows (known, or "the" and an organization word: no person is "the"), or a
        # single word no person of the article is called ("Chief Executive Officer of Pellion": a person
        # is named with two words, so one capitalized word after a title is the body it heads)
        after = all_words[lower[link] + 1:] if link is not None else []
        body = (org or (after[:1] == ["the"] and any(w in ORG_WORDS for w in after))
                or (len(name) == 1 and not self.index.person(full)))
        if body and link is not None and (role := self._person_role(all_words[start:lower[link]])):
            return role
        if org:
            return Phrase("name", Speaker(full, "org", role=org))
        if any(w[0].islower() for w in name) or full in NOT_SPEAKERS:
            return Phrase("bad")
        if (described := self._descriptor_led(name, titles)) is not None:
            return described
        return Phrase("name", Speaker(self.index.person(full) or full, "person", role=" ".join(titles)))

    def _descriptor_led(self, name: list[str], titles: list[str]) -> Phrase | None:
        """A person named after capitalized person nouns ("Mum-of-two Kerry", "Pensioner Alf"), else None.

        Why: a tabloid opens a sentence with a description and the given name
        alone; read whole, "Mum-of-two Kerry" became a speaker nobody is, and a
        later "she said" went to it rather than to the Kerry Mabbutt named
        before. Only when the words left after the descriptors are a person the
        article names in full: a capitalized noun before an unknown name stays
        as it was read.
        """
        lead = 0
        while lead < len(name) - 1 and descriptor(name[lead]) is not None:
            lead += 1
        if not lead or self.index.person(" ".join(name)) is not None:
            return None
        known = self.index.person(" ".join(name[lead:]))
        if known is None or " " not in known:
            return None
        return Phrase("name", Speaker(known, "person", role=" ".join([*titles, *name[:lead]])))


def _role_then_name(words: list[str], lower: list[int], link: int) -> bool:
    """A lower-case role noun after the body, then a capitalized name: the name is the speaker.

    "Riverside Chamber of Commerce chair Yvonne Marsh": the words before
    "of" are the body's name, not a person's, and the body with its role
    ("of Commerce chair") titles the person named last. Read as "Dr. Lars
    Eklund of the Karolinska Institute", the quote went to "Riverside
    Chamber".

    An article right after the link ("Jo Roe of the tenants' group Fairhome",
    "Jo Roe of the campaign group Clear Air") opens a body's description
    after the person, not a body's own name: a name has no "the" inside it
    before its role word. There the class noun ("group") is no person's role
    and the one word after it is the body, so the person before the link speaks.

    A lower-case class noun right after the link ("Jo Roe of broker Finch
    Securities", "Jo Roe of consultancy Vale Partners") describes the body
    as the article does: the body's own name, capitalized, sits between
    the link and the role noun in "Chamber of Commerce chair", and here
    nothing does: a place's "-based" or "-listed" compound ("of Delft-based
    broker Finch Securities") describes, it names no body.
    """
    last = lower[-1]
    if words[lower[link] + 1].casefold() in _ARTICLES:
        return False
    if all(_describing(w) for w in words[lower[link] + 1:last + 1]):
        return False
    return last > lower[link] and last < len(words) - 1 and _role_noun(words[last].casefold())


def _describing(word: str) -> bool:
    """A lower-case word, or a compound whose last part is one ("Delft-based"): no part of a body's name."""
    return not word[0].isupper() or ("-" in word and word.rsplit("-", 1)[-1][:1].islower())


# Articles that open a noun phrase after a linking preposition ("of the", "at a").
_ARTICLES = frozenset({"the", "a", "an"})


def _person_words(words: list[str]) -> bool:
    """Words that make a person's name: two or more, none of them an organization word."""
    return len(words) >= 2 and not any(w in ORG_WORDS for w in words)


# What separates two pieces of a subject phrase: a comma, or a dash with spaces round it, which sets off
# an aside or a relative clause as a comma does ("Farmers get £3 a bird – which Jo Ode said ...").
# A comma grouping a figure's digits ("1,300", "6,200") separates nothing: cut there, "The union, which
# has 6,200 members across the region, said" left "200 members across the region" abutting the verb,
# read as its subject, and a longer clause left no subject at all.
_PIECE_BREAK = regex(r"(?<!\d),|,(?!\d{3}(?!\d))|\s[–—]\s")


def _segments(text: str) -> list[str]:
    """The comma-separated pieces of a subject phrase, masked quotations blanked, asides in brackets dropped.

    Specialist and science writing puts a speaker's body in brackets after
    the name ("Lena Marsh (Harwick College), who ..., said"); read with the
    name, the bracket's last capitalized word ("College)") became the
    speaker. The bracket describes the name, so it is left out of the
    segment, unless it is all the segment holds.
    """
    out = []
    for x in _PIECE_BREAK.split(text.replace(MASK, " ")):
        seg = x.strip()
        bare = " ".join(_BRACKETED.sub(" ", seg).split())
        if bare or seg:
            out.append(bare or seg)
    return out


# A relative clause saying the speaker goes unnamed: "who asked not to be named", "who declined to be
# identified", "who spoke on condition of anonymity", "who requested anonymity".
_UNNAMED = regex(r"(?:who|which)\s+(?:(?:asked|wished|wanted|preferred|declined|refused|did\s+not\s+want|"
                 r"didn['’]t\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|"
                 r"spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked\s+for|requested)\s+anonymity)\b")


# A bracketed aside after a word of a subject phrase: "(Varnhem Institute)", "(D-Ore.)".
_BRACKETED = regex(r"(?<=\S)\s*\([^()]*\)")


def _described(sp: Speaker | None, roles: list[Phrase]) -> Speaker | None:
    """A person with the role words of the descriptions around the name added to its own."""
    words = [r.speaker.role for r in roles
             if r.kind in ("role", "ref") and r.speaker and r.speaker.type == "role"]
    if sp is None or sp.type != "person" or not words:
        return sp
    return replace(sp, role=" ".join([sp.role, *words]).strip())


def _is_person(sp: Speaker) -> bool:
    """A named person, or an unnamed one described by a role ("a senior official"), not a body or document."""
    if sp.type == "person":
        return True
    head = sp.role.casefold().split()[-1:] if sp.type == "role" else []
    return bool(head) and head[0] not in ORG_NOUNS and head[0] not in DOC_NOUNS


# Collective nouns that speak as a body ("Police say ...", "Staff said ..."): plural in English, though
# they have no plural -s, so a later "he" or "she" never means them.
COLLECTIVE_NOUNS = frozenset({"police", "staff", "crew", "personnel", "clergy", "people", "residents"})


def _plural_role(sp: Speaker) -> bool:
    """An unnamed group ("Brennick prosecutors", "senior officials", "Police"): a "they", never "he" or "she".

    "Police said ..." opening a sentence is read as a one-word name; it is still the body.
    """
    if sp.name.casefold() in COLLECTIVE_NOUNS:
        return True
    if sp.type != "role":
        return False
    head = sp.role.casefold().split()[-1:]
    if head and head[0] in COLLECTIVE_NOUNS:
        return True
    return bool(head) and head[0] not in ROLE_NOUNS and head[0].endswith("s") and head[0][:-1] in ROLE_NOUNS


# Capitalized words that start sentences but never speak.
NOT_SPEAKERS = frozenset("This That These Those There Here It What Why How Which When Where Who Some Many "
                         "Most Others Critics Officials Experts Analysts Both All".split())


def sentence_subjects(text: str, found: Scan) -> tuple[tuple[int, str], ...]:
    """(offset, full name) of the people who open a sentence, perhaps after a title or an adverbial.

    These are who a later "he" or "she" can mean; a person named as an
    object ("met Jane Roe") or a place is not, but the subject of an inverted
    sentence ("Also on board was Jane Roe") is, and so is the speaker of a
    reporting clause put last ("..., said councillor Jane Roe."): a "she
    said" in the next paragraph went back past her to an earlier subject.
    """
    people = (f for f in found.found if f.type == "person")
    return tuple((f.span.start, f.name) for f in people
                 if P.SUBJECT_LEAD.search(text, max(0, f.span.start - 120), f.span.start)
                 or P.INVERTED_SUBJECT_LEAD.search(text, max(0, f.span.start - 140), f.span.start)
                 or (P.REPORTING_SUBJECT_LEAD.search(text, max(0, f.span.start - 80), f.span.start)
                     and P.REPORTING_SUBJECT_END.match(text, f.span.end))
                 or _role_lead(text, f.span.start))


def _role_lead(text: str, start: int) -> bool:
    """True when a sentence opens with capitalized words and role nouns before the name at ``start``.

    "Union chief Jane Roe was defiant." and "NRH chief executive Tom Roe has ruled out paying." make
    Roe the subject; "Police arrested Tom Roe" does not ("arrested" is no role). So does a clause of its
    own after ", and" ("Results rose, and head teacher Tom Roe was delighted."): a later "he said" is Roe.
    """
    leads = (P.SUBJECT_ROLE_LEAD.search(text, max(0, start - 120), start),
             P.CLAUSE_ROLE_LEAD.search(text, max(0, start - 60), start))
    return any(m is not None and _roles_lead(m["roles"], text[m.start():m.start("roles")]) for m in leads)


# Prepositions that tie a role noun to the brief it holds: "member for housing", "director of roads".
_BRIEF_LINKS = frozenset({"for", "of"})


def _roles_lead(roles: str, before: str = "") -> bool:
    """True when the lower-case words before a name are a role, perhaps with its trade.

    The trade may also follow the role after "for" or "of" ("Cabinet member
    for housing Jo Roe", "Director of housing Tom Roe"): the role noun before
    the link heads the phrase, and the words after it name its brief, as a
    trade before it would. The role noun may be the capitalized word that
    opens the sentence (``before`` ends with it: "Director of housing").
    """
    words = roles.split()
    if words[0] in _BRIEF_LINKS and (opener := before.split()[-1:]):
        words = [opener[0].casefold(), *words]
    link = next((i for i, w in enumerate(words) if w in _BRIEF_LINKS), -1)
    if 0 < link < len(words) - 1:
        brief = words[link + 1:]
        # a brief is often a gerund ("housing", "planning"), which a trade before the role is never
        return _roles_lead(" ".join(words[:link])) and not any(word in _NOT_TRADE for word in brief)
    *modifiers, head = words
    # a hyphenated role is headed by its last part ("vice-chancellor", "vice-president"); the words before
    # the head may name its trade ("Retired bus driver Jane Roe", "Local primary school teacher Tom Roe"),
    # but a verb among them makes the name an object ("Police arrested driver Tom Roe")
    return _role_noun(head) and all(_role_noun(word) or _trade_word(word) for word in modifiers)


# The shortest role noun that heads a closed compound ("schoolteacher", "steelworker", "homeowner"), and the
# shortest word before it: "son" and "king" end too many other words to head one.
MIN_COMPOUND_HEAD, MIN_COMPOUND_LEAD = 5, 3


def _role_noun(word: str) -> bool:
    """A role noun, alone, as the last part of a hyphenated one, or heading a closed compound.

    "Retired schoolteacher Jane Roe" opens a sentence with its subject as
    "Retired teacher Jane Roe" does: English writes many roles as one word
    with their trade ("schoolteacher", "steelworker", "homeowner").
    """
    if word in ROLE_NOUNS or word.rsplit("-", 1)[-1] in ROLE_NOUNS:
        return True
    return any(word[i:] in ROLE_NOUNS for i in range(MIN_COMPOUND_LEAD, len(word) - MIN_COMPOUND_HEAD + 1))


# Lower-case words that are verbs or function words, never the trade before a role noun.
_NOT_TRADE = frozenset("""
told met saw found took gave sent left hit caught brought shot led put let made said says tells
asked named and or but the a an of to for with by from at in on as is was are were has had have be been
""".split())


# Participles that describe a person's working life, not an act done to them ("retired bus driver").
_WORKING_LIFE = frozenset("retired unemployed self-employed qualified trained registered licensed".split())


def _trade_word(word: str) -> bool:
    """A lower-case word that may name a role's trade ("bus", "school", "taxi"): no verb or function word.

    A participle is a verb ("arrested driver") unless it tells the person's
    working life ("retired shipyard welder").
    """
    return word in _WORKING_LIFE or (word not in _NOT_TRADE and not word.endswith(("ed", "ing", "ly")))


# One line of an article: quotation marks pair within it (quotemarks._pairs).
_LINE = regex(r"[^\n]+")


def _quoted(text: str) -> list[tuple[int, int]]:
    """(open, close) of each quotation in double marks that closes on its own line, in order."""
    return [(o, c) for line in _LINE.finditer(text)
            for o, c, double in _pairs(text, line.start(), line.end()) if double and c < line.end()]


def _outside_quotes(found: tuple[tuple[int, str], ...],
                    quoted: list[tuple[int, int]]) -> tuple[tuple[int, str], ...]:
    """The (offset, name) pairs not inside a quotation.

    A name inside a quotation is a word of its speaker's ("That allegation
    was false, and Mr Harrow knew it," he said), never the "he" who says it:
    taken as the latest subject, it credited a judge's words to the man he
    was judging.
    """
    opens = [o for o, _ in quoted]

    def inside(pos: int) -> bool:
        k = bisect_right(opens, pos) - 1
        return k >= 0 and pos < quoted[k][1]

    return tuple(h for h in found if not inside(h[0]))


def resolver_for(text: str) -> SpeakerResolver:
    """A fresh resolver over the names of one article (the entity scan is shared, not repeated)."""
    found = scan(text)
    quoted = _quoted(text)
    people = _outside_quotes(tuple((f.span.start, f.name) for f in found.found if f.type == "person"), quoted)
    subjects = _outside_quotes(sentence_subjects(text, found), quoted)
    full = tuple((at, found.index.person(n) or n) for at, n in subjects)
    return SpeakerResolver(found.index, people, subjects, pronouns(text, found), kin_subjects(text),
                           reported_people(text, full, people), described_names(text))


def reported_people(text: str, subjects: tuple[tuple[int, str], ...],
                    people: tuple[tuple[int, str], ...]) -> Mapping[int, str]:
    """Offset of each person named after a sentence subject's verb of saying, in that sentence -> the
    subject's full name.

    "Dr Irene Vale, who teaches politics, said the margin gave Ms Roe
    authority." names Roe as the object of Vale's words: a "she said" after
    it takes up the subject who was saying something, not the woman she
    spoke of (who only the title shows to take "she").
    """
    out: dict[int, str] = {}
    for pos, name in subjects:
        end = P.SENTENCE_END.search(text, pos)
        stop = end.start() if end else len(text)
        verb = P.SPEECH_VERB.search(text, pos, stop)
        if verb is None:
            continue
        i = bisect_right(people, verb.end(), key=lambda h: h[0])
        for at, _ in people[i:]:
            if at >= stop:
                break
            out.setdefault(at, name)
    return out


def kin_subjects(text: str) -> tuple[tuple[int, str, str, str], ...]:
    """(offset, given name, kin noun, pronoun) of each sentence opened by "Her dad Milo", "His sister Mina".

    The possessive and the kin noun tie a given name alone to a person and
    say which pronoun they take, so a "he said" soon after can mean them. A named owner does the same
    ("Tomas's mum Brenda, 48, cried ..."): without it, her "she said" went to the last named speaker.
    """
    out = []
    found = [*P.KIN_NAMED_SUBJECT.finditer(text), *P.KIN_OWNER_NAMED_SUBJECT.finditer(text)]
    for m in sorted(found, key=lambda m: m.start("name")):
        name, noun = m["name"], m["kin"]
        pronoun = pronoun_of(noun)
        if pronoun and name not in NOT_NAMES and name not in NOT_SPEAKERS and name not in ORG_WORDS:
            out.append((m.start("name"), name, noun, pronoun))
    return tuple(out)
