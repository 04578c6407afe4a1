""""More than 11,000 appointments" against three outlets' 9,400: a hedged lone dissenter (invented text).

The story-wide count rule (divergestorycounts) used to give up on a noun as
soon as any source hedged its count. A hedge that fits exactly one stated
value ("Some 9,400 appointments") states that value; a bound that fits none
("more than 11,000" against 9,400) states a rival figure; a bound that fits
the others ("more than 8,000") or a hedge fitting two values still shields
the noun. Bookings and appointments count one set of booked slots
(countclasses).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

import sourcediff.diverge as diverge
from sourcediff import Article, compare
from sourcediff.countclasses import class_nouns
from sourcediff.divergestorycounts import story_count_pairs
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.pipeline import analyse
from sourcediff.unioncounts import joined_noun, union_count

PUBLISHED = "2027-10-05"

PROSE = [
    "Harbeck Dental has closed its Lowgate surgery after a flood. It cancelled {} appointments this month.",
    "A burst main flooded Harbeck Dental's Lowgate surgery on Monday. {} appointments were called off.",
    "Harbeck Dental shut the Lowgate surgery on Monday after flooding, and {} appointments were cancelled.",
]
LONE = ("Flood shuts Lowgate dentist\n\n"
        "Patients arrived at Harbeck Dental on Monday to find the doors locked and the floor under water.\n\n"
        "Repair bill: £85,000, met by the insurer.\n\n"
        "To rebook: {} appointments, by text message over the coming week.\n\n"
        "It hopes to reopen next month, a spokeswoman said.")


def _facts(prose: list[str], lone: str) -> list[tuple[Verdict, set[str]]]:
    arts = [Article.from_text(t.format(v), id=f"s{n}", published=PUBLISHED)
            for n, (t, v) in enumerate(zip(PROSE, prose, strict=True))]
    arts.append(Article.from_text(LONE.format(lone), id="lone", published=PUBLISHED))
    return [(f.status, {m.source for m in f.mentions}) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any(m.source == "lone" for m in f.mentions)
            and any(m.raw[-5:].replace(",", "").isdigit() for m in f.mentions)]


def _story_pairs(prose: list[str], lone: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The story-wide rule's own pairs (dissenter, agreeing count) on the mentions the judge hands it."""
    seen: list[Sequence[Mention]] = []
    texts_seen: list[Mapping[str, str]] = []

    def spy(ms: Sequence[Mention], texts: Mapping[str, str]) -> list[tuple[int, int]]:
        seen.append(ms)
        texts_seen.append(texts)
        return story_count_pairs(ms, texts)

    monkeypatch.setattr(diverge, "story_count_pairs", spy)
    _facts(prose, lone)
    ms = seen[-1]
    return [(ms[a].raw, ms[b].raw) for a, b in story_count_pairs(ms, texts_seen[-1])]


