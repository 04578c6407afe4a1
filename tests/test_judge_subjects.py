"""Equal values about different things stay different facts (compare._about_different).

A story states one figure for several things ("0.8%" a growth forecast and a
currency's fall): value equality alone must not merge them into one agreeing
fact, which would hide what each source says about each. Counts are told with
changing nouns, so they are left to the other evidence.
"""

from __future__ import annotations

import json
from pathlib import Path

from sourcediff import Article, compare, load
from sourcediff.model import Fact


def _facts(*texts: str) -> tuple[Fact, ...]:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-05-14") for n, t in enumerate(texts)]
    return compare(articles).facts


def _groups(facts: tuple[Fact, ...], raw: str) -> list[list[tuple[str, str]]]:
    """The facts holding a mention written ``raw``, each as its (source, raw text) pairs."""
    return [sorted((m.source, m.raw) for m in f.mentions) for f in facts
            if any(m.raw == raw for m in f.mentions)]


def test_equal_percentages_of_different_subjects_stay_apart() -> None:
    facts = _facts(
        "The observatory expects tourism revenue to grow 0.7% next season.\n\n"
        "Separately, the ferry fare index dropped 0.7% over the quarter.",
        "Tourism revenue will grow 0.7% next season, the observatory said.\n\n"
        "The ferry fare index dropped 0.7% over the quarter, port data showed.")
    groups = _groups(facts, "0.7%")
    assert len(groups) == 2, groups
    for group in groups:
        assert {s for s, _ in group} == {"s0", "s1"}


def test_one_figure_told_with_different_nouns_still_agrees() -> None:
    facts = _facts(
        "The outbreak has sickened 37 people in nine counties, the health board said.",
        "The health board says 37 people in nine counties have fallen ill.",
        "Across nine counties the board has confirmed 37 cases.")
    groups = _groups(facts, "37")
    assert len(groups) == 1 and {s for s, _ in groups[0]} == {"s0", "s1", "s2"}, groups


def test_a_repeated_percentage_is_two_facts_within_one_source() -> None:
    facts = _facts(
        "The observatory expects tourism revenue to grow 0.7% next season.\n\n"
        "Separately, the ferry fare index dropped 0.7% over the quarter.",
        "Tourism revenue will grow 0.7% next season, the observatory said.")
    groups = _groups(facts, "0.7%")
    assert len(groups) == 2, groups



def test_a_figure_is_kept_out_of_a_fact_its_words_put_elsewhere() -> None:
    facts = _facts(
        "The observatory expects tourism revenue to grow 0.7% next season.\n\n"
        "The ferry fare index dropped 0.7% against the spring tariff by noon.",
        "Tourism revenue will grow 0.7% next season, the observatory said.\n\n"
        "Later on, the ferry fare index was down 1.3% on the spring tariff.",
        "The observatory sees tourism revenue growing 1.3% the season after.")
    agreeing = [sorted((m.source, m.raw) for m in f.mentions) for f in facts
                if f.status.value == "agree" and any(m.raw == "1.3%" for m in f.mentions)]
    assert agreeing == [], agreeing


def test_another_figures_unit_words_name_no_subject() -> None:
    # The third source's window around 8.2 runs into "1.1 per c(ent)" of the next clause; the first
    # source's 0.6 has "per cent" of its neighbour 5.1 and "rents" around it. Those unit words
    # are no subject: the first source's 8.2 is still the hill towns' figure of the others.
    facts = _facts(
        "Figures out today show rents went up by 0.6 per cent last month, and are now 5.1 per cent "
        "higher than a year ago.\n\n"
        "Local rents rose by just 1.4 per cent over the year, while in the hill towns values soared "
        "by 8.2 per cent.",
        "Rents rose 0.6% in March from February, the agency said.\n\n"
        "The hill towns saw the fastest annual growth, at 8.2%.",
        "Rents rose by 0.6 per cent in March.\n\n"
        "The hill towns recorded the strongest annual growth of any area, at 8.2 per cent, while "
        "rents in Dunmere Bay fell by 1.1 per cent over the year.")
    groups = _groups(facts, "8.2%")
    assert len(groups) == 1 and {s for s, _ in groups[0]} == {"s0", "s1", "s2"}, groups


def test_a_rounded_percentage_alone_links_no_other_figure() -> None:
    # 4.3% (an annual change) and 4.31% (a mortgage rate) round alike, but a percentage's two digits
    # recur for many things in one story: without a claim, words or a score in common they stay apart.
    facts = _facts(
        "Home prices rose 0.5% in May and were 4.3% higher than a year earlier, the lender's index showed.",
        "Home prices rose 0.5% in May, the index showed.",
        "Home prices rose 0.5% in May, the lender's index showed, after rising 0.2% in April.\n\n"
        "Its two-year fixed rate fell to 4.62% and the five-year fix to 4.31%.")
    assert [g for g in _groups(facts, "4.3%") if len(g) > 1] == []


def test_a_headline_restating_the_leads_percentage_is_one_fact_with_it(tmp_path: Path) -> None:
    """A headline's "8.5%" is its lead's "an 8.5% increase" in clipped words: the headline's words matching
    another headline's better than the other source's lead is no second subject, so the rival "11 per cent"
    and every source's 8.5% make one divergent fact, not a divergent one plus an agreeing one."""
    stories = [
        ("Ostmark ferry line raises fares 8.5% as board cites fuel",
         "OSTMARK, March 2 - The Ostmark ferry line will raise its single fare from $42 to $45.60, an 8.5% "
         "increase, after its board voted 7-2 on Monday to cover a $12 million fuel bill.\n\nThe new fares "
         "take effect in April and will apply to about 900,000 passengers a year on the island routes."),
        ("FARE SHOCK: Ferry tickets up 11%",
         "ISLANDERS will pay $45.60 for a single crossing from April - up from $42 - after ferry bosses "
         "voted through a whopping 11 per cent fare hike on Monday.\n\nMore than 850,000 passengers "
         "will be hit."),
        ("Ostmark ferry board approves 8.5% fare rise after split vote",
         "The Ostmark ferry line will charge $45.60 for a single crossing from April, up from $42, after its "
         "board approved an 8.5% rise by 7 votes to 2 on Monday.\n\nThe line, which carries about 900,000 "
         "passengers a year, says the rise is needed to cover a $12m fuel bill."),
        ("Board approves new ferry fares",
         "The Ostmark ferry line board today approved new fares from April. The single fare will be $45.60, "
         "up from $42, an increase of 8.5 per cent.\n\nThe new fares will help cover a fuel bill of "
         "$12 million."),
    ]
    paths = []
    for n, (headline, body) in enumerate(stories):
        path = tmp_path / f"s{n}.json"
        wire = {"headline": headline, "body": body, "published_at": "2026-03-02T10:00:00Z"}
        path.write_text(json.dumps(wire), encoding="utf-8")
        paths.append(path)
    facts = compare([load(p) for p in paths]).facts
    groups = [f for f in facts if any(m.raw in ("8.5%", "11%") for m in f.mentions)]
    assert len(groups) == 1 and groups[0].status.value == "diverge", [
        (f.status.value, sorted(m.raw for m in f.mentions)) for f in groups]
    assert sorted(m.raw for m in groups[0].mentions).count("8.5%") == 4
