"""Rules that keep real multi-outlet stories free of false alarms, each with a true divergence beside it."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare


def diverging(*texts: str, published: str = "2024-03-08") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def test_hedged_clock_times_within_half_an_hour_agree() -> None:
    assert diverging("The depot blaze started in its loading bay at about 2045 GMT on Friday.",
                     "The depot blaze started in its loading bay at 8.49pm on Friday.",
                     "The depot blaze started in its loading bay shortly before 9pm on Friday.") == []


def test_unhedged_clock_times_still_diverge() -> None:
    assert len(diverging("The depot blaze started in its loading bay at 8.49pm on Friday.",
                         "The depot blaze started in its loading bay at 9.19pm on Friday.")) == 1


def test_hedged_clock_times_far_apart_diverge() -> None:
    assert len(diverging("The depot blaze started in its loading bay at about 8pm on Friday.",
                         "The depot blaze started in its loading bay at 10.30pm on Friday.")) == 1


def test_times_that_date_events_are_not_deadlines() -> None:
    assert diverging("The suspect was arrested shortly before midnight near the station.",
                     "The jury read its verdict shortly before noon on Tuesday.",
                     "The blaze was extinguished by 7 a.m., officials said.",
                     "By noon, smoke still rose from the ruins of the depot.") == []


def test_a_deadline_still_diverges() -> None:
    assert len(diverging("Tenants must leave the building by 5 p.m. on Friday, the council said.",
                         "The council gave residents a deadline of 7 p.m. on Friday to go.")) == 1


def test_currency_conversions_never_diverge() -> None:
    assert diverging("Ministers agreed a 110 billion euro ($143 billion) rescue package on Sunday.",
                     "Ministers agreed a 110 billion euro ($158 billion) rescue package on Sunday.") == []


def test_night_takes_in_the_evening() -> None:
    assert diverging("The gunman opened fire at the depot on Thursday evening, police said.",
                     "The gunman opened fire at the depot on Thursday night, police said.") == []


def test_afternoon_and_evening_still_diverge() -> None:
    assert len(diverging("The gunman opened fire at the depot on Thursday afternoon, police said.",
                         "The gunman opened fire at the depot on Thursday evening, police said.")) == 1


def test_the_same_relative_words_never_diverge() -> None:
    a = Article.from_text("The hearing at the county court took place this morning, a clerk said.", id="a",
                          published="2024-03-05")
    b = Article.from_text("The hearing at the county court took place this morning, a clerk said.", id="b",
                          published="2024-03-11")
    assert [f for f in compare([a, b]).facts if f.status.value == "diverge"] == []



# Aligned passages that each state two figures of one family: the figure they share pairs off, and
# what is left of each is the other's rival only when it is the one figure of its size left, on the
# same side of the shared figure.
LEFTOVERS = [
    (("The retailer earned $2.10 a share in the quarter, beating estimates of $1.95 a share.",
      "The retailer earned $2.10 a share in the quarter, against a consensus of $2.02."),
     ["$1.95"]),
    (("Turnout in the city reached 61% in the vote, above the forecast of 55% given by pollsters.",
      "Turnout in the city reached 61% in the vote, above the 58% pollsters had forecast."),
     ["55%"]),
    # a leftover of another size (revenue in billions) is no rival to a per-share figure
    (("The retailer earned $2.10 a share in the quarter on revenue of $3.1 billion.",
      "The retailer earned $2.10 a share in the quarter, against a consensus of $2.02."),
     []),
    # leftovers on opposite sides of the shared figure say different things
    (("Up from $1.80 a year earlier, the retailer earned $2.10 a share in the quarter.",
      "The retailer earned $2.10 a share in the quarter, against a consensus of $2.02."),
     []),
    # two leftovers of one size: nothing says which one is the rival
    (("The retailer earned $2.10 a share in the quarter, beating estimates of $1.95 and $1.90.",
      "The retailer earned $2.10 a share in the quarter, against a consensus of $2.02."),
     []),
    # measures name what they measure from apart: the distances from two towns are no rivals
    (("The tremor struck at 6:40 a.m., 13 miles east of Millbrook and 2 miles southeast of the dam.",
      "On Sunday at 6:40 a.m. the tremor hit 23 miles north of Eastfield, "
      "and two miles from the dam."),
     []),
    # the start of one change ("from 4.10%") and the end of a second ("to 3.71%") are no rivals
    (("The two-year fixed rate fell to 3.92% in May from 4.10% a month earlier, the lender said.",
      "The two-year fixed rate fell to 3.92% in May, and the five-year fix dropped to 3.71%."),
     []),
    # two starts of one change still are
    (("The two-year fixed rate fell to 3.92% in May from 4.10% a month earlier, the lender said.",
      "The two-year fixed rate fell to 3.92% in May from 4.25% in April, the lender said."),
     ["4.10%"]),
    # two counts of one role (the hurt, those taken to hospital): the shared whole pairs off, the parts rival
    (("Twenty-nine spectators were injured when the stand collapsed at the county ground, and nine were "
      "taken to hospital, the health board said on Sunday.",
      "Twenty-nine fans were hurt as the stand at the county ground gave way and 12 were rushed to hospital, "
      "with three said to be in a bad way."),
     ["12"]),
    # ... but not two different parts of the hurt: those taken to hospital and those badly hurt
    (("Twenty-nine spectators were injured when the stand collapsed at the county ground, and nine were "
      "taken to hospital, the health board said on Sunday.",
      "Twenty-nine fans were hurt as the stand at the county ground gave way and 12 were badly injured, "
      "with three said to be in a bad way."),
     []),
    # no shared figure: the earnings diverge, but nothing pairs the estimates
    (("The retailer earned $2.15 a share in the quarter, beating estimates of $1.95 a share.",
      "The retailer earned $2.10 a share in the quarter, against a consensus of $2.02."),
     ["$2.15"]),
]


@pytest.mark.parametrize(("texts", "diverged"), LEFTOVERS)
def test_figures_left_over_in_aligned_passages(texts: tuple[str, ...], diverged: list[str]) -> None:
    found = diverging(*texts)
    assert [s for s in found if any(v in s for v in diverged)] == found
    assert len(found) == len(diverged)



# A leftover that names its measure ("on a turnout of 66.1%") is no rival of the partner's leftover when
# the partner's article gives that measure in another sentence: that figure is its rival instead.
LABELLED_ELSEWHERE = [
    ("Voters in Marlow County backed the new charter by 56.2 percent to 43.8 percent on Sunday. "
     "Turnout was 64.5 percent, the county clerk said.",
     "The Marlow County charter passed with 56.2 per cent on Sunday, on a turnout of 66.1 per cent."),
    ("Voters in Tarrow backed the harbour levy by 58.9 percent to 41.1 percent on Thursday. "
     "The returning officer put turnout at 39.2 percent.",
     "The Tarrow harbour levy passed with 58.9 per cent on Thursday, on a turnout of 36.4 per cent."),
    ("Members of the Hallam nurses' union accepted the pay offer by 67.3 percent to 32.7 percent on Tuesday. "
     "Participation in the ballot was 48 percent, the union said.",
     "The Hallam nurses' union pay offer was accepted with 67.3 per cent on Tuesday, "
     "with participation of 52 per cent."),
]


@pytest.mark.parametrize("texts", LABELLED_ELSEWHERE)
def test_a_labelled_leftover_is_not_set_against_another_measure(texts: tuple[str, str]) -> None:
    losing = ("43.8", "41.1", "32.7")
    assert [s for s in diverging(*texts) if any(v in s for v in losing)] == []


RIVALS = ("64.5", "39.2", "48 percent")


@pytest.mark.parametrize(("texts", "rivals"), list(zip(LABELLED_ELSEWHERE, RIVALS, strict=True)))
def test_a_labelled_leftover_rivals_the_partners_figure_of_that_measure(texts: tuple[str, str],
                                                                        rivals: str) -> None:
    found = diverging(*texts)
    assert found != [] and [s for s in found if rivals in s] == found


def test_a_labelled_leftover_agreeing_with_the_partners_figure_is_no_divergence() -> None:
    assert diverging("Voters in Marlow County backed the new charter by 56.2 percent to 43.8 percent "
                     "on Sunday. Turnout was 64.5 percent, the county clerk said.",
                     "The Marlow County charter passed with 56.2 per cent on Sunday, "
                     "on a turnout of 64.5 per cent.") == []


def test_a_leftover_label_the_partner_only_uses_in_the_same_sentence_still_rivals() -> None:
    found = diverging("The retailer earned $2.10 a share in the quarter, beating estimates of $1.95 a share. "
                      "Analysts had expected revenue of $3.1 billion.",
                      "The retailer earned $2.10 a share in the quarter, against estimates of $2.02.")
    assert len([s for s in found if "$1.95" in s or "$2.02" in s]) == 1

# Aligned passages that tell one sequence of calendar days: the day they share pairs off, and the one
# day each leaves is the other's rival when both are moments, or both bounds of the same word. A negated
# "until" names the moment the thing happened at last, as "only ... on" does.
NOT_UNTIL = ("The contractor's inspectors spotted a crack in the Elmford bridge on 3 June and sealed it, "
             "but the contractor did not alert the county council until 11 June.")
ONLY_ON = ("The contractor's inspectors spotted a crack in the Elmford bridge on 3 June, the report says, "
           "but the firm only informed the county council on {} June.")
SHUT_UNTIL = ("The contractor's inspectors spotted a crack in the Elmford bridge on 3 June, the report says, "
              "and the county council kept the bridge shut until 14 June.")
DAY_LEFTOVERS = [
    ((NOT_UNTIL, ONLY_ON.format(14)), ["11 June"]),
    ((NOT_UNTIL, ONLY_ON.format(11)), []),
    # a bound of a span and a moment are two steps of the sequence, not rivals; nor is a negated
    # "until" a deadline, to be set against another source's "until"
    ((NOT_UNTIL, SHUT_UNTIL), []),
    # the same first day, then two different next steps: charged on one day, released on another
    (("Police in Harlow arrested the driver of the lorry on 3 May and charged him with dangerous driving "
      "on 5 May, the court heard.",
      "Police in Harlow arrested the driver of the lorry on 3 May and released him on bail on 9 May, "
      "the court heard."), []),
]


@pytest.mark.parametrize(("texts", "diverged"), DAY_LEFTOVERS)
def test_days_left_over_in_aligned_passages(texts: tuple[str, ...], diverged: list[str]) -> None:
    found = diverging(*texts, published="2024-11-20")
    assert [s for s in found if any(v in s for v in diverged)] == found
    assert len(found) == len(diverged)


# Each source's only clock time, zone given: one precisely timed event when a rare word around them is shared.
LONE_CLOCKS = [
    (("The company will hold a conference call for investors at 5:00 p.m. ET today.",
      "The chief executive told analysts on a call that started at 11pm UK time."), 1),
    # the same instant in two zones agrees
    (("The company will hold a conference call for investors at 5:00 p.m. ET today.",
      "The chief executive told analysts on a call that started at 10pm UK time."), 0),
    # a floating clock time may be read in either zone
    (("The company will hold a conference call for investors at 5:00 p.m. today.",
      "The chief executive told analysts on a call that started at 11pm UK time."), 0),
    # nothing around the two says they time one event
    (("The company will hold a conference call for investors at 5:00 p.m. ET today.",
      "The chief executive landed at the airport at 11pm UK time."), 0),
    # a source timing two moments says nothing about which one its partner times
    (("The company will hold a conference call for investors at 5:00 p.m. ET today.",
      "The chief executive told analysts on a call that started at 11pm UK time. "
      "The shares opened in London at 8am UK time."), 0),
]


# A live blog's note "All times local (EET)" zones its bare clocks, but does not make a stray one a time
# written for readers elsewhere: only a zone written at the clock itself times one event precisely.
LONE_CLOCKS += [
    (("The ferry left the harbour at 0940 GMT on Thursday, the port authority said.",
      "All times local (EET).\n\n09:45 Police have closed the harbour road until 3 p.m."), 0),
    (("The ferry left the harbour at 0940 GMT on Thursday, the port authority said.",
      "All times local (CET).\n\n10:15 Crews reopened the harbour gates at 2 p.m., the mayor told us."), 0),
    # the blog writes the zone at the clock itself: still one precisely timed event
    (("The ferry left the harbour at 0940 GMT on Thursday, the port authority said.",
      "All times local (EET).\n\n12:05 The ferry left the harbour at 1115 GMT, an hour late."), 1),
    (("The ferry left the harbour at 0940 GMT on Thursday, the port authority said.",
      "All times local (EET).\n\n12:05 The ferry left the harbour at 12:15 local time, two hours late."), 1),
]


@pytest.mark.parametrize(("texts", "diverged"), LONE_CLOCKS)
def test_lone_zoned_clock_times(texts: tuple[str, ...], diverged: int) -> None:
    assert len(diverging(*texts)) == diverged


def test_an_early_morning_takes_in_the_small_hours() -> None:
    assert diverging("The courier was stopped at the checkpoint early Tuesday morning, officers said.",
                     "The courier was stopped at the checkpoint shortly after 2 a.m., officers said.",
                     published="2024-03-06") == []


def test_an_afternoon_against_the_small_hours_still_diverges() -> None:
    assert len(diverging("The courier was stopped at the checkpoint on Tuesday afternoon, officers said.",
                         "The courier was stopped at the checkpoint shortly after 2 a.m., officers said.",
                         published="2024-03-06")) == 1


def test_overnight_meets_the_next_early_morning() -> None:
    assert diverging("A magnitude 4.1 tremor shook the hill towns overnight, the survey said.",
                     "A magnitude 4.1 tremor shook the hill towns early Thursday morning.",
                     published="2024-03-07") == []


def test_overnight_against_the_next_evening_still_diverges() -> None:
    assert len(diverging("A magnitude 4.1 tremor shook the hill towns overnight, the survey said.",
                         "A magnitude 4.1 tremor shook the hill towns on Thursday evening.",
                         published="2024-03-07")) == 1


def test_a_year_nobody_wrote_never_diverges() -> None:
    a = Article.from_text("The ranger was killed on May 14 checking traps near the quarry.", id="a",
                          published="2024-05-20")
    b = Article.from_text("The ranger was killed on May 14 checking traps near the quarry.", id="b",
                          published="2025-05-14")
    c = Article.from_text("The ranger was killed on Tuesday checking traps near the quarry.", id="c",
                          published="2024-05-16")
    assert [f.summary for f in compare([a, b, c]).facts if f.status.value == "diverge"] == []


def test_a_written_year_still_diverges() -> None:
    a = Article.from_text("The ranger was killed on May 14, 2023 checking traps near the quarry.", id="a",
                          published="2024-05-20")
    b = Article.from_text("The ranger was killed on May 14, 2024 checking traps near the quarry.", id="b",
                          published="2024-05-20")
    assert len([f for f in compare([a, b]).facts if f.status.value == "diverge"]) == 1


def test_a_pronoun_guess_never_makes_a_speaker_divergence() -> None:
    # "he said" takes up the last person named: here the wrong one, as a pronoun can
    assert diverging('Coach Dara Pell praised the defence. Striker Tomas Vell missed twice. '
                     '"We let the fans down and I take the blame for it," he said.',
                     'Striker Tomas Vell missed twice. '
                     '"We let the fans down and I take the blame for it," Coach Dara Pell said.') == []


def test_two_named_speakers_still_diverge() -> None:
    assert len(diverging('"We let the fans down and I take the blame for it," striker Tomas Vell said.',
                         '"We let the fans down and I take the blame for it," coach Dara Pell said.')) == 1


_STAY_OFF = "Bakers at the Orlen mill will stay off work until {} on Sunday, the union said."


def test_midnight_meets_a_minute_either_side() -> None:
    assert diverging(_STAY_OFF.format("midnight"), _STAY_OFF.format("23:59")) == []


def test_midnight_against_a_later_clock_still_diverges() -> None:
    assert len(diverging(_STAY_OFF.format("midnight"), _STAY_OFF.format("23:30"))) == 1


def test_a_sentence_stating_two_sizes_matches_no_rival() -> None:
    # The words around "15-inch" are the words around "13-inch" too: they say nothing about which
    # of the two another outlet's "11-inch" would contradict.
    assert diverging("Brightfield unveiled updated 13-inch and 15-inch Lumo laptops at its Oslo launch.",
                     "At its Oslo launch Brightfield unveiled updated 11-inch Lumo laptops on Monday.") == []


def test_a_sentence_stating_one_size_still_diverges() -> None:
    assert len(diverging("Brightfield unveiled updated 15-inch Lumo laptops at its Oslo launch.",
                         "At its Oslo launch Brightfield unveiled updated 17-inch Lumo laptops.")) == 1


def test_counts_of_different_things_are_no_siblings() -> None:
    # "2,029 points in 106 games": each figure counts its own noun, so the points still meet a rival.
    assert len(diverging("Okafor now has 2,029 points in 106 games as a Harrier.",
                         "Okafor, a junior, now has 2,129 points as a Harrier.")) == 1


def test_an_abbreviation_does_not_cut_the_words_around_a_figure() -> None:
    # Cut at "Nov.", the window of "12 hours" was the one word "deliberation", which the
    # sentencing jury's 30 hours also has: two deliberations looked like one.
    assert diverging("Jurors in the county court convicted Okafor on Nov. 7 after 12 hours of deliberation.",
                     "The jury was unable to come to a decision after 30 hours of deliberation.") == []


def test_one_deliberation_told_with_an_abbreviation_still_diverges() -> None:
    assert len(diverging("Jurors convicted Okafor on Nov. 7 after 12 hours of deliberation.",
                         "Jurors convicted Okafor on Nov. 7 after 14 hours of deliberation.")) == 1


def test_counts_an_order_of_magnitude_apart_in_alike_words_are_a_part_and_its_whole() -> None:
    """A crowd attacking a van, "injuring at least two people", is no rival of the week's 90 injured."""
    assert diverging("Rioters also attacked a delivery van near the harbour, injuring at least two people.",
                     "About 90 people have been injured near the harbour in the riots this week.") == []


