"""The seat split's conflict test fits figures as the judge does: a hedge or a bound is no rival figure.

"More than two million heaters" and "2.1 million heaters" state one count;
"more than 450 flights" and "412 flights" do not.
"""

from __future__ import annotations

from sourcediff.align.clusterfigures import counted_keys, figure_keys, figures_conflict
from sourcediff.align.features import passage_doc
from sourcediff.extract import extract
from sourcediff.model import Article
from sourcediff.segment import segment

HEATERS = "number:number:count:heater"


def keys(*pairs: tuple[str, str | None]) -> frozenset[str]:
    values = {k for k, _ in pairs}
    return figure_keys(values, [(k, q) for k, q in pairs if q])


def test_a_bound_under_the_figure_does_not_conflict() -> None:
    assert not figures_conflict(keys((f"{HEATERS}=2E+6", "above")), keys((f"{HEATERS}=2.1E+6", None)))


def test_a_bound_the_figure_breaks_still_conflicts() -> None:
    # figure_keys drops a precise count's noun; the counted keys keep it (secondseat reads both).
    flights = "number:number:count:flight"
    bound = counted_keys({f"{flights}=4.5E+2"}, [(f"{flights}=4.5E+2", "above")])
    assert figures_conflict(bound, counted_keys({f"{flights}=412"}))
    assert not figures_conflict(bound, counted_keys({f"{flights}=463"}))


def test_a_hedged_round_figure_fits_within_its_reach() -> None:
    assert not figures_conflict(keys((f"{HEATERS}=3E+5", "approx")), keys((f"{HEATERS}=3.1E+5", None)))
    assert figures_conflict(keys((f"{HEATERS}=3E+5", "approx")), keys((f"{HEATERS}=4.2E+5", None)))


def test_a_rounded_figure_fits_the_exact_one_it_rounds() -> None:
    # "$4.5 billion" is "$4.52 billion" rounded, as compat reads it.
    assert not figures_conflict(keys(("money:USD=4.5E+9", None)), keys(("money:USD=4.52E+9", None)))
    assert figures_conflict(keys(("money:USD=4.5E+9", None)), keys(("money:USD=4.8E+9", None)))


def test_plain_keys_and_clocks_compare_as_before() -> None:
    assert figures_conflict(frozenset({"time:clock=23:15"}), frozenset({"time:clock=22:15"}))
    assert not figures_conflict(frozenset({"time:clock=23:15"}), frozenset({"time:clock=23:15"}))
    assert figures_conflict(frozenset({f"{HEATERS}=2E+6"}), frozenset({f"{HEATERS}=2.1E+6"}))


def doc_of(text: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    article = Article.from_text(text, id="s", published="2026-02-03")
    passages = segment(article)
    doc = passage_doc(passages[0], extract(article, passages), 0.0)
    return doc.values, doc.qualified


def test_a_passage_doc_records_its_hedged_figures() -> None:
    values, qualified = doc_of("More than two million heaters were recalled after the fires.")
    assert qualified and {q for _, q in qualified} == {"above"}
    assert {k for k, _ in qualified} <= values
    assert counted_keys(values, qualified).qualifiers


def test_a_key_stated_plainly_once_is_plain() -> None:
    _, qualified = doc_of("About 400 heaters failed; 400 heaters were returned.")
    assert not qualified
