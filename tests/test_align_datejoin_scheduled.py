"""A day to come that each source names once, in its own words, makes a claim (align/datejoin.py).

Invented articles about a depot plan: a wire dated Tuesday the 3rd says the
committee "will decide on March 12", a paper dated the 4th that a ruling "is
set for 12 March", a weekly dated Sunday the 8th that councillors "meet next
Thursday"; the sentences share no content word and none is a deadline. And
the guard: a day already past, each lead's only mention of it, stays alone.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.align.datejoin import join_dates
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse

WIRE = ("Residents of Harnley packed a hall to oppose a lorry depot beside the primary school. "
        "The planning committee will decide on March 12, a spokesman for Orvane District Council said.")
PAPER = ("Parents have gathered 2,300 signatures against the Fellgate haulage yard. "
         "A ruling is set for 12 March.")
WEEKLY = ("The haulier behind the scheme says it would bring 140 jobs to the valley. "
          "Councillors meet next Thursday to vote.")
DATES = {"s0": "2026-03-03", "s1": "2026-03-04", "s2": "2026-03-08"}


def _sources(*texts: str) -> list[SourceInfo]:
    return [analyse(Article.from_text(t, id=f"s{n}", published=DATES[f"s{n}"])) for n, t in enumerate(texts)]


def _joined(*texts: str) -> list[list[tuple[str, int]]]:
    sources = _sources(*texts)
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    return [[keys[n] for n in claim] for claim in join_dates([], sources, keys)]


SCHEDULED = [("s0", 1), ("s1", 1), ("s2", 1)]


def test_three_sources_giving_one_coming_day_once_each_share_a_claim() -> None:
    report = compare([Article.from_text(t, id=f"s{n}", published=DATES[f"s{n}"])
                      for n, t in enumerate((WIRE, PAPER, WEEKLY))])
    assert any(set(SCHEDULED) <= {(m.source, m.index) for m in c.members} for c in report.claims)


def test_the_step_adds_the_claim_of_the_coming_day() -> None:
    assert _joined(WIRE, PAPER, WEEKLY) == [SCHEDULED]


def test_two_sources_make_no_claim() -> None:
    assert _joined(WIRE, PAPER) == []


def test_a_past_day_named_once_by_three_leads_stays_alone() -> None:
    wire = ("Orvane District Council approved a lorry depot in Harnley on March 2 after a four-hour meeting. "
            "Residents say they will appeal.")
    paper = ("Councillors backed the Fellgate haulage yard on 2 March despite 2,300 objections. "
             "The school's head teacher called it a betrayal.")
    weekly = ("The valley's depot was voted through last Monday, the haulier said. "
              "It promises 140 jobs.")
    assert _joined(wire, paper, weekly) == []


def test_a_day_named_on_the_day_it_happens_is_no_day_to_come() -> None:
    weekly = ("The haulier behind the scheme says it would bring 140 jobs to the valley. "
              "Councillors meet on 8 March to vote.")
    assert _joined(WIRE, PAPER, weekly) == []


def test_a_source_naming_the_coming_day_twice_makes_no_claim() -> None:
    twice = WEEKLY + " A protest outside the town hall is also planned for 12 March."
    assert _joined(WIRE, PAPER, twice) == []


def test_a_fourth_source_written_after_the_day_joins_the_three_that_named_it_ahead() -> None:
    after = ("Orvane's councillors threw out the Harnley lorry depot on 12 March by nine votes to four. "
             "The haulier may appeal.")
    sources = [*_sources(WIRE, PAPER, WEEKLY),
               analyse(Article.from_text(after, id="s3", published="2026-03-14"))]
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    assert [[keys[n] for n in c] for c in join_dates([], sources, keys)] == [[*SCHEDULED, ("s3", 0)]]


def test_two_sources_ahead_and_one_after_make_no_claim() -> None:
    after = ("Orvane's councillors threw out the Harnley lorry depot on 12 March by nine votes to four. "
             "The haulier may appeal.")
    sources = [*_sources(WIRE, PAPER), analyse(Article.from_text(after, id="s2", published="2026-03-14"))]
    keys = [(p.source, p.index) for s in sources for p in s.passages]
    assert join_dates([], sources, keys) == []
