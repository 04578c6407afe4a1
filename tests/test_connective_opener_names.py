"""A sentence's connective glued to a name ("But Oswin Treharne, ...") leaves the name.

Why: a capitalized run that starts a sentence takes its opening word with it
("But Oswin Treharne"). When the next word is a listed given name the run is
cut there, but an unlisted given name left "But" as the name's first word, the
run failed every test of a person, and the person was never found: a later
"he said" then went to whoever had spoken before, crediting a critic's words
to the official he answered.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.entities import scan, split_title
from sourcediff.pipeline import analyse


def people(text: str) -> list[str]:
    return [f.name for f in scan(text).found if f.type == "person"]


@pytest.mark.parametrize(("text", "name"), [
    ("But Oswin Treharne, chairman of the Cyclists' Alliance, was unmoved.", "Oswin Treharne"),
    ("Yet Bryony Calloway-Smee, the union's general secretary, said the deal was poor.",
     "Bryony Calloway-Smee"),
    ("Meanwhile Idris Pennock, spokesman for the port, said ships would wait.", "Idris Pennock"),
])
def test_a_connective_before_an_unlisted_given_name_leaves_the_name(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_listed_given_name_is_cut_as_before() -> None:
    assert split_title(["But", "Tom", "Hale"]) == (["But"], ["Tom", "Hale"])


def test_two_words_stay_a_run_of_their_own() -> None:
    # "Then Roe said": a connective and a lone surname are read elsewhere (entities._short_names)
    assert split_title(["Then", "Roe"]) == ([], ["Then", "Roe"])


def speakers(body: str) -> list[tuple[str, str | None]]:
    article = Article.from_text("Ferry fares to rise\n\n" + body, id="s0", published="2026-03-03")
    return [(m.raw, m.speaker) for m in analyse(article).mentions if m.kind.value == "quote"]


def test_he_said_after_a_connective_led_sentence_is_that_person() -> None:
    body = ("Ferry operator chief executive Tom Hale said costs had doubled.\n\n"
            "\u201cWe cannot carry on at a loss,\u201d he said.\n\n"
            "But Oswin Treharne, chairman of the Island Passengers' Forum, was unmoved.\n\n"
            "\u201cThis is a levy on living here,\u201d he said. "
            "\u201cIslanders have no other way across.\u201d")
    got = dict(speakers(body))
    assert got["This is a levy on living here"] == "Oswin Treharne"
    assert got["Islanders have no other way across"] == "Oswin Treharne"




def test_a_side_before_its_coach_is_no_person() -> None:
    # "he" may be the coach the sentence names later: no evidence for the side after the connective
    text = "But Tarvo Isles coach Tim Roe was gutted. \u201cWe let it slip,\u201d he said."
    assert people(text) == ["Tim Roe"]
