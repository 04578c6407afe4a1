"""A count's parts by origin ("203 from the juries"), the margin between two counts ("56 behind", "trailing
by 56", "56 more than") and the idiom "nul points" are figures, read with the noun the sentence gave once."""

from __future__ import annotations

from sourcediff.extract.roles import MARGIN, PART
from sourcediff.model import Article, Kind
from sourcediff.pipeline import analyse


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article(id="a", text=text))
    return [(m.raw, m.cues) for m in info.mentions if m.kind is Kind.NUMBER]


def test_parts_given_by_origin_take_the_count_s_noun_and_are_parts() -> None:
    got = dict(_counts("The Greenfield choir won the regional cup with 312 points, taking 140 from "
                       "the judges and 172 from the audience vote."))
    assert got["312"] == ("point",)
    assert got["140"] == ("point", PART)
    assert got["172"] == ("point", PART)


def test_a_margin_is_its_own_figure_never_a_rival_of_either_count() -> None:
    got = _counts("Harbour Lane finished second on 268 points, 44 behind the winners.")
    assert ("268", ("point",)) in got and ("44", (MARGIN,)) in got
    more = _counts("The Greenfield choir scored 312 points, 44 more than Harbour Lane.")
    assert ("44", (MARGIN,)) in more
    trailing = _counts("She collected about 310 points, leaving the favourite trailing by 44.")
    assert ("44", (MARGIN,)) in trailing


def test_a_figure_after_a_margin_does_not_borrow_the_margin() -> None:
    got = dict(_counts("Harbour Lane finished second on 268 points, 44 behind, and Millbrook was third "
                       "with 201."))
    assert got["44"] == (MARGIN,)
    assert MARGIN not in got["201"] and "point" in got["201"]


def test_origins_and_margins_need_a_count_with_its_noun_in_the_clause() -> None:
    assert _counts("Officials said 140 from the northern district had registered.") == []
    assert _counts("The bus was 12 behind schedule. The firm was ahead by 3.") == []
    assert [raw for raw, _ in _counts("Prices rose from 12 to 14 this year.")] != ["12 from"]


def test_nul_points_is_a_score_of_zero() -> None:
    got = _counts("The Dunmore entry went home with the dreaded nul points.")
    assert got == [("nul points", ("point",))]
    assert _counts("Rovers finished bottom on nil points.") == [("nil points", ("point",))]
    assert _counts("They drew nil-nil at home.") == []
