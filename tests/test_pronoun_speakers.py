"""Which person "she" or "he" closing a quote means, from what the article shows of each (issue #11).

Every sentence here is invented. Only the article's own words count: titles,
a kin or role noun before the name, a possessive after it.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.entities import scan
from sourcediff.extract.labels import in_label
from sourcediff.extract.pronouns import HE, SHE, pronouns
from sourcediff.extract.quotes import extract
from sourcediff.model import Article
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in extract(article, segment(article)) if words in m.raw]
    assert hits, f"no quote containing {words!r}"
    return hits[0].speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # The woman named since the last sentence subject, not the man who opened a sentence before.
    ("Festival director Dr Peter Ardagh said the gates would open late. But for grandmother Helen Keane, 68, "
     "from Lisnagry, who had queued since dawn, it was too much. \"I came on two buses for this,\" she told "
     "the Gazette.", "two buses", "Helen Keane"),
    ("Chief engineer Mark Oduya said the line was safe. Its critics include Mrs Anna Varga, who lives beside "
     "the track. \"The walls shake every night,\" she said.", "walls shake", "Anna Varga"),
    # With nothing shown, "she" keeps its old reading: the last sentence subject.
    ("Laura Morrow led the inquiry. \"We found nothing,\" she said.", "found nothing", "Laura Morrow"),
    # A subject the article shows taking the other pronoun is passed over for one who fits.
    ("Ms Susan Fell chairs the board. Mr James Lamm, its treasurer, spoke next. \"The books balance,\" "
     "she said.", "books balance", "Susan Fell"),
    # "he" is not pulled to a woman named since.
    ("John Abati opened the meeting. He praised councillor Mrs Karen Dale and her team. "
     "\"We owe them a lot,\" he said.", "owe them", "John Abati"),
    # Lower-case role nouns between the capitalized words and the name still open a sentence on its subject.
    ("Mum Rosa Lind, 39, missed her train. Union chief Agnes Tollan was defiant. She said: \"We will not "
     "back down.\"", "not back down", "Agnes Tollan"),
    ("Mrs Petra Allis runs the bakery. But Grainfield boss Hanna Oskar disagreed. She said: \"The mill "
     "stays open.\"", "mill stays open", "Hanna Oskar"),
])
def test_pronoun_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "name", "pronoun"), [
    ("Mrs Anna Varga lives by the track.", "Anna Varga", SHE),
    ("The grandfather Thomas Rourke waited.", "Thomas Rourke", HE),
    ("Sarah Tolan, her voice shaking, spoke.", "Sarah Tolan", SHE),
    ("David Penn and his team left.", "David Penn", HE),
])
def test_what_shows_a_pronoun(text: str, name: str, pronoun: str) -> None:
    assert pronouns(text, scan(text)).get(name) == pronoun


@pytest.mark.parametrize(("text", "name"), [
    ("Coach Paul Banfield gave Mary Orji her medal.", "Mary Orji"),  # "her" is no possessive joined to Orji
    ("Mr Alex Ivers and her sister arrived.", "Alex Ivers"),  # evidence both ways: neither
    ("Alex Ivers arrived late.", "Alex Ivers"),  # a given name alone shows nothing
])
def test_what_shows_no_pronoun(text: str, name: str) -> None:
    assert name not in pronouns(text, scan(text))


def test_a_verb_in_a_fact_box_label_attributes_nothing() -> None:
    text = ("Flood in numbers:\n\nHomes claimed lost: 310.\n\n"
            "\"We saw it coming,\" he said.")
    assert speaker_of(text, "saw it coming") != "Homes"
    line = "Files claimed stolen: 12,000."
    assert in_label(line, 0, line.index("claimed"))
    said = "Police said: 12 people were held."
    assert not in_label(said, 0, said.index("said"))


def test_a_trade_before_a_role_noun_keeps_the_subject() -> None:
    # "bus driver": lower-case words naming a trade before the role noun still open on the subject,
    # so "he" is the man the sentence is about, not the man quoted before him.
    text = ("Shop owner Mark Tull said trade had collapsed. Retired bus driver Joe Penhale, 71, "
            "from Ardmore, queued for an hour. \"I would do it all again,\" he told the Post.")
    assert speaker_of(text, "do it all again") == "Joe Penhale"
    # a verb among the words before the role noun makes the name an object, as before
    text = ("Inspector Mrs Dana Holm led the raid. Police arrested taxi driver Tom Brack at dawn. "
            "\"It went to plan,\" she said.")
    assert speaker_of(text, "went to plan") == "Dana Holm"


def test_a_shop_role_before_a_name_makes_the_subject() -> None:
    # "Shop assistant", "cashier", "clerk", "shopkeeper" are roles like "owner": the named person opens
    # the sentence, so a following "she said" is hers, not nobody's.
    text = ("The winning ticket was bought at a corner shop on Mill Lane. Shop assistant Nora Vance, 22, "
            "could not stop smiling. \"We sell hundreds of tickets a week,\" she said.")
    assert speaker_of(text, "hundreds of tickets") == "Nora Vance"


def test_role_words_after_a_verb_make_no_subject() -> None:
    # "arrested" is no role noun: Tom Brack is the object, and "she" stays with the last subject.
    text = ("Inspector Mrs Dana Holm led the raid. Police arrested Tom Brack at dawn. "
            "\"It went to plan,\" she said.")
    assert speaker_of(text, "went to plan") == "Dana Holm"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # A capitalised role word opening the sentence is a title before the name, as "Coach" is.
    ("Manager Owen Trask could not hide his joy. \"We needed a winger like him,\" he said.",
     "winger like him", "Owen Trask"),
    ("Boss Owen Trask was all smiles. \"It is a good day for us,\" he said.", "good day", "Owen Trask"),
    # "revealed" attributes the quote after a colon like "explained" does.
    ("Coach Owen Trask spoke after training. Trask also revealed how long the club had waited: "
     "\"We wanted him for two years.\"", "two years", "Owen Trask"),
])
def test_role_titles_and_revealed_attribute_quotes(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # A kin epithet after the verb stands for the person just named, as "she" would.
    ("Harbour master Tom Reid said the search was over. For Mary Colwyn, 64, whose uncle Sam was the "
     "skipper, the news brought relief. \"We can mourn him properly now,\" said the mother-of-three from "
     "Penmarth.", "mourn him", "Mary Colwyn"),
    ("Owen Pryce, 71, raised the alarm from his cottage. \"I saw the flare and rang the coastguard,\" "
     "said the grandfather.", "saw the flare", "Owen Pryce"),
])
def test_a_kin_epithet_closing_a_quote_is_the_person_just_named(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_no_epithet_no_speaker_from_it() -> None:
    """A definite phrase that is no person noun ("said the report from Penmarth") names nobody by it."""
    text = ("Mary Colwyn, 64, lives by the harbour. \"The wall is failing,\" said the report from Penmarth.")
    assert speaker_of(text, "wall is failing") != "Mary Colwyn"


def test_a_live_blog_stamp_is_no_part_of_the_speaker() -> None:
    text = ("Live: harbour fire\n\n14:40 The quay is closed. \"Nobody should come near the water tonight,\" "
            "a spokesman said.\n\n13:05 Velden prosecutors said: \"Two warehouses are still burning on the "
            "east quay.\"")
    assert speaker_of(text, "still burning") == "Velden prosecutors"


def test_she_is_never_a_group() -> None:
    # "Velden prosecutors" is a "they": the unnamed woman's words keep no speaker rather than theirs.
    text = ("Live: harbour fire\n\n14:40 Velden prosecutors say they have opened an inquiry.\n\n"
            "12:20 A woman on the quay saw it start. \"There was smoke and then the whole roof went up,\" "
            "she told us.")
    assert speaker_of(text, "whole roof") is None


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # An opening adverbial before the role words: the person is still the sentence's subject.
    ("Councillor Ruth Amory said the count had gone smoothly. In Carnbrook, retired shipyard welder "
     "Alan Tavish, 74, was in tears. \"I never thought I would see this day,\" he told the Echo.",
     "never thought", "Alan Tavish"),
    ("The minister, Grace Onslow, spoke first. On Saturday, local plumber Ian Dorrie, 39, joined the march. "
     "\"Nobody listens to us,\" he said.", "Nobody listens", "Ian Dorrie"),
    ("Party chair Mrs Lena Voss opened the rally. After the vote, unemployed electrician Karl Benn stood on "
     "a chair. \"This is for my kids,\" he said.", "for my kids", "Karl Benn"),
])
def test_an_opening_adverbial_keeps_a_role_led_subject(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_an_act_after_an_opening_adverbial_still_makes_an_object() -> None:
    # "police arrested" is no role lead: the arrested driver is the object, and "she" is the inspector
    text = ("Inspector Mrs Dana Holm led the raid. On Friday, police arrested taxi driver Tom Brack at dawn. "
            "\"It went to plan,\" she said.")
    assert speaker_of(text, "went to plan") == "Dana Holm"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # A reporting clause put last names who spoke: a "she said" in the next paragraph is that person.
    ("Nell Arbery, who runs the choir, said rehearsals would resume. \"We never stopped,\" she said.\n\n"
     "The hall will get new heaters worth £8,000, said councillor Ravinder Osk, who leads the arts board.\n\n"
     "\"We want the hall used all winter,\" she said.", "used all winter", "Ravinder Osk"),
    ("Nell Arbery said rehearsals would resume.\n\nThe heaters arrive in March, says Ravinder Osk.\n\n"
     "\"It will be warm at last,\" she said.", "warm at last", "Ravinder Osk"),
    # A person named after a preposition in that clause is whom it is about, not who spoke.
    ("Nell Arbery said rehearsals would resume.\n\nThe heaters arrive in March, said a friend of "
     "Ravinder Osk.\n\n\"It will be warm at last,\" she said.", "warm at last", "Nell Arbery"),
])
def test_a_reporting_clause_put_last_names_who_she_is(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker

