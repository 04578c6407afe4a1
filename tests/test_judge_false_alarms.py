"""Rules that keep real multi-outlet stories free of false alarms, each with a true divergence beside it."""

from __future__ import annotations

from sourcediff import Article, compare


def diverging(*texts: str, published: str = "2024-03-08") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def test_hedged_clock_times_within_half_an_hour_agree() -> None:
    assert diverging("The warehouse fire broke out on the roof at about 2045 GMT on Friday.",
                     "The warehouse fire broke out on the roof at 8.49pm on Friday.",
                     "The warehouse fire broke out on the roof shortly before 9pm on Friday.") == []


def test_unhedged_clock_times_still_diverge() -> None:
    assert len(diverging("The warehouse fire broke out on the roof at 8.49pm on Friday.",
                         "The warehouse fire broke out on the roof at 9.19pm on Friday.")) == 1


def test_hedged_clock_times_far_apart_diverge() -> None:
    assert len(diverging("The warehouse fire broke out on the roof at about 8pm on Friday.",
                         "The warehouse fire broke out on the roof at 10.30pm on Friday.")) == 1


def test_times_that_date_events_are_not_deadlines() -> None:
    assert diverging("The suspect was arrested shortly before midnight near the station.",
                     "The jury read its verdict shortly before noon on Tuesday.",
                     "The blaze was extinguished by 7 a.m., officials said.",
                     "By noon, smoke still rose from the ruins of the depot.") == []


def test_a_deadline_still_diverges() -> None:
    assert len(diverging("Tenants must leave the building by 5 p.m. on Friday, the council said.",
                         "The council gave residents a deadline of 7 p.m. on Friday to go.")) == 1


def test_currency_conversions_never_diverge() -> None:
    assert diverging("Ministers agreed a 110 billion euro ($143 billion) rescue package on Sunday.",
                     "Ministers agreed a 110 billion euro ($158 billion) rescue package on Sunday.") == []


def test_night_takes_in_the_evening() -> None:
    assert diverging("The gunman opened fire at the depot on Thursday evening, police said.",
                     "The gunman opened fire at the depot on Thursday night, police said.") == []


def test_afternoon_and_evening_still_diverge() -> None:
    assert len(diverging("The gunman opened fire at the depot on Thursday afternoon, police said.",
                         "The gunman opened fire at the depot on Thursday evening, police said.")) == 1


def test_the_same_relative_words_never_diverge() -> None:
    a = Article.from_text("The hearing at the county court took place this morning, a clerk said.", id="a",
                          published="2024-03-05")
    b = Article.from_text("The hearing at the county court took place this morning, a clerk said.", id="b",
                          published="2024-03-11")
    assert [f for f in compare([a, b]).facts if f.status.value == "diverge"] == []

