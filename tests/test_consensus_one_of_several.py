"""A lone clock that times "the first quake" is the story's other event, not a rival of "the quake"'s time.

Stories of aftershocks, second blasts and repeated attacks time several
events of one kind; an outlet that writes "The first quake ... struck at
4:43 a.m." beside two outlets' "The quake struck at 7:48 a.m." tells the
other quake. Where the lone clock names its event like its partners do, it
is their rival still.
"""

from __future__ import annotations

from sourcediff import Article, compare


def _times(third: str) -> list[tuple[str, list[str]]]:
    day = "2026-03-04"
    a = Article.from_text("Quake shakes Harvel coast\n\nA strong earthquake struck off the coast of Harvel "
                          "province on Wednesday. The quake struck at 7:48 a.m. local time, 75 kilometres "
                          "west of the port of Osterna, the national seismology office said in an alert.",
                          id="a", published=day)
    b = Article.from_text("Earthquake hits Harvel\n\nAn earthquake struck off Harvel on Wednesday. The "
                          "shallow quake hit at 7:48 a.m. local time just off the coast, some 75 kilometres "
                          "west of Osterna, the seismology office said.", id="b", published=day)
    c = Article.from_text("Two quakes rock Harvel\n\nTwo strong earthquakes struck off Harvel province on "
                          f"Wednesday. {third}", id="c", published=day)
    report = compare([a, b, c])
    return [(f.status.value, [m.raw for m in f.mentions]) for f in report.facts if f.kind.value == "time"]


def test_the_first_quake_s_time_is_no_rival_of_the_quake_s() -> None:
    times = _times("The first quake, magnitude 7.1, struck at 4:43 a.m. local time about 135 kilometres "
                   "from Osterna, the seismology office said.")
    assert not [t for t in times if t[0] == "diverge"], times


def test_a_lone_time_of_the_quake_itself_still_diverges() -> None:
    times = _times("The quake struck at 7:58 a.m. local time about 75 kilometres west of Osterna, the "
                   "seismology office said.")
    assert [t for t in times if t[0] == "diverge" and "7:58 a.m." in " ".join(t[1])], times
