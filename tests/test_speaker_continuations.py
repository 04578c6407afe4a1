"""Who said it, after "she added", "she laughed" and "Lead researcher Dr Jane Roe" (issue #11).

Three ways a speaker was lost or mistaken on text the tool had never seen
(the fossil story's first run):

* "Jo Roe said: “…” / She added: “…”": the pronoun after that person's own
  quote, nobody else named between, is the writer's credit, not a guess, so
  an outlet giving the same words to someone else diverges;
* "“…,” she laughed.": tabloids put a manner verb where "said" goes;
* "Lead researcher Dr Jo Roe thanked the village. She said …": a courtesy
  title between the role words and the name still opens the sentence with
  its subject, so "she" is Roe, not a person quoted earlier.

Every name, place and sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.extract.quotes import extract as quotes
from sourcediff.model import Article, Kind, Verdict
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in quotes(article, segment(article)) if words in m.raw]
    assert hits
    return hits[0].speaker


def quote_verdict(first: str, second: str, words: str) -> Verdict:
    report = compare([Article.from_text(first, id="a"), Article.from_text(second, id="b")])
    found = [f for f in report.facts if f.kind is Kind.QUOTE and any(words in m.raw for m in f.mentions)]
    assert len(found) == 1
    return found[0].status


HEAD = "Lighthouse to reopen after ten-year restoration\n\n"
TRUST = ('Keeper Ansel Morrow said: "We rebuilt the lamp room by hand." '
         '\n\nShe added: "The light will shine again on New Year\'s Eve."\n')
TRUST_SHE = ('Engineer Ilona Vesk said: "We rebuilt the lamp room by hand."\n\n'
             'She added: "The light will shine again on New Year\'s Eve."\n')
CREDITED = ('Mayor Gwen Talbot said: "The light will shine again on New Year\'s Eve."\n\n'
            'Engineer Ilona Vesk said the lamp room was rebuilt by hand.\n')


def test_she_added_after_her_own_quote_credits_the_words_to_her() -> None:
    assert quote_verdict(HEAD + TRUST_SHE, HEAD + CREDITED, "shine again") is Verdict.DIVERGE


def test_she_added_with_another_person_named_between_stays_a_guess() -> None:
    between = ('Engineer Ilona Vesk said: "We rebuilt the lamp room by hand."\n\n'
               'Mayor Gwen Talbot watched from the pier. She added: '
               '"The light will shine again on New Year\'s Eve."\n')
    assert quote_verdict(HEAD + between, HEAD + CREDITED, "shine again") is not Verdict.DIVERGE


def test_he_said_after_a_quote_stays_a_guess() -> None:
    said = ('Engineer Ilona Vesk said: "We rebuilt the lamp room by hand."\n\n'
            'He said: "The light will shine again on New Year\'s Eve."\n')
    assert quote_verdict(HEAD + said, HEAD + CREDITED, "shine again") is not Verdict.DIVERGE


def test_the_same_speaker_on_both_sides_agrees() -> None:
    credited = ('Engineer Ilona Vesk said: "The light will shine again on New Year\'s Eve."\n')
    assert quote_verdict(HEAD + TRUST_SHE, HEAD + credited, "shine again") is Verdict.AGREE


@pytest.mark.parametrize("verb", ["laughed", "chuckled", "sighed", "beamed", "gushed", "grinned", "smiled",
                                  "enthused", "exclaimed", "sobbed", "grins"])
def test_a_manner_verb_after_a_quote_attributes_it(verb: str) -> None:
    text = (HEAD + "Cyril Paddon, 83, first lit the lamp in 1961.\n\n"
            f'"I thought they would never fix it," he {verb}. "Now my grandson will see it."\n')
    assert speaker_of(text, "never fix it") == "Cyril Paddon"
    assert speaker_of(text, "grandson will see") == "Cyril Paddon"


@pytest.mark.parametrize("title", ["Dr", "Dr.", "Professor", "Mrs"])
def test_a_title_between_role_and_name_keeps_the_subject(title: str) -> None:
    text = (HEAD + 'Harbour master Osric Fenn, 70, recalled "rope, rust and a lot of tea".\n\n'
            f"Project engineer {title} Ilona Vesk thanked the volunteers. She said the lamp had been "
            '"the hardest job of my career" before the trust took it on.\n')
    assert speaker_of(text, "hardest job") == "Ilona Vesk"


def test_she_added_after_a_closed_sentence_stays_a_guess() -> None:
    closed = ('Engineer Ilona Vesk said: "We rebuilt the lamp room by hand."\n\n'
              'The mayor, close to tears, said the light would "shine again on New Year\'s Eve." '
              'She added that the town had waited a decade.\n')
    assert quote_verdict(HEAD + closed, HEAD + CREDITED, "shine again") is not Verdict.DIVERGE


def test_she_added_after_a_comma_continues_the_speaker() -> None:
    comma = ('Engineer Ilona Vesk said: "We rebuilt the lamp room by hand."\n\n'
             '"The light will shine again on New Year\'s Eve," she added.\n')
    assert quote_verdict(HEAD + comma, HEAD + CREDITED, "shine again") is Verdict.DIVERGE