def test_counts_of_one_size_in_alike_words_still_diverge() -> None:
    assert len(diverging("Rioters attacked shops near the harbour, injuring at least 40 people.",
                         "About 90 people have been injured near the harbour in the riots this week.")) == 1


def test_a_state_that_lasts_into_a_time_is_no_rival_of_when_it_began() -> None:
    """ "remain closed tonight" says the closure lasts, not that it began at night."""
    assert diverging("The council closed 12 of its 40 car parks on Tuesday afternoon after the flood alert.",
                     "12 car parks remain closed tonight after the flood alert, the council said.",
                     published="2024-03-05") == []


def test_two_times_of_one_closure_still_diverge() -> None:
    assert len(diverging("The council closed 12 car parks on Tuesday afternoon after the flood warning.",
                         "The council closed 12 car parks on Tuesday night after the flood warning.",
                         published="2024-03-05")) == 1


# A span that frames a superlative ("the largest ... in a decade") states no duration of the story: it is
# never set against a real one by the words around the two.
@pytest.mark.parametrize("texts", [
    ("The reporter had been held for more than three and a half years before the exchange.",
     "It was the largest prisoner exchange in the region in a decade, and the reporter held went home."),
    ("The river stayed above its banks for six days after the storm.",
     "The river saw its worst flooding in 40 years after the storm, officials said."),
    ("The plant had been shut for two years before the reopening.",
     "For the first time in five years the plant was running again after the reopening."),
])
def test_a_superlative_window_is_no_duration(texts: tuple[str, str]) -> None:
    assert diverging(*texts) == []


def test_a_stated_duration_still_diverges_by_its_words() -> None:
    assert len(diverging("The reporter had been held in the camp for three years before the exchange.",
                         "The reporter had been held in the camp for five years before the exchange.")) == 1
