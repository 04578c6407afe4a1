"""Invented multi-source news stories of any size, for the scale benchmark.

Measuring how cost grows needs inputs that grow the way real coverage does:
more events, more names, more figures and dates, differently worded by each
outlet, never one paragraph repeated (repetition hits caches and repeat
rules that real text does not). Everything here is made up from small word
lists and sentence templates with a seeded random generator, so a run is
reproducible and no third-party text is involved.

A story is a list of events (who, which organisation, where, how much, how
many, when, what was said). Each source reports a random subset of them in
its own words: other templates, other order, now and then another value (a
divergence), plus background sentences of its own.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

GIVEN = ("Maria", "James", "Elena", "David", "Sofia", "Robert", "Aisha", "Thomas", "Laura", "Daniel",
         "Nadia", "Peter", "Clara", "Samuel", "Irene", "Victor", "Helen", "Oscar", "Julia", "Martin",
         "Grace", "Hugo", "Alice", "Felix", "Rosa", "Simon", "Diana", "Leon", "Vera", "Adrian")
_SYL1 = ("Bar", "Kel", "Mor", "Tan", "Vel", "Dor", "Hal", "Ris", "Os", "Pem", "Quin", "Sel", "Tor", "Wen",
         "Ash", "Brun", "Cal", "Fen", "Gar", "Lind")
_SYL2 = ("ton", "vik", "ell", "ard", "sen", "ley", "mond", "rick", "ova", "ez", "berg", "ford", "ani",
         "stad", "wood")
_PLACE_END = ("ville", "port", "field", "haven", "ford", "bridge", "mouth", "dale")
ORG_HEADS = ("Authority", "Board", "Commission", "Council", "Agency", "Institute", "Union", "Trust")
ORG_TOPICS = ("Water", "Transit", "Harbour", "Energy", "Housing", "Health", "Forestry", "Rail", "Grain",
              "Fisheries", "Aviation", "Coastal")
NOUNS = ("bridge", "pipeline", "contract", "reservoir", "depot", "terminal", "clinic", "school", "runway",
         "warehouse", "tunnel", "levee", "substation", "ferry", "market", "hospital", "factory", "canal",
         "quarry", "library", "stadium", "railway", "orchard", "dam", "pier", "plant", "highway", "mine",
         "shelter", "laboratory", "archive", "garrison", "refinery", "lighthouse", "granary", "aqueduct")
PEOPLE = ("workers", "residents", "families", "students", "nurses", "drivers", "farmers", "volunteers",
          "engineers", "passengers", "inspectors", "tenants", "miners", "teachers")
VERBS = ("approved", "delayed", "inspected", "expanded", "suspended", "reopened", "audited", "funded",
         "rebuilt", "cancelled", "surveyed", "upgraded", "evacuated", "sealed", "repaired", "leased")
ADJS = ("northern", "aging", "flooded", "disputed", "temporary", "regional", "abandoned", "costly",
        "overdue", "experimental", "municipal", "private", "damaged", "historic", "crowded", "remote")
ADVS = ("quietly", "abruptly", "eventually", "repeatedly", "formally", "partly", "swiftly", "again")
QUOTE_WORDS = ("we", "never", "expected", "the", "water", "to", "rise", "this", "fast", "nobody", "told",
               "us", "about", "costs", "our", "crews", "worked", "through", "night", "it", "will", "take",
               "months", "repair", "damage", "people", "deserve", "answers", "plan", "was", "clear",
               "from", "start", "money", "is", "there", "now", "need", "time", "trust", "has", "been",
               "broken", "everyone", "should", "stay", "safe", "keep", "roads", "open")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PUBLISHED = dt.date(2026, 3, 5)


@dataclass(frozen=True)
class Event:
    """One thing that happened, with every value a sentence about it may state."""

    person: str
    title: str
    org: str
    place: str
    noun: str
    verb: str
    adj: str
    millions: str
    count: int
    crowd: str
    percent: int
    month: str
    day: int
    weekday: str
    hour: int
    minute: int
    quote: str


def _name(rng: random.Random) -> str:
    return rng.choice(_SYL1) + rng.choice(_SYL2)


def _quote(rng: random.Random) -> str:
    words = rng.sample(QUOTE_WORDS, rng.randint(7, 14))
    return " ".join(words).capitalize()


def make_events(n: int, seed: int) -> list[Event]:
    """n events with their own people, places and figures (names recur, as in real coverage)."""
    rng = random.Random(seed)
    cast = [f"{rng.choice(GIVEN)} {_name(rng)}" for _ in range(max(4, n // 3))]
    orgs = [f"{rng.choice(ORG_TOPICS)} {rng.choice(ORG_HEADS)}" for _ in range(max(3, n // 5))]
    places = [_name(rng) + rng.choice(_PLACE_END) for _ in range(max(3, n // 4))]
    return [Event(person=rng.choice(cast), title=rng.choice(("director", "spokesperson", "chair", "mayor")),
                  org=rng.choice(orgs), place=rng.choice(places), noun=rng.choice(NOUNS),
                  verb=rng.choice(VERBS), adj=rng.choice(ADJS),
                  millions=f"{rng.randint(2, 950)}.{rng.randint(1, 9)}", count=rng.randint(12, 4800),
                  crowd=rng.choice(PEOPLE), percent=rng.randint(3, 97), month=rng.choice(MONTHS),
                  day=rng.randint(1, 28), weekday=rng.choice(WEEKDAYS), hour=rng.randint(1, 11),
                  minute=rng.choice((0, 5, 15, 20, 30, 45, 50)), quote=_quote(rng))
            for _ in range(n)]


def _surname(e: Event) -> str:
    return e.person.split()[-1]


def _clock(e: Event) -> str:
    return f"{e.hour}:{e.minute:02d} p.m." if e.minute else f"{e.hour} p.m."


# Each template reports one or two values of an event; outlets pick different
# ones, so aligned passages share facts but not wording.
TEMPLATES: tuple[Callable[[Event], str], ...] = (
    lambda e: f"The {e.org} {e.verb} the {e.adj} {e.noun} in {e.place} at a cost of ${e.millions} million.",
    lambda e: f"{e.person}, the {e.title} of the {e.org}, said ${e.millions} million had been set aside "
              f"for the {e.noun}.",
    lambda e: f"About {e.count:,} {e.crowd} in {e.place} were affected when the {e.noun} was {e.verb}.",
    lambda e: f"The {e.noun} in {e.place} was {e.verb} on {e.weekday}, {e.month} {e.day}, "
              f"according to the {e.org}.",
    lambda e: f"\"{e.quote},\" {_surname(e)} said of the {e.noun}.",
    lambda e: f"\"{e.quote},\" said {e.person}, who is {e.title} of the {e.org}.",
    lambda e: f"Officials {e.verb} the {e.noun} shortly before {_clock(e)} on {e.weekday}.",
    lambda e: f"Some {e.percent}% of the {e.crowd} in {e.place} opposed the plan, a survey by the "
              f"{e.org} found.",
    lambda e: f"{e.person} told reporters the {e.adj} {e.noun} would need {e.count:,} more {e.crowd}.",
    lambda e: f"By {_clock(e)} the {e.org} had {e.verb} the {e.noun} near {e.place}.",
    lambda e: f"In {e.month}, the {e.org} {e.verb} a ${e.millions} million {e.noun} deal.",
    lambda e: f"{_surname(e)} said {e.percent} percent of the work on the {e.noun} was finished.",
)


# The values each template states, in the order of TEMPLATES: two sentences
# of one event that state a common value state the same fact (the scale
# benchmark's truth). The actor and the place are context, not facts.
TEMPLATE_FACTS: tuple[frozenset[str], ...] = (
    frozenset({"millions"}), frozenset({"millions"}), frozenset({"count"}), frozenset({"date"}),
    frozenset({"quote"}), frozenset({"quote"}), frozenset({"clock"}), frozenset({"percent"}),
    frozenset({"count"}), frozenset({"clock"}), frozenset({"millions"}), frozenset({"percent"}),
)


@dataclass(frozen=True)
class Sentence:
    """One generated sentence and what it reports: the truth the scale benchmark scores claims against.

    ``event`` indexes the story's events (None for a background sentence,
    which states no shared fact); ``facts`` names the values it states.
    """

    text: str
    event: int | None
    facts: frozenset[str]


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeiou" else noun + "s"


def _background(rng: random.Random, places: list[str]) -> str:
    """A sentence of colour that states no shared fact: every outlet has its own."""
    return (f"{rng.choice(ADJS).capitalize()} {_plural(rng.choice(NOUNS))} near {rng.choice(places)} were "
            f"{rng.choice(VERBS)} {rng.choice(ADVS)} while {rng.choice(PEOPLE)} watched the "
            f"{rng.choice(ADJS)} {rng.choice(NOUNS)}.")


def _altered(e: Event, rng: random.Random) -> Event:
    """The same event with one value told differently: what sourcediff must flag."""
    choice = rng.randrange(4)
    if choice == 0:
        return Event(**{**e.__dict__, "millions": f"{rng.randint(2, 950)}.{rng.randint(1, 9)}"})
    if choice == 1:
        return Event(**{**e.__dict__, "count": e.count + rng.randint(1, 40)})
    if choice == 2:
        return Event(**{**e.__dict__, "hour": e.hour % 11 + 1})
    return Event(**{**e.__dict__, "day": e.day % 28 + 1})


def source_sentences(events: list[Event], words: int, seed: int, *, share: float = 0.7,
                     diverge: float = 0.05) -> list[list[Sentence]]:
    """One outlet's article of about `words` words, as paragraphs of labelled sentences."""
    rng = random.Random(seed)
    places = sorted({e.place for e in events})
    chosen = [e for e in events if rng.random() < share] or events[:1]
    # Outlets tell events in roughly, not exactly, the same order.
    chosen.sort(key=lambda e: events.index(e) + rng.uniform(-3, 3))
    paragraphs: list[list[Sentence]] = []
    n = 0
    k = 0
    while n < words:
        e = chosen[k % len(chosen)]
        k += 1
        event = events.index(e)
        if rng.random() < diverge:
            e = _altered(e, rng)
        picked = rng.sample(range(len(TEMPLATES)), rng.randint(2, 4))
        sentences = [Sentence(TEMPLATES[t](e), event, TEMPLATE_FACTS[t]) for t in picked]
        at = rng.randint(0, len(sentences))
        sentences.insert(at, Sentence(_background(rng, places), None, frozenset()))
        paragraphs.append(sentences)
        n += sum(len(x.text.split()) for x in sentences)
    return paragraphs


