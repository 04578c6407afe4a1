"""A live blog entry's posting stamp is no clock the aligner sees; an event's clock is (issue #11).

"07:50 What we know: the bridge shut at 5:40 a.m." is written at 07:50
about 5:40. Read as a clock of the passage, the stamp was a figure no other
outlet's sentence on the closure states, and the pair model scored the
entry low against it. Which opening clocks are stamps the page's shape
decides (extract/stamps.py entry_starts): three or more lines opening with
a clock, newest first. A timeline's lines, oldest first, a sentence that
opens with its event's clock, an entry with no clock of its own and a stamp
another source states stay. The judge still reads every stamp. Every text
is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.stamps import ENTRY
from sourcediff.model import SourceInfo
from sourcediff.pipeline import _aligner_view, analyse

BLOG_24H = ("# Live: the Marrow Bridge closure\n\n"
            "21:40 The council confirms the bridge stays shut tonight.\n\n"
            "19:05 What we know: the bridge shut at 05:40 after a crack was found.\n\n"
            "17:20 Buses run a detour through Pellham.\n")
BLOG_12H = ("# Live: the Marrow Bridge closure\n\n"
            "9:40 p.m. The council confirms the bridge stays shut tonight.\n\n"
            "7:05 p.m. What we know: the bridge shut at 5:40 a.m. after a crack was found.\n\n"
            "5:20 p.m. Buses run a detour through Pellham.\n")
BLOG_DOTTED = ("# Live: the Marrow Bridge closure\n\n"
               "9.40pm The council confirms the bridge stays shut tonight.\n\n"
               "7.05pm - What we know: the bridge shut at 5.40am after a crack was found.\n\n"
               "5.20pm Buses run a detour through Pellham.\n")
# The same lines oldest first: a timeline, whose clocks are its events' times.
TIMELINE = ("# How the closure unfolded\n\n"
            "17:20 Buses run a detour through Pellham.\n\n"
            "19:05 The engineers say the bridge shut at 05:40 after a crack was found.\n\n"
            "21:40 The council confirms the bridge stays shut tonight.\n")
WIRE = "Marrow Bridge was closed at 5:40 a.m. on Tuesday after engineers found a crack, the council said."


def _info(text: str, name: str = "blog") -> SourceInfo:
    return analyse(Article.from_text(text, id=name, published="2026-05-14"))


def _clocks(info: SourceInfo) -> list[str]:
    return [m.raw for m in info.mentions if m.slot == "clock"]


@pytest.mark.parametrize(("text", "stamp"),
                         [(BLOG_24H, "19:05"), (BLOG_12H, "7:05 p.m."), (BLOG_DOTTED, "7.05pm")])
def test_a_posting_stamp_is_hidden_from_the_aligner_only(text: str, stamp: str) -> None:
    info = _info(text)
    # the judge's view: the stamp is read, as before
    assert stamp in [m.raw for m in info.mentions if m.slot == "clock" and ENTRY in m.cues]
    seen, _ = _aligner_view((info, _info(WIRE, "wire")))
    assert stamp not in _clocks(seen)
    assert len(_clocks(seen)) == 3  # the entry's own clock and the stamps of entries with none stay


def test_a_stamp_another_source_states_stays() -> None:
    wire = _info("The council met at 19:05 and closed the bridge at 05:40.", "wire")
    seen, _ = _aligner_view((_info(BLOG_24H), wire))
    assert "19:05" in _clocks(seen)


def test_a_timelines_clocks_stay() -> None:
    info = _info(TIMELINE)
    seen, _ = _aligner_view((info, _info(WIRE, "wire")))
    assert _clocks(seen) == _clocks(info) and len(_clocks(info)) == 4


def test_a_clock_opening_a_sentence_of_prose_stays() -> None:
    info = _info("The last train left Pellham at 21:42 on Sunday.\n\n"
                 "At 10:42 the train left the depot, the operator said at 11:05.\n")
    seen, _ = _aligner_view((info, _info(WIRE, "wire")))
    assert "10:42" in _clocks(seen)
