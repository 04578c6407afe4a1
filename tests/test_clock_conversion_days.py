"""A clock and its parenthesised conversion with the day named on either side are one mention (times.py).

Wire copy sets a local clock and its UTC reading on their own days, which
differ across midnight: "at 5:12 a.m. local time on Thursday (2012 GMT on
Wednesday)". Read as two clocks, the story learns no local offset
(localclock.py) and another outlet's bare local clock can never meet its
UTC one. A timeline line may go on in lower case after its stamp's dash.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.localclock import bridged
from sourcediff.pipeline import analyse
from sourcediff.values import ClockTime


def _clocks(*texts: str) -> dict[tuple[str, str], ClockTime]:
    """Each clock mention's (source, raw text) -> its value as the judge compares it."""
    ms = [m for n, t in enumerate(texts)
          for m in analyse(Article.from_text(t, id=f"s{n}", published="2026-03-05")).mentions]
    return {(m.source, m.raw): m.value for m in bridged(ms) if isinstance(m.value, ClockTime)}


def test_a_local_clock_and_its_gmt_reading_on_named_days_are_one_conversion() -> None:
    wire = "The ferry Tallow Rose ran aground at 5:12 a.m. local time on Thursday (2012 GMT on Wednesday)."
    clocks = _clocks(wire)
    (raw, value), = clocks.items()
    assert raw[1].endswith("(2012 GMT on Wednesday)")
    assert (value.hour, value.minute, value.utc) == (5, 12, 20 * 60 + 12)


def test_a_utc_clock_on_a_date_with_its_local_reading_is_one_conversion() -> None:
    site = "Grounding time: 20:12 UTC on 4 March (05:12 local time on 5 March)."
    ((_, value),) = _clocks(site).items()
    assert (value.hour, value.minute, value.utc) == (5, 12, 20 * 60 + 12)


def test_the_conversion_lends_its_offset_to_the_same_source_s_bare_clocks() -> None:
    wire = ("The ferry ran aground at 5:12 a.m. local time on Thursday (2012 GMT on Wednesday). "
            "Tugs pulled it free at 9:40 a.m.")
    trade = "The vessel was refloated at 00:40 UTC."
    clocks = _clocks(wire, trade)
    assert clocks[("s0", "9:40 a.m.")].utc == 40


def test_a_timeline_stamp_followed_by_lower_case_words_is_read() -> None:
    site = ("Timeline:\n\n06:55 – harbour closed to shipping.\n\n"
            "10:05 – ferries suspended for the day.\n\n14:20 – harbour reopened.")
    raws = {raw for _, raw in _clocks(site)}
    assert "10:05" in raws


def test_a_clock_with_a_day_and_no_zone_in_brackets_is_no_conversion() -> None:
    wire = "The council meets at 10:30 a.m. on Friday (the day after the vote)."
    ((_, value),) = _clocks(wire).items()
    assert value.utc is None
