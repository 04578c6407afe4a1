"""A lone percentage of a substance joins the agreed grams of it per 100 grams (invented text).

Three outlets give a snack code's fat limit as grams per 100 grams, in
three spellings; a tabloid writes it as a share, "no more than 3 per cent
fat". A percentage and a mass sit in different slot families, so the
tabloid's figure was its own detail and the limit a fact it did not state
(lonepercentmass). A different share, or a share of another substance,
stays apart.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Report

WIRE = ("Snack code sets fat limit\n\n"
        "Crackers sold in Orravale will be allowed no more than 3 grams of fat per 100 grams "
        "from next spring, the Orravale snack board said on Tuesday.")
TRADE = ("Orravale snack board confirms cracker ceiling\n\n"
         "Crackers: 3g fat/100g, the Orravale snack board said on Tuesday in its new code.")
LOCAL = ("Bakers weigh new cracker rules\n\n"
         "Crackers made in Orravale must hold no more than 3g of fat per 100g under the snack board's code.")


def _report(tabloid_line: str) -> Report:
    tabloid = "CRACKER CRACKDOWN\n\nPen-pushers at the snack board ruled " + tabloid_line
    texts = [WIRE, TRADE, LOCAL, tabloid]
    return compare([Article.from_text(t, id=f"s{i}", published="2027-04-14") for i, t in enumerate(texts)])


def _holding(report: Report, raw: str) -> list[tuple[str, set[str]]]:
    return [(f.status.value, {m.source for m in f.mentions}) for f in report.facts
            if raw in {m.raw for m in f.mentions}]


def test_the_share_joins_the_grams_per_hundred() -> None:
    report = _report("that your crackers may contain no more than 3 per cent fat.")
    assert _holding(report, "no more than 3 per cent") == [("agree", {"s0", "s1", "s2", "s3"})], [
        (f.status.value, [m.raw for m in f.mentions]) for f in report.facts]


def test_another_share_stays_apart() -> None:
    report = _report("that your crackers may contain no more than 4 per cent fat.")
    assert _holding(report, "no more than 4 per cent") == [("unique", {"s3"})]


def test_a_share_of_another_substance_stays_apart() -> None:
    report = _report("that your crackers may contain no more than 3 per cent salt.")
    assert _holding(report, "no more than 3 per cent") == [("unique", {"s3"})]