def test_the_story_rule_pairs_a_bound_against_the_agreed_count(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = _story_pairs(["1,240", "Some 1,240", "1,240"], "more than 1,500", monkeypatch)
    assert ("more than 1,500", "1,240") in pairs, pairs


def test_the_story_rule_reads_some_as_the_agreed_count(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = _story_pairs(["1,240", "Some 1,240", "1,240"], "1,530", monkeypatch)
    assert ("1,530", "1,240") in pairs, pairs


def test_the_story_rule_leaves_a_fitting_bound_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _story_pairs(["1,240", "Some 1,240", "1,240"], "more than 1,000", monkeypatch) == []


def test_a_hedge_fitting_no_stated_count_shields_the_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _story_pairs(["1,240", "about 2,000", "1,240"], "1,530", monkeypatch) == []


def test_a_bound_excluding_the_agreed_count_diverges() -> None:
    facts = _facts(["1,240", "Some 1,240", "1,240"], "more than 1,500")
    assert any(status is Verdict.DIVERGE and {"s0", "lone"} <= sources for status, sources in facts), facts


def test_a_bound_fitting_the_agreed_count_is_no_divergence() -> None:
    facts = _facts(["1,240", "Some 1,240", "1,240"], "more than 1,000")
    assert all(status is not Verdict.DIVERGE for status, _ in facts), facts


def test_an_exact_rival_beside_a_rounding_hedge_of_the_agreed_count_diverges() -> None:
    """"Some 1,240" states 1,240: it no longer shields the exact dissenter."""
    facts = _facts(["1,240", "Some 1,240", "1,240"], "1,530")
    assert any(status is Verdict.DIVERGE and {"s0", "lone"} <= sources for status, sources in facts), facts


def test_bookings_and_appointments_are_one_set() -> None:
    assert class_nouns(["booking"]) == class_nouns(["appointment"]) == class_nouns(["reservation"])


# A union count ("X and Y", "X or Y", "X plus Y") counts another set than its noun's: the story-wide rule sets
# it against nothing, hedged or exact as the others' counts are (unioncounts).
OUTAGE = (
    "The storm left {} households without power across the valley on Sunday night.",
    "{} households lost their electricity supply when the storm brought down lines.",
    "The grid operator said {} households were cut off.",
)


def _outage_pairs(agreed: tuple[str, str, str], lone: str) -> list[tuple[str, str]]:
    """The story-wide rule's pairs over three outage reports and a fourth, each its own source."""
    texts = [t.format(v) for t, v in zip(OUTAGE, agreed, strict=True)]
    infos = [analyse(Article.from_text(t, id=f"s{n}", published=PUBLISHED))
             for n, t in enumerate([*texts, lone])]
    ms = [m for s in infos for m in s.mentions]
    return [(ms[a].raw, ms[b].raw)
            for a, b in story_count_pairs(ms, {s.article.id: s.article.text for s in infos})]


EXACT = ("52,000", "52,000", "52,000")
HEDGED = ("about 52,000", "Some 52,000", "52,000")


@pytest.mark.parametrize("agreed", [EXACT, HEDGED])
def test_a_lone_count_of_the_noun_diverges_story_wide(agreed: tuple[str, str, str]) -> None:
    assert _outage_pairs(agreed, "Power went off in 61,000 households overnight.") == [("61,000", "52,000")]


@pytest.mark.parametrize("lone", [
    "Power went off in 61,000 households and businesses overnight.",
    "Power went off in 61,000 homes or businesses overnight.",
    "Power went off in 61,000 rural households plus farms overnight.",
])
@pytest.mark.parametrize("agreed", [EXACT, HEDGED])
def test_a_union_count_is_set_against_no_count_of_one_noun(agreed: tuple[str, str, str], lone: str) -> None:
    assert _outage_pairs(agreed, lone) == []


@pytest.mark.parametrize("lone", [
    # a list of two counts, each of its own noun
    "Power went off in 61,000 households and 300 farms overnight.",
    # "and" joins a verb and its object to the count's clause, not a second noun
    "The storm cut 61,000 households and left the valley in the dark.",
    "Power went off in 61,000 households and isolates the valley from the grid.",
    # "and" inside a phrase after the noun: the count is still of households
    "Power went off in 61,000 households between Ashby and Coldwater overnight.",
    # "including" names members of the counted set, whatever its noun
    "Power went off in 61,000 households, including farms on the hill, overnight.",
    # a determiner after "and": a second thing named apart, no second counted set
    "Power went off in 61,000 households and a hospital on the ring road.",
    "Power went off in 61,000 households and the town's water works overnight.",
])
def test_a_count_of_one_noun_beside_a_conjunction_is_still_a_rival(lone: str) -> None:
    assert _outage_pairs(EXACT, lone) == [("61,000", "52,000")]


def test_union_count_reads_the_counted_noun_before_the_conjunction() -> None:
    texts = {"s": "It cut off 61,000 households and businesses, 700 homes between Ashby and Coldwater, "
                  "and 900 flats and serves the town."}
    ms = analyse(Article.from_text(texts["s"], id="s", published=PUBLISHED)).mentions
    counts = [m for m in ms if m.slot.endswith(":count")]
    assert {m.raw: union_count(m, texts) for m in counts} == {"61,000": True, "700": False, "900": False}
    # the claim's consensus reads any join after the figure (its counts sit in one claim already)
    assert {m.raw: joined_noun(m, texts) for m in counts} == {"61,000": True, "700": True, "900": True}


def test_a_union_count_shields_the_noun_rather_than_dropping_out() -> None:
    # "47,000 households and moved on" reads as a union (a past-tense verb after "and" looks like a noun);
    # left out of the tally, its source no longer stood as a second dissenter, and "61,000" became a lone
    # dissenter against three sources' 52,000. A source counting a union of the noun leaves it alone, as
    # main's rule (which read it as a second dissenter) did.
    texts = [*(t.format("52,000") for t in OUTAGE),
             "Crews reached 47,000 households and moved on to the coast road by Monday.",
             "Power went off in 61,000 households overnight."]
    infos = [analyse(Article.from_text(t, id=f"s{n}", published=PUBLISHED)) for n, t in enumerate(texts)]
    ms = [m for s in infos for m in s.mentions]
    texts_by_id = {s.article.id: s.article.text for s in infos}
    assert [m.raw for m in ms if union_count(m, texts_by_id)] == ["47,000"]
    assert story_count_pairs(ms, texts_by_id) == []
    # without the misread count the lone rival stands
    rest = [m for m in ms if m.source != "s3"]
    pairs = story_count_pairs(rest, texts_by_id)
    assert [(rest[a].raw, rest[b].raw) for a, b in pairs] == [("61,000", "52,000")]
