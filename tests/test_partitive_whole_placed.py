"""'Of the 310 boats in the county's fleet, 140 sail from Harwick': a part whose noun the whole names.

A sentence that opens on a whole ("Of the 310 boats") often places it before
the comma ("in the county's fleet", "registered in the region"). The part
after the comma names no noun, so it was read only when the whole took at
most three words; a longer whole left the part no count at all.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.cues) for m in info.mentions if m.slot == "number:count"]


def test_a_placed_whole_lends_its_noun_to_the_part() -> None:
    assert ("140", ("boat", "part")) in counts(
        "Of the 310 boats in the county's fleet, 140 sail from Harwick.")
    assert ("140", ("vessel", "part")) in counts(
        "Of the 2,340 vessels registered in the region, 140 sail from Harwick and 95 from Lenby.")


def test_a_short_whole_still_works() -> None:
    assert ("140", ("boat", "part")) in counts("Of the 310 boats, 140 sail from Harwick.")
    assert ("six", ("role:injured", "part")) in counts("Of the 31 injured, six were in a critical condition.")


def test_a_clause_break_before_the_comma_is_no_whole() -> None:
    # a full stop between the count and the figure ends the whole's reach
    assert ("140", ("boat", "part")) not in counts(
        "Of the 310 boats most are old. In March, 140 were inspected by the port authority.")
