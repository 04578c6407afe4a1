"""A lone clock that ends a clock range its passage states keeps hours, not a moment: no rival.

Invented story: a wire, a radio station and a trade site agree that a river
footbridge in the invented town of Dunhallow shut at 5pm (17:00); a local site
adds that a council information line is "open from 9am to 6pm every day". Its
6pm lies within the lone-clock rule's reach of 5pm and its passage shares the
story's words ("footbridge", "Dunhallow"), so it was joined to the closing
time as a rival and the agreed time read as a divergence
(loneclockrivals.join_lone_clock_rivals). The end of a range tells the hours
something is kept, not the time of an event: it stays a time only the local
site gives. A lone clock told alone ("the footbridge shut at 6pm") is still
the agreed time's rival.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind

PUBLISHED = "2027-02-10"
WIRE = ("Engineers shut the Dunhallow river footbridge at 5 p.m. (1700 GMT) on Tuesday after divers found "
        "cracks in one of its piers, the town council said. The crossing will stay closed for inspection.")
RADIO = ("The Dunhallow footbridge was closed at 5pm on Tuesday after cracks were found in a pier. "
         "Walkers are being sent over the road bridge instead.")
TRADE = ("Dunhallow council closed its river footbridge at 17:00 on Tuesday after a dive survey found "
         "cracking in a pier. A structural report is due next month.")
LOCAL = ("Walkers face a long detour after the Dunhallow footbridge closed on Tuesday. {line} "
         "Traders on the quay say footfall has already dropped.")


def _times(line: str) -> list[tuple[str, list[str]]]:
    texts = {"wire": WIRE, "radio": RADIO, "trade": TRADE, "local": LOCAL.format(line=line)}
    report = compare([Article.from_text(t, id=k, published=PUBLISHED) for k, t in texts.items()])
    return sorted((f.status, sorted(m.raw for m in f.mentions)) for f in report.facts if f.kind is Kind.TIME)


def test_a_range_end_is_no_rival_of_the_agreed_closing_time() -> None:
    times = _times("A council information line for Dunhallow footbridge users is open from 9am to 6pm "
                   "every day.")
    assert ("agree", ["17:00", "5 p.m. (1700 GMT)", "5pm"]) in times
    assert not any(status == "diverge" for status, _ in times)


def test_a_lone_clock_told_alone_is_still_the_rival() -> None:
    times = _times("The footbridge was shut at 6pm, the council said.")
    assert ("diverge", ["17:00", "5 p.m. (1700 GMT)", "5pm", "6pm"]) in times
