"""Two outlets time the first responders' arrival differently, one in a terse sentence (invented text).

"The first crews reached the mill at 05:12, eight minutes after the call"
against a trade site's "The first pump was in attendance at 05:19.": the
trade sentence names nothing beside the moment, so no subject word can meet,
yet a story has one first arrival. Two first arrivals of different
responders, each named, stay apart.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.divergeevents import event_moments
from sourcediff.pipeline import analyse

WIRE = ("Fire broke out at the old Brackley textile mill early on Monday. The alarm was raised at 05:04. "
        "The first crews reached the mill at 05:12, eight minutes after the call, and found the roof already "
        "alight. The fire was under control by 07:30.")
TRADE = ("Crews from three stations attended a large fire at a disused textile mill in Brackley on Monday. "
         "Control received the first call at 05:04. The first pump was in attendance at 05:19. Two aerial "
         "appliances followed from Daventry and Towcester, and 40 firefighters worked in breathing apparatus "
         "on the upper floors.\n\n"
         "The incident was declared under control at 07:30.")
def diverged(*texts: str) -> list[list[str]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-10-05") for n, t in enumerate(texts)]
    return [sorted(m.raw for m in f.mentions) for f in compare(arts).facts if f.status.value == "diverge"]


def test_a_terse_first_arrival_diverges() -> None:
    assert ["05:12", "05:19"] in diverged(WIRE, TRADE)


@pytest.mark.parametrize(("text", "clock"), [
    ("The first pump was in attendance at 05:19.", "05:19"),
    ("The first crews reached the mill at 05:12, eight minutes after the call.", "05:12"),
    ("The first officers were on the scene at 9.40pm.", "9.40pm"),
    ("She was the first to arrive at 7:15 a.m.", "7:15 a.m."),
])
def test_the_first_arrival_is_a_moment(text: str, clock: str) -> None:
    art = Article.from_text(text, id="x", published="2026-10-05")
    ms = [m for m in analyse(art).mentions if m.kind is Kind.TIME and m.raw == clock]
    assert ms and "first-arrival" in event_moments(art.text, ms[0])


@pytest.mark.parametrize(("text", "clock"), [
    ("Police arrived at 05:40 and closed the road.", "05:40"),  # one arrival of many
    ("The second crew arrived at 05:31.", "05:31"),
])
def test_other_arrivals_are_no_moment(text: str, clock: str) -> None:
    art = Article.from_text(text, id="x", published="2026-10-05")
    ms = [m for m in analyse(art).mentions if m.kind is Kind.TIME and m.raw == clock]
    assert ms and "first-arrival" not in event_moments(art.text, ms[0])
