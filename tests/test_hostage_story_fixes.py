"""Fixes found by the held-out hostages story, each on invented text of its own.

- "al-Murad said": a surname with a lower-case particle, short for a full name
  the article gives after "Minister of State", is a speaker (entities, speakers).
- "Also on the flight was Jo Ode ... 'quote,' he said": the subject of an
  inverted sentence is who a later "he" means (speakers.sentence_subjects).
- "three more foreigners" counts foreigners, as "three further ..." does
  (numbernouns._counted_noun).
- the second sentence of one statement, reworded by one outlet, diverges with
  the other's second sentence when the first sentences were judged one
  statement (quotecontinue.join_continuations).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.amounts import scan_amounts
from sourcediff.extract.numberclassify import classify
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def quotes(body: str) -> list[tuple[str, str | None]]:
    article = Article.from_text("Envoys free detained sailors\n\n" + body, id="s0", published="2026-06-02")
    return [(m.raw, m.speaker) for m in analyse(article).mentions if m.kind is Kind.QUOTE]


def persons(body: str) -> list[str]:
    article = Article.from_text("Envoys free detained sailors\n\n" + body, id="s0", published="2026-06-02")
    return [m.raw for m in analyse(article).mentions if m.kind is Kind.PERSON]


# --- an office past "of", and a surname with a lower-case particle ---

@pytest.mark.parametrize(("body", "speaker"), [
    ("Talks were led by Harmonia's Minister of State Karim el-Sayed, officials said. "
     '"Nobody paid a cent for these men," el-Sayed said in a statement.', "Karim el-Sayed"),
    ("The Secretary of State Nadia bin-Hallam met the crew on the quay. "
     '"They are tired but well," bin-Hallam told the press.', "Nadia bin-Hallam"),
    ("Tarvonia's Minister of Defence Piet van Roon flew to the port on Monday. "
     '"The navy will escort every ship," van Roon said.', "Piet van Roon"),
])
def test_a_lower_case_particle_surname_speaks_for_the_full_name(body: str, speaker: str) -> None:
    assert [s for _, s in quotes(body)] == [speaker]


def test_the_office_words_after_of_are_no_part_of_the_name() -> None:
    body = ("Harmonia's Minister of State Karim el-Sayed arrived on Monday. Karim el-Sayed said talks had "
            "lasted six weeks.")
    assert "Karim el-Sayed" in persons(body)
    assert not any(p.startswith("State") for p in persons(body))


# --- the subject of an inverted sentence is who "he" or "she" means ---

@pytest.mark.parametrize(("body", "speaker"), [
    ('Rosa Lint waited at the gate with her son. "We have not slept for weeks," Rosa Lint said.\n\n'
     'Also on the boat was Tomas Berg, 58, the ship\'s engineer. "I never doubted we would see home," '
     "he told the Gazette by phone.", "Tomas Berg"),
    ('Rosa Lint waited at the gate. "We have not slept for weeks," Rosa Lint said.\n\n'
     'Among the freed crew was Anneke Vos, 33, the cook. "The food ran out in May," she said.', "Anneke Vos"),
])
def test_the_inverted_subject_takes_the_pronoun(body: str, speaker: str) -> None:
    assert quotes(body)[-1][1] == speaker


def test_a_named_object_still_does_not_take_the_pronoun() -> None:
    body = ('Captain Omar Reyes thanked the crew. "It was a long wait," Reyes said.\n\n'
            'He praised Tomas Berg, the engineer. "We kept the engines alive," he said.')
    assert quotes(body)[-1][1] == "Omar Reyes"


# --- "three more foreigners" ---

@pytest.mark.parametrize(("text", "noun"), [
    ("Three more foreigners are still being held by the gang.", "foreigner"),
    ("Rescuers pulled two more sailors from the water on Friday.", "sailor"),
    ("Three additional foreigners are still being held.", "foreigner"),
])
def test_more_between_a_count_and_its_noun_is_read_past(text: str, noun: str) -> None:
    found = [classify(text, a) for a in scan_amounts(text)]
    assert [f.cues[0] for f in found if f is not None] == [noun]


@pytest.mark.parametrize("text", [
    "Ten more than last year were held.",
    "The repair cost three more.",
])
def test_more_than_and_a_bare_more_count_nothing(text: str) -> None:
    assert [classify(text, a) for a in scan_amounts(text)] == [None]


def test_three_more_agrees_with_three_other() -> None:
    a = ("Sailors freed after six weeks\n\nNine sailors held in Port Ardel were freed on Monday. "
         "Three other sailors seized in May are still held, the ministry said.")
    b = ("Crew home at last\n\nNine sailors were released on Monday after six weeks in captivity. "
         "Three more sailors are still being held by the gang.")
    report = compare([Article.from_text(a, id="s0", published="2026-06-02"),
                      Article.from_text(b, id="s1", published="2026-06-03")])
    threes = [f for f in report.facts if f.kind is Kind.NUMBER and any(m.raw == "Three" for m in f.mentions)]
    assert any({m.source for m in f.mentions} == {"s0", "s1"} and f.status.value == "agree" for f in threes)


# --- the next sentence of one statement, reworded ---

WIRE = ("Freed sailor returns to Dunmore\n\nNine sailors held for six weeks came home on Tuesday. "
        "Among them was Lena Hart's son Kai, 27.\n\n"
        '"I have not eaten a proper meal since he was taken," Lena Hart said at the quay. '
        '"On Sunday I am cooking his favourite roast for the whole street."')
TABLOID = ("Mum's joy as sailor son comes home\n\nNine sailors held for six weeks came home on Tuesday, "
           "among them Kai Hart, 27.\n\n"
           '"I haven\'t eaten a proper meal since he was taken," Lena Hart told the Star. '
           '"Sunday I\'m throwing the biggest party this town has ever seen."')


def quote_facts(*texts: str) -> list[tuple[str, list[str], list[str]]]:
    report = compare([Article.from_text(t, id=f"s{n}", published="2026-06-03") for n, t in enumerate(texts)])
    return [(f.status.value, sorted(m.source for m in f.mentions), [m.raw for m in f.mentions])
            for f in report.facts if f.kind is Kind.QUOTE]


def test_a_reworded_next_sentence_diverges_with_its_counterpart() -> None:
    facts = quote_facts(WIRE, TABLOID)
    second = [f for f in facts if any("Sunday" in raw for raw in f[2])]
    assert len(second) == 1
    assert second[0][:2] == ("diverge", ["s0", "s1"])


def test_next_sentences_of_different_speakers_stay_apart() -> None:
    other = TABLOID.replace("Lena Hart told the Star. ", "Lena Hart told the Star.\n\n"
                            "Neighbour Rob Quill was delighted. ").replace(
        '"Sunday I\'m throwing', '"Rob Quill here: Sunday I\'m throwing')
    other = other.replace('"Rob Quill here: Sunday', '"Sunday').replace(
        "the biggest party this town has ever seen.\"", "the biggest party this town has ever seen,\" Quill said.")
    facts = quote_facts(WIRE, other)
    second = [f for f in facts if any("Sunday" in raw for raw in f[2])]
    assert all(len(set(f[1])) == 1 for f in second)


def test_a_lone_second_sentence_with_no_judged_first_stays_unique() -> None:
    lone = TABLOID.replace('"I haven\'t eaten a proper meal since he was taken," Lena Hart told the Star. ',
                           "Lena Hart told the Star she was overjoyed. ")
    facts = quote_facts(WIRE, lone)
    second = [f for f in facts if any("Sunday" in raw for raw in f[2])]
    assert all(f[0] == "unique" for f in second)


def test_a_short_next_sentence_quoted_alike_agrees() -> None:
    wire = ("Ferry line reopens\n\nThe Dunmore ferry sailed again on Friday after a week of repairs.\n\n"
            "Its manager, Ivo Brandt, defended the closure. "
            '"Safety first. No boat leaves this harbour until every hull has been checked by divers," he said.')
    tabloid = ("Ferry back at last\n\nThe Dunmore ferry sailed again on Friday after a week of repairs.\n\n"
               'Ferry boss Ivo Brandt said: "Safety first. No boat leaves this harbour until every hull has '
               'been checked by divers."')
    facts = quote_facts(wire, tabloid)
    short = [f for f in facts if any(raw.startswith("Safety first") for raw in f[2])]
    assert short and all(f[0] == "agree" for f in short)
