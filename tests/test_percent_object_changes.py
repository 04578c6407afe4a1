"""A percent a verb of change moves its object by, or one compared with "more/fewer ... than", is a change.

"Output rose 6%" was read as a change of output, but "the trial lifted output by
6%" and "helped 14,300 families, 38% more than the winter before" as levels, so
one outlet's change and another's telling of the very same change were kept apart
as two subjects, and the story's one agreed figure was cut in two facts
(`numberpercents._change_before`, `patterns.PCT_OBJECT_CHANGE_BEFORE`,
`patterns.PCT_CHANGE_AFTER`). Invented texts throughout.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _percent_cues(text: str) -> dict[str, tuple[str, ...]]:
    info = analyse(Article.from_text(text, id="s", published="2027-03-09"))
    return {m.raw: m.cues for m in info.mentions if m.kind is Kind.PERCENT}


@pytest.mark.parametrize(("text", "raw"), [
    ("The pilot scheme lifted output by 6% and cut absences by 41%, the firm said.", "6%"),
    ("The pilot scheme lifted output by 6% and cut absences by 41%, the firm said.", "41%"),
    ("The new rota boosted its weekly sales by 12 per cent, the chain said.", "12 per cent"),
    ("Bakery chain's rota lifts sales 12% in first quarter", "12%"),
    ("Ticket prices were cut by 8% from Monday.", "8%"),
    ("The food bank helped 9,400 households, 27% more than the winter before.", "27%"),
    ("The clinic saw 14 per cent fewer patients than in 2025.", "14 per cent"),
])
def test_a_moved_object_or_a_comparison_is_a_change(text: str, raw: str) -> None:
    cues = _percent_cues(text)
    assert CHANGE in cues.get(raw, ()), cues


@pytest.mark.parametrize(("text", "raw"), [
    ("The mill cut 41% of its jobs in the spring.", "41%"),  # a share of the jobs, no object moved
    ("The fund raised its stake to 26.5% on Friday.", "26.5%"),  # the level it reached
    ("Employers will raise pay for 62% of staff this year.", "62%"),  # a share of the staff
    ("The charity raised 40% of the money from local donors.", "40%"),
])
def test_a_share_or_a_level_after_the_same_verbs_stays_a_level(text: str, raw: str) -> None:
    cues = _percent_cues(text)
    assert raw in cues and CHANGE not in cues[raw], cues
