"""A passage's one year still to come, beside a year gone by, is weighed by the claim's consensus (invented).

Three outlets say the Marrowby tunnel will not open until 2031 or before
2031; a fourth writes "approved in 2019 for 4.2 billion crowns, the
Marrowby tunnel will not open before 2032". Its passage states two years,
so the consensus, which weighs a passage's one value of a family, left it
out, and the rival 2032 stayed a detail only one outlet had. The year gone
by dates the plan's history; the one to come is the passage's target. A
negated "before" ("will not open before 2032") names that target as a
negated "until" does, no bound of a span. Two years both still to come
("work starts in 2028 and the tunnel opens in 2032") stay two values.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.diverge import _one_coming_year
from sourcediff.model import Mention, Span
from sourcediff.values import DateValue

_A = ("HARLOW BAY, May 4 - The Marrowby rail tunnel under the estuary will not open before 2031, the "
      "national roads agency said on Monday. The agency blamed flooding at the northern portal.")
_B = ("The Marrowby rail tunnel will not carry a single train until 2031, the roads agency said yesterday, "
      "after flooding at the northern portal.")
_C = ("Officials said the Marrowby rail tunnel under the estuary would not open until 2031 because of "
      "flooding at the northern portal.")
_D = ("Approved in 2019 for 4.2 billion crowns, the Marrowby rail tunnel under the estuary will not open "
      "before 2032, the roads agency said, blaming flooding at the northern portal.")


def _article(i: str, text: str, day: str) -> Article:
    return Article.from_text(text, id=i, published=day)


def test_the_rival_target_year_diverges() -> None:
    report = compare([_article("a", _A, "2026-05-04"), _article("b", _B, "2026-05-05"),
                      _article("c", _C, "2026-05-05"), _article("d", _D, "2026-05-06")])
    years = [f for f in report.facts if f.kind is Kind.DATE
             and {m.raw for m in f.mentions} >= {"2031", "2032"}]
    assert years and years[0].status is Verdict.DIVERGE


def _year(raw: str, at: int) -> Mention:
    y = int(raw)
    return Mention(kind=Kind.DATE, source="x", passage=0, span=Span(at, at + 4), raw=raw,
                   value=DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), "year"))


def test_two_coming_years_stay_two_values() -> None:
    ms = [_year("2028", 10), _year("2032", 40)]
    assert _one_coming_year(ms, [0, 1], {"x": dt.date(2026, 5, 6)}) == [0, 1]


def test_one_coming_year_beside_one_gone_by() -> None:
    ms = [_year("2019", 10), _year("2032", 40)]
    assert _one_coming_year(ms, [0, 1], {"x": dt.date(2026, 5, 6)}) == [1]
