"""A gapped clause's bare figure counts the noun of the clause before: "and the tanker 19."

News writes a pair of counts with the verb and noun left out of the second
clause: "The trawler had 12 crew and the ferry 31.", "Rovers had 14 shots
and United 9." The second figure was dropped as counting nothing, so an
outlet writing "31 from the ferry" had nothing to agree with. Only a
figure that ends its clause right after a short subject is read this way;
a preposition, a verb of state, a month or a hedge before it keeps it out.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-12"))
    return [m.raw for m in info.mentions if m.slot == "number:count"]


def test_gapped_subject_takes_the_count() -> None:
    assert counts("The trawler Marra Quill had 12 crew on board and the ferry 31.") == ["12", "31"]
    assert counts("Rovers had 14 shots and Dellport United 9.") == ["14", "9"]
    assert counts("The north ward has 40 beds, while the south ward 28; both are full.") == ["40", "28"]


def test_gapped_count_keeps_the_noun() -> None:
    info = analyse(Article.from_text("The trawler had 12 crew on board and the ferry 31.", id="s0",
                                     published="2026-05-12"))
    cues = {m.raw: m.cues for m in info.mentions if m.slot == "number:count"}
    assert cues["31"] == cues["12"] and cues["12"]


def test_not_a_gapped_clause() -> None:
    assert counts("The first twin was born at 22 weeks and the other on June 19.") == []
    assert counts("The bank shut 22 branches in 2023 and the tally was 19.") == ["22"]
    assert counts("The bank shut 22 branches and about 19.") == ["22"]
    assert counts("He had 22 stitches and his brother 19 when they came home.") == ["22"]
