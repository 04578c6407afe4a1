"""A "she said" two outlets resolve to one person counts as a name (factverdicts._seconded_speakers).

Invented text throughout: a harbour commissioner's words, which two outlets
give with "she said" right after naming her and a third credits by name to
her deputy (a divergence), against the near-misses that must stay quiet: a
single pronoun guess against a name, two pronoun guesses on different
people, and every outlet crediting the same person.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.speakers import PRONOUN_SPEAKER
from sourcediff.factverdicts import _named_speaker, _seconded_speakers
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import QuoteValue

WORDS = "The old quay has carried this town for a century and it will carry it for another"
BY_PRONOUN = ("Harbour commissioner Ines Valtaren opened the rebuilt quay at Korsby on Friday.\n\n"
              '"{w}," she said.')
BY_OTHER_PRONOUN = ("Deputy commissioner Rolf Anderlund cut the ribbon at Korsby quay on Friday.\n\n"
                    '"{w}," he said.')
BY_THIRD_NAME = ("The rebuilt quay at Korsby opened on Friday. "
                 '"{w}," said Jon Brekke, the mayor, at the ribbon-cutting.')
BY_NAME = ("The rebuilt quay at Korsby opened on Friday. "
           '"{w}," said Rolf Anderlund, the deputy commissioner, at the ribbon-cutting.')
BY_SAME_NAME = ("The rebuilt quay at Korsby opened on Friday. "
                '"{w}," said Ines Valtaren, the harbour commissioner, at the ribbon-cutting.')


def quote_verdicts(*texts: str) -> list[str]:
    articles = [Article.from_text(t.format(w=WORDS), id=f"s{n}", published="2026-06-12")
                for n, t in enumerate(texts)]
    return [f.status.value for f in compare(articles).facts
            if f.kind is Kind.QUOTE and "century" in f.mentions[0].raw]


def test_two_pronoun_credits_against_a_named_other_person_diverge() -> None:
    assert quote_verdicts(BY_PRONOUN, BY_PRONOUN, BY_NAME) == ["diverge"]


def test_one_pronoun_guess_against_a_name_stays_agreement() -> None:
    assert quote_verdicts(BY_PRONOUN, BY_NAME) == ["agree"]


def test_two_pronoun_guesses_on_different_people_second_nobody() -> None:
    assert quote_verdicts(BY_PRONOUN, BY_OTHER_PRONOUN, BY_THIRD_NAME) == ["agree"]


def test_every_outlet_crediting_the_same_person_agrees() -> None:
    assert quote_verdicts(BY_PRONOUN, BY_PRONOUN, BY_SAME_NAME) == ["agree"]


def mention(source: str, speaker: str | None, pronoun: bool) -> Mention:
    return Mention(Kind.QUOTE, source, 0, Span(0, 5), "words", QuoteValue(text="words", norm="words"),
                   slot="statement", speaker=speaker, cues=(PRONOUN_SPEAKER,) if pronoun else ())


def test_surnames_second_each_other_across_sources_only() -> None:
    group = [mention("a", "Ines Valtaren", True), mention("b", "Valtaren", True),
             mention("c", "Rolf Anderlund", True), mention("c", "Rolf Anderlund", True)]
    assert _seconded_speakers(group) == frozenset({"valtaren"})
    # the same source twice is one reading, not two
    assert _named_speaker(group[2], _seconded_speakers(group)) is None
    assert _named_speaker(group[0], _seconded_speakers(group)) == "Ines Valtaren"


def test_a_named_speaker_needs_no_second() -> None:
    assert _named_speaker(mention("a", "Rolf Anderlund", False)) == "Rolf Anderlund"
    assert _named_speaker(mention("a", None, True), frozenset({""})) is None
