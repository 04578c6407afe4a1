"""A past passive with "by"/"before" dates an event; it sets no deadline for another outlet to contradict."""

from __future__ import annotations

from sourcediff import Article, compare


def diverging(*texts: str, published: str = "2025-10-14") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def test_two_done_passives_about_different_events_do_not_diverge() -> None:
    assert diverging("The two remaining wolves were shut in their night pens by 06:30, the park said.",
                     "Households were warned by text before 9am to keep pets indoors.") == []


def test_a_done_passive_with_a_short_phrase_still_counts() -> None:
    assert diverging("Two roads were closed before 7am as the river rose.",
                     "Parents were texted before 9am about the closures.") == []


def test_an_order_with_an_infinitive_stays_a_deadline() -> None:
    assert len(diverging("Tenants were ordered to leave the building before 5 p.m. on Friday.",
                         "Tenants were ordered to leave the building before 7 p.m. on Friday.")) == 1


def test_a_plain_deadline_still_diverges() -> None:
    assert len(diverging("Bids must be lodged with the council by 5 p.m. on Friday.",
                         "The council set a deadline of 7 p.m. on Friday for bids.")) == 1
