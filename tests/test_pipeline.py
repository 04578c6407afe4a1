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


def test_a_nickname_the_tool_knows_is_one_person_without_aliases() -> None:
    assert people(CompareOptions()) == {"Robert Hale": Verdict.AGREE}


def test_without_aliases_two_unknown_spellings_are_two_people() -> None:
    other = Article.from_text(A.text.replace("Bob Hale", "Bertie Hale"), id="a", published="2026-01-12")
    found = {f.mentions[0].canonical: f.status for f in compare([other, B]).facts if f.kind is Kind.PERSON}
    assert found.get("Bertie Hale") is Verdict.UNIQUE and found.get("Robert Hale") is Verdict.UNIQUE


def test_user_aliases_make_them_one_person_and_one_speaker() -> None:
    options = CompareOptions(aliases=(("Bob Hale", "Robert Hale"),))
    assert people(options) == {"Robert Hale": Verdict.AGREE}
    report = compare([A, B], options)
    quotes = [f for f in report.facts if f.kind is Kind.QUOTE]
    assert quotes and quotes[0].status is Verdict.AGREE and quotes[0].speaker == "Robert Hale"
