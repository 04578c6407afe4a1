"""Race and record times ("2:11:09", "2hr 11min 9sec", "3hr 12min") are one duration each, to the second."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract import elapsed
from sourcediff.extract.elapsed import parse_elapsed
from sourcediff.pipeline import analyse
from sourcediff.values import Elapsed


def seconds(text: str) -> list[Decimal]:
    return [value.amount for _, _, value in elapsed.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Okonjo won the Lakeshore half marathon in 1:01:07 on a windy morning.", [Decimal(3667)]),
    ("She crossed the line in 2hr 21min 09sec, a personal best.", [Decimal(8469)]),
    ("The podcast runs 1h 05m 12s in total.", [Decimal(3912)]),
    ("Her time of 2 hours, 21 minutes and 9 seconds stood for a decade.", [Decimal(8469)]),
    ("The rower's time was 0:06:31.4 over 2,000 metres.", [Decimal("391.4")]),
    ("The record (2:08:44) fell to Ivanova's 2:08:12.", [Decimal(7724), Decimal(7692)]),
    ("The semi-final lasted 4hr 07min, the longest of the year.", [Decimal(14820)]),
    ("It took two hours and 45 minutes to settle the fifth set.", [Decimal(9900)]),
    ("Match time: 2 hours 58 minutes.", [Decimal(10680)]),
    # minutes and seconds, also as a gap timed to the second
    ("The valve closed six minutes and 12 seconds after ignition.", [Decimal(372)]),
    ("The pump stopped at T+6 min 21 s, well short of its target.", [Decimal(381)]),
    ("Her swim took 4m 05s in the final.", [Decimal(245)]),
])
def test_elapsed_times_are_read_in_seconds(text: str, want: list[Decimal]) -> None:
    assert seconds(text) == want


@pytest.mark.parametrize("text", [
    "The alarm sounded at 14:05:22 and the hall was cleared.",
    "The tremor was recorded at 03:17:45 GMT by the observatory.",
    "Logged 2026-03-14T09:12:55 by the station.",
    "The first train leaves at 5:12 and the second at 5:40.",
    "The shot came at 09:41:03 local time.",
    "Visitors arrive 11:15:00 a.m. sharp.",
    "The siege ended about two hours and 30 minutes later.",
    "Power returned three hours and 20 minutes after the storm hit.",
    "The wait was nearly 4 hours 10 minutes at the border.",
    "The jury deliberated for twenty-three hours and 5 minutes.",
    "The pump ran for about six minutes and 30 seconds.",
])
def test_clock_times_and_short_forms_are_no_elapsed_time(text: str) -> None:
    assert seconds(text) == []


def test_its_fields_are_not_read_again_as_loose_figures() -> None:
    article = Article.from_text("Pereira finished in 2hr 09min 51sec after a fast start.", id="a",
                                published="2026-04-12")
    mentions = analyse(article).mentions
    assert [(m.raw, m.value) for m in mentions if m.kind.value == "number"] == [
        ("2hr 09min 51sec", Elapsed(Decimal(7791), "second"))]


def test_canonical_text_parses_back() -> None:
    for value in (Elapsed(Decimal(7471), "second"), Elapsed(Decimal("391.4"), "second")):
        assert parse_elapsed(value.canonical()) == value
    assert Elapsed(Decimal(7471), "second").canonical() == "2:04:31"
    with pytest.raises(ValueError):
        parse_elapsed("2:04")


def _time_facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-12") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if any(isinstance(m.value, Elapsed) for m in f.mentions)]


WIRE = ("Moraga won the Port Allard marathon on Sunday in {}, breaking the course record, "
        "officials said. About 9,000 runners took part.")
SITE = ("Moraga ran {} to win in Port Allard on Sunday and break the course record. "
        "The field was about 9,000 strong.")


def test_two_spellings_of_one_race_time_agree() -> None:
    assert _time_facts(WIRE.format("2:07:15"), SITE.format("2hr 07min 15sec")) == [
        ("agree", frozenset({"s0", "s1"}))]


def test_race_times_a_second_apart_diverge() -> None:
    paper = ("Moraga won the Port Allard marathon in {} on Sunday, a new course record, race officials "
             "said. Some 9,000 runners started.")
    assert _time_facts(WIRE.format("2:07:15"), paper.format("2:07:16")) == [
        ("diverge", frozenset({"s0", "s1"}))]


def test_a_margin_is_no_race_time() -> None:
    """ "41 seconds" off a record is a gap, judged with gaps: it diverges from another outlet's 40 seconds."""
    wire = ("Moraga won the Port Allard marathon on Sunday in 2:07:15, taking 41 seconds off the course "
            "record, officials said.")
    site = ("Moraga won the Port Allard marathon on Sunday in 2:07:16, taking 40 seconds off the course "
            "record, officials said.")
    release = ("Moraga won the Port Allard marathon on Sunday in 2:07:15, taking 41 seconds off the course "
               "record, organisers said.")
    texts = (wire, site, release)
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-12") for n, t in enumerate(texts)]
    statuses = {f.status.value for f in compare(articles).facts
                if any(m.raw in ("41 seconds", "40 seconds") for m in f.mentions)}
    assert statuses == {"diverge"}


