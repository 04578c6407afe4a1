"""The clock a warning, an order or a ban was lifted at is one named moment of the story (divergeevents.py).

"The flood warning was lifted at 4:10 p.m." and "the warning was not lifted
until 5.40pm, leaving residents ..." are worded too differently to align,
yet they time one moment: two sources' times for it diverge. Two
lifted things with nothing in common stay apart. All text here is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

WIRE = ("Heavy rain swelled the River Tamsey on Sunday and hundreds of residents of Orbury left their homes. "
        "The flood warning was lifted at 4:10 p.m. as the Tamsey fell.")


def _clock_verdicts(a: str, b: str) -> list[Verdict]:
    report = compare([Article.from_text(a, id="a", published="2027-06-07"),
                      Article.from_text(b, id="b", published="2027-06-09")])
    return [f.status for f in report.facts if f.kind is Kind.TIME
            and {m.source for m in f.mentions} == {"a", "b"}]


def test_two_times_for_the_lifting_of_one_warning_diverge() -> None:
    weekly = ("Orbury is drying out after Sunday's flooding. The warning was not lifted until 5.40pm, "
              "when the Tamsey at last dropped below its banks.")
    assert Verdict.DIVERGE in _clock_verdicts(WIRE, weekly)


def test_a_ban_lifted_on_another_matter_is_another_moment() -> None:
    other = ("Reservoirs in the hills near Westcombe are full again after a wet spring. "
             "Tessbridge Water said its hosepipe ban, in force since May, was withdrawn at 9.15am.")
    assert Verdict.DIVERGE not in _clock_verdicts(WIRE, other)
