"""The role a count plays in a story, from the words of its clause.

"Killed 12", "12 dead", "the death toll rose to 12" are all the story's
deaths; "340 injured", "more than 300 were hurt" and "41 in hospital" its
injured (news counts the hospitalised with the injured); "14 men remain
trapped" those a collapse still holds. Counts with the same role compare
across sources whatever noun they count ("12 people", "12 dead"); counts
with different roles never do, though both count people ("killed 612
people and injured 1,400"). The role is the nearest role word in
the count's own clause: a comma, a semicolon or an "and" joining another
figure ends it.
"""

from __future__ import annotations

import functools

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import STOP_WORDS

# Cue of a count that is a part of the count before it ("340 injured, 85 of them seriously"): never a
# rival of a whole count (compat.same_thing).
PART = "part"
# Beside PART, the cue of a part picked out by its place ("the last two bodies were recovered"): unlike "85
# of them seriously", a detail of a sentence about the whole, the part is what its sentence reports, so it
# stays a term of the sentence for the aligner (align/similarity.fact_keys).
SELECTED = "selected"
# Cue of the gap between two counts of one noun ("39 behind", "a margin of 39"): its own figure, neither
# count's rival, and lending no noun to a figure after it.
MARGIN = "margin"
ROLE_PREFIX = "role:"
# Prefix of the role of a count in a clause about an earlier event ("the worst since 2019, when two died"):
# that event's toll is one figure of its own, never a second value of the story's toll, which made a
# source that recalls it state two tolls and left its own toll out of the one-value-per-source comparison.
PAST = "past-"
# Prefix of the role of a workforce a body will have ("the hospital will need 2,300 staff when it opens"):
# another population than the staff on the job now ("the contractor has 1,150 workers on the site"), so
# never a rival value of it in the one-count-per-source comparison (divergeslots._role_pairs); two
# sources' planned workforces still are ("will employ 2,300" against "will employ 2,500").
PLANNED = "planned-"
# Role words (folded) -> the role they give a count.
ROLE_WORDS = {
    **dict.fromkeys(("killed", "killing", "kills", "dead", "died", "dies", "death", "deaths", "toll",
                     "fatalities", "fatality", "mortalities", "perished", "bodies", "die"), "dead"),
    # The toll told by what did not happen: "21 of the whales did not make it", "four did not survive".
    **dict.fromkeys(("did not survive", "didn't survive", "didn\u2019t survive", "did not make it"), "dead"),
    # ... or by who did not return: "three never came home", "two did not make it back" (tabloid style).
    **dict.fromkeys(("never came home", "never came back", "never made it home", "never made it back",
                     "did not come home", "did not come back", "did not make it home", "did not make it back",
                     "didn't come home", "didn't come back", "didn't make it home", "didn't make it back",
                     "didn\u2019t come home", "didn\u2019t come back", "didn\u2019t make it home",
                     "didn\u2019t make it back"), "dead"),
    **dict.fromkeys(("injured", "injuring", "injuries", "wounded", "wounding", "hurt", "hospitalized",
                     "hospitalised"), "injured"),
    **dict.fromkeys(("missing", "unaccounted"), "missing"),
    # Held where they are by a collapse, a flood or debris: "14 men remain trapped", "15 miners entombed".
    # Only the state, never "trapping 23 men": the act counts everyone caught at the time, the state who is
    # still there, and a rescue makes the two differ without any source being wrong.
    **dict.fromkeys(("trapped", "entombed"), "trapped"),
    **dict.fromkeys(("arrested", "arresting", "arrests", "detained", "detaining"), "arrested"),
    **dict.fromkeys(("evacuated", "evacuating", "evacuees", "displaced"), "evacuated"),
    **dict.fromkeys(("vote", "votes", "voted"), "votes"),
    # A planning decision or a consultation has one count of objections, however it is worded: "412
    # objections", "412 letters of objection", "more than 400 people wrote in to object".
    **dict.fromkeys(("objection", "objections", "objector", "objectors", "objected", "object"), "objections"),
    **dict.fromkeys(("staff", "staffer", "staffers", "employee", "employees", "worker", "workers",
                     "workforce"), "staff"),
    # A state named by a phrase, with the noun understood: "three dead and 41 in hospital", "12 in custody".
    **dict.fromkeys(("in hospital", "in the hospital", "in hospitals", "in the hospitals"), "injured"),
    # ... or by where they were taken: "two were taken to hospital", "rushed five people to hospital".
    **dict.fromkeys(("to hospital", "to the hospital", "to hospitals", "to the hospitals"), "injured"),
    **dict.fromkeys(("in custody", "in police custody"), "arrested"),
}
# Roles that only say who is counted ("2,400 workers", "its 6,400 staff"): a story's workforce is one
# figure, compared across sources like a toll; a role word of what befell them wins over these.
NOUN_ROLES = frozenset({"staff"})
# How far a role word may stand from its count, in characters, each side.
_BEFORE = 40
_AFTER = 48
# ... and for a bare figure that only its role makes a count.
_NEAR = 20
# ... and back to the clause's start for a figure its subject "has risen to": the subject's head noun
# ("the death toll from Saturday's flooding in the three northern provinces has risen to 19") may stand
# a long noun phrase away, yet it alone says what the figure counts.
_SUBJECT = 120


