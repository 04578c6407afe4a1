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

from dataclasses import dataclass

from sourcediff.extract import patterns as P
from sourcediff.extract.entities import NameIndex, split_title, strip_possessive

# Lower-case particles inside a person's name ("Ursula von der Leyen").
PARTICLES = frozenset("de da di du van von der den bin al del la le dos".split())

# Nouns that make "a/an/the ..." a speaker: roles, people, bodies and documents.
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
""".split())
# Definite references to an organization ("the department said").
ORG_NOUNS = frozenset("company firm department agency ministry government administration startup group "
                      "military organization campaign team".split())
# Definite references to whichever organization spoke last ("the company said").
GENERIC_ORG_NOUNS = frozenset("company firm startup group organization".split())
# Definite references that stand for the latest speaker of any kind ("the statement continued").
DOC_NOUNS = frozenset("statement post letter memo filing note email message release document".split())
# Words that open a non-subject segment ("in a statement", "on Thursday") to step over.
SKIP_FIRST = frozenset("in on at for with during after before from by to under amid despite speaking asked "
                       "writing citing earlier later meanwhile however still yet instead separately".split())
PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org", "we": "any"}


@dataclass(frozen=True)
class Speaker:
    """Who said it: a display name and whether it is a person, an organization or a role."""

    name: str
    type: str  # person | org | role
    role: str = ""  # the role words used ("CEO", "official"), for "the CEO said"


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

    def __init__(self, index: NameIndex, people: tuple[tuple[int, str], ...] = ()) -> None:
        self.index = index
        self.people = people  # (offset, full name) of every person mention, for "he" and "the CEO"
        self.history: list[tuple[int, Speaker]] = []
        self.at = 0  # offset of the attribution being resolved

    def before(self, text: str, at: int = 0) -> Speaker | None:
        """The speaker in the words before a verb: the rightmost subject, stepping over appositives."""
        self.at = at
        segs = [s for s in (x.strip() for x in text.replace("·", " ").split(",")) if s]
        for i in range(len(segs) - 1, -1, -1):
            ph = self.classify(segs[i])
            if ph.kind == "skip":
                continue
            if ph.kind == "role" and i > 0 and (left := self.classify(segs[i - 1])).kind == "name":
                return self._remember(left.speaker)
            return self._finish(ph)
        return None

    def after(self, text: str, at: int = 0) -> Speaker | None:
        """The speaker after a verb or "according to": the first subject, or a name in apposition."""
        self.at = at
        segs = [s for s in (x.strip() for x in text.replace("·", " ").split(",")) if s]
        if not segs:
            return None
        ph = self.classify(segs[0])
        if ph.kind in ("role", "ref") and len(segs) > 1 and (right := self.classify(segs[1])).kind == "name":
            return self._remember(right.speaker)
        return self._finish(ph)

    def name(self, text: str, at: int = 0) -> Speaker | None:
        """A speaker given by name alone (an embed's author)."""
        self.at = at
        return self._finish(self.classify(text))

    def _finish(self, ph: Phrase) -> Speaker | None:
        if ph.kind in ("name", "role"):
            return self._remember(ph.speaker)
        if ph.kind == "ref":
            return self._remember(self._resolve(ph))
        return None

    def _remember(self, speaker: Speaker | None) -> Speaker | None:
        if speaker is not None:
            self.history.append((self.at, speaker))
        return speaker

    def _candidates(self) -> list[Speaker]:
        """Earlier speakers and people mentioned, most recent last."""
        mentioned = [(pos, Speaker(name, "person")) for pos, name in self.people if pos < self.at]
        return [sp for _, sp in sorted(self.history + mentioned, key=lambda h: h[0])]

    def _resolve(self, ph: Phrase) -> Speaker | None:
        """The latest earlier speaker a pronoun or definite reference fits; the role itself as a fallback."""
        want = PRONOUNS.get(ph.head, "")
        if ph.head in ORG_NOUNS:
            return self._org_ref(ph)
        if ph.head in DOC_NOUNS:
            want = "any"
        pool = [sp for _, sp in self.history] if want in ("any", "org") else self._candidates()
        for sp in reversed(pool):
            if want == "any" or sp.type == want or (not want and self._fits(sp, ph.head)):
                return sp
        return ph.speaker

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

    def _fits(self, sp: Speaker, head: str) -> bool:
        titles = {t.casefold() for t in self.index.titles.get(sp.name, frozenset())}
        return head in titles or head in sp.role.casefold().split()

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
            return Phrase("skip")
        if first in ("a", "an", "one", "another"):
            return self._role(words[1:])
        if first == "the":
            return self._definite(words[1:])
        if words[0][0].isupper():
            return self._capitalized(words)
        lower = [i for i, w in enumerate(words) if not w[0].isupper()]
        if lower[-1] < len(words) - 1:  # "economist Mark Zandi": a role before a name
            return self._capitalized(words[lower[-1] + 1:])
        return self._role(words)

    def _role(self, words: list[str]) -> Phrase:
        """An unnamed speaker kept as its description ("senior Pentagon official")."""
        nouns = {strip_possessive(w).casefold().rstrip("s") for w in words} | {w.casefold() for w in words}
        if not words or not nouns & ROLE_NOUNS:
            return Phrase("bad")
        text = " ".join(words)
        return Phrase("role", Speaker(text, "role", role=text))

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
        return Phrase("bad")

    def _capitalized(self, words: list[str]) -> Phrase:
        """A name with its titles ("Anthropic CEO Dario Amodei"), an organization, or a titled role."""
        text = " ".join(words)
        if self.index.outlet(text):
            return Phrase("bad")
        if not words[-1][0].isupper():
            return self._role(words)
        lower = [i for i, w in enumerate(words) if not w[0].isupper() and w not in PARTICLES]
        if lower:  # "Pentagon spokesman Sean Parnell": the name is the capitalized run at the end
            words = words[lower[-1] + 1:]
        titles, name = split_title([strip_possessive(w) for w in words])
        if not name:
            return Phrase("ref", Speaker(text, "role", role=text), head=titles[-1].casefold())
        full = " ".join(name)
        if org := self.index.org(full):
            return Phrase("name", Speaker(full, "org", role=org))
        if any(w[0].islower() for w in name) or full in NOT_SPEAKERS:
            return Phrase("bad")
        return Phrase("name", Speaker(self.index.person(full) or full, "person", role=" ".join(titles)))


# Capitalized words that start sentences but never speak.
NOT_SPEAKERS = frozenset("This That These Those There Here It What Why How Which When Where Who Some Many "
                         "Most Others Critics Officials Experts Analysts Both All".split())
