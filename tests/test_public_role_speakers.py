"""Members of the public named by what they were doing ("angler", "motorist") open a sentence's subject.

speakers.ROLE_NOUNS: "Shaken motorist Jo Roe, 38, ..." makes Roe the subject a later "she told the Post"
takes up, as "Retired teacher Jo Roe" does. Without the noun the lower-case words before the name were no
role, the sentence had no subject, and the quote was left with no speaker.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(body: str) -> list[str | None]:
    article = Article.from_text("Lane closed after crash\n\n" + body, id="s0", published="2026-03-09")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


@pytest.mark.parametrize(("body", "speaker"), [
    ('Shaken motorist Perrin Ashgrove, 38, called the police at 7am on Monday.\n\n'
     '"The whole bank just slid onto the road," he told the Post.',
     "Perrin Ashgrove"),
    ('Keen angler Wenna Colquist, 59, spotted the oil slick on Friday morning.\n\n'
     '"It stank of diesel. I could not believe my eyes," the mother-of-two told the Post.',
     "Wenna Colquist"),
    ('Local villager Tamsin Orrell, 71, raised the alarm.\n\n'
     '"We heard the bang from the kitchen," she said.',
     "Tamsin Orrell"),
])
def test_a_public_role_before_a_name_opens_the_subject(body: str, speaker: str) -> None:
    assert set(speakers(body)) == {speaker}


@pytest.mark.parametrize(("body", "speaker"), [
    ('Manager Idris Polwhele said: "The stand will be rebuilt."\n\n'
     'Lifelong fan Corwen Taplow, 67, who saw his first match here in 1971, was in tears.\n\n'
     'He said: "I proposed to my wife on these terraces."',
     "Corwen Taplow"),
    ('Director Idris Polwhele said: "The hall will reopen in spring."\n\n'
     'Devoted theatregoer Sabine Wrelton, 80, has booked the same seat for forty years.\n\n'
     '"It is my second home," she said.',
     "Sabine Wrelton"),
])
def test_a_fan_or_goer_before_a_name_opens_the_subject(body: str, speaker: str) -> None:
    # "Lifelong fan Jo Roe ... He said": without "fan" as a role the "He" went back to the last speaker
    assert speakers(body)[-1] == speaker


def test_a_verb_before_the_noun_still_makes_the_name_an_object() -> None:
    # "Police questioned motorist Perrin Ashgrove": Ashgrove is no subject, the officer said it
    body = ('Inspector Della Ruthven said the road would reopen on Tuesday. Police questioned motorist '
            'Perrin Ashgrove on Monday.\n\n"We are keeping an open mind," she said.')
    assert speakers(body)[-1] == "Della Ruthven"
