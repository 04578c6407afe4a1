"""The pipeline as a library: options that reach every stage."""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.options import CompareOptions

A = Article.from_text(
    "Mayor Bob Hale said on Monday that the bridge would reopen in March. "
    '"We owe the city an apology," Hale told reporters.', id="a", published="2026-01-12")
B = Article.from_text(
    "Mayor Robert Hale said on Monday the bridge would reopen in March. "
    '"We owe the city an apology," Robert Hale said.', id="b", published="2026-01-12")


def people(options: CompareOptions) -> dict[str, Verdict]:
    report = compare([A, B], options)
    return {f.mentions[0].canonical: f.status for f in report.facts if f.kind is Kind.PERSON}


def test_without_aliases_two_spellings_are_two_people() -> None:
    found = people(CompareOptions())
    assert found.get("Bob Hale") is Verdict.UNIQUE and found.get("Robert Hale") is Verdict.UNIQUE


def test_user_aliases_make_them_one_person_and_one_speaker() -> None:
    options = CompareOptions(aliases=(("Bob Hale", "Robert Hale"),))
    assert people(options) == {"Robert Hale": Verdict.AGREE}
    report = compare([A, B], options)
    quotes = [f for f in report.facts if f.kind is Kind.QUOTE]
    assert quotes and quotes[0].status is Verdict.AGREE and quotes[0].speaker == "Robert Hale"
