"""A count whose noun follows a compound joined by an en dash: "24 niobium–tin magnets".

Typeset science and trade copy joins the parts of a compound modifier with
an en dash ("lead–acid batteries", "copper–nickel coins"). The noun reader
after a figure took only hyphens, stopped at the dash, found no noun and
dropped the count, so the same count in a paper's plain words found no
partner.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.cues) for m in info.mentions if m.slot == "number:count"]


def test_en_dash_compound_before_the_noun() -> None:
    assert counts("The depot keeps 36 lead–acid batteries in reserve.") == [("36", ("battery",))]
    assert counts("The depot keeps three dozen lead–acid backup batteries.") == [
        ("three dozen", ("battery",))]


def test_hyphen_compound_still_read() -> None:
    assert counts("The depot keeps 36 lead-acid batteries in reserve.") == [("36", ("battery",))]


def test_a_spaced_dash_is_no_compound() -> None:
    assert ("36", ("battery",)) not in counts("The depot keeps 36 – batteries are scarce – in reserve.")


def test_the_count_meets_a_plain_spelling() -> None:
    paper = "The Marrow Street depot keeps 36 spare batteries for its trams, the operator said on Monday."
    trade = ("The operator said on Monday that the Marrow Street depot keeps 36 lead–acid batteries "
             "for its trams.")
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04")
                for n, t in enumerate((paper, trade))]
    got = [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
           if f.kind.value == "number"]
    assert ("agree", frozenset({"s0", "s1"})) in got
