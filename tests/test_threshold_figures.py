"""A figure that is a condition's threshold ("once fares exceed $90", "if inflation tops 4%") is no value.

"Airlines say flying becomes unprofitable once fares exceed $90" names the
point where something would change, not what fares are: against three
sources' "a return ticket will cost $64" it is no rival, while a source that
states another fare still diverges.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.thresholds import THRESHOLD, threshold_cue

FARE_A = ("Under the new timetable, a return ticket for the longest crossing, on the Dunmore route, "
          "will cost about $64, up from $58.")
FARE_B = ("The rise will add roughly $6 to the price of a return ticket on the longest crossing, "
          "taking it to about $64.")
FARE_C = "The longest crossings will now cost about $64 for a return ticket on the Dunmore route."


def diverging(*texts: str) -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-05-02") for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def _cue(text: str, figure: str) -> tuple[str, ...]:
    return threshold_cue(text, text.index(figure))


def test_condition_thresholds_are_marked() -> None:
    toll = "Drivers switch to the bridge once tolls exceed about $12 a trip."
    assert _cue(toll, "about $12") == (THRESHOLD,)
    assert _cue("The bank will act if inflation tops 4% this winter.", "4%") == (THRESHOLD,)
    assert _cue("Should the price rise above $90, the plant would close.", "$90") == (THRESHOLD,)
    takings = "Unless takings fall below 2 million euros, the fair stays open."
    assert _cue(takings, "2 million") == (THRESHOLD,)


def test_stated_values_are_not_thresholds() -> None:
    assert _cue("Tolls exceed $12 a trip on the bridge.", "$12") == ()
    assert _cue("If approved, the fee will rise to $12 a trip.", "$12") == ()
    assert _cue("Once the dearest in the region, tolls fell. Fees exceeded $12 last year.", "$12") == ()


def test_threshold_in_a_condition_is_no_rival_of_the_fare() -> None:
    threshold = ("At today's fuel prices, operators reckon the coastal road becomes cheaper than the ferry "
                 "for the longest crossings once return tickets exceed about $90 per ticket.")
    assert diverging(FARE_A, FARE_B, FARE_C, threshold) == []


def test_another_fare_still_diverges() -> None:
    other = "The longest crossings will now cost about $90 for a return ticket on the Dunmore route."
    assert diverging(FARE_A, FARE_B, FARE_C, other) == ["about $64 (s0, s1, s2) vs about $90 (s3)"]


def test_extracted_sums_and_rates_carry_the_cue() -> None:
    text = ("The mill will close if energy costs top 4% of sales, or once losses exceed about $2 million. "
            "Costs are 3% of sales and losses were $1 million.")
    other = "The mill's losses were $1 million."
    report = compare([Article.from_text(text, id="s0", published="2025-05-02"),
                      Article.from_text(other, id="s1", published="2025-05-02")])
    cued = {m.raw: THRESHOLD in m.cues for f in report.facts for m in f.mentions}
    assert cued.get("4%") is True and cued.get("about $2 million") is True
    assert cued.get("3%") is False and cued.get("$1 million") is False
