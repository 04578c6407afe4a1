"""The judge's pairings walk indexes, not every pair, and decide exactly what the plain walks decided.

`quotevariants.join_altered` tried every pair of quote facts; a long
article's quotes made tens of thousands of pairs, of which only those with
a passage of each in one claim can be one statement altered. The indexed
walk must give the same facts, in the same order, as the walk of every pair
(the first rewording found wins, so the order of the pairs matters).
Invented speakers and statements throughout.
"""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcediff import Article, compare, quotevariants
from sourcediff.evidence import Evidence, _claims_of
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.quotevariants import join_altered
from sourcediff.values import QuoteValue

STATEMENTS = (
    "The new pumping station at Orrin Quay will be running before the autumn storms reach the harbour",
    "We have asked every family on the lower terraces to move their cars to higher ground tonight",
    "Nobody in this council will sign off on the tunnel until the engineers have checked every seal",
)
# Rewordings an outlet might print: the opening kept, half the words kept, a run of words kept.
REWORDINGS = (
    "The new pumping station at Orrin Quay should be working long before any storm hits the harbour",
    "We asked the families on the lower terraces to get their cars up the hill before dark tonight",
    "Nobody in this council signs anything for the tunnel until engineers check each and every seal",
    "The new pumping station at Orrin Quay will be running before the autumn storms",
    "have asked every family on the lower terraces to move their cars",
)
SPEAKERS = ("Marit Solberg", "Solberg", "Idris Kaya", "a spokesman")


def quote(text: str, speaker: str | None, source: str, passage: int) -> Mention:
    return Mention(Kind.QUOTE, source, passage, Span(0, len(text)), text, QuoteValue(text=text, norm=""),
                   slot="quote", speaker=speaker)


def plain_partners(facts: list[Judged], quotes: list[int], ctx: Evidence) -> list[tuple[int, int]]:
    """Every pair of quote facts, as join_altered walked them before the claim index."""
    return list(itertools.combinations(quotes, 2))


def story(seed: int) -> tuple[list[Judged], Evidence, dict[str, int]]:
    """Quote facts of four outlets, some sharing claims, some statements reworded, some one source's."""
    rng = random.Random(seed)
    sources = ["s0", "s1", "s2", "s3"]
    facts: list[Judged] = []
    for _ in range(rng.randint(4, 14)):
        text = rng.choice(STATEMENTS + REWORDINGS)
        speaker = rng.choice(SPEAKERS)
        members = [quote(text, speaker, src, rng.randint(0, 5))
                   for src in rng.sample(sources, rng.choice((1, 1, 2)))]
        facts.append((members, Verdict.UNIQUE if len(members) == 1 else Verdict.AGREE, None, None))
    claims = []
    for n in range(rng.randint(0, 6)):
        nodes = {(rng.choice(sources), rng.randint(0, 5)) for _ in range(rng.randint(2, 4))}
        claims.append(Claim(f"c{n + 1}", 0.8, tuple(ClaimPassage(s, p) for s, p in sorted(nodes))))
    ctx = Evidence(None, _claims_of(claims), frozenset(), {}, {})  # type: ignore[arg-type]
    return facts, ctx, {s: n for n, s in enumerate(sources)}


@pytest.mark.parametrize("seed", range(60))
def test_claim_indexed_rewordings_match_every_pair(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    facts, ctx, order = story(seed)
    indexed = join_altered(facts, ctx, order)
    monkeypatch.setattr(quotevariants, "_claim_partners", plain_partners)
    assert indexed == join_altered(facts, ctx, order)


def test_some_generated_stories_join_a_rewording() -> None:
    """The comparison above is not empty: rewordings do join in some of the generated stories."""
    joined = 0
    for seed in range(60):
        facts, ctx, order = story(seed)
        joined += sum(1 for f in join_altered(facts, ctx, order) if f[1] is Verdict.DIVERGE)
    assert joined > 0


def test_quotes_in_no_shared_claim_are_never_walked() -> None:
    a = quote(STATEMENTS[0], "Marit Solberg", "s0", 1)
    b = quote(REWORDINGS[0], "Solberg", "s1", 4)
    c = quote(REWORDINGS[3], "Solberg", "s2", 2)
    facts: list[Judged] = [([a], Verdict.UNIQUE, None, None), ([b], Verdict.UNIQUE, None, None),
                           ([c], Verdict.UNIQUE, None, None)]
    claim = Claim("c1", 0.9, (ClaimPassage("s0", 1), ClaimPassage("s1", 4)))
    ctx = Evidence(None, _claims_of([claim]), frozenset(), {}, {})  # type: ignore[arg-type]
    assert quotevariants._claim_partners(facts, [0, 1, 2], ctx) == [(0, 1)]
    out = join_altered(facts, ctx, {"s0": 0, "s1": 1, "s2": 2})
    assert [(sorted(m.source for m in f[0]), f[1]) for f in out] == [
        (["s0", "s1"], Verdict.DIVERGE), (["s2"], Verdict.UNIQUE)]


# --- measurejoin._linked: a sibling that does not state the partner's measure, by a subset test ---

@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)).filter(lambda p: p[0] != p[1]), max_size=30),
       st.frozensets(st.integers(0, 9), max_size=6), st.integers(0, 9))