def test_match_lengths_in_hours_and_minutes_diverge() -> None:
    """ "3hr 12min" and "three hours and 12 minutes" agree; "3 hours 21 minutes" is another length."""
    wire = ("Okafor beat Lindgren in the Harwick Open final on Sunday in a match that lasted {}, "
            "officials said. The crowd was about 12,000.")
    texts = (wire.format("3hr 12min"), wire.format("three hours and 12 minutes"),
             wire.format("3 hours 21 minutes"))
    assert _time_facts(*texts[:2]) == [("agree", frozenset({"s0", "s1"}))]
    assert _time_facts(texts[0], texts[2]) == [("diverge", frozenset({"s0", "s1"}))]


def test_minutes_and_seconds_are_one_time_and_no_gap_of_their_seconds() -> None:
    """ "six minutes and 12 seconds after ignition" is 372 seconds, not "six minutes" and a 12-second gap."""
    article = Article.from_text("The valve closed six minutes and 12 seconds after ignition, engineers said.",
                                id="a", published="2026-04-12")
    numbers = [(m.raw, m.value) for m in analyse(article).mentions if m.kind.value == "number"]
    assert numbers == [("six minutes and 12 seconds", Elapsed(Decimal(372), "second"))]


def test_times_in_minutes_and_seconds_diverge_to_the_second() -> None:
    """Two outlets' cut-off times, 6:12 against 6:21, diverge; read apart their "6 minutes" agreed."""
    wire = ("The second-stage pump of the Arlo test rig stopped {} into the run on Monday, the "
            "operator said, and the test was halted.")
    texts = (wire.format("six minutes and 12 seconds"), wire.format("6 min 21 s"),
             wire.format("6 minutes 12 seconds"))
    assert _time_facts(texts[0], texts[2]) == [("agree", frozenset({"s0", "s1"}))]
    assert _time_facts(texts[0], texts[1]) == [("diverge", frozenset({"s0", "s1"}))]


def test_a_time_in_minutes_and_seconds_keys_as_its_whole_minutes_for_alignment() -> None:
    from sourcediff.align.features import value_family_keys
    from sourcediff.align.similarity import fact_keys

    article = Article.from_text("The pump stopped 6 minutes 21 seconds into the run.", id="a",
                                published="2026-04-12")
    analysed = analyse(article)
    (m,) = [m for m in analysed.mentions if isinstance(m.value, Elapsed)]
    assert value_family_keys(analysed.passages[m.passage], m) == ("number:duration=6",)
    assert fact_keys([m]) == {"number:number:duration:6": 1}


FINAL = ("Okafor beat Lindgren in the Harwick Open final on Sunday in a match that lasted {}, "
         "officials said. The crowd was about 12,000.")


def test_a_timed_length_and_the_same_plain_duration_are_one_fact() -> None:
    """ "3hr 12min" is "192 minutes": the judge compares them by seconds (issue #11)."""
    assert _time_facts(FINAL.format("3hr 12min"), FINAL.format("192 minutes")) == [
        ("agree", frozenset({"s0", "s1"}))]


def test_a_timed_length_and_another_plain_duration_diverge() -> None:
    """ "3hr 12min" against "201 minutes" (3h21): beyond the minute the plain figure is stated to."""
    assert _time_facts(FINAL.format("3hr 12min"), FINAL.format("201 minutes")) == [
        ("diverge", frozenset({"s0", "s1"}))]


@pytest.mark.parametrize(("text", "want"), [
    ("The balloon circled the globe in 19 days, 4 hours and 12 minutes.",
     Decimal(19 * 86400 + 4 * 3600 + 720)),
    ("Logbook: 63d 11h 05m from dock to dock.", Decimal(63 * 86400 + 11 * 3600 + 300)),
    ("She took the record by 2 days 3 hours 9 minutes 30 seconds.", Decimal(2 * 86400 + 3 * 3600 + 570)),
    ("The crossing took one day, six hours and 40 minutes.", Decimal(86400 + 6 * 3600 + 2400)),
])
def test_day_led_times_are_one_elapsed_time(text: str, want: Decimal) -> None:
    assert seconds(text) == [want]


def test_a_day_led_time_to_the_hour_is_a_plain_duration_in_hours() -> None:
    [(_, _, value)] = elapsed.find("The old mark of 12 days and 5 hours had stood since 2011.")
    assert not isinstance(value, Elapsed)
    assert (value.amount, value.unit) == (Decimal(293), "hour")


