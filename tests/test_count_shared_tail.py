"""Two counts followed by the same words count one thing: "18 miners on the night shift" (invented text).

A passage that gives a single count had no second figure to show that two
outlets list the same things, so "one of the 19 miners on the night shift"
never met "18 miners on the night shift" and the different figures were
each a detail of one outlet. The count's noun and the two words after it,
written alike, now say as much.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import pytest

from sourcediff import Article, compare, divergecontext
from sourcediff.divergecontext import _tail
from sourcediff.evidence import Evidence
from sourcediff.model import Mention, Verdict
from sourcediff.pipeline import analyse

WIRE = ("A roof fall at the Carrow Deep colliery near Elstow trapped miners on Thursday, the owner said.\n\n"
        "There are 18 miners on the night shift: nine Polish, 6 Czech and three Slovak contract workers "
        "employed by Varnholt.\n\n"
        "Rescue teams reached a ventilation shaft on Thursday evening, the owner said.")
PAPER = ("Families gathered at the Carrow Deep colliery in Elstow after a roof fall on Thursday.\n\n"
         "Piotr Zawada, 44, is one of the 19 miners on the night shift, his wife said.\n\n"
         "Rescue teams reached a ventilation shaft on Thursday evening.")


def _facts(paper: str) -> list[tuple[Verdict, set[str]]]:
    report = compare([Article.from_text(WIRE, id="a", published="2027-01-15"),
                      Article.from_text(paper, id="b", published="2027-01-15")])
    return [(f.status, {m.raw for m in f.mentions}) for f in report.facts]


def test_the_same_words_after_two_counts_make_them_one_divergent_fact() -> None:
    assert (Verdict.DIVERGE, {"18", "19"}) in _facts(PAPER)


def test_the_same_count_so_written_agrees() -> None:
    assert (Verdict.AGREE, {"18"}) in _facts(PAPER.replace("19 miners", "18 miners"))


def test_the_tail_stops_at_a_figure_and_at_the_sentence_end() -> None:
    text = "Vance finished with 16 points and nine rebounds. Ollie had 7 assists."
    found = {m.raw: m for m in analyse(Article.from_text(text)).mentions}
    assert _tail(text, found["16"]) == ("points", "and")
    assert _tail(text, found["7"]) == ("assists",)


def _claim_count_pairs_found(monkeypatch: pytest.MonkeyPatch) -> set[frozenset[str]]:
    """The pairs the claim-count rule itself offers, by their figures (other rules may find them too)."""
    diverge = importlib.import_module("sourcediff.diverge")
    found: set[frozenset[str]] = set()
    rule = diverge._claim_count_pairs

    def spy(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
        pairs: list[tuple[int, int]] = rule(ms, ctx)
        found.update(frozenset({ms[i].raw, ms[j].raw}) for i, j in pairs)
        return pairs

    monkeypatch.setattr(diverge, "_claim_count_pairs", spy)
    _facts(PAPER)
    return found


def test_the_claim_count_rule_takes_the_shared_tail_as_its_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert frozenset({"18", "19"}) in _claim_count_pairs_found(monkeypatch)


def test_without_the_shared_tail_the_rule_has_no_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(divergecontext, "_shared_tail", lambda *_: False)
    assert frozenset({"18", "19"}) not in _claim_count_pairs_found(monkeypatch)
