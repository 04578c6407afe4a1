"""A source's vague period does not hide another source's different day (factverdicts._vague_beside_day).

Three outlets give an application deadline as 20 March; a fourth says 12
May. The trade paper, which says "applications close on 20 March", also says
a review is "due in the second quarter", and a weak pair of sentences put
that quarter beside the fourth outlet's 12 May, which it holds. The two
groups then shared the trade paper, and a divergence joins only groups of
different sources: 12 May stayed an agreeing fact with the quarter, and the
planted divergence was lost. A source that states one day in one group and
only a period in the other is on the side of its day; the period leaves the
divergence as a fact of its own.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.factclusters import _Clusters
from sourcediff.factverdicts import _groups, _vague_beside_day
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import DateValue

WIRE = ("OSTRAVEN, March 2 (Tallis News) - The Ostraven arts council opened its new studio grant on "
        "Tuesday, worth up to 8,000 euros per artist.\n\nApplications must arrive by March 20, 2027.")
TRADE = ("The Ostraven arts council has opened its studio grant, worth up to EUR8,000 for each artist.\n\n"
         "Applications close on 20 March 2027.\n\nSeparately, a review of the council's funding rules is "
         "due in the second quarter of 2027, officials said.")
TABLOID = "Artists can grab up to 8,000 euros under a new grant unveiled yesterday. Apply by March 20."
LOCAL = ("Ostraven artists can now apply for the council's studio grant of up to 8,000 euros.\n\n"
         "Applications are due by {day}.")


def _date_facts(day: str) -> list[tuple[str, frozenset[str]]]:
    texts = [("2027-03-02", WIRE), ("2027-03-03", TRADE), ("2027-03-03", TABLOID),
             ("2027-03-02", LOCAL.format(day=day))]
    articles = [Article.from_text(t, id=f"s{n}", published=d) for n, (d, t) in enumerate(texts)]
    return [(f.status.value, frozenset(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.DATE]


def test_a_different_day_diverges_and_the_quarter_stands_apart() -> None:
    facts = _date_facts("May 12, 2027")
    assert any(status == "diverge" and {"20 March 2027", "May 12, 2027"} <= raws for status, raws in facts)
    assert not any("second quarter of 2027" in raws and len(raws) > 1 for _, raws in facts)


def test_groups_join_across_a_source_whose_quarter_sat_with_the_other_day() -> None:
    """The weak pairing itself: the quarter already clustered with the other outlet's day."""
    mar20, may12 = dt.date(2027, 3, 20), dt.date(2027, 5, 12)
    ms = [_date("wire", mar20, mar20), _date("trade", mar20, mar20),
          _date("trade", dt.date(2027, 4, 1), dt.date(2027, 6, 30)), _date("local", may12, may12)]
    cl = _Clusters(ms)
    cl.merge(0, 1)
    cl.merge(2, 3)
    groups = _groups(ms, cl, [(0, 3)])
    assert ([0, 1, 3], True) in groups
    assert ([2], False) in groups


def test_the_same_day_written_another_way_agrees() -> None:
    assert not any(status == "diverge" for status, _ in _date_facts("March 20, 2027"))


def _date(source: str, start: dt.date, end: dt.date) -> Mention:
    return Mention(kind=Kind.DATE, source=source, passage=0, span=Span(0, 1), raw="x",
                   value=DateValue(start, end, "day" if start == end else "month"))


def test_only_a_period_beside_its_own_day_is_set_apart() -> None:
    mar20, may12 = dt.date(2027, 3, 20), dt.date(2027, 5, 12)
    quarter = _date("c", dt.date(2027, 4, 1), dt.date(2027, 6, 30))
    ms = [_date("a", mar20, mar20), _date("c", mar20, mar20), quarter, _date("d", may12, may12)]
    assert _vague_beside_day(ms, [0, 1], [2, 3], {"c"}) == [2]
    # the shared source states one day on both sides: it contradicts itself, nothing is set apart
    ms[2] = _date("c", may12, may12)
    assert _vague_beside_day(ms, [0, 1], [2, 3], {"c"}) == []
