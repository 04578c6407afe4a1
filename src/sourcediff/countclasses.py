"""Counted nouns outlets use for one set of a story: "420 jobs" and "440 roles" count the same cuts.

Outlets count one set with their own noun: a wire's "2.3 million riders" is
a tabloid's "2.6 million customers" of the same app, a bank's "420 jobs" a
trade paper's "440 roles". countnouns keeps counts of different nouns apart
(two nouns may well be two things a story counts), so such a lone
different figure never met the figure its partners agree on, and the
claim's consensus (divergeconsensus) left it unpaired.

This table folds each noun of a small class to the class's head, for the
consensus only: there two or more sources already agree on one value in
aligned passages, so a lone count of a noun of the same class is the same
set misstated far more often than a second set. Agreement and fact
clustering keep the nouns as written. The classes are narrow on purpose:
people at work ("staff", "workers" are a role already, extract.roles),
people served or carried, posts, homes, residents, vehicles. Nouns that
name a part or a rank of a set ("managers", "crew", "buildings") stay out,
so "40 workers and 3 managers" remain two sets.
"""

from __future__ import annotations

from collections.abc import Iterable

from sourcediff.extract.entities import descriptor
from sourcediff.terms import stem

# class head -> the nouns (singular, lower case) that count one set of it in news copy
_CLASSES: dict[str, tuple[str, ...]] = {
    "worker": ("worker", "employee", "staffer", "miner", "labourer", "laborer", "colleague"),
    "customer": ("customer", "client", "user", "subscriber", "rider", "passenger", "commuter", "traveller",
                 "traveler", "holidaymaker"),
    "job": ("job", "role", "post", "position"),
    "home": ("home", "house", "household", "dwelling", "property"),
    "resident": ("resident", "inhabitant"),
    # people who come to a place, and their visits: a park's "1.8 million visitors" are a guide's "1.8 million
    # tourists" and a trade paper's "1.8 million visits"
    "visitor": ("visitor", "visit", "tourist", "sightseer", "daytripper", "day-tripper"),
    "vehicle": ("vehicle", "car", "automobile"),
    # booked slots at a clinic, surgery, restaurant or venue: a wire's "9,400 appointments" are a trade
    # paper's "9,400 bookings"
    "appointment": ("appointment", "booking", "reservation"),
    # an airport's or airline's movements: "312 departures and arrivals" are the wire's "312 flights"
    "flight": ("flight", "departure", "arrival"),
    # sanctions, fines and registers count organisations as "entities" ("27 persons and 16 entities")
    "company": ("company", "firm", "entity", "business", "corporation"),
    # people held: a report's "890 prisoners" are a tabloid's "890 inmates" or "890 lags"
    "prisoner": ("prisoner", "inmate", "lag", "convict", "detainee"),
    # people who write books: a wire's "2,140 authors" are a local paper's "2,140 writers" in one class action
    "writer": ("writer", "author"),
}

# noun -> its class head, and the same over stems (countnouns.count_stems gives stems)
NOUN_CLASS: dict[str, str] = {noun: head for head, nouns in _CLASSES.items() for noun in nouns}
_STEM_CLASS: dict[str, str] = {stem(noun): stem(head) for noun, head in NOUN_CLASS.items()}


def class_nouns(nouns: Iterable[str]) -> frozenset[str]:
    """Counted nouns with each folded to its class head ("role": "job"); others as they are."""
    return frozenset(NOUN_CLASS.get(n, n) for n in nouns)


def class_stems(stems: Iterable[str]) -> frozenset[str]:
    """`class_nouns` over stems ("rider": "custom"): what countnouns.count_stems gives."""
    return frozenset(_STEM_CLASS.get(s, s) for s in stems)


def class_cues(cues: tuple[str, ...]) -> tuple[str, ...]:
    """A mention's cues with each counted noun of a class as its head: "440 roles" reads as "440 jobs".

    For the consensus's last check (divergepair.values_contradict asks that two
    counts name one thing, compat.same_thing), once the claim's agreement has
    said the two nouns count one set.
    """
    return tuple(NOUN_CLASS.get(c, c) for c in cues)


# The counted noun a writer uses for any set of people ("1,540 people"): extraction folds "people" to it.
ANY_PERSON = "person"
# Classes (above) whose members are people, so that a bare "people" may count them, and nouns that count
# people by what befell them: an outbreak's "2,340 cases" are the people it "struck", a crash's "victims"
# and a ward's "patients" are people too.
PEOPLE_CLASSES = frozenset({"worker", "customer", "resident", "case", "patient", "victim", "casualty",
                            "prisoner", "visitor"})
# Nouns that count people by sex alone: "held 1,012 men" counts the set another outlet counts as "1,120
# prisoners" as bare "people" would. Only against a named class of people: "40 men" and "12 women" in
# one story are two sets.
BY_SEX = frozenset({"man", "woman"})


