""""Tearful Fenella" is Fenella Ashcombe: a tabloid's epithet before a given name (invented text).

Tabloids name a person in full once and then open a sentence with an
adjective and the first name ("Brave Kirsty", "Tearful Fenella"). Read as
a two-word name, the epithet made a second person, and the quotes the
article then gave to "she" were credited to that stranger. A two-word run
opening a sentence whose first word is no given name and whose second is
the first word of exactly one person named in full is that person.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.extract.entities import scan
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

PUBLISHED = "2027-05-06"

TEXT = (
    "A CAFE owner who was wrongly accused of poisoning customers has won her fight to clear her name.\n\n"
    "Kirsty Pellow, 39, was cleared by magistrates after a two-day hearing.\n\n"
    "Relieved Kirsty hugged her husband on the court steps after the verdict.\n\n"
    "\"I just want to get back to my kitchen,\" she said.\n\n"
    "Kirsty now plans to reopen the cafe next month.\n"
)


def _people(text: str) -> set[str]:
    return {f.name for f in scan(text).found if f.type == "person"}


def test_an_epithet_before_a_known_given_name_is_that_person() -> None:
    assert _people(TEXT) == {"Kirsty Pellow"}


def test_the_quote_after_the_epithet_goes_to_the_named_person() -> None:
    info = analyse(Article.from_text(TEXT, published=PUBLISHED))
    speakers = {m.speaker for m in info.mentions if m.kind is Kind.QUOTE}
    assert speakers == {"Kirsty Pellow"}, speakers


def test_two_people_sharing_the_given_name_leave_the_run_alone() -> None:
    text = ("Kirsty Pellow, 39, and Kirsty Maddox, 41, both gave evidence.\n\n"
            "Relieved Kirsty hugged her husband on the court steps.\n")
    at = text.index("Relieved")
    later = {f.name for f in scan(text).found if f.type == "person" and f.span.start >= at}
    assert not later & {"Kirsty Pellow", "Kirsty Maddox"}, later


def test_a_full_name_opening_a_sentence_stays_a_full_name() -> None:
    text = ("Kirsty Pellow, 39, runs the cafe.\n\n"
            "Marion Kirsty said the verdict was right.\n")
    assert "Marion Kirsty" in _people(text), _people(text)
