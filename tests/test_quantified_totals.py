"""A total with no noun after it sums a noun "every", "each" or "all" named before it: "– 23 in all".

"The board closed every cable car on the ridge – 11 in all" counts cable
cars, but no noun follows the figure and no count before it lends one
(numbercontext._total_of_count reads "12 schools, 40 in all"): the figure
counted nothing and was dropped, and the outlet giving the sum this way
stated nothing another's "all 11 cable cars" could meet or a rival's "13
cable cars" contradict (extract/quantifiedtotals.py, invented text).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

PUBLISHED = "2027-03-04"


def _counts(text: str) -> dict[Decimal, tuple[str, ...]]:
    ms = analyse(Article.from_text("Ridge closures\n\n" + text, id="x", published=PUBLISHED)).mentions
    return {m.value.amount: m.cues for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:count" and isinstance(m.value, Quantity)}


@pytest.mark.parametrize(("text", "amount", "noun"), [
    ("Last night the board shut every gondola of the same make across the valley \u2013 11 in all.",
     Decimal(11), "gondola"),
    ("Wardens locked each hut on the northern trail, nine altogether, after the storm.", Decimal(9), "hut"),
    ("Inspectors checked all the ferries on the loch, 14 in total.", Decimal(14), "ferry"),
    ("The firm will close all of its depots - 40 in all - by June.", Decimal(40), "depot"),
])
def test_the_total_counts_the_quantified_noun(text: str, amount: Decimal, noun: str) -> None:
    found = _counts(text)
    assert found.get(amount) == (noun,), found


@pytest.mark.parametrize("text", [
    # The quantifier is in another sentence: the noun is not this figure's.
    "The board shut every gondola in the valley. Officials said 11 in all.",
    # "every day" names a span, not a set the figure sums.
    "Rain fell every day of the festival, 11 in all.",
    # A noun after the total word: the figure counts it ("11 in all were shut" keeps its own reading).
    "The board shut every gondola, and 11 in all lifts stood idle.",
])
def test_no_quantified_noun_is_borrowed_across_a_sentence_or_from_a_span(text: str) -> None:
    assert _counts(text).get(Decimal(11)) != ("gondola",)
    assert _counts(text).get(Decimal(11)) != ("day",)


WIRE = ("Ridge Transit closed all 11 Kestrel gondolas on Tuesday after a cabin slipped on its cable near "
        "Brantholm. Nobody was hurt, the operator said.")
TRADE = ("Ridge Transit has withdrawn all 11 of its Kestrel gondolas pending checks, after a cabin slipped "
         "on the Brantholm line on Tuesday.")
TABLOID = ("Holidaymakers were left stranded yesterday as bosses at Ridge Transit shut every gondola of the "
           "same make across the valley \u2013 11 in all.")
LOCAL = ("The Brantholm gondola was among 13 gondolas Ridge Transit closed on Tuesday after a cabin slipped "
         "on its cable.")


def test_the_total_makes_the_third_agreeing_source_against_a_rival() -> None:
    """Read as a count of gondolas, the tabloid's sum is the third outlet of 11: the local 13 is its rival."""
    texts = {"wire": WIRE, "trade": TRADE, "tabloid": TABLOID, "local": LOCAL}
    report = compare([Article.from_text(t, id=k, published=PUBLISHED) for k, t in texts.items()])
    facts = [(f.status, sorted(m.source for m in f.mentions)) for f in report.facts
             if any(m.raw in ("11", "13") for m in f.mentions)]
    sides = [(status, sorted(set(sources))) for status, sources in facts]
    assert ("diverge", ["local", "tabloid", "trade", "wire"]) in sides, facts
