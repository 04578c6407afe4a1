"""A claim's lone dissenter: its other sources agreeing on one value make the odd value their rival.

Invented sentences. The judge's passage similarity is fixed below
DIVERGE_MIN_SCORE here, as for a sentence worded apart, so only the
consensus of the claim's other sources can weigh the pair.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.diverge import CONSENSUS_MIN_SCORE, DIVERGE_MIN_SCORE, divergent_pairs
from sourcediff.divergepair import one_size
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, ClaimPassage, Mention, SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf
from sourcediff.values import ClockTime, DateValue, Money, Quantity

AGREEING = (
    "The warehouse fire was reported at 2:10 a.m. by a passing driver, the fire service said.",
    "A passing driver reported the warehouse blaze at 2:10 a.m., according to the fire service.",
    "Firefighters were called to the warehouse at 02:10 after a motorist raised the alarm.",
)
DISSENTER = "Flames were seen tearing through the storage depot at around 3.10am, a neighbour said."


class _Scores:
    """The judge's passage similarity, one figure for every pair."""

    def __init__(self, score: float) -> None:
        self.score = score

    def get(self, a: str, i: int, b: str, j: int) -> float:
        return self.score


def _clock_pairs(texts: tuple[str, ...], score: float) -> list[tuple[str, str]]:
    """The divergent clock pairs of one claim made of each source's passages that state a clock time."""
    return _claim_pairs(texts, score, ClockTime)


