"""A state's last day ("until 14 June") and a day reached right after it ("by 15 June") are two steps.

Why: both are read as deadlines (deadlines.py), and two deadlines about one
thing were rivals when their days differed: "the ferry line will run extra
sailings until 14 June" against "its timetable will be back to normal by
15 June" was a false divergence, though what lasts through the 14th gives
way on the 15th. Days further apart, or a "by" day before the "until" day,
still disagree.
"""

from __future__ import annotations

from sourcediff import Article, compare


def diverging(*texts: str, published: str = "2026-06-10") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


HEAD = "Harbour storm damage\n\n"


def test_an_until_day_and_the_next_by_day_agree() -> None:
    assert diverging(
        HEAD + "Corran Ferries, which cancelled 42 sailings, will run extra sailings until 14 June.",
        HEAD + "Corran Ferries, which cancelled 42 sailings, said its timetable would be back to normal by "
               "15 June.") == []


def test_an_until_day_and_a_later_by_day_still_diverge() -> None:
    assert len(diverging(
        HEAD + "Corran Ferries, which cancelled 42 sailings, will run extra sailings until 14 June.",
        HEAD + "Corran Ferries, which cancelled 42 sailings, said its timetable would be back to normal by "
               "19 June.")) == 1