@pytest.mark.parametrize("text", [
    "The hostages were freed two days and six hours after the raid.",
    "The convoy arrived about 3 days and 4 hours late.",
    "Sizes run 4 d 3 h in the old catalogue.",
])
def test_gaps_estimates_and_loose_letters_are_no_day_led_time(text: str) -> None:
    assert seconds(text) == []


def test_day_led_times_agree_across_writings_and_roundings() -> None:
    a = Article.from_text("Ines Varga rowed the ocean alone in 51 days, 6 hours and 30 minutes, the "
                          "organisers said on Monday.", id="a", published="2026-03-02")
    b = Article.from_text("Varga's official time was 51d 06h 30m, the organisers said on Monday.",
                          id="b", published="2026-03-02")
    c = Article.from_text("Varga rowed the ocean in 51 days and 6 hours, the organisers said on Monday.",
                          id="c", published="2026-03-02")
    facts = [f for f in compare([a, b, c]).facts if f.kind.value == "number"]
    [fact] = [f for f in facts if len({m.source for m in f.mentions}) == 3]
    assert fact.status.value == "agree"
    assert not [f for f in facts if f.status.value == "diverge"]


def test_a_day_led_time_that_differs_diverges() -> None:
    a = Article.from_text("Ines Varga rowed the ocean alone in 51 days, 6 hours and 30 minutes, the "
                          "organisers said on Monday.", id="a", published="2026-03-02")
    b = Article.from_text("Ines Varga rowed the ocean alone in a time of 51d 09h 30m, the organisers said "
                          "on Monday.", id="b", published="2026-03-02")
    facts = [f for f in compare([a, b]).facts if len({m.source for m in f.mentions}) == 2
             and f.kind.value == "number"]
    assert [f.status.value for f in facts] == ["diverge"]


def test_minutes_and_seconds_with_hundredths_are_one_race_time() -> None:
    assert seconds("Tinder Blue stopped the clock at 2:31.48, a track record.") == [Decimal("151.48")]
    assert seconds("She ran 3:58.7 for the mile indoors.") == [Decimal("238.7")]
    assert seconds("The winner took 2 minutes 31.48 seconds over the trip.") == [Decimal("151.48")]
    assert seconds("He clocked 1min 12.05sec in the heat.") == [Decimal("72.05")]


def test_a_two_field_time_without_a_fraction_or_led_as_a_clock_stays_unread() -> None:
    assert seconds("The gates open at 14:05 and the first race is at 14:30.") == []
    assert seconds("Harrow Gate led 2:31 in the betting ratio.") == []


def test_a_race_time_in_colons_and_in_words_agree() -> None:
    lead = "Harrow Gate won the Ebbsfield Cup at Marlby on Saturday."
    a = Article(id="a", title="", text=f"{lead} The winner covered the trip in 2 minutes 31.48 seconds.")
    b = Article(id="b", title="", text=f"{lead} The winning time was 2:31.48 on fast ground.")
    facts = compare([a, b]).to_dict()["facts"]
    timed = [f for f in facts if any(m.get("slot") == elapsed.SLOT for m in f["mentions"])]
    assert len(timed) == 1 and timed[0]["status"] == "agree", facts
    assert len(timed[0]["mentions"]) == 2


@pytest.mark.parametrize(("text", "want"), [
    ("Dunmere covered the river course in a time of 18:05, short of the course record of 17:31.",
     [Decimal(1085), Decimal(1051)]),
    ("The Ferrin crew stopped the clock at 19:12 at the finish post.", [Decimal(1152)]),
    ("Okafor clocked 4:07 for the mile on the indoor track.", [Decimal(247)]),
    ("Their winning time of 21:40 was the slowest since 1998.", [Decimal(1300)]),
])
def test_a_two_field_time_named_a_result_is_minutes_and_seconds(text: str, want: list[Decimal]) -> None:
    assert seconds(text) == want


def test_a_named_result_in_two_fields_is_no_clock_and_agrees_with_its_words() -> None:
    lead = "Dunmere beat Castlerow in the Ferrin river race on Saturday."
    a = Article(id="a", title="", text=f"{lead} Dunmere covered the course in 18 minutes 5 seconds.")
    b = Article(id="b", title="", text=f"{lead} Dunmere stopped the clock at 18:05 over the course.")
    report = compare([a, b])
    assert not [m for f in report.facts for m in f.mentions if m.raw == "18:05" and f.kind.value == "time"]
    timed = [f for f in report.to_dict()["facts"]
             if any(m.get("slot") == elapsed.SLOT for m in f["mentions"])]
    assert len(timed) == 1 and timed[0]["status"] == "agree", timed
    assert len(timed[0]["mentions"]) == 2
