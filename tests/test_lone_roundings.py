""""Nearly 40% of households" beside three outlets' exact 37.6%: a lone rounding joins the agreed fact.

Invented text. Three outlets give a recycling scheme's sign-up rate to the
tenth; a tabloid rounds it ("nearly 40% of households") in a sentence of its
own the aligner seats with none of theirs. The rounding names the same
households and reaches the exact figure, and no other figure of the story
lies within its reach: one fact, agreed. A second agreed figure within the
reach (the plastics rate at 36.2%) leaves the rounding alone: which one it
rounds is not its to say; out of reach (52.3%) it does not.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.loneround import _exact_figures, _facts_within, _within, reach
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, Quantity

PUBLISHED = "2027-03-04"

PROSE = [
    ("Brenholt council said on Tuesday that its food waste scheme had won over {rate} of households in "
     "its first year. The council spent £2.4m on bins and two new lorries.{extra}"),
    ("Brenholt's food waste collection reached {rate} of households by the end of its first year, "
     "council figures show. Bins and lorries cost £2.4m.{extra}"),
    ("A year after it began, Brenholt's food waste scheme covers {rate} of households, the council "
     "said. It paid £2.4m for bins and two lorries.{extra}"),
]
EXTRA = " Its plastics recycling rate stood at {other} last year."
TABLOID = ("Bin bonanza for Brenholt\n\n"
           "Council leader Ivy Marrow was beaming last night as nearly 40% of households "
           "signed up for the caddies her team handed out on every doorstep.\n\n"
           "The rollout cost £2.4m.")


def _rate_facts(other: str | None) -> list[tuple[Verdict, set[str]]]:
    extra = EXTRA.format(other=other) if other else ""
    rates = ["37.6%", "37.6 per cent", "37.6 percent"]
    arts = [Article.from_text(t.format(rate=r, extra=extra), id=f"s{n}", published=PUBLISHED)
            for n, (t, r) in enumerate(zip(PROSE, rates, strict=True))]
    arts.append(Article.from_text(TABLOID, id="tab", published=PUBLISHED))
    rep = compare(arts)
    return [(f.status, {m.source for m in f.mentions}) for f in rep.facts
            if f.kind is Kind.PERCENT and any(isinstance(m.value, Quantity) and m.value.amount in (40, 37.6)
                                              for m in f.mentions)]


def test_a_lone_rounding_joins_the_exact_figure_it_rounds() -> None:
    facts = _rate_facts(None)
    assert any(status is Verdict.AGREE and {"s0", "s1", "s2", "tab"} <= sources
               for status, sources in facts), facts


def test_a_second_figure_out_of_reach_does_not_stop_the_join() -> None:
    facts = _rate_facts("52.3%")
    assert any(status is Verdict.AGREE and {"s0", "tab"} <= sources for status, sources in facts), facts


def test_a_second_figure_within_reach_leaves_the_rounding_alone() -> None:
    facts = _rate_facts("36.2%")
    assert any(status is Verdict.UNIQUE and sources == {"tab"} for status, sources in facts), facts


def _mention(raw: str, amount: str, unit: str | None, qualifier: str | None, kind: Kind = Kind.NUMBER,
             near: bool = False) -> Mention:
    value = Quantity(Decimal(amount), unit=unit, qualifier=qualifier, near=near)
    slot = "percent" if kind is Kind.PERCENT else "number:count"
    return Mention(kind, "s", 0, Span(0, len(raw)), raw, value, slot=slot)


def test_the_reach_of_each_hedge() -> None:
    near = reach(_mention("nearly 40%", "40", "%", APPROX, Kind.PERCENT, near=True))
    assert near is not None and near[1:] == (Decimal(30), Decimal(40))
    above = reach(_mention("more than 2,000", "2000", None, ABOVE))
    assert above is not None and above[1:] == (Decimal(2000), Decimal(3000))
    about = reach(_mention("about 1,200", "1200", None, APPROX))
    assert about is not None and about[1:] == (Decimal(1150), Decimal(1250))


def test_a_bare_count_or_a_time_round_only_by_its_value_has_no_reach() -> None:
    assert reach(_mention("20", "20", None, None)) is None  # "20" beside 19: maybe a count of its own
    assert reach(_mention("2:06:40", "7600", "second", None)) is None  # ends in zeros only in seconds
    assert reach(_mention("78%", "78", "%", None, Kind.PERCENT)) is not None


def test_the_index_of_exact_figures_finds_the_facts_a_scan_of_every_mention_finds() -> None:
    """`_facts_within` (one index by kind and unit) answers as reading each fact's mentions with `_within`.

    The facts hold figures inside the reach, on its open ends, equal to the
    rounding's own figure, hedged, of another unit, and a fact with two
    figures within: each fact is found once, in order, never the rounding's own.
    """
    lone = _mention("more than 2,000", "2000", None, ABOVE)
    span = reach(lone)
    assert span is not None
    exact = [("2,150", "2150", None, None), ("2,000", "2000", None, None), ("3,000", "3000", None, None),
             ("about 2,400", "2400", None, APPROX), ("2,150 km", "2150", "km", None),
             ("2,999", "2999", None, None), ("2,001", "2001", None, None)]
    groups = [[lone]] + [[_mention(*row)] for row in exact] + [[_mention(*exact[0]), _mention(*exact[5])]]
    facts: list[Judged] = [(g, Verdict.AGREE, None, None) for g in groups]
    scanned = [k for k, (group, *_rest) in enumerate(facts)
               if k != 0 and any(_within(span, m, lone) for m in group)]
    assert _facts_within(span, lone, _exact_figures(facts), 0) == scanned == [1, 6, 7, 8]
