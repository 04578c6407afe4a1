"""A definite role "of" a body ("the chief of the army, Gen. Jo Ode, said") is a subject, headed by the role.

Why: `SpeakerResolver._definite` took the last word of "the chief of the
general staff" ("staff", as "army" or "bank") for the head noun, found no role
in it and read no subject, so a quote's tail attribution naming the person
after such a role was never tried and the quote had no speaker; an outlet
giving the same words to someone else then agreed with it.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.speakers import resolver_for
from sourcediff.pipeline import analyse


def speakers(body: str) -> list[str | None]:
    article = Article.from_text("Harbour dispute goes to arbitration\n\n" + body, id="s0",
                                published="2026-05-04")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


@pytest.mark.parametrize(("body", "speaker"), [
    ('"The harbour will stay open through the winter," the chief of the port authority staff, '
     'Captain Oriel Banfry, told reporters.', "Oriel Banfry"),
    ('"The harbour will stay open through the winter," the chief of staff, Marta Quell, said.',
     "Marta Quell"),
    ('"Rates will not move before spring," the governor of the central bank, Ilse Varnow, said on Monday.',
     "Ilse Varnow"),
    ('"We will rebuild the pier," the commander of the coastal fleet, Admiral Teo Brannick, told the crowd.',
     "Teo Brannick"),
])
def test_a_role_of_a_body_then_a_name_gives_the_name(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]


@pytest.mark.parametrize("phrase", ["the chief of the army", "the governor of the central bank",
                                    "the chief executive of the port"])
def test_the_role_before_of_is_the_head(phrase: str) -> None:
    ph = resolver_for("x").classify(phrase)
    assert ph.kind == "ref" and ph.speaker is not None and ph.speaker.role == phrase[4:]


@pytest.mark.parametrize("phrase", ["the end of the army", "the rest of the staff",
                                    "the statement of the bank"])
def test_no_role_before_of_is_no_subject(phrase: str) -> None:
    assert resolver_for("x").classify(phrase).kind == "bad"
