"""A part whose whole is restated without its noun ("21 of the 30 had returned"): restatedwholes.py."""

from __future__ import annotations

from sourcediff.extract import extract
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text(text)
    return [(text[m.span.start:m.span.end], m.cues) for m in extract(article, segment(article))
            if m.kind is Kind.NUMBER and m.slot == "number:count"]


def test_part_of_whole_restated_from_the_sentence_before() -> None:
    counts = _counts("Nine of the 30 pupils were sent home on Monday. By Friday, 21 of the 30 had returned.")
    assert ("21", ("pupil",)) in counts
    assert counts.count(("30", ("pupil",))) == 2


def test_part_of_a_restated_role_count_is_a_part() -> None:
    counts = _counts("Police said 11 fans were injured. Four of the 11 were kept in overnight.")
    four = [cues for raw, cues in counts if raw == "Four"]
    assert four and "part" in four[0] and any(c.startswith("role:") for c in four[0])


def test_whole_of_another_value_is_not_restated() -> None:
    counts = _counts("Nine of the 30 pupils were sent home on Monday. By Friday, 21 of the 25 had returned.")
    assert not any(raw in ("21", "25") for raw, _ in counts)


def test_money_before_is_no_count_to_restate() -> None:
    counts = _counts("The charity raised 30 dollars on Monday. By Friday, 21 of the 30 had been spent.")
    assert not any(raw in ("21", "30") for raw, _ in counts)
