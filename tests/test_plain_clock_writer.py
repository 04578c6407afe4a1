"""A writer who dates a colon clock with no a.m./p.m. keeps the 24-hour clock throughout (invented text).

A trade site writes "The chimney was felled at 10:00 on 4 March" and, with
no day, "the road reopened at 12:40". A lone "at 12:40" was dropped as a
12-hour time missing its half of the day, so a paper's "12.40pm" had nothing
to agree with. The dated clock shows the writer's clock; a 12-hour writer's
lone "at 3:15" stays unread, and so does one in an article that writes
"p.m." somewhere.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

# A dated clock, then a paragraph apart (not the sentence before, which `dayed_clocks` reads) the undated one.
FELLED = ("The Dunsop chimney was felled at 10:00 on 4 March.\n\nAbout 300 people watched from the "
          "park.\n\n")


def clocks(text: str) -> list[str]:
    art = Article.from_text(text, published="2026-03-06")
    return [m.raw for m in analyse(art).mentions if m.kind is Kind.TIME and m.slot == "clock"]


def test_an_undated_clock_of_a_writer_who_dates_one_is_read() -> None:
    text = FELLED + "Police reopened Keld Road at 12:40 after engineers checked the houses nearby."
    assert clocks(text) == ["10:00", "12:40"]


def test_a_lone_undated_clock_stays_unread() -> None:
    assert clocks("Police reopened Keld Road at 12:40 after engineers checked the houses nearby.") == []


def test_a_writer_of_the_12_hour_clock_is_not_read_so() -> None:
    text = FELLED + ("Police reopened Keld Road at 3:15 after engineers checked the houses, and the "
                     "crowd left by 4 p.m.")
    assert "3:15" not in clocks(text)


def test_the_read_clock_agrees_with_a_papers_12_hour_one() -> None:
    a = Article.from_text(FELLED + "Police reopened Keld Road at 12:40 after engineers checked the houses "
                          "nearby.", id="a", published="2026-03-06")
    b = Article.from_text("The chimney came down on Wednesday morning. Keld Road was reopened at 12.40pm "
                          "once engineers had checked the houses nearby.", id="b", published="2026-03-05")
    facts = [f for f in compare([a, b]).facts if any(m.raw == "12:40" for m in f.mentions)]
    assert facts and {m.source for m in facts[0].mentions} == {"a", "b"}
    assert facts[0].status is Verdict.AGREE
