"""Two outlets' clocks for one named moment (the alarm, the outbreak) are rivals, aligned or not."""

from __future__ import annotations

from sourcediff import Article, compare


def facts(*texts: str, published: str = "2026-03-14") -> list[tuple[str, str, int]]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [(f.status.value, f.summary, len({m.source for m in f.mentions}))
            for f in compare(articles).facts if f.kind.value == "time"]


def diverging(*texts: str) -> list[str]:
    return [summary for status, summary, _ in facts(*texts) if status == "diverge"]


WIRE = ("A fire tore through a disused mill in the town of Ashcombe overnight, officials said.\n\n"
        "The fire was reported at 9:12 p.m. on Friday by a passing taxi driver who saw flames.\n\n"
        "About 60 firefighters fought it, and it was brought under control at 2:30 a.m. on Saturday.\n\n"
        "Nobody was hurt.")
LOCAL = ("Residents of Ashcombe watched from their gardens as the old mill burned.\n\n"
         "Neighbours said the first call reached the fire service at 9.42pm, and crews from three stations "
         "were sent.\n\n"
         "The roof of the mill fell in shortly before midnight, witnesses said.\n\n"
         "Nobody was hurt.")


def test_an_alarm_timed_differently_in_unaligned_sentences_diverges() -> None:
    found = diverging(WIRE, LOCAL)
    assert len(found) == 1 and "9:12 p.m." in found[0] and "9.42pm" in found[0]


def test_the_same_alarm_time_on_the_other_clock_agrees() -> None:
    local = LOCAL.replace("9.42pm", "21:12")
    assert diverging(WIRE, local) == []
    assert any(status == "agree" and "21:12" in summary and n == 2
               for status, summary, n in facts(WIRE, local))


def test_an_alarm_clock_that_opens_its_clause_is_read_after_it() -> None:
    local = LOCAL.replace("Neighbours said the first call reached the fire service at 9.42pm, and crews",
                          "At 9.42pm, the alarm reached the fire service and crews")
    assert len(diverging(WIRE, local)) == 1


def test_two_different_moments_of_one_fire_are_not_rivals() -> None:
    local = LOCAL.replace("the first call reached the fire service at 9.42pm",
                          "the fire broke out at 9.05pm")
    assert diverging(WIRE, local) == []


def test_a_source_timing_the_alarm_twice_says_nothing_of_which_is_rivalled() -> None:
    local = LOCAL.replace("were sent.", "were sent. A second alarm was raised at 10:15 p.m. as it spread.")
    assert diverging(WIRE, local) == []


def test_alarms_of_two_different_things_with_no_shared_word_stay_apart() -> None:
    other = ("Shoppers were evacuated from the Eastgate centre in Ashcombe on Friday evening.\n\n"
             "Security staff said a bomb threat was reported at 7.40pm by phone.\n\n"
             "The centre reopened on Saturday morning.")
    assert diverging(WIRE, other) == []


def test_a_bare_clock_against_one_in_gmt_is_not_judged() -> None:
    wire = WIRE.replace("9:12 p.m. on Friday", "2112 GMT on Friday")
    local = LOCAL.replace("9.42pm", "10.12pm")
    assert diverging(wire, local) == []


def test_a_discovery_and_a_missing_report_time_one_moment() -> None:
    wire = ("A capuchin monkey escaped from Brayford Wildlife Park on Monday.\n\n"
            "Keepers said Pip was missing from his enclosure at 7:20 a.m. during the morning feed.\n\n"
            "He was caught in a garden centre car park in the afternoon.")
    paper = ("A monkey's day out ended in a garden centre car park.\n\n"
             "Keepers discovered his enclosure was empty at 8.05am, the park said, and called police.\n\n"
             "Pip was unhurt.")
    found = diverging(wire, paper)
    assert len(found) == 1 and "7:20 a.m." in found[0] and "8.05am" in found[0]
