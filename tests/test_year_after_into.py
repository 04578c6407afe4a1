"""A year after "into": "costs will stay high into 2028" (invented text).

"Into" names the year a state lasts into, as "until 2028" does; the date
patterns left it out, so a wire's "expected costs to stay high into 2028"
stated no date at all. A count after "into" ("cut into 2000 pieces") stays
no date: the same clause guard as "until at least".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse


def dates(text: str) -> list[str]:
    ms = analyse(Article.from_text(text, id="x", published="2027-03-09")).mentions
    return [m.raw for m in ms if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "year"), [
    ("The miller said it expected flour costs to stay high into 2028.", "2028"),
    ("Repairs on the viaduct dragged on well into 2026, the council said.", "2026"),
    ("Ticket sales are forecast to stay weak into 2029 and beyond.", "2029"),
])
def test_the_year_is_read(text: str, year: str) -> None:
    assert year in dates(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("The bakers cut the giant cake into 2000 pieces for the fair.", "2000"),
    ("The sum was split into 2500 grants for small firms.", "2500"),
])
def test_a_count_after_into_stays_no_date(text: str, figure: str) -> None:
    assert figure not in dates(text)
