"""A noun in apposition with "one of" a bare figure names what the figure counts (invented text).

"The hostel on Harrow Street, one of three opened this winter" gives the
three no noun of its own, and "one of N" alone is a partition, not a count
(numbernouns._NOT_HEADS), so the figure was dropped while another outlet's
"three winter hostels" was read: the two outlets seemed not to share the
fact. The singular noun the appositive hangs on ("the hostel") is what
the figure counts, as the plural before "among the 312 closed" is.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-01-20"


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s", published=PUBLISHED))
    return [(m.raw, m.cues) for m in info.mentions if m.kind is Kind.NUMBER]


def test_a_figure_after_an_apposed_one_of_counts_the_noun() -> None:
    counts = _counts("The hostel on Harrow Street, one of three opened this winter, stays open until May.")
    assert any(raw == "three" and "hostel" in cues for raw, cues in counts), counts


def test_a_plain_partition_still_counts_nothing() -> None:
    counts = _counts("She finished one of three in the heat and went through to the final.")
    assert not any(raw == "three" for raw, _ in counts), counts


def test_the_apposed_count_agrees_with_another_outlets_count() -> None:
    arts = [
        Article.from_text("The council has opened three winter hostels for rough sleepers in Dunmore.",
                          id="s0", published=PUBLISHED),
        Article.from_text("The hostel on Harrow Street, one of three opened this winter for rough sleepers "
                          "in Dunmore, will stay open until May.", id="s1", published=PUBLISHED),
    ]
    facts = [f for f in compare(arts).facts if f.kind is Kind.NUMBER]
    assert any(f.status is Verdict.AGREE and {m.source for m in f.mentions} == {"s0", "s1"}
               and {m.raw for m in f.mentions} >= {"three"} for f in facts), facts
