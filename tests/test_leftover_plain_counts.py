"""Two aligned passages sharing one count: the one plain count left in each, close in size, are rivals."""

from __future__ import annotations

from sourcediff import Article, compare


def _report(a: str, b: str):  # type: ignore[no-untyped-def]
    return compare([Article.from_text(a, id="a", published="2026-06-03"),
                    Article.from_text(b, id="b", published="2026-06-03")])


def test_counts_far_apart_are_no_rivals() -> None:
    report = _report(
        "The Vellmoor library lent about 164,000 books in 2019 and lends 118,000 a year now, staff said.",
        "Vellmoor library loans were 164k in 2019 and 181,000 in the latest year, staff said.")
    rivals = [f for f in report.facts if {m.raw for m in f.mentions} >= {"118,000", "181,000"}]
    assert rivals == []  # 118,000 and 181,000 are too far apart to be one figure misread


def test_a_close_count_beside_a_shared_one_diverges() -> None:
    report = _report(
        "The Vellmoor library lent about 164,000 books in 2019 and lends 127,000 a year now, staff said.",
        "Vellmoor library loans were 164k in 2019 and 122,000 in the latest year, staff said.")
    rivals = [f for f in report.facts if {m.raw for m in f.mentions} >= {"127,000", "122,000"}]
    assert len(rivals) == 1 and rivals[0].status.value == "diverge"


def test_the_same_counts_agree() -> None:
    report = _report(
        "The Vellmoor library lent about 164,000 books in 2019 and lends 127,000 a year now, staff said.",
        "Vellmoor library loans were 164k in 2019 and 127,000 in the latest year, staff said.")
    assert not [f for f in report.facts if f.status.value == "diverge"]


def test_a_close_measure_diverges_when_one_passage_lists_one_more() -> None:
    """A wire lists a third town's depth the tabloid leaves out: the close leftover pair is the rival."""
    report = _report(
        "The weather office said 27 centimetres of snow fell on Orrinby, with 15 centimetres in Dunmere "
        "and 9 centimetres in Caskill.",
        "Orrinby was buried under 29cm of the white stuff, while Dunmere got 15cm.")
    rivals = [f for f in report.facts if {m.raw for m in f.mentions} >= {"27 centimetres", "29cm"}]
    assert len(rivals) == 1 and rivals[0].status.value == "diverge"
