"""A small count of one noun is no agreement with another outlet's count of a noun the source counts itself.

A wire that writes "three moored boats" in its lead and "one of the three
boats" further on has said how many boats there were; its "four smaller
floods" later on is not the same fact as a tabloid's "four moored boats"
(that figure rivals the wire's three). Counts under ten are kept apart so
only when the source states its own figure in two passages or more
(factlinks._nouns_apart); a count of ten or more needs one, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.factlinks import _nouns_apart
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def count(source: str, passage: int, n: int, noun: str) -> Mention:
    span = Span(passage * 100, passage * 100 + 4)
    return Mention(kind=Kind.NUMBER, source=source, passage=passage, span=span, raw=str(n),
                   value=Quantity(Decimal(n)), slot="number:count", cues=(noun,))


@dataclass
class Claims:
    """The two pieces of evidence `_nouns_apart` reads: a source's counts by noun stem, and shared claims."""

    counts_of: dict[tuple[str, str], list[Mention]]
    together: set[frozenset[tuple[str, int]]] = field(default_factory=set)

    def shared_claim(self, a: Mention, b: Mention) -> bool:
        return frozenset({(a.source, a.passage), (b.source, b.passage)}) in self.together


def story(wire_boats: list[int], small: int, boats_told: int = 3) -> tuple[Mention, Mention, Claims]:
    """The wire counts `boats_told` boats in the given passages and `small` floods in passage 5."""
    boats = [count("wire", p, boats_told, "boat") for p in wire_boats]
    floods = count("wire", 5, small, "flood")
    tabloid = count("tabloid", 1, small, "boat")
    together = {frozenset({("wire", b.passage), ("tabloid", 1)}) for b in boats}
    return floods, tabloid, Claims({("wire", "boat"): boats, ("wire", "flood"): [floods]}, together)


def test_a_small_count_is_apart_from_a_noun_its_source_counts_twice() -> None:
    floods, tabloid, ctx = story([0, 2], 4)
    assert _nouns_apart(floods, tabloid, ctx)  # type: ignore[arg-type]


def test_a_small_count_stays_linkable_when_its_source_counts_the_noun_once() -> None:
    floods, tabloid, ctx = story([0], 4)
    assert not _nouns_apart(floods, tabloid, ctx)  # type: ignore[arg-type]


def test_a_large_count_needs_the_other_noun_counted_once_as_before() -> None:
    floods, tabloid, ctx = story([0], 12, boats_told=15)
    assert _nouns_apart(floods, tabloid, ctx)  # type: ignore[arg-type]


def test_one_is_never_set_apart() -> None:
    floods, tabloid, ctx = story([0, 2], 1)
    assert not _nouns_apart(floods, tabloid, ctx)  # type: ignore[arg-type]


def test_counts_in_one_claim_are_left_to_the_claim() -> None:
    floods, tabloid, ctx = story([0, 2], 4)
    ctx.together.add(frozenset({("wire", 5), ("tabloid", 1)}))
    assert not _nouns_apart(floods, tabloid, ctx)  # type: ignore[arg-type]


def test_a_count_of_people_is_apart_from_a_count_of_vehicles_at_any_size() -> None:
    """ "Nine other passengers" and "nine ambulances": the wire need not count ambulances itself."""
    passengers = count("wire", 3, 9, "passenger")
    ambulances = count("tabloid", 4, 9, "ambulance")
    ctx = Claims({("wire", "passenger"): [passengers], ("tabloid", "ambulance"): [ambulances]},
                 {frozenset({("wire", 3), ("tabloid", 4)})})
    assert _nouns_apart(passengers, ambulances, ctx)  # type: ignore[arg-type]
    assert _nouns_apart(ambulances, passengers, ctx)  # type: ignore[arg-type]
    # two nouns for people (or for vehicles) may still be one count
    riders = count("tabloid", 4, 9, "rider")
    assert not _nouns_apart(passengers, riders, ctx)  # type: ignore[arg-type]


def test_treated_passengers_and_ambulances_at_the_scene_are_two_facts() -> None:
    wire = Article.from_text(
        "Coach crash near Tarrow\n\nA coach carrying 40 passengers hit a lorry near Tarrow on Monday. Two "
        "passengers were taken to hospital. Nine other passengers were treated for cuts and bruises at the "
        "scene.", id="wire", published="2026-05-12")
    tabloid = Article.from_text(
        "Coach smash horror\n\nA coach packed with 40 passengers ploughed into a lorry yesterday. Nine "
        "ambulances and an air ambulance raced to the scene near Tarrow.", id="tabloid",
        published="2026-05-13")
    nines = sorted((f.status.value, [m.source for m in f.mentions]) for f in compare([wire, tabloid]).facts
                   if any(m.raw == "Nine" for m in f.mentions))
    assert nines == [("unique", ["tabloid"]), ("unique", ["wire"])]
