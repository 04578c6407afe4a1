"""A verb after "and" is a second predicate's, no tense cue for the date that ends the first (invented text).

A wire dated 8 December wrote that a judge "adjourned the case for
sentencing on Dec. 18 and remanded" the defendant: the date's own clause
had no cue in reach, so the words after it were read, and "remanded" sent
the coming hearing to the December before; the article's other yearless
December (its dateline) followed it there.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("text", [
    "The magistrate referred the case to the crown court for trial on Oct. 9 and released Ms Orwin on bail.",
    "Judge Pelham Strand listed the appeal for a hearing on Oct. 9 and refused the request for bail.",
    "The tribunal set aside its hearing until Oct. 9 but ordered the club to pay costs.",
])
def test_a_coordinated_past_verb_does_not_send_a_coming_date_back(text: str) -> None:
    # Published 2026-09-30: 9 October is nine days ahead; the one before is a year back.
    assert _days(text, "2026-09-30")["Oct. 9"] == "2026-10-09"


def test_a_date_that_opens_its_clause_still_takes_the_verb_after_it() -> None:
    # The date opens the clause: the verb after it is its own, and a past one looks back.
    text = "On Oct. 9 police searched the warehouse on Dock Row."
    assert _days(text, "2026-09-30")["Oct. 9"] == "2025-10-09"


def test_a_past_verb_before_the_date_still_looks_back() -> None:
    text = "Police were called to the warehouse on Oct. 9 and found the door forced."
    assert _days(text, "2026-09-30")["Oct. 9"] == "2025-10-09"