def count_role(text: str, start: int, end: int, *, near: bool = False, shared: bool = True) -> str | None:
    """The role of the count at ``text[start:end]`` ("dead", "injured", ...), or None.

    With ``near`` the role word must stand within a few words of the figure
    ("killed 12", "12 dead", "the toll could exceed 500"): the role is then
    all that makes the bare figure a count. With ``shared`` a count with no
    role in its own clause takes the role of a count joined to it by "and"
    (`_conjunct_role`).
    """
    reach = _NEAR if near else _BEFORE
    left = _after_relative(_clause_left(text, start, reach))
    right = text[end:end + (_NEAR if near else _AFTER)]
    stop = P.NUM_ROLE_STOP.search(right)
    if stop:
        right = right[:stop.start()]
    if P.NUM_WHOLE_OF_PART_BEFORE.search(left):
        # "Two of the 15 passengers were injured": the clause's role is the part's; the whole takes one
        # only from its own noun phrase ("four of the 11 injured"). Else "15 injured" stood beside "two"
        # and the source had two rival counts of the injured, and no verdict against another's "three".
        own = P.NUM_OWN_PHRASE_AFTER.match(right)
        right, left = own.group(0) if own else "", ""
    before = [(len(left) - w.end(), w.group(0)) for w in P.NUM_ROLE_WORD.finditer(left)]
    after = [(w.start(), w.group(0)) for w in P.NUM_ROLE_WORD.finditer(right)]
    found = sorted(before + after)
    if not found and P.NUM_ROLE_CHANGE_TO.search(left):
        subject = _clause_left(text, start, _SUBJECT, joined=True)
        found = sorted((len(subject) - w.end(), w.group(0)) for w in P.NUM_ROLE_WORD.finditer(subject))
    roles = [ROLE_WORDS[" ".join(word.lower().split())] for _, word in found]
    # What happened to the people counted beats who they are: "two workers dead" counts the dead.
    role = next((r for r in roles if r not in NOUN_ROLES), roles[0] if roles else None)
    if role is None and shared and not near:
        return _conjunct_role(text, start, end)
    if role in NOUN_ROLES and (P.NUM_ROLE_JOB_LOSS.search(left) or P.NUM_ROLE_JOB_LOSS.search(right)):
        return None  # "500 staff will lose their jobs": the cuts, not the workforce
    if role in NOUN_ROLES and P.NUM_ROLE_PLANNED.search(left):
        role = PLANNED + role  # "will need 2,300 staff": the workforce to come, not the one on the job
    if role is not None and P.NUM_ROLE_PAST_WHEN.search(text, 0, start):
        return PAST + role  # "since January 2019, when two skiers were killed": that event's toll
    return role


