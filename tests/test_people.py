"""One person across sources: spellings, surnames alone, offices (invented names and sentences)."""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.people import People, name_key, same_person

SAME = [
    ("Robert J. Thornton Jr.", "Robert Thornton"),
    ("Robert J. Thornton Jr.", "Bobby Thornton"),
    ("Maria Elena Castillo-Reyes", "Maria Castillo Reyes"),
    ("Ayşe Demir Karaca", "Ayse Demir-Karaca"),
    ("Mehmet Ali Yıldız", "Mehmet Ali Yildiz"),
    ("K. Venkatesh Rao", "Kondapalli Venkatesh Rao"),
    ("K. Venkatesh Rao", "Venkatesh Rao"),
    ("Professor Anand K. Raghavan", "Dr. Anand Raghavan"),
    ("Angela M. O'Rourke", "Angela O’Rourke"),
    ("Sir Tobias Wren", "Tobias Wren"),
    ("Commander Idris Vantel", "Idris Vantel"),
    ("Catherine J. Whitaker", "Cath Whitaker"),
]
DIFFERENT = [
    ("George H. Pellow", "George W. Pellow"),  # middle initials contradict
    ("Robert Thornton", "Roberta Thornton"),
    ("Maria Castillo", "Maria Reyes"),
    ("Sofia Lindqvist", "Sofia Lindgren"),
    ("Daniel Osei", "Amara Osei"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_person(a: str, b: str) -> None:
    assert same_person(name_key(a), name_key(b)) and same_person(name_key(b), name_key(a))


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people_stay_apart(a: str, b: str) -> None:
    assert not same_person(name_key(a), name_key(b))


@pytest.mark.parametrize(("spelling", "expected"), [
    ("Lindqvist", "Sofia Lindqvist"),
    ("Osei-Bonsu J.", "Amara Osei-Bonsu"),  # Canadian and British judges: "Surname J."
    ("Justice Osei-Bonsu", "Amara Osei-Bonsu"),
    ("Mayor-elect Castillo-Reyes", "Maria Elena Castillo-Reyes"),
    ("O’Rourke", "Angela M. O'Rourke"),
    ("Hale", None),  # two people of the story are called Hale
    ("Okafor", None),  # nobody of the story
])
def test_surname_alone_names_the_one_person_who_has_it(spelling: str, expected: str | None) -> None:
    people = People(["Sofia Lindqvist", "Amara Osei-Bonsu", "Maria Elena Castillo-Reyes",
                     "Angela M. O'Rourke", "Robert Hale", "Bertie Hale"])
    assert people.name_for(spelling) == expected


def test_display_name_is_the_fullest_formal_spelling() -> None:
    people = People(["Bobby Thornton", "Robert Thornton", "Robert J. Thornton Jr."])
    assert {people.name_for(s) for s in ("Bobby Thornton", "Thornton")} == {"Robert J. Thornton Jr."}


def _people_facts(*texts: str) -> dict[frozenset[str], Verdict]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-11-13") for n, t in enumerate(texts)]
    report = compare(arts)
    return {frozenset(m.raw for m in f.mentions): f.status for f in report.facts if f.kind is Kind.PERSON}


def test_names_in_a_list_after_a_plural_title_link_to_full_names() -> None:
    facts = _people_facts(
        "Justice Hélène Fontaine, joined by Justice Daniel P. Kowalczyk, dissented on Friday.",
        "Justices Fontaine and Kowalczyk dissented from the ruling on Friday.")
    assert facts[frozenset({"Hélène Fontaine", "Fontaine"})] is Verdict.AGREE
    assert facts[frozenset({"Daniel P. Kowalczyk", "Kowalczyk"})] is Verdict.AGREE


def test_an_office_links_to_the_holder_another_source_names() -> None:
    facts = _people_facts(
        "Prime Minister Étienne Marchetti told parliament the reform would go ahead on Thursday.",
        "The French prime minister told MPs on Thursday that the reform would go ahead.")
    assert facts[frozenset({"Étienne Marchetti", "The French prime minister"})] is Verdict.AGREE


def test_an_office_two_people_hold_links_to_nobody() -> None:
    facts = _people_facts(
        "Labour Minister Sarah Whitfield and Labour Minister Tom Ode met on Monday.",
        "The labour minister said on Monday that talks would resume.")
    assert not any("The labour minister" in raws for raws in facts)


def test_a_surname_inside_a_longer_name_is_not_the_person() -> None:
    facts = _people_facts(
        "Council member Robert Thornton said on Tuesday that the budget was balanced.",
        "Traffic on Thornton Street was closed on Tuesday while the budget was debated.")
    assert all("Thornton" not in raws for raws in facts)


def test_quote_speakers_take_the_story_name_of_the_person() -> None:
    arts = [Article.from_text('"We will rebuild every school," said Governor Ayşe Demir Karaca on Monday.',
                              id="a", published="2026-10-20"),
            Article.from_text('Governor Demir-Karaca said: "We will rebuild every school."',
                              id="b", published="2026-10-21")]
    quotes = [f for f in compare(arts).facts if f.kind is Kind.QUOTE]
    assert len(quotes) == 1 and quotes[0].status is Verdict.AGREE
    assert {m.speaker for m in quotes[0].mentions} == {"Ayşe Demir Karaca"}


def test_a_surname_that_is_also_a_word_of_the_article_is_not_taken_alone() -> None:
    facts = _people_facts(
        "Coach Dana Young said on Saturday that the team would rest.",
        "Young players will rest on Saturday, the club said, and young fans will get free tickets.")
    assert all("Young" not in raws for raws in facts)


def test_a_no_break_space_inside_a_titled_name_keeps_the_name() -> None:
    """"Secretary Pete\u00a0Hegseth": the name's span was looked up with a plain space and came out -1."""
    from sourcediff import Article
    from sourcediff.pipeline import analyse

    text = "Defense Secretary Pete\u00a0Hegseth said it was over."
    people = [m for m in analyse(Article.from_text(text)).mentions if m.kind.value == "person"]
    assert [(m.raw, m.span.start) for m in people] == [("Pete\u00a0Hegseth", text.index("Pete"))]


def test_surface_pattern_finds_what_the_plain_pattern_finds() -> None:
    """The reordered pattern (first letter, then the lookbehind) matches exactly the plain one."""
    import re

    from sourcediff.extract.people import surface_pattern

    forms = ["Quill", "Ana Quill", "Órla Brenn", "Brenn", "Brenn-Hart", "Q", "Ott"]
    edge = r"[\w'’-]"
    plain = re.compile(rf"(?<!{edge})(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + rf")(?!{edge})")
    text = ("Quill said. Ana Quill, Órla Brenn and Brenn-Hart met O'Quill and Quills at\nBrenn said, Brenn's "
            "-Brenn Q Q. xQ Ott\u00a0Ott,Ott Ana Quillan; Brenn-Hartley, ’Ott, Ott’ Órla Brenn")
    for start in range(len(text)):
        part = text[start:]
        assert ([m.span() for m in surface_pattern(forms).finditer(part)]
                == [m.span() for m in plain.finditer(part)])
