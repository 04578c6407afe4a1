"""A timed duration and a plain one left beside a duration both passages share are rivals.

"31 minutes 20 seconds" is keyed apart from plain durations (compat.key_family), so a writer who gives
the same wait as "35 minutes" states it in another family; the shared target shows the two passages
time one wait (divergeleftover.timed_durations).
"""

from __future__ import annotations

from sourcediff import Article, compare

_A = ("Fire crews in Tresk Hollow took an average of 31 minutes 20 seconds to reach house fires in March, "
      "against a 15-minute goal, the Tresk Hollow fire authority said on Tuesday. "
      "The authority blamed staff shortages at its Orlan Street station.")


def _report(b: str):  # type: ignore[no-untyped-def]
    return compare([Article.from_text(_A, id="a", published="2026-04-08"),
                    Article.from_text(b, id="b", published="2026-04-09")])


def _fact_with(report, *raws: str):  # type: ignore[no-untyped-def]
    return [f for f in report.facts if {m.raw for m in f.mentions} >= set(raws)]


def test_a_plain_wait_beside_the_shared_goal_diverges_from_the_timed_one() -> None:
    report = _report("House fires in Tresk Hollow waited an average of 35 minutes for a crew in March, "
                     "more than twice the 15-minute goal, the fire authority said. "
                     "Staff shortages at the Orlan Street station were blamed.")
    rivals = _fact_with(report, "31 minutes 20 seconds", "35 minutes")
    assert len(rivals) == 1 and rivals[0].status.value == "diverge"


def test_the_wait_rounded_to_the_minute_agrees() -> None:
    report = _report("House fires in Tresk Hollow waited an average of 31 minutes for a crew in March, "
                     "more than twice the 15-minute goal, the fire authority said. "
                     "Staff shortages at the Orlan Street station were blamed.")
    assert not [f for f in report.facts if f.status.value == "diverge"]