def people_meet(bare: Iterable[str], named: Iterable[str]) -> bool:
    """Whether a count of bare "people" (nouns ``bare``) may count the set a count of ``named`` counts.

    "23 people were treated" and "31 patients" may be one set told twice; "23 people" and "31
    homes" may not. A count of "men" or "women" (BY_SEX) counts people as bare "people" does.
    """
    return bool((ANY_PERSON in set(bare) or BY_SEX & set(bare))
                and {NOUN_CLASS.get(n, n) for n in named} & PEOPLE_CLASSES)


# Nouns that count vehicles and craft: what a crash or a rescue story counts beside its people ("nine
# ambulances and an air ambulance", "three fire engines", "two lifeboats").
VEHICLES = frozenset({"vehicle", "car", "automobile", "ambulance", "lorry", "truck", "van", "bus", "coach",
                      "tractor", "train", "tram", "helicopter", "aircraft", "plane", "boat", "lifeboat",
                      "ship", "vessel", "engine", "appliance", "motorcycle", "bicycle", "bike"})
_VEHICLE_STEMS = frozenset(stem(n) for n in VEHICLES)
_PEOPLE_STEMS = frozenset(stem(n) for n in PEOPLE_CLASSES | {ANY_PERSON} | BY_SEX)


def people_and_vehicles(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether one count's noun stems name people only and the other's vehicles only (countnouns stems).

    "Nine other passengers were treated" and "nine ambulances raced to the scene" share a figure and,
    by the aligner's slip, a claim; however small the figure, a set of people is never a set of vehicles.
    Small counts of two nouns are otherwise not kept apart by their nouns alone (factlinks._nouns_apart:
    "two safeguards", "these two exceptions"), but those nouns may name one thing, these two may not.
    """
    sa, sb = frozenset(a), frozenset(b)
    if not sa or not sb:
        return False
    people_a, people_b = class_stems(sa) <= _PEOPLE_STEMS, class_stems(sb) <= _PEOPLE_STEMS
    return (people_a and sb <= _VEHICLE_STEMS) or (people_b and sa <= _VEHICLE_STEMS)


# The kinds of thing a counted noun names, for `kinds_apart`: people, one at a time; households (a
# home, and the family that lives in it: "85 homes" and "85 families" left are one evacuation told
# twice); vehicles; flights. Classes above not named here (jobs, companies) name no kind: "300 workers"
# and "300 jobs" are one set of cuts, "40 clients" may be 40 firms.
_PERSON_KIND = "person"
_CLASS_KINDS: dict[str, str] = {"home": "household", "vehicle": "vehicle", "flight": "flight"}
# Nouns of no class above that name a household, never one person.
_HOUSEHOLD_NOUNS = frozenset({"family"})
# Nouns that count a firm's accounts, which are people, homes or firms as the trade goes: a utility's "1.2
# million customers" are a wire's "1.2 million homes" without power, a water company's "1.4 million
# households". They name no kind (measured: as people, four stories' agreed totals of homes or households
# and customers were split).
_ACCOUNT_NOUNS = frozenset({"customer", "client", "user", "subscriber"})


def noun_kind(noun: str) -> str | None:
    """The kind of thing a counted noun (singular, lower case) names; None when the noun names no known kind.

    A person: a noun of a class of people (not a firm's accounts,
    "customers": `_ACCOUNT_NOUNS`), a word that describes a private person
    or a trade's practitioner ("firefighter", "pensioner", "hydrologist":
    extract.entities.descriptor).
    """
    if noun in _ACCOUNT_NOUNS:
        return None
    head = NOUN_CLASS.get(noun, noun)
    if head in PEOPLE_CLASSES or descriptor(noun) is not None:
        return _PERSON_KIND
    if noun in _HOUSEHOLD_NOUNS:
        return "household"
    return _CLASS_KINDS.get(head)


def kinds_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two counts' nouns name clearly different kinds of thing: "40 firefighters", "40 families".

    Writers name one set with changing nouns ("40 homes", "40 properties",
    "40 households"; "12 people", "12 passengers"; "300 staff", "300 jobs"),
    so differing nouns alone prove nothing (countnouns). But a count of
    people one by one and a count of households, vehicles or flights never
    count one set, whatever the figure: "trained 40 firefighters" and
    "About 40 families spent the night" are two facts of one story. Only
    when every noun of each count names a known kind (`noun_kind`), one kind
    a side; a noun of no known kind says nothing.
    """
    ka, kb = {noun_kind(n) for n in a}, {noun_kind(n) for n in b}
    return len(ka) == 1 and len(kb) == 1 and None not in ka and None not in kb and ka != kb
