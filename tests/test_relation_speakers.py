"""Words credited to a relative named by relation ("the victim's daughter Ana Ruiz said") are hers."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse

LEAD = ("Dario Arvelo, 19, was pulled from the flooded quarry at Brannock on Sunday after 20 hours, "
        "rescuers said.\n\n")
QUOTE = '"We never gave up hope, not for one minute,"'
QUOTE_END = '"We never gave up hope, not for one minute."'


def speakers(text: str) -> list[str | None]:
    found = analyse(Article.from_text(LEAD + text, published="2026-05-04")).mentions
    return [m.speaker for m in found if m.kind.value == "quote"]


@pytest.mark.parametrize(("text", "who"), [
    (f"{QUOTE} Arvelo's mum Rosa said.", "Rosa"),
    (f"{QUOTE} his brother, Tomas, told reporters.", "Tomas"),
    (f"The victim's daughter Ana Ruiz said: {QUOTE_END}", "Ana Ruiz"),
    (f"{QUOTE} the victim's daughter Ana Ruiz said.", "Ana Ruiz"),
    (f"{QUOTE} said the victim's daughter Ana Ruiz.", "Ana Ruiz"),
    (f"{QUOTE} the teenager's grandmother, Alba Reyes, 71, told the Courier.", "Alba Reyes"),
    (f"{QUOTE} said Arvelo's sister Lena.", "Lena"),
    (f"The company's chief executive Jane Roe said: {QUOTE_END}", "Jane Roe"),
])
def test_a_relative_named_after_the_relation_is_the_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_the_relation_alone_is_a_role_not_the_possessor() -> None:
    assert speakers(f"{QUOTE} Arvelo's mother said.") == ["Arvelo's mother"]


def test_a_place_after_a_description_is_no_speaker() -> None:
    text = ("For Ines Caldo, 61, whose son was on the rescue team, the news brought tears.\n\n"
            f"{QUOTE} said the gran-of-four from Tollhaven.")
    assert speakers(text) == ["Ines Caldo"]


def test_a_later_mention_of_the_relation_names_her_again() -> None:
    text = (f"{QUOTE} the victim's daughter Ana Ruiz said.\n\n"
            'Crews worked through the night. "We owe them everything," the daughter added.')
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def quote_facts(*tails: str) -> list[tuple[str, str | None]]:
    articles = [Article.from_text(LEAD + t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(tails)]
    return [(f.status.value, f.speaker) for f in compare(articles).facts if f.kind.value == "quote"]


@pytest.mark.parametrize("other", [
    f"{QUOTE} said Rosa Arvelo.",
    f"{QUOTE} his mother said.",
    f"{QUOTE} said Rosa Arvelo, his mother.",
])
def test_the_same_person_called_otherwise_by_another_outlet_agrees(other: str) -> None:
    assert quote_facts(f"{QUOTE} Arvelo's mum Rosa said.", other)[0][0] == "agree"


def test_the_words_credited_to_someone_else_by_name_diverge() -> None:
    found = quote_facts(f"{QUOTE} the victim's daughter Ana Ruiz said.",
                        f"{QUOTE} said Marta Quiles, a neighbour.")
    assert found[0][0] == "diverge"
