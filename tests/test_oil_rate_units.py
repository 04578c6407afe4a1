"""The oil trade's rate of output, "bpd", "b/d", "bbl/d", and a cut written "fewer barrels a day".

Energy wires and trade outlets write "450,000 bpd" or "2.1 million b/d"
where a general paper writes "450,000 barrels a day". Read as bare counts,
the trade's figures never met the paper's rate, and a count with no unit
could meet any other figure of the same size. A tabloid's "pump 2.1 million
fewer barrels a day" is the same rate of cut as "a cut of 2.1 million b/d",
the way "more" already was.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def measures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.slot) for m in info.mentions
            if m.slot.startswith("number:") and not m.slot.endswith(":count")]


def test_bpd_is_barrels_a_day() -> None:
    assert measures("Norvask will trim its output by 450,000 bpd from July.") == [
        ("450,000 bpd", "number:barrel per day")]
    assert measures("The terminal loads about 320,000 BPD of light crude.") == [
        ("about 320,000 BPD", "number:barrel per day")]


def test_slashed_rates_are_barrels_a_day() -> None:
    assert measures("Group output fell to 27.5 million b/d in April.") == [
        ("27.5 million b/d", "number:barrel per day")]
    assert measures("Exports rose by 0.3 million bbl/d on the month.") == [
        ("0.3 million bbl/d", "number:barrel per day")]


def test_fewer_between_the_figure_and_its_unit() -> None:
    assert measures("Members will pump 2.1 million fewer barrels a day from July.") == [
        ("2.1 million fewer barrels a day", "number:barrel per day")]


def test_a_barrel_count_stays_a_count_of_barrels() -> None:
    assert measures("Stocks rose by 4.4 million barrels last week.") == [
        ("4.4 million barrels", "number:barrel")]


def _facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "number"]


def test_the_trades_rate_meets_the_papers_words() -> None:
    wire = ("The Tessaly Crude Forum agreed on Saturday to cut output by 2.1 million bpd, with Norvask "
            "trimming 450,000 bpd of it, the forum said after its meeting in Orvel.")
    paper = ("Producers in the Tessaly Crude Forum will pump 2.1 million fewer barrels a day, and Norvask "
             "will pump 450,000 barrels a day less, the forum said after its meeting in Orvel on Saturday.")
    trade = ("The Tessaly Crude Forum agreed a 2.1 million b/d cut on Saturday, Norvask taking 450,000 bbl/d "
             "of it, the forum said after its meeting in Orvel.")
    got = _facts(wire, paper, trade)
    assert got.count(("agree", frozenset({"s0", "s1", "s2"}))) == 2


def test_another_rate_in_the_trades_unit_does_not_agree() -> None:
    paper = "Norvask will pump 450,000 barrels a day less from July, the forum said after its meeting."
    trade = "Norvask will cut 0.55 million b/d from July, the forum said after its meeting."
    assert ("agree", frozenset({"s0", "s1"})) not in _facts(paper, trade)
