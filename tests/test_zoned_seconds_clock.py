"""A clock written to the second with its zone ("03:17:42 GMT") is a time; a bare "2:03:45" is not.

Launch, quake and eclipse reports time events to the second and give the
zone; the clock was dropped whole because a colon after the minutes was
taken for a running time. Read to the minute, it meets another outlet's
"3:17 a.m. GMT" or "04:17 local time (0317 GMT)".
"""

from __future__ import annotations

from sourcediff.extract import patterns as P
from sourcediff.extract.times import find


def _clocks(text: str) -> list[str]:
    return [f.value.canonical() for f in find(text, None)]


def test_zoned_clock_with_seconds_is_read_to_the_minute() -> None:
    text = "The rocket lifted off at 14:32:05 UTC from the Varlow Point pad."
    m = next(P.TIME_24H_COLON.finditer(text))
    assert (m["hour"], m["minute"], m["zone"]) == ("14", "32", "UTC")
    assert text[m.start():m.end()] == "14:32:05 UTC"
    assert _clocks(text) == ["14:32Z"]


def test_bare_running_time_with_seconds_stays_unread() -> None:
    text = "Mira Holst won the Dunmarrow marathon in 2:07:45 on Sunday."
    assert list(P.TIME_24H_COLON.finditer(text)) == []


def test_seconds_without_a_zone_stay_unread_even_after_at() -> None:
    assert list(P.TIME_24H_COLON.finditer("The tremor was logged at 03:17:42 by the station.")) == []
