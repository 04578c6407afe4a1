"""A count given year by year after one verb of change (invented text).

"Noise complaints have risen each year, from 150 in 2021 to 190 in 2022 and
260 in 2023" writes the noun once, before the verb, and every figure bare
with its year: read alone each figure counted nothing and was dropped, so
another outlet's "260 noise complaints last year" had no partner, and an
outlet's "from 150 in 2021 to 290 in 2023" was never seen to differ. Each
figure is one year's count of the clause's noun, no update of the one
before, and is weighed against the other outlets' counts of that year.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import compare
from sourcediff.extract import extract
from sourcediff.extract.updates import update_side
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article(id="x", text=text, published=dt.date(2024, 3, 1))
    return [(m.raw, m.cues) for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]


def test_each_figure_of_a_series_counts_the_clause_noun() -> None:
    text = ("Records held by Brelford council show complaints about late-night bars in the old town have "
            "risen each year, from 150 in 2021 to 190 in 2022 and 260 in 2023.")
    assert _counts(text) == [("150", ("complaint",)), ("190", ("complaint",)), ("260", ("complaint",))]


def test_the_number_of_names_the_counted_noun() -> None:
    text = "The number of burglaries in Oskett fell from 410 in 2020 to 355 in 2023, the force said."
    assert _counts(text) == [("410", ("burglary",)), ("355", ("burglary",))]


def test_series_figures_carry_no_update_cue() -> None:
    text = "The number of burglaries in Oskett fell from 410 in 2020 to 355 in 2023, the force said."
    article = Article(id="x", text=text, published=dt.date(2024, 3, 1))
    figures = [m for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]
    assert figures and all(update_side(m) is None for m in figures)


def test_a_series_with_no_plural_noun_and_a_change_without_years_are_left() -> None:
    assert _counts("The old mill rose from 40 in 2020 to 75 in 2023, its owner said.") == []
    assert _counts("Complaints rose from 190 to 260.") == []


LEAD = ("Brelford council will review its licensing rules for late-night bars after a rise in complaints "
        "from residents of the old town, the council's licensing chair Orla Venkman said.")


def _articles(d_line: str) -> list[Article]:
    a = (f"{LEAD}\n\nCouncil records show complaints about late-night bars in the old town rose from 150 in "
         "2021 to 260 in 2023.\n\nThe review will start in April.")
    b = (f"{LEAD}\n\nThe council received 260 complaints about late-night bars in the old town in 2023, "
         "its records show.\n\nBar owners say the rules are already strict.")
    c = (f"{LEAD}\n\nComplaints about late-night bars in the old town have risen from 150 in 2021 to 260 in "
         "2023, council records show.\n\nA public meeting is planned.")
    d = f"{LEAD}\n\n{d_line}\n\nResidents have asked for earlier closing times."
    texts = zip("abcd", (a, b, c, d), strict=True)
    return [Article.from_text(t, id=k, published="2024-03-01") for k, t in texts]


def _year_facts(d_line: str) -> list[dict[str, object]]:
    facts = compare(_articles(d_line)).to_dict()["facts"]
    return [f for f in facts if f["kind"] == "number"
            and any(m["text"] in ("150", "260", "290") for m in f["mentions"])]


def test_a_rival_figure_for_one_year_of_a_series_diverges() -> None:
    line = ("Council records show complaints about late-night bars in the old town climbed from 150 in 2021 "
            "to 290 in 2023.")
    facts = _year_facts(line)
    rival = [f for f in facts if any(m["text"] == "290" for m in f["mentions"])]
    assert len(rival) == 1 and rival[0]["status"] == "diverge", facts
    earlier = [f for f in facts if any(m["text"] == "150" for m in f["mentions"])]
    assert len(earlier) == 1 and earlier[0]["status"] == "agree", facts


def test_the_same_series_agrees() -> None:
    line = ("Council records show complaints about late-night bars in the old town climbed from 150 in 2021 "
            "to 260 in 2023.")
    facts = _year_facts(line)
    assert facts and all(f["status"] == "agree" for f in facts), facts
