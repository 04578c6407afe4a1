""""Pocket nearly $4 million" beside three outlets' "$3.8 million": a hedged sum joins the figure it rounds.

Invented text. Three outlets give a lottery syndicate's prize to the tenth
of a million in sentences about the draw; a tabloid rounds it in a lede of
its own words ("scoop nearly $4 million"), which shares no word with theirs
beside the figure. The hedge says the figure is rounded, the story states
no other dollar sum near it, and three outlets agree on the one sum inside
its reach: one fact, agreed (loneround._alone_near). A second sum close to
the reach (a $4.3 million jackpot last spring) leaves the rounding alone, as
do a bare hedged count and a sum only two outlets agree on.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.loneround import _alone_near, _hedged_measure
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.values import ABOVE, APPROX, Money, Quantity

PUBLISHED = "2027-05-14"

PROSE = [
    "The Harlow Street syndicate of nine office cleaners shares a prize of $3.8 million from Saturday's "
    "draw, the lottery operator said{extra}.",
    "Nine cleaners from an office block on Harlow Street split $3.8 million after matching six numbers "
    "in the weekend draw, according to the operator{extra}.",
    "Saturday's draw produced a single winning ticket, held by a syndicate of nine cleaners, worth "
    "$3.8 million, the operator confirmed{extra}.",
]
EXTRA = ", the largest win since a {other} jackpot in March"
TABLOID = ("Mop and glory\n\n"
           "A GANG of cleaners are toasting their luck after they scooped nearly $4 million with a ticket "
           "bought on a whim.\n\n"
           "Team leader Dora Pike, 52, said: \u201cWe still can\u2019t believe it.\u201d")


def _prize_facts(other: str | None, outlets: int = 3) -> list[tuple[Verdict, set[str]]]:
    extra = EXTRA.format(other=other) if other else ""
    arts = [Article.from_text(t.format(extra=extra), id=f"s{n}", published=PUBLISHED)
            for n, t in enumerate(PROSE[:outlets])]
    arts.append(Article.from_text(TABLOID, id="tab", published=PUBLISHED))
    rep = compare(arts)
    return [(f.status, {m.source for m in f.mentions}) for f in rep.facts
            if f.kind is Kind.MONEY
            and any(isinstance(m.value, Money) and m.value.amount in (3800000, 4000000) for m in f.mentions)]


def test_a_hedged_sum_joins_the_one_agreed_sum_it_rounds() -> None:
    facts = _prize_facts(None)
    assert any(status is Verdict.AGREE and {"s0", "s1", "s2", "tab"} <= sources
               for status, sources in facts), facts


def test_a_sum_just_outside_the_reach_leaves_the_rounding_alone() -> None:
    facts = _prize_facts("$4.3 million")
    assert any(status is Verdict.UNIQUE and sources == {"tab"} for status, sources in facts), facts


def test_a_far_sum_does_not_stop_the_join() -> None:
    facts = _prize_facts("$9.1 million")
    assert any(status is Verdict.AGREE and {"s0", "tab"} <= sources for status, sources in facts), facts


def test_two_agreeing_outlets_are_not_enough_without_shared_words() -> None:
    facts = _prize_facts(None, outlets=2)
    assert any(status is Verdict.UNIQUE and sources == {"tab"} for status, sources in facts), facts


def _mention(raw: str, value: Money | Quantity, kind: Kind) -> Mention:
    slot = "money" if kind is Kind.MONEY else "percent"
    return Mention(kind, "s", 0, Span(0, len(raw)), raw, value, slot=slot)


def test_only_a_hedged_sum_percent_or_measure_counts() -> None:
    nearly = Money("USD", Decimal(4000000), qualifier=APPROX, near=True)
    assert _hedged_measure(_mention("nearly $4 million", nearly, Kind.MONEY))
    assert _hedged_measure(_mention("more than 58 per cent", Quantity(Decimal(58), "%", ABOVE), Kind.PERCENT))
    assert not _hedged_measure(_mention("$4 million", Money("USD", Decimal(4000000)), Kind.MONEY))
    assert not _hedged_measure(_mention("more than 2,000", Quantity(Decimal(2000), None, ABOVE), Kind.NUMBER))


def test_alone_near_reads_the_reach_widened_by_its_width() -> None:
    span = ("money:USD", Decimal(3000000), Decimal(4000000))
    own = {0, 1}
    assert _alone_near(span, {"money:USD": [(Decimal(3800000), 1), (Decimal(9100000), 2)]}, own)
    assert not _alone_near(span, {"money:USD": [(Decimal(3800000), 1), (Decimal(4300000), 2)]}, own)
    assert _alone_near(span, {"money:EUR": [(Decimal(3500000), 2)]}, own)