def source_text(events: list[Event], words: int, seed: int, *, share: float = 0.7,
                diverge: float = 0.05) -> str:
    """One outlet's article of about `words` words reporting a subset of the events."""
    paragraphs = source_sentences(events, words, seed, share=share, diverge=diverge)
    return "\n\n".join(" ".join(x.text for x in para) for para in paragraphs)


def story(sources: int, words: int, seed: int = 1) -> list[tuple[str, str]]:
    """(id, text) of `sources` outlets, each about `words` words, covering one story.

    The story has about one event per 60 words of one article, so a longer
    article covers more ground rather than retelling the same few facts.
    """
    return [(sid, text) for sid, text, _ in labelled_story(sources, words, seed)]


def labelled_story(sources: int, words: int,
                   seed: int = 1) -> list[tuple[str, str, list[tuple[int, Sentence]]]]:
    """As :func:`story`, with each source's sentences and the offset of each in its text."""
    events = make_events(max(6, words // 60), seed)
    out = []
    for n in range(1, sources + 1):
        paragraphs = source_sentences(events, words, seed * 1000 + n)
        placed: list[tuple[int, Sentence]] = []
        at = 0
        for para in paragraphs:
            for x in para:
                placed.append((at, x))
                at += len(x.text) + 1
            at += 1  # the paragraph break is two characters where a sentence break is one
        text = "\n\n".join(" ".join(x.text for x in para) for para in paragraphs)
        out.append((f"s{n:02d}", text, placed))
    return out


# Sentences dense with sums, dates and times, each ending on a clock time: pasted lists of payments
# and counts read so. "4 p.m." before a name is no sentence end (segment.py: an abbreviation ends a
# sentence only before a word that opens one), so a paragraph of them is one passage holding every
# figure, and every passage is near every other: the judge's worst case for pairing statements.
DENSE_TEMPLATES: tuple[Callable[[Event], str], ...] = (
    lambda e: f"{e.org} paid ${e.millions} million for the {e.noun} on {e.weekday}, {e.month} {e.day} "
              f"at {_clock(e)}",
    lambda e: f"{e.person} said {e.count:,} {e.crowd} left {e.place} by {_clock(e)}",
    lambda e: f"{e.place} {e.verb} the {e.adj} {e.noun} on {e.month} {e.day}, {e.percent}% over budget, "
              f"at {_clock(e)}",
    lambda e: f"{_surname(e)} put the {e.noun} at ${e.millions} million and {e.count:,} {e.crowd} "
              f"at {_clock(e)}",
    lambda e: f"{e.org} counted {e.count:,} {e.crowd} near the {e.noun} on {e.weekday} at {_clock(e)}",
    lambda e: f"{e.person}, {e.title} of the {e.org}, set ${e.millions} million aside on {e.month} "
              f"{e.day} at {_clock(e)}",
)


def dense_story(sources: int, sentences: int, seed: int = 1) -> list[tuple[str, str]]:
    """(id, text) of `sources` outlets, each one paragraph of `sentences` figure-laden sentences.

    The events are shared (about one per four sentences), so two outlets
    state many of the same values in other sentences and other orders.
    """
    events = make_events(max(6, sentences // 4), seed)
    out = []
    for n in range(1, sources + 1):
        rng = random.Random(seed * 1000 + n)
        parts = [DENSE_TEMPLATES[rng.randrange(len(DENSE_TEMPLATES))](rng.choice(events))
                 for _ in range(sentences)]
        out.append((f"s{n:02d}", " ".join(parts)))
    return out


def html_page(title: str, text: str, target_bytes: int, seed: int) -> str:
    """A news page of about target_bytes: the article in paragraphs amid navigation and scripts.

    Real pages carry far more markup than text; the filler keeps that ratio
    so ingest (trafilatura) does its real share of the work.
    """
    rng = random.Random(seed)
    body = "\n".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    nav = "\n".join(f'<li><a href="/section/{rng.choice(NOUNS)}-{i}">{rng.choice(NOUNS).title()}</a></li>'
                    for i in range(40))
    head = (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{PUBLISHED.isoformat()}'></head><body>"
            f"<nav><ul>{nav}</ul></nav><article><h1>{title}</h1>\n{body}\n</article>")
    filler: list[str] = []
    size = len(head)
    while size < target_bytes - 200:
        chunk = (f"<script>window.cfg{len(filler)}={{slot:'{rng.choice(NOUNS)}',"
                 f"id:{rng.randint(1, 10**9)},w:{rng.randint(100, 900)}}};</script>\n")
        filler.append(chunk)
        size += len(chunk)
    return head + "".join(filler) + "<footer>Contact the newsroom</footer></body></html>"
