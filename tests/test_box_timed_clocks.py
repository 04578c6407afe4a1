"""A fact-box line timing an event ("Time of sinking: approx. 04:50") and the prose timing it.

A trade site's incident summary gives the time under a label, often hedged
("approx."), while wires write "the ferry went down at around 4.15am". The
two share a clock only when they agree, and hardly a word, so the pair model
scores them low and a rival clock stayed a detail only the trade site had.
The hedge keeps the clock the label's figure (align.boxed), the label's event
class with a clock is the alignment key (align.boxdates, cluster.box_pairs),
and the judge sets the two clocks against each other (diverge._box_timed_clocks).
Invented text only.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.align.boxdates import boxed_events, stated_events, timed_by_box
from sourcediff.align.features import PassageDoc, source_docs
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def _doc(text: str) -> PassageDoc:
    (doc,) = source_docs(analyse(Article(id="a", text=text)))
    return doc


def test_a_hedged_figure_after_a_label_is_the_labels_figure() -> None:
    assert "time:clock=04:50" in _doc("Time of sinking: approx. 04:50 local time").boxed
    assert any(k.startswith("number:distance") for k in _doc("Position: about 31 km north of Velmo").boxed)
    # a sentence with a hedge after a colon-less clause is no box line
    assert not _doc("The ferry sank at approx. 04:50 local time").boxed


def test_a_timing_label_and_a_sentence_of_one_event_share_a_key() -> None:
    line = boxed_events("Time of sinking: approx. 04:50 local time", {"time:clock=04:50"})
    assert line == {"timed:sank"}
    assert line <= stated_events("The ferry went down off Velmo at around 4.15am.", {"time:clock=04:15"})
    assert line <= stated_events("The trawler capsized at 05:10.", {"time:clock=05:10"})
    # no clock in the sentence, another event, or no event word in the label: nothing shared
    assert not line & stated_events("The ferry went down off Velmo before dawn.", set())
    assert not line & stated_events("The ferry docked at 4.15am.", {"time:clock=04:15"})
    assert not boxed_events("Time reported: 04:50", {"time:clock=04:50"})


def test_only_a_box_clock_against_prose_naming_its_event_is_timed_by_the_box() -> None:
    box = "Summary\nTime of sinking: approx. 04:50 local time\nPosition: 31 km north"
    prose = "The ferry Arvena went down off Velmo at around 4.15am, the coastguard said."
    other = "The ferry Arvena left Tolley harbour at 11.20pm on Monday."
    at = box.index("04:50")
    assert timed_by_box(box, at, prose, prose.index("4.15am"))
    assert timed_by_box(prose, prose.index("4.15am"), box, at)
    assert not timed_by_box(box, at, other, other.index("11.20pm"))
    # two prose sentences: no label says which event either clock times
    assert not timed_by_box(prose, prose.index("4.15am"), other, other.index("11.20pm"))


WIRE = ("VELMO, May 5 (Eastline) - A ferry carrying 212 passengers sank off Velmo early on Tuesday and "
        "all but nine were rescued by the coastguard, officials said.\n\n"
        "The ferry Arvena went down 31 km north of the port at around 4.15am local time, the coastguard "
        "said.\n\n"
        "Nine people are missing.")
TABLOID = ("Nine missing as ferry sinks off Velmo\n\n"
           "The ferry Arvena went down 31km north of Velmo port at around 4.15am on Tuesday.\n\n"
           "A total of 203 of the 212 passengers were plucked from the sea, and nine are missing.")
TRADE = ("Arvena ferry loss: 203 rescued\n\n"
         "The Ro-Pax ferry Arvena, operated by Tolley Lines, was lost off Velmo on 5 May.\n\n"
         "Incident summary\n\n"
         "Time of sinking: approx. 04:50 local time\n\n"
         "Persons on board: 212\n\n"
         "Missing: 9")


def test_the_box_clock_diverges_from_the_prose_clock() -> None:
    report = compare([Article(id="wire", text=WIRE, published=dt.date(2026, 5, 5)),
                      Article(id="tabloid", text=TABLOID, published=dt.date(2026, 5, 6)),
                      Article(id="trade", text=TRADE, published=dt.date(2026, 5, 7))])
    clocks = [f for f in report.facts if f.kind is Kind.TIME and any(m.source == "trade" for m in f.mentions)]
    assert any(f.status is Verdict.DIVERGE and {m.source for m in f.mentions} >= {"wire", "trade"}
               for f in clocks), [(f.status, [m.canonical for m in f.mentions]) for f in clocks]


def test_a_sentence_sharing_no_word_with_the_box_line_joins_it_by_the_event() -> None:
    """The tabloid's "went down ... at around 4.15am on Tuesday" shares no word with "Time of sinking:
    approx. 04:50 local time", so no candidate pair holds them; the event and the clocks still tie them."""
    report = compare([Article(id="wire", text=WIRE, published=dt.date(2026, 5, 5)),
                      Article(id="tabloid", text=TABLOID, published=dt.date(2026, 5, 6)),
                      Article(id="trade", text=TRADE, published=dt.date(2026, 5, 7))])
    box = TRADE.split("\n\n").index("Time of sinking: approx. 04:50 local time")
    told = TABLOID.split("\n\n").index("The ferry Arvena went down 31km north of Velmo port at around 4.15am "
                                       "on Tuesday.")
    assert any({("trade", box), ("tabloid", told)} <= {(m.source, m.index) for m in c.members}
               for c in report.claims), [[(m.source, m.index) for m in c.members] for c in report.claims]
