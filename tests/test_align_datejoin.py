"""A deadline day each source gives once, in its own words, makes a claim (align/datejoin.py).

Invented articles about a harbour closure: a wire dated the 2nd quotes the
port "until Friday", a paper dated the 5th (a Friday) writes "by today", a
weekly dated the 9th "by 5 June"; the sentences share no content word. And
the near-misses the step leaves alone.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.align.datejoin import join_dates
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

WIRE = ("The Grelling harbour master shut the outer basin to shipping after a crane barge sank there. "
        "\"Divers are clearing the wreck, and we hope to have traffic moving again "
        "until Friday at the latest,\" said Olwen Tarrick.")
PAPER = ("Fishing crews at Grelling have been idle all week. "
         "The port office said boats should be able to sail by today.")
WEEKLY = ("Marine insurers are weighing the claim from the barge owner. "
          "Grelling's port authority expects its quays to be back in normal use by 5 June.")
DATES = {"s0": "2026-06-02", "s1": "2026-06-05", "s2": "2026-06-09"}


def _sources(*texts: str) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published=DATES[f"s{n}"])) for n, t in enumerate(texts)]


def _joined(*texts: str) -> list[list[tuple[str, int]]]:
    sources = _sources(*texts)
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    return [[keys[n] for n in claim] for claim in join_dates([], sources, keys)]


def _deadline_passages(texts: tuple[str, ...]) -> list[tuple[str, int]]:
    """(source, passage) of the one passage per source that names the 5th."""
    return [(f"s{n}", 1) for n in range(len(texts))]


def test_three_sources_giving_one_deadline_day_once_each_share_a_claim() -> None:
    report = compare([Article.from_text(t, id=f"s{n}", published=DATES[f"s{n}"])
                      for n, t in enumerate((WIRE, PAPER, WEEKLY))])
    want = set(_deadline_passages((WIRE, PAPER, WEEKLY)))
    assert any(want <= {(m.source, m.index) for m in c.members} for c in report.claims)


def test_the_step_adds_the_claim_of_the_deadline_day() -> None:
    assert _joined(WIRE, PAPER, WEEKLY) == [_deadline_passages((WIRE, PAPER, WEEKLY))]


def test_two_sources_make_no_claim() -> None:
    assert _joined(WIRE, PAPER) == []


def test_a_day_named_once_but_not_as_a_deadline_makes_no_claim() -> None:
    on_day = ("Marine insurers are weighing the claim from the barge owner. "
              "Grelling's port authority reopened its quays on 5 June.")
    assert _joined(WIRE, PAPER, on_day) == []


def test_a_source_naming_the_day_twice_makes_no_claim() -> None:
    twice = WEEKLY + " A memorial for the crew lost in 1987 is planned for 5 June."
    assert _joined(WIRE, PAPER, twice) == []


def test_a_claim_already_holding_the_passages_is_enough() -> None:
    sources = _sources(WIRE, PAPER, WEEKLY)
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    held = [[keys.index(k) for k in _deadline_passages((WIRE, PAPER, WEEKLY))]]
    assert join_dates([list(c) for c in held], sources, keys) == held
