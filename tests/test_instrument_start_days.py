"""One measure's start day named by two outlets with two nouns for it ("the law", "the ban") diverges."""

from __future__ import annotations

from sourcediff import Article, compare


def _start_statuses(a_text: str, b_text: str, days: set[str]) -> set[str]:
    a = Article.from_text(a_text, id="a", published="2026-11-02")
    b = Article.from_text(b_text, id="b", published="2026-11-03")
    return {f.status.value for f in compare([a, b]).facts if days <= {m.raw for m in f.mentions}}


def test_the_law_and_the_ban_starting_on_different_days_diverge() -> None:
    statuses = _start_statuses(
        "Merrowfield's assembly on Monday passed a law banning the sale of disposable vapes. "
        "The law will take effect on March 1, 2027. Shops that break it face fines of up to $5,000.",
        "Merrowfield's assembly voted on Monday to ban the sale of disposable vapes. "
        "The ban will apply from 1 April 2027, the assembly's clerk said. "
        "Shops that break it face fines of up to $5,000.",
        {"March 1, 2027", "1 April 2027"})
    assert statuses == {"diverge"}


def test_a_phased_measure_with_two_start_days_is_left_alone() -> None:
    # The second outlet gives two start days of its own: the ban's and the law's. Its ban day is no
    # rival of the first outlet's law day.
    statuses = _start_statuses(
        "Merrowfield's assembly on Monday passed a law banning the sale of disposable vapes. "
        "The law will take effect on March 1, 2027. Shops that break it face fines of up to $5,000.",
        "Merrowfield's assembly voted on Monday to ban the sale of disposable vapes. "
        "The law takes effect on March 1, 2027, but the ban will apply from 1 April 2027, "
        "the assembly's clerk said. Shops that break it face fines of up to $5,000.",
        {"March 1, 2027", "1 April 2027"})
    assert "diverge" not in statuses
