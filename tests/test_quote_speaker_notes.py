"""A quotation two outlets give to two different people says who, in its notes (invented text).

The judge tells the people apart with the names the stories give as persons
(ctx.people), and finds the divergence; the description read the speakers
with no such names, took any two for one, and said only "differs" with the
same words on both sides, which leaves an editor guessing what differs.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

WIRE = Article.from_text(
    "The new ferry terminal at Caskmoor opened on Monday after two years of work.\n\n"
    '"The queues on the first morning tell you the demand was always there," said Imelda Fairbrook, '
    "who chairs the Caskmoor Harbour Users Group.\n\n"
    "Harbour master Desmond Ogilvane said the terminal would handle eight sailings a day.",
    id="wire", published="2027-05-04")
PAPER = Article.from_text(
    "Caskmoor's ferry terminal opened on Monday after two years of building work.\n\n"
    "Harbour master Desmond Ogilvane said the terminal was already busy. "
    '"The queues on the first morning tell you the demand was always there," he said.\n\n'
    "Imelda Fairbrook, who chairs the Caskmoor Harbour Users Group, welcomed the opening.",
    id="paper", published="2027-05-05")


def test_the_two_speakers_are_named() -> None:
    quotes = [f for f in compare([WIRE, PAPER]).facts
              if f.kind is Kind.QUOTE and "demand was always there" in f.summary]
    assert len(quotes) == 1 and quotes[0].status is Verdict.DIVERGE
    notes = " ".join(quotes[0].notes)
    assert "attributed to" in notes and "Fairbrook" in notes and "Ogilvane" in notes
