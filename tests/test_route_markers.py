"""Route markers ("kilometre 151", "km 151", "mile marker 23", "milepost 24") are one place on a route.

The unit stands before the figure, so the number scan read nothing and two
outlets' markers never met; a marker is read in a slot of its own per unit,
never as a length or a count (extract/markers.py).
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.markers import find
from sourcediff.pipeline import analyse


def figures(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-09-14"))
    return [(m.raw, m.slot) for m in info.mentions if m.kind.value == "number"]


def test_kilometre_and_mile_markers() -> None:
    assert figures("The lorry overturned near kilometre 62 of the A4 motorway on Monday.") == [
        ("kilometre 62", "number:marker:kilometer")]
    assert figures("The coach crashed at mile marker 23, a mile from milepost 24.") == [
        ("mile marker 23", "number:marker:mile"), ("milepost 24", "number:marker:mile")]
    assert figures("The barge stopped at km 151.5, the canal office said.") == [
        ("km 151.5", "number:marker:kilometer")]


def test_a_unit_after_its_own_figure_is_no_marker() -> None:
    assert find("She ran 5 km 10 times last week.") == ()
    assert find("Traffic was held 3 miles 20 minutes from the city.") == ()


def test_a_marker_is_no_length() -> None:
    got = figures("The tanker grounded at kilometre 151 of the 193-km canal.")
    assert ("kilometre 151", "number:marker:kilometer") in got
    assert ("193-km", "number:kilometer") in got


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-09-14") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if any(m.slot.startswith("number:marker:") for m in f.mentions)]


def test_two_outlets_markers_agree() -> None:
    got = _facts("The lorry overturned near kilometre 62 of the A4 motorway early on Monday, police said.",
                 "A lorry overturned at km 62 of the A4 early on Monday, police said.")
    assert got == [("agree", ["kilometre 62", "km 62"])]