def _conjunct_role(text: str, start: int, end: int) -> str | None:
    """The role of the count joined by "and" to the count at ``text[start:end]``, when they share a clause.

    "Thirty-four patients and two nurses died": "died" is both counts' verb,
    yet the "and" ended the first one's clause, so one outlet's 34 had no
    role while another's "the deaths of 31 patients and two nurses" gave
    31 the toll's, and the two never met as rivals. The first count takes
    the role after its partner only when it opens its clause as the subject
    ("destroyed 40 homes and 12 people were hurt" did not hurt the homes);
    the second takes the role before its partner unless a verb of its own
    follows it ("killed 12 people and 40 homes were destroyed"), save after
    "of", whose noun governs both ("the deaths of 31 patients and two
    nurses were avoidable").
    """
    nxt = P.NUM_CONJUNCT_NEXT.match(text, end)
    if (nxt and _plain_phrase(nxt.group("noun"))
            and P.NUM_CONJUNCT_SUBJECT_LEFT.match(_after_relative(_clause_left(text, start, _BEFORE)))):
        return count_role(text, nxt.start("fig"), nxt.end("fig"), shared=False)
    window = max(0, start - _BEFORE)
    prev = P.NUM_CONJUNCT_PREV.search(text[window:start])
    if not (prev and _plain_phrase(prev.group("noun"))):
        return None
    fig_start = window + prev.start("fig")
    if P.NUM_CONJUNCT_OWN_VERB.match(text, end) and not P.NUM_CONJUNCT_OF_BEFORE.search(text[:fig_start]):
        return None
    return count_role(text, fig_start, window + prev.end("fig"), shared=False)


def _plain_phrase(words: str) -> bool:
    return all(_plain_word(w) for w in words.split())


def _clause_left(text: str, start: int, reach: int, *, joined: bool = False) -> str:
    """The up to ``reach`` characters before ``start`` that belong to the figure's own clause.

    With ``joined``, an "and" or "or" between two plain words is read as
    joining them inside one noun phrase, not as opening a clause: the
    subject "the death toll from the storms and floods in the north" keeps
    its head noun, which stood before the "and".
    """
    left = text[max(0, start - reach):start]
    stops = [s for s in P.NUM_ROLE_STOP.finditer(left)
             if not (joined and _joins_words(left, s.start(), s.end()))]
    return left[stops[-1].end():] if stops else left


def _after_relative(left: str) -> str:
    """``left`` from its last relative pronoun on: the figure's own clause ("who added two floors").

    A role word before the pronoun belongs to the main clause and its noun:
    "police arrested the builder who added two floors" arrested the builder,
    and the floors were read as a count of the arrested. One after the
    pronoun is still the figure's ("the blast, which killed 12").
    """
    relatives = list(P.NUM_ROLE_RELATIVE.finditer(left))
    return left[relatives[-1].end():] if relatives else left


def _joins_words(left: str, start: int, end: int) -> bool:
    """True when ``left[start:end]`` is an "and"/"or" between two plain words ("market and office").

    Plain: in lower case, no function word (a determiner or pronoun after it
    opens a clause: "and the number of homes"), no figure, and before it no
    past tense ("were killed and ..."), which ends a clause of its own.
    """
    if left[start:end].strip().lower() not in ("and", "or"):
        return False
    before, after = left[:start].split()[-1:], left[end:].split()[:1]
    return (bool(before) and bool(after) and _plain_word(before[0]) and _plain_word(after[0])
            and not before[0].endswith("ed"))


def _plain_word(word: str) -> bool:
    return word.replace("-", "").isalpha() and word.islower() and word not in STOP_WORDS


def role_cue(role: str | None) -> tuple[str, ...]:
    return (ROLE_PREFIX + role,) if role else ()


@functools.lru_cache(maxsize=8192)
def roles_of(cues: tuple[str, ...]) -> frozenset[str]:
    """The role cues of a mention's cues. Memoized: a 30k-word compare asks ~65,000 times of 67
    distinct cue tuples (perf54); the answer is an immutable set."""
    return frozenset(c for c in cues if c.startswith(ROLE_PREFIX))
