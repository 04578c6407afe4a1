"""A clock conversion one source states is lent to the same local clock in the others (localclock.py)."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.localclock import bridged
from sourcediff.pipeline import analyse
from sourcediff.values import ClockTime

WIRE = "The curfew in Pellmora will be lifted at 5 a.m. Ostrian time (0300 GMT) on Monday, officials said."
LOCAL = "Pellmora's curfew ends at 5am on Monday, the city hall said."
GMT = "The curfew will end at 03:00 GMT on Monday, according to the city hall."


def _clock_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-08") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "time"]


def test_a_bare_local_clock_and_the_gmt_one_meet_through_the_stated_conversion() -> None:
    facts = _clock_facts(WIRE, LOCAL, GMT)
    assert ("agree", ["03:00 GMT", "5 a.m. Ostrian time (0300 GMT)", "5am"]) in facts


def _bridged_clocks(*texts: str) -> dict[str, object]:
    """Each clock mention's raw text -> its value as the judge compares it."""
    ms = [m for n, t in enumerate(texts)
          for m in analyse(Article.from_text(t, id=f"s{n}", published="2026-05-08")).mentions]
    return {m.raw: m.value for m in bridged(ms) if isinstance(m.value, ClockTime)}


def test_a_bare_clock_takes_the_instant_only_from_a_conversion_of_its_reading() -> None:
    clocks = _bridged_clocks(WIRE, LOCAL, "The bakery opens at 6am daily.")
    assert clocks["5am"] == ClockTime(5, 0, None, 180, local=True)
    assert clocks["6am"] == ClockTime(6, 0, None, None)
    assert _bridged_clocks(LOCAL, GMT)["5am"] == ClockTime(5, 0, None, None)  # nothing converts 5am


def test_a_clock_in_another_place_s_time_borrows_nothing() -> None:
    # A story told across two zones: the conversion names Ostrian time, not Delvish.
    other = "The curfew will end at 5am Delvish time on Monday, according to the city hall."
    assert _bridged_clocks(WIRE, other)["5am Delvish time"] == ClockTime(5, 0, None, None)
    same = "The curfew will end at 5am Ostrian time on Monday, according to the city hall."
    assert _bridged_clocks(WIRE, same)["5am Ostrian time"] == ClockTime(5, 0, None, 180, local=True)


def test_a_reading_converted_to_two_instants_lends_neither() -> None:
    east = "Polls close at 8 p.m. ET (0100 GMT) in the east."
    west = "Polls close at 8 p.m. PT (0400 GMT) in the west."
    assert _bridged_clocks(east, west, "Counting starts at 8pm sharp.")["8pm"] == ClockTime(20, 0, None, None)


def test_a_bridged_clock_is_still_a_local_reading_for_other_bare_clocks() -> None:
    # The bridged 5am is 03:00 UTC; a bare "3am" elsewhere is a local 3am, two hours off, not that instant.
    from sourcediff.compat import compatible
    ms = [m for n, t in enumerate((WIRE, LOCAL, "Pellmora's curfew ends at 3am on Monday, a resident said."))
          for m in analyse(Article.from_text(t, id=f"s{n}", published="2026-05-08")).mentions]
    seen = {m.raw: m for m in bridged(ms) if isinstance(m.value, ClockTime)}
    assert not compatible(seen["5am"], seen["3am"])
    assert compatible(seen["5am"], seen["5 a.m. Ostrian time (0300 GMT)"])


# The story's one offset of local time from UTC, lent to any clock its writer calls "local time".
QUAKE = "The earthquake struck the port of Varne at 4:20 a.m. (0320 GMT) on Friday, the seismic office said."
QUAKE_LOCAL = "The quake hit Varne at {} on Friday, waking thousands, the seismic office said."


def test_a_local_time_takes_the_story_s_one_offset() -> None:
    clocks = _bridged_clocks(QUAKE, QUAKE_LOCAL.format("5.20am local time"))
    assert clocks["5.20am local time"] == ClockTime(5, 20, None, 260, local=True)  # 04:20 UTC
    # A reading the story converts keeps that conversion.
    assert _bridged_clocks(QUAKE, QUAKE_LOCAL.format("4.20am local time"))["4.20am local time"] == ClockTime(
        4, 20, None, 200, local=True)


def test_a_bare_clock_takes_no_offset() -> None:
    # "5.20am" alone may be told in a reader's zone: only "local time" says it is the story's.
    assert _bridged_clocks(QUAKE, QUAKE_LOCAL.format("5.20am"))["5.20am"] == ClockTime(5, 20, None, None)


def test_two_offsets_or_a_named_place_lend_no_offset() -> None:
    summer = "An aftershock followed at 9 p.m. (1900 GMT) on Saturday, the office said."  # two hours, not one
    clocks = _bridged_clocks(QUAKE, summer, QUAKE_LOCAL.format("5.20am local time"))
    assert clocks["5.20am local time"] == ClockTime(5, 20, None, None)
    placed = "The earthquake struck at 4:20 a.m. Varnish time (0320 GMT) on Friday, the office said."
    assert _bridged_clocks(placed, QUAKE_LOCAL.format("5.20am local time"))["5.20am local time"] == ClockTime(
        5, 20, None, None)


def test_a_local_time_an_hour_off_diverges_and_the_same_agrees() -> None:
    gmt = "The seismic office in Varne said the earthquake struck at 03:20 GMT on Friday."
    off = _clock_facts(QUAKE, gmt, QUAKE_LOCAL.format("5.20am local time"))
    assert any(status == "diverge" and "5.20am local time" in raws for status, raws in off)
    same = _clock_facts(QUAKE, gmt, QUAKE_LOCAL.format("4.20am local time"))
    assert [status for status, _ in same] == ["agree"]


def test_a_conversion_at_utc_s_own_hour_is_lent_too() -> None:
    """ "9 a.m. (0900 GMT)": the local reading equals the instant, yet both are written, so a bare 9am
    in another source takes the instant and the two meet (invented text)."""
    wire = "The Tarnby ferry service resumed at 9 a.m. (0900 GMT) on Monday, the operator said."
    local = "Ferries were running again from 9am, harbour staff confirmed."
    clocks = _bridged_clocks(wire, local, "The cafe opens at 8am daily.")
    assert clocks["9am"] == ClockTime(9, 0, None, 540, local=True)
    assert clocks["8am"] == ClockTime(8, 0, None, None)  # a reading no source converts: still floating
