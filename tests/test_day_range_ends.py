"""Two sources' ranges of days that share one end and differ in the other (invented text).

"The festival ran from 3 June to 14 June" against "June 3 to June 15": the
agreed start says both give the same run, so 14 June is the rival of June 15.
Ranges that differ at both ends, or days not joined as a range, are left to
the other rules.
"""

from __future__ import annotations

from sourcediff import Article, Kind, compare


def date_facts(a_text: str, b_text: str) -> list[tuple[str, list[str]]]:
    a = Article.from_text(a_text, id="a", published="2026-06-20")
    b = Article.from_text(b_text, id="b", published="2026-06-20")
    return sorted((f.status.value, sorted(m.raw for m in f.mentions))
                  for f in compare([a, b]).facts if f.kind is Kind.DATE)


def test_the_other_end_of_an_agreed_range_diverges() -> None:
    facts = date_facts("The Harlow folk festival ran from 3 June to 14 June, organisers said.",
                       "Harlow folk festival: June 3 to June 15, organisers said.")
    assert ("diverge", ["14 June", "June 15"]) in facts
    assert ("agree", ["3 June", "June 3"]) in facts


def test_equal_ranges_agree() -> None:
    facts = date_facts("The Harlow folk festival ran from 3 June to 14 June, organisers said.",
                       "Harlow folk festival: June 3 to June 14, organisers said.")
    assert all(status == "agree" for status, _ in facts)


def test_two_days_not_joined_as_a_range_are_not_read_as_one() -> None:
    facts = date_facts("Tickets went on sale on 3 June and the line-up was named on 14 June.",
                       "Tickets went on sale on June 3; the line-up was named on June 14.")
    assert all(status != "diverge" for status, _ in facts)
