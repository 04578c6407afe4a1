"""Canada's and Alaska's clocks written out ("1:40 a.m. Atlantic time") are zones, not local times."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.times import zone_name


def _time_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=k, published="2027-01-12")
                for k, t in zip("abc", texts, strict=False)]
    return [(f.status.value, [m.raw for m in f.mentions]) for f in compare(articles).facts
            if f.kind.value == "time"]


@pytest.mark.parametrize(("word", "zone"), [
    ("Atlantic time", "America/Halifax"),
    ("Atlantic Standard Time", "America/Halifax"),
    ("Newfoundland time", "America/St_Johns"),
    ("Alaska Daylight Time", "America/Anchorage"),
])
def test_written_out_zones_name_their_clock(word: str, zone: str) -> None:
    assert zone_name(word) == zone


def test_an_atlantic_clock_agrees_with_the_same_instant_in_gmt() -> None:
    facts = _time_facts(
        "The ferry Northern Tern docked in Portland at 05:40 GMT on Tuesday, the operator said.",
        "The ferry Northern Tern docked in Portland at 1:40 a.m. Atlantic time on Tuesday, "
        "the operator said.",
        "The ferry Northern Tern docked in Portland at 2:10 a.m. Newfoundland Standard Time on Tuesday, "
        "the operator said.")
    assert facts == [("agree", ["05:40 GMT", "1:40 a.m. Atlantic time",
                                "2:10 a.m. Newfoundland Standard Time"])]


def test_an_atlantic_clock_an_hour_off_diverges() -> None:
    facts = _time_facts(
        "The ferry Northern Tern docked in Portland at 05:40 GMT on Tuesday, the operator said.",
        "The ferry Northern Tern docked in Portland at 2:40 a.m. Atlantic time on Tuesday, "
        "the operator said.")
    assert [status for status, _ in facts] == ["diverge"]


def test_the_ocean_alone_is_no_zone() -> None:
    facts = _time_facts("The crew sighted land at 6:15 a.m. as the Atlantic calmed, the skipper said.")
    assert [raw for _, raws in facts for raw in raws] == ["6:15 a.m."]
