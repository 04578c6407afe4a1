"""The verb of starting with its "on" makes a start day: "the levy will start on 1 May".

Outlets write when a change starts with "take effect on" or "from" as often
as with the plain verb: "the new fares start on 1 March", "enforcement will
begin on 4 May", "is due to commence on". Two sources' different such days,
in sentences naming the same thing, are rivals even where the sentences are
worded too differently to align.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergestarts import start_day
from sourcediff.extract import dates
from sourcediff.segment import segment


def _days(text: str) -> list[tuple[str, bool]]:
    article = Article.from_text(text, id="t", published="2026-05-14")
    return [(m.raw, start_day(text, m)) for m in dates.extract(article, segment(article))]


def test_start_verbs_make_a_start_day() -> None:
    assert ("1 March 2027", True) in _days("The new ferry fares will start on 1 March 2027.")
    assert ("May 4", True) in _days("Enforcement of the toll begins on May 4, officials said.")
    assert ("4 May", True) in _days("Work on the new pier is due to commence on 4 May.")


def test_a_day_after_another_verb_is_no_start_day() -> None:
    assert ("May 13", False) in _days("The toll committee met on May 13 in Holmfirth.")
    assert ("May 13", False) in _days("Tolling was debated on May 13 in Holmfirth.")


def test_rival_days_after_start_verbs_diverge() -> None:
    a = Article.from_text(
        "Holmfirth council on Wednesday approved a toll on the old bridge. "
        "Tolling will begin on 1 March 2027, subject to a final inspection. Cars will pay $2.",
        id="a", published="2026-05-14")
    b = Article.from_text(
        "Drivers will pay $2 to cross the old bridge after councillors backed a toll on Wednesday. "
        "The bridge toll is due to start on 1 April 2027, the council said.",
        id="b", published="2026-05-14")
    starts = [f for f in compare([a, b]).facts
              if {m.raw for m in f.mentions} >= {"1 March 2027", "1 April 2027"}]
    assert starts and starts[0].status.value == "diverge"