def _claim_pairs(texts: tuple[str, ...], score: float, kind: type) -> list[tuple[str, str]]:
    """The divergent pairs of values of ``kind`` in one claim made of the passages that state one."""
    infos = [analyse(Article.from_text(t, id=f"s{n}", published="2024-03-08")) for n, t in enumerate(texts)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    members = tuple(dict.fromkeys(ClaimPassage(m.source, m.passage) for m in ms if isinstance(m.value, kind)))
    assert len({p.source for p in members}) == len(texts)
    pairs = divergent_pairs(ms, [Claim(id="c1", score=0.5, members=members)], _evidence(infos, score))
    return sorted((ms[a].raw, ms[b].raw) for a, b in pairs
                  if isinstance(ms[a].value, kind) and isinstance(ms[b].value, kind))


def _evidence(infos: list[SourceInfo], score: float) -> Evidence:
    texts = {s.article.id: s.article.text for s in infos}
    weights = idf([content_stems(p.text) for s in infos for p in s.passages])
    return Evidence(_Scores(score), {}, frozenset(), texts, weights)  # type: ignore[arg-type]


WORDED_APART = (DIVERGE_MIN_SCORE + CONSENSUS_MIN_SCORE) / 2


def test_a_lone_time_against_three_agreeing_sources_diverges() -> None:
    assert _clock_pairs((*AGREEING, DISSENTER), WORDED_APART) == [("2:10 a.m.", "3.10am")]


def test_two_sources_alone_worded_apart_stay_quiet() -> None:
    # No consensus: one pair under DIVERGE_MIN_SCORE is no evidence.
    assert _clock_pairs((AGREEING[0], DISSENTER), WORDED_APART) == []


def test_a_dissenter_sharing_only_a_name_stays_quiet() -> None:
    assert _clock_pairs((*AGREEING, DISSENTER), CONSENSUS_MIN_SCORE / 2) == []


def test_a_bound_is_another_moment_than_the_agreed_one() -> None:
    # "closed until 3.10am" bounds a span of the same night: another fact, not a rival time.
    closed = "The road beside the storage depot stayed closed until 3.10am, a neighbour said."
    assert _clock_pairs((*AGREEING, closed), WORDED_APART) == []


def test_a_dissenter_that_also_gives_the_agreed_time_reports_two_moments() -> None:
    both = DISSENTER + "\n\nThe alarm itself had been raised at 2:10 a.m., the neighbour added."
    assert _clock_pairs((*AGREEING, both), WORDED_APART) == []


FEE_AGREEING = (
    "The striker's club is asking a $7.5 million fee, payable in two instalments, the agent said.",
    "Harbourside want a transfer fee of $7.5m, payable in two instalments, for their striker.",
    "A fee of US$7.5m in two instalments is the asking price, according to the agent.",
)
FEE_DISSENTER = "Harbourside are demanding a $5.7m fee for the forward, to be settled in instalments."
FEE_OTHER_SUM = "Harbourside paid $5.7m for a new stand last summer, the chairman said."


def _money_pairs(texts: tuple[str, ...], score: float) -> list[tuple[str, str]]:
    """The divergent money pairs of one claim made of each source's passages that state a sum."""
    return _claim_pairs(texts, score, Money)


def test_a_lone_sum_named_for_the_same_thing_diverges_below_the_score_floor() -> None:
    # Worded apart (a pair score under CONSENSUS_MIN_SCORE), but "fee" and "instalments" beside both sums.
    assert _money_pairs((*FEE_AGREEING, FEE_DISSENTER), CONSENSUS_MIN_SCORE / 2) == [("$7.5m", "$5.7m")]


def test_a_lone_sum_named_for_something_else_stays_quiet_below_the_score_floor() -> None:
    assert _money_pairs((*FEE_AGREEING, FEE_OTHER_SUM), CONSENSUS_MIN_SCORE / 2) == []


DAY_AGREEING = (
    "Inspectors collected the water samples at the Harbourside reservoir on 4 March 2024.",
    "The water samples were collected on March 4 at the reservoir, the utility said.",
    "Samples collected at the reservoir on 4 March showed the solvent.",
)
DAY_DISSENTER = "According to the report, inspectors collected samples at the reservoir site on 5 March 2024."


def _date_pairs(texts: tuple[str, ...], score: float) -> list[tuple[str, str]]:
    return _claim_pairs(texts, score, DateValue)


def test_a_lone_day_of_the_month_against_two_agreeing_ones_diverges() -> None:
    assert _date_pairs((*DAY_AGREEING, DAY_DISSENTER), WORDED_APART) == [("4 March 2024", "5 March 2024")]


def test_a_lone_day_dating_another_step_stays_quiet() -> None:
    # No word around the two days in common: the dissenter dates another step of the story.
    other = "Engineers finished draining the old tanks on 5 March 2024, ahead of schedule."
    assert _date_pairs((*DAY_AGREEING, other), WORDED_APART) == []


def test_a_weekday_does_not_spoil_the_consensus_of_days() -> None:
    # Read against each outlet's own dateline, a weekday is left out of the consensus of days of a month.
    weekday = "Officials said the reservoir samples came back positive on Thursday."
    pairs = _date_pairs((*DAY_AGREEING, weekday, DAY_DISSENTER), WORDED_APART)
    assert ("4 March 2024", "5 March 2024") in pairs


WALK_AGREEING = (
    "The charity walk set off at 10:30 a.m. along a 12 km course beside the river, organisers said.",
    "Hundreds of walkers began the 12-kilometre course at 10:30 a.m., the organisers said.",
    "The 12km charity walk started at 10.30am from the town hall steps.",
)
WALK_DISSENTER = "A cheerful crowd tackled the 7.5-mile trek after lining up at 9.30am in bright sunshine."
WALK_OTHER_TREK = "A cheerful crowd tackled the 20-mile trek after lining up at 9.30am in bright sunshine."
WALK_COUNT_ONLY = "Three cheerful walkers had lined up at 9.30am in bright sunshine, three more after."


def test_a_lone_time_in_a_passage_sharing_a_measure_diverges_below_the_score_floor() -> None:
    # Worded apart (a pair score under CONSENSUS_MIN_SCORE), but 7.5 miles is the others' 12 km course.
    pairs = _clock_pairs((*WALK_AGREEING, WALK_DISSENTER), CONSENSUS_MIN_SCORE / 2)
    assert pairs == [("10:30 a.m.", "9.30am")]


def test_a_lone_time_beside_another_measure_or_a_count_stays_quiet_below_the_score_floor() -> None:
    assert _clock_pairs((*WALK_AGREEING, WALK_OTHER_TREK), CONSENSUS_MIN_SCORE / 2) == []
    assert _clock_pairs((*WALK_AGREEING, WALK_COUNT_ONLY), CONSENSUS_MIN_SCORE / 2) == []


CLOCK_DAY_AGREEING = (
    "The new parking charges apply from 00:01 GMT on 9 March 2024, the council said.",
    "Drivers will pay the new charges from 00:01 GMT on March 9.",
    "The charges take effect at 00:01 GMT on 9 March.",
)
CLOCK_DAY_DISSENTER = "Motorists get stung at one minute past midnight on 10 March 2024 as the levy starts."
CLOCK_DAY_OTHER_CLOCK = "Motorists get stung at 9am on 10 March 2024 when the levy kicks in."


def test_a_lone_day_at_the_same_clock_time_diverges_though_no_word_around_it_is_shared() -> None:
    # The time written in words leaves the words around the two days nothing in common; the one
    # minute of the day both give says they date the same moment.
    pairs = _date_pairs((*CLOCK_DAY_AGREEING, CLOCK_DAY_DISSENTER), WORDED_APART)
    assert pairs == [("9 March 2024", "10 March 2024")]


def test_a_lone_day_at_another_clock_time_with_no_shared_word_stays_quiet() -> None:
    assert _date_pairs((*CLOCK_DAY_AGREEING, CLOCK_DAY_OTHER_CLOCK), WORDED_APART) == []


SHARE_AGREEING = (
    "The Norvale bank's shares had dropped 4.1% in early trading before the statement.",
    "In early trading the Norvale bank's shares dropped 4.1 per cent, dealers said.",
    "Shares in the Norvale bank were down 4.1% by mid-morning.",
)


def _percent_pairs(texts: tuple[str, ...], score: float) -> list[tuple[str, str]]:
    from sourcediff.model import Kind

    infos = [analyse(Article.from_text(t, id=f"s{n}", published="2024-03-08")) for n, t in enumerate(texts)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]
    members = tuple(dict.fromkeys(ClaimPassage(m.source, m.passage) for m in ms if m.kind is Kind.PERCENT))
    pairs = divergent_pairs(ms, [Claim(id="c1", score=0.5, members=members)], _evidence(infos, score))
    return sorted((ms[a].raw, ms[b].raw) for a, b in pairs
                  if ms[a].kind is Kind.PERCENT and ms[b].kind is Kind.PERCENT)


def test_a_lone_percentage_named_for_the_same_move_diverges_below_the_score_floor() -> None:
    # Worded apart, but "shares" and "trading" beside both percentages say what moved.
    dissenter = "A live feed showed that its shares had tumbled 4.8% in trading by then."
    assert set(_percent_pairs((*SHARE_AGREEING, dissenter), CONSENSUS_MIN_SCORE / 2)) == {("4.1%", "4.8%")}


def test_a_lone_percentage_named_for_something_else_stays_quiet_below_the_score_floor() -> None:
    other = "Turnout at the Norvale county vote was 4.8% higher than last year."
    assert _percent_pairs((*SHARE_AGREEING, other), CONSENSUS_MIN_SCORE / 2) == []


SUMMARY_LINE = "The roof of the grain warehouse on Mill Road fell in at 02:40 during the night shift"
SUMMARY_AGREEING = (
    "The grain warehouse roof caved in at 2:10 a.m., the county fire service said.",
    "Part of the grain warehouse roof caved in at 2.10am as crews arrived.",
    "At 02:10 the grain warehouse roof caved in, a spokeswoman for the county fire service said.",
)


def test_a_lone_time_told_in_the_same_rare_words_diverges_below_the_score_floor() -> None:
    # A live blog's one-line summary against full sentences: the pair scores under CONSENSUS_MIN_SCORE,
    # but the rare words right around the times ("roof", "grain", "warehouse", "caved") half match.
    pairs = _clock_pairs((*SUMMARY_AGREEING, SUMMARY_LINE), CONSENSUS_MIN_SCORE / 2)
    assert [p for p in pairs if "02:40" in p] == [("02:10", "02:40")]


def test_the_summary_line_against_one_source_alone_stays_quiet() -> None:
    # Without a claim's agreement half the words around the values are no evidence.
    assert _clock_pairs((SUMMARY_AGREEING[0], SUMMARY_LINE), CONSENSUS_MIN_SCORE / 2) == []


def test_a_lone_time_of_another_step_stays_quiet_below_the_score_floor() -> None:
    # Only the place is shared: the dissenter times another step (the reopening), not the collapse.
    agreeing = (
        "The roof of the grain warehouse caved in at 2:10 a.m., the fire service said.",
        "Part of the roof of the grain warehouse caved in at 2.10am as crews arrived.",
        "At 02:10 the warehouse roof caved in, the county fire service said.",
    )
    reopened = "Mill Road reopened to traffic at 11:40 a.m. after engineers checked the nearby bridge."
    assert _clock_pairs((*agreeing, reopened), CONSENSUS_MIN_SCORE / 2) == []


def test_a_lone_age_in_like_words_stays_quiet_below_the_score_floor() -> None:
    # Ages recur for other people in like words: only clock times are weighed by the words around them.
    agreeing = (
        "The court heard that the 15-year-old boy from Mill Road was cautioned by police last year.",
        "Police cautioned the 15-year-old boy from Mill Road last year, the court heard.",
        "A 15-year-old boy from Mill Road had been cautioned by police, the court was told.",
    )
    other = "His brother, a 16-year-old boy from Mill Road, had never been in trouble, the court heard."
    infos = [analyse(Article.from_text(t, id=f"s{n}", published="2024-03-08"))
             for n, t in enumerate((*agreeing, other))]
    assert all(any(m.slot == "number:age" for m in s.mentions) for s in infos)
    ms = [m for s in infos for m in s.mentions if m.slot == "number:age"]
    members = tuple(dict.fromkeys(ClaimPassage(m.source, m.passage) for m in ms))
    pairs = divergent_pairs(ms, [Claim(id="c1", score=0.5, members=members)],
                            _evidence(infos, CONSENSUS_MIN_SCORE / 2))
    assert pairs == []


def test_lengths_in_two_units_are_of_one_size_in_the_base_unit() -> None:
    # "three years" against "48 months": 36 against 48 months, one size; compared as written (3 against
    # 48) they were sixteen times apart, and a consensus led by the months never weighed the years.
    years, months, days = (
        next(m for m in analyse(Article.from_text(t, id="s", published="2024-03-08")).mentions
             if m.slot.startswith("number:"))
        for t in ("The rider was banned for three years.", "The rider was banned for 48 months.",
                  "The rider was banned for 40 days."))
    assert one_size(years, months) and one_size(months, years)
    assert not one_size(years, days)


COUNT_AGREEING = (
    "The storm left about 52,000 households without power across the valley on Sunday night.",
    "Some 52,000 households lost their electricity supply when the storm brought down lines.",
    "The grid operator said 52,000 households were cut off.",
)


def test_a_lone_count_of_the_same_named_thing_diverges_below_the_score_floor() -> None:
    # the count names no role ("households", not "dead"): only the claim's consensus makes it a rival
    dissenter = "Power went off in 61,000 households overnight."
    assert _claim_pairs((*COUNT_AGREEING, dissenter), CONSENSUS_MIN_SCORE / 2, Quantity) == [
        ("about 52,000", "61,000")]
    # a count in the thousands: two agreeing sources are consensus enough
    assert _claim_pairs((*COUNT_AGREEING[:2], dissenter), CONSENSUS_MIN_SCORE / 2, Quantity) == [
        ("about 52,000", "61,000")]


def test_a_count_of_a_union_or_a_small_count_stays_quiet_below_the_score_floor() -> None:
    # "households and businesses" counts more than households; 61 is too common a figure to name one fact
    # unless three sources agree on the other figure (countnouns: two agreeing on 52 say too little)
    union = "Power went off in 61,000 households and businesses overnight."
    assert _claim_pairs((*COUNT_AGREEING, union), CONSENSUS_MIN_SCORE / 2, Quantity) == []
    small = tuple(t.replace("52,000", "52") for t in COUNT_AGREEING[:2])
    assert _claim_pairs((*small, "Power went off in 61 households overnight."), CONSENSUS_MIN_SCORE / 2,
                        Quantity) == []
