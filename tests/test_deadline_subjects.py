"""Two deadlines are rivals only when their sentences say what they are for in common words (divergeslots).

In a short story every deadline stands near every other, so a wire's
"stay off the moorland paths until Friday evening" met a weekly's "apply to
the relief scheme until 9 May" as one deadline misdated: a false alarm.
All text here is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

WIRE = ("Fire crews said the blaze on Harrowdown Moor was under control on Tuesday. "
        "The park authority urged walkers to stay off the moorland paths until Friday evening.")
WEEKLY = ("The Harrowdown Moor fire burned for two days before crews brought it under control. "
          "Farmers who lost grazing can apply to the county relief scheme until 9 May.")


def _date_verdicts(a: str, b: str) -> list[Verdict]:
    report = compare([Article.from_text(a, id="a", published="2027-04-20"),
                      Article.from_text(b, id="b", published="2027-04-24")])
    return [f.status for f in report.facts if f.kind in (Kind.DATE, Kind.TIME)
            and {m.source for m in f.mentions} == {"a", "b"}]


def test_deadlines_for_different_things_are_not_one_deadline_misdated() -> None:
    assert Verdict.DIVERGE not in _date_verdicts(WIRE, WEEKLY)


def test_one_deadline_given_two_days_still_diverges() -> None:
    weekly = ("The Harrowdown Moor fire burned for two days before crews brought it under control. "
              "Walkers have been told to keep off the moorland paths until Sunday.")
    assert Verdict.DIVERGE in _date_verdicts(WIRE, weekly)


def test_a_fact_box_deadline_naming_nothing_else_is_still_a_rival() -> None:
    box = "Harrowdown Moor fire\n\nDeadline: Sunday"
    assert Verdict.DIVERGE in _date_verdicts(WIRE, box)