def test_a_sibling_apart_is_found_by_partners_as_by_every_agreeing_pair(
        same: list[tuple[int, int]], siblings: frozenset[int], j: int) -> None:
    """`(k, j)` is among the agreeing pairs (both ways round) exactly when k is one of j's partners."""
    agree = set(same) | {(b, a) for a, b in same}
    partners: dict[int, set[int]] = {}
    for a, b in same:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    plain = bool(siblings) and any((k, j) not in agree for k in sorted(siblings))
    assert plain == (bool(siblings) and not siblings <= partners.get(j, set()))


def test_a_figure_given_in_two_units_still_links_only_where_both_do() -> None:
    """Invented: "46.2C (115.2F)" in one outlet, "46.2C" and "115.2F" in two others: one figure, agreed."""
    texts = ("Thermometers in Varsa reached 46.2C (115.2F) on Monday, the highest since records began.",
             "Varsa sweltered at 46.2C on Monday, its highest reading since records began.",
             "The mercury in Varsa hit 115.2F on Monday, a record for the town.")
    report = compare([Article.from_text(t, id=f"s{n}", published="2026-07-14") for n, t in enumerate(texts)])
    temperature = [f for f in report.facts if f.kind is Kind.NUMBER]
    assert [(f.status.value, sorted(m.raw for m in f.mentions)) for f in temperature] == [
        ("agree", ["115.2F", "115.2F", "46.2C", "46.2C"])]
    assert [sorted(m.source for m in c.members) for c in report.claims] == [["s0", "s1", "s2"]]


# --- divergeslots._deadline_pairs: decided once per pair of statements ---

DEADLINE_STORIES = (
    ("The ministry said applications must be filed by March 14, and the fund closes by 5 p.m. on March 20. "
     "Farmers who miss the deadline of March 14 can appeal by April 2.",
     "Applications are due by March 16, officials said, and the fund shuts by 5 p.m. on March 20. "
     "Anyone who misses the March 16 cut-off may appeal by April 4."),
    ("Bidders have until June 30 to submit offers, and the council will decide by July 15.",
     "Offers must reach the council by June 28, with a decision due by July 15.",
     "The deadline for bids is June 30; the council votes by July 12."),
)


def _plain_deadline_pairs(ms: list[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """The rule as it read before: every near pair of deadlines tested on its own (subjects as now)."""
    from sourcediff.compat import comparable, compatible
    from sourcediff.divergepair import divergeable, same_day
    from sourcediff.divergeslots import _loose_anchor, _same_subject
    from sourcediff.mentionindex import near_pairs

    deadlines = [i for i, m in enumerate(ms) if m.kind in (Kind.TIME, Kind.DATE) and divergeable(m)
                 and ctx.role(m) == "deadline" and not _loose_anchor(ctx.texts[m.source], m)]
    return [(i, j) for i, j in sorted(near_pairs(ms, deadlines, ctx))
            if comparable(ms[i], ms[j]) and same_day(ms[i], ms[j]) and not compatible(ms[i], ms[j])
            and _same_subject(ms[i], ms[j], ctx)]


@pytest.mark.parametrize("texts", DEADLINE_STORIES)
def test_deadline_pairs_decided_per_statement_match_every_pair(texts: tuple[str, ...]) -> None:
    from sourcediff.align import score_pairs
    from sourcediff.divergeslots import _deadline_pairs
    from sourcediff.evidence import build_evidence
    from sourcediff.pipeline import analyse, compare_analysed

    report = compare_analysed(tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-03-02"))
                                    for n, t in enumerate(texts)))
    scores = score_pairs(report.sources)
    ctx = build_evidence(report.sources, report.claims, scores)
    ms = [m for s in report.sources for m in s.mentions]
    found = _deadline_pairs(ms, ctx)
    assert found == _plain_deadline_pairs(ms, ctx)
    assert found  # the invented deadlines do diverge, so the comparison means something
