"""Two days of one step against a first and "a second" day, beside the day the dates were announced.

"Will walk out on 3 March and 6 March, the union said on Monday" against
"will walk out on Wednesday, with a second on Sunday, March 7": the
shared 3rd pairs off and leaves two days (the 6th and the Monday) against
one, so the leftover rule found no single rival, and the dissenting 7th
stayed a unique fact. A step keeps its place against the shared day (the
announcement came before it, both second walkouts after), and a bare list
or "a second" between two days names no other step. Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

_FIRST = ("Lifeguards at Tarnholt's beaches will walk out on 3 March and 6 March in a row over "
          "staffing, the Coastal Workers' Guild said on Monday. About 140 lifeguards voted.")
_SECOND = ("Tarnholt lifeguards will strike on Wednesday 3 March and Saturday 6 March, the guild "
           "announced yesterday, after about 140 members voted in a staffing dispute.")


def _third(second: str) -> str:
    return ("Tarnholt beach strike: what we know. The Coastal Workers' Guild said lifeguards at Tarnholt's "
            f"beaches will walk out on Wednesday, with a second on {second}, in a row over staffing. "
            "The guild announced the dates on Monday.")


def _date_facts(second: str) -> list[tuple[Verdict, set[str]]]:
    arts = [Article.from_text(_FIRST, id="s0", published="2027-02-22"),
            Article.from_text(_SECOND, id="s1", published="2027-02-23"),
            Article.from_text(_third(second), id="s2", published="2027-02-28")]
    return [(f.status, {m.raw for m in f.mentions}) for f in compare(arts).facts if f.kind is Kind.DATE]


def test_rival_second_day_diverges() -> None:
    facts = _date_facts("Sunday, March 7")
    assert any(status is Verdict.DIVERGE and {"6 March", "Sunday, March 7"} <= raws
               for status, raws in facts), facts


def test_same_second_day_agrees() -> None:
    facts = _date_facts("Saturday, March 6")
    assert not any(status is Verdict.DIVERGE for status, _ in facts), facts


def _one_sentence(second: str) -> str:
    return ("Lifeguards at Tarnholt's beaches will walk out first on Wednesday, with a second on "
            f"{second}, in a row over staffing, the Coastal Workers' Guild said on Monday. "
            "About 140 lifeguards voted.")


def test_rival_second_day_between_two_shared_days_diverges() -> None:
    """The announcement's Monday in both sentences: each second day lies between the two shared days."""
    arts = [Article.from_text(_FIRST, id="s0", published="2027-02-22"),
            Article.from_text(_SECOND, id="s1", published="2027-02-23"),
            Article.from_text(_one_sentence("Sunday, March 7"), id="s2", published="2027-02-28")]
    facts = [(f.status, {m.raw for m in f.mentions}) for f in compare(arts).facts if f.kind is Kind.DATE]
    assert any(status is Verdict.DIVERGE and {"6 March", "Sunday, March 7"} <= raws
               for status, raws in facts), facts
