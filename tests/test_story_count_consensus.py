""""Wards: 22" in a fact box against three outlets' "21 wards": a story-wide lone dissenter (invented text).

Three outlets tell a new hospital's size in one sentence; a trade outlet's
fact box splits it over lines, and its wards line sits apart from the
others' sentence (its first line, the cost, takes the claim). Each source
counts the wards once, three agree and one differs: a divergence, wherever
the box's line was aligned. Two values in one source, a hedged count or two
dissenters leave the noun alone; a source's smaller counts of the noun beside
the agreed one are its parts and leave it agreeing; small counts count too.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

PUBLISHED = "2027-05-12"

PROSE = [
    "The new Holmbrae hospital opened on Monday. The £410m building has {} wards and a helipad on the roof.",
    "Patients moved into Holmbrae's £410m hospital on Monday. Its {} wards replace three older sites.",
    "Holmbrae General, which cost £410m, admitted its first patients on Monday. The hospital has {} wards.",
]
BOX = ("Holmbrae General opens to patients\n\n"
       "The trust moved its first patients to the new building on Monday, on a site north of the town.\n\n"
       "Build cost: £410m, paid from the regional capital fund.\n\n"
       "Wards: {}, including a children's unit on the top floor.\n\n"
       "The old infirmary will be sold next year, the trust said.")


def _ward_facts(prose: list[str], box: str, lone: str = BOX) -> list[tuple[Verdict, set[str]]]:
    arts = [Article.from_text(t.format(v), id=f"s{n}", published=PUBLISHED)
            for n, (t, v) in enumerate(zip(PROSE, prose, strict=True))]
    arts.append(Article.from_text(lone.format(box), id="box", published=PUBLISHED))
    rep = compare(arts)
    return [(f.status, {m.source for m in f.mentions}) for f in rep.facts
            if f.kind is Kind.NUMBER and any("ward" in m.cues for m in f.mentions)]


def test_a_boxed_rival_count_diverges_from_the_agreed_one() -> None:
    facts = _ward_facts(["21", "21", "twenty-one"], "22")
    assert any(status is Verdict.DIVERGE and {"s0", "box"} <= sources for status, sources in facts), facts


def test_the_boxed_count_that_agrees_is_no_divergence() -> None:
    facts = _ward_facts(["21", "21", "twenty-one"], "21")
    assert all(status is not Verdict.DIVERGE for status, _ in facts), facts


def test_two_dissenters_leave_the_noun_alone() -> None:
    facts = _ward_facts(["21", "24", "twenty-one"], "22")
    assert not any(status is Verdict.DIVERGE and "box" in sources for status, sources in facts), facts


LONE = ("Holmbrae General opens to patients\n\n"
        "The trust moved its first patients to the new building on Monday, on a site north of the town.\n\n"
        "Build cost: £410m, paid from the regional capital fund.\n\n"
        "Its {} wards will open one by one over the summer, the trust said.\n\n"
        "The old infirmary will be sold next year.")


def test_a_small_count_worded_apart_diverges_too() -> None:
    """"Its seven wards" against three outlets' six: a small count, yet each source counts the wards once."""
    facts = _ward_facts(["six", "6", "six"], "seven", LONE)
    assert any(status is Verdict.DIVERGE and {"s0", "box"} <= sources for status, sources in facts), facts


def test_a_small_agreeing_count_is_no_divergence() -> None:
    facts = _ward_facts(["six", "6", "six"], "six", LONE)
    assert all(status is not Verdict.DIVERGE for status, _ in facts), facts


def test_a_sources_parts_of_the_agreed_count_leave_it_agreeing() -> None:
    """"21 wards: 12 for adults and 9 for children" still counts 21 wards; the box's 22 is the dissenter."""
    facts = _ward_facts(["21", "21", "21 wards: 12 adult wards and 9"], "22")
    assert any(status is Verdict.DIVERGE and {"s0", "box"} <= sources for status, sources in facts), facts


def test_a_source_counting_a_larger_second_set_leaves_the_noun_alone() -> None:
    """"21 wards now and 30 wards by 2030": the story counts two sets of wards, the box's 22 is no rival."""
    facts = _ward_facts(["21", "21", "21 wards now and 30 wards by 2030, and"], "22")
    assert not any(status is Verdict.DIVERGE and "box" in sources for status, sources in facts), facts


def test_the_dissenters_own_parts_leave_it_the_dissenter() -> None:
    """"Its seven wards ... two wards open first": the box's whole is seven, its two wards a part of them."""
    lone = LONE.replace("over the summer, the trust said.", "over the summer, two wards first.")
    facts = _ward_facts(["six", "6", "six"], "seven", lone)
    assert any(status is Verdict.DIVERGE and {"s0", "box"} <= sources for status, sources in facts), facts
