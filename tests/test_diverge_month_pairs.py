"""Two sources' months in one claim, dated by the same word right before each, are rivals (divergemonths).

With only two sources no consensus sets one month against another, and a
month with its year is no rival by itself ("opened in May 2019" and
"expanded in June 2021" date two steps). The words right before each month
says what it dates: "inquiry" in both outlets' sentences makes the two
months one step told twice. Invented text only.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergemonths import dated_words
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import DateValue

WIRE = ("The county water board fined Brellmont Water 12 million pounds on Tuesday for letting sewage into "
        "the River Ferrow.\n\n"
        "The board opened its inquiry in {} after a surge in complaints from anglers.\n\n"
        "Brellmont said it accepted the findings.")
LOCAL = ("Brellmont Water has been fined £12m by the county water board for sewage leaks into the River "
         "Ferrow.\n\n"
         "The board opened its inquiry in {}, following a rise in complaints from anglers.\n\n"
         "The company said it accepted the findings.")


def _months(wire_month: str, local_sentence: str) -> list[tuple[str, list[str]]]:
    wire = Article.from_text(WIRE.format(wire_month), id="wire", published="2026-11-03")
    local = Article.from_text(local_sentence, id="local", published="2026-11-04")
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare([wire, local]).facts
                  if f.mentions[0].kind is Kind.DATE and any(c.isdigit() for m in f.mentions for c in m.raw))


def test_two_months_dating_one_inquiry_diverge() -> None:
    assert _months("March 2024", LOCAL.format("February 2024")) == [
        ("diverge", ["February 2024", "March 2024"])]


def test_the_same_month_agrees() -> None:
    assert _months("March 2024", LOCAL.format("March 2024")) == [("agree", ["March 2024", "March 2024"])]


def test_months_of_two_steps_stay_two_facts() -> None:
    local = LOCAL.replace("The board opened its inquiry in {}", "The board widened its inquiry in {}")
    assert _months("March 2024", local.format("February 2024")) == [
        ("unique", ["February 2024"]), ("unique", ["March 2024"])]


def test_a_source_stating_both_months_tells_two_steps() -> None:
    local = LOCAL.replace("following a rise", "and widened it in March 2024 following a rise")
    assert all(status != "diverge" for status, _ in _months("March 2024", local.format("February 2024")))


def _month(text: str, raw: str) -> Mention:
    start = text.index(raw)
    return Mention(kind=Kind.DATE, raw=raw, span=Span(start, start + len(raw)), value=DateValue(None),
                   source="s", passage=0)


def test_the_dated_word_reads_past_linking_words() -> None:
    text = "The plant was expanded in early June 2021, and it opened its doors since May 2019."
    assert dated_words(text, _month(text, "June 2021")) == ("was", "expanded")
    assert dated_words(text, _month(text, "May 2019")) == ("opened", "doors")
