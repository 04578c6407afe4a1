"""Quotes whose speaker is found only once the other outlets are read (extract/latespeakers.py).

A local paper names its subject in passing ("when Isla Brannock's name was
called", a possessive the entity scan does not take for a person) and closes
the quote with "she said": per article the pronoun finds nobody. The wire
names her in full, the story's people step then finds "Brannock" in the local
paper, and a second pass gives the quote its speaker. Ambiguous cases stay
unresolved. Every name, place and sentence is invented.
"""

from __future__ import annotations

from dataclasses import replace

from sourcediff import compare
from sourcediff.extract.latespeakers import LATE_SPEAKER, late_speakers
from sourcediff.extract.people import unify_people
from sourcediff.extract.speakers import PRONOUN_SPEAKER
from sourcediff.model import Article, Kind, Mention, SourceInfo
from sourcediff.pipeline import analyse

WIRE = ("Brannock wins national allotment prize\n\n"
        "Isla Brannock, a retired midwife from Carrowby, won the National Allotment Prize on Saturday "
        "for her walled vegetable garden.\n\n"
        "The judges praised her heritage beans and a pond she dug by hand.\n")


PELL = "\nRetired engineer Osric Pell, 70, who lives next door, helped her dig the pond.\n"


def local(tail: str) -> str:
    return ("Carrowby cheers its prize gardener\n\n"
            "There were cheers in the Carrowby Institute on Saturday when Isla Brannock's name was "
            "called out at the national final.\n\n"
            "Brannock, 64, won for her walled garden and has kept the plot behind the church for "
            "thirty years. She was raised on Orchard "
            "Row.\n\n" + tail)


def quote_mentions(sources: tuple[SourceInfo, ...], source: str, words: str) -> list[Mention]:
    found = [m for s in sources if s.article.id == source for m in s.mentions
             if m.kind is Kind.QUOTE and words in m.raw]
    assert found, words
    return found


def speakers(texts: dict[str, str], source: str, words: str) -> set[str | None]:
    report = compare([Article.from_text(t, id=k) for k, t in texts.items()])
    return {m.speaker for m in quote_mentions(report.sources, source, words)}


def test_pronoun_finds_the_person_another_outlet_names() -> None:
    tail = '"Tell the whole valley the beans won. I will be back by Tuesday," she said on the phone.\n'
    assert speakers({"wire": WIRE, "local": local(tail)}, "local", "valley") == {"Isla Brannock"}


def test_every_sentence_of_the_quotation_takes_the_speaker() -> None:
    tail = '"Tell the whole valley the beans won. I will be back by Tuesday," she said on the phone.\n'
    assert speakers({"wire": WIRE, "local": local(tail)}, "local", "by Tuesday") == {"Isla Brannock"}


def test_late_speaker_is_marked_a_guess() -> None:
    tail = '"Tell the whole valley the beans won," she said.\n'
    report = compare([Article.from_text(WIRE, id="wire"), Article.from_text(local(tail), id="local")])
    (m,) = quote_mentions(report.sources, "local", "valley")
    assert LATE_SPEAKER in m.cues and PRONOUN_SPEAKER in m.cues


def test_pronoun_of_the_other_sex_finds_nobody() -> None:
    tail = '"Tell the whole valley the beans won," he said.\n'
    text = local(tail).replace("Brannock, 64,", "Mrs Brannock, 64,")
    assert speakers({"wire": WIRE, "local": text}, "local", "valley") == {None}


def test_gender_picks_the_one_person_who_fits() -> None:
    tail = ("Her neighbour Mr Osric Pell, 70, helped with the digging.\n\n"
            '"Tell the whole valley the beans won," she said.\n')
    text = local(tail).replace("Brannock, 64,", "Mrs Brannock, 64,")
    assert speakers({"wire": WIRE, "local": text}, "local", "valley") == {"Isla Brannock"}


def test_two_people_with_no_gender_shown_stay_unresolved() -> None:
    tail = ("Brannock shared the plot with Osric Pell for a decade.\n\n"
            '"Tell the whole valley the beans won," they said.\n')
    wire = WIRE + PELL
    assert speakers({"wire": wire, "local": local(tail)}, "local", "valley") == {None}


def test_a_crosshead_naming_someone_else_ends_the_reach() -> None:
    text = ("Carrowby cheers its prize gardener\n\n"
            "There were cheers in the Carrowby Institute on Saturday when Isla Brannock's name was "
            "called out.\n\n"
            "Brannock, 64, won for her walled garden and has kept the plot behind the church "
            "for thirty years.\n\n"
            "Osric Pell\n\n"
            '"Tell the whole valley the beans won," she said.\n')
    wire = WIRE + PELL
    assert speakers({"wire": wire, "local": text}, "local", "valley") == {None}


def test_a_crosshead_naming_nobody_is_stepped_over() -> None:
    text = ("Carrowby cheers its prize gardener\n\n"
            "There were cheers in the Carrowby Institute on Saturday when Isla Brannock's name was "
            "called out.\n\n"
            "Brannock, 64, won for her walled garden and has kept the plot behind the church "
            "for thirty years.\n\n"
            "Beans and a pond\n\n"
            '"Tell the whole valley the beans won," she said.\n')
    assert speakers({"wire": WIRE, "local": text}, "local", "valley") == {"Isla Brannock"}


def test_a_person_named_three_paragraphs_up_is_out_of_reach() -> None:
    text = local("The institute laid on sandwiches for two hundred people.\n\n"
                 "A brass band played until midnight on the green.\n\n"
                 '"Tell the whole valley the beans won," she said.\n')
    assert speakers({"wire": WIRE, "local": text}, "local", "valley") == {None}


def test_quote_with_no_attribution_stays_unresolved() -> None:
    tail = 'A banner read "Tell the whole valley the beans won" above the door.\n'
    assert speakers({"wire": WIRE, "local": local(tail)}, "local", "valley") == {None}


def test_a_speaker_already_found_is_kept() -> None:
    tail = ("Osric Pell, her neighbour, was in the hall.\n\n"
            '"Tell the whole valley the beans won," Pell said.\n')
    assert speakers({"wire": WIRE, "local": local(tail)}, "local", "valley") == {"Osric Pell"}


def _unattributed(info: SourceInfo, words: str) -> SourceInfo:
    """The article as if its extractor had left the quote holding ``words`` without a speaker."""
    mentions = tuple(replace(m, speaker=None) if m.kind is Kind.QUOTE and words in m.raw else m
                     for m in info.mentions)
    return replace(info, mentions=mentions)


def test_lone_surname_names_the_one_person_who_has_it() -> None:
    tail = '"Tell the whole valley the beans won," Brannock told the Gazette.\n'
    infos = (analyse(Article.from_text(WIRE, id="wire")),
             _unattributed(analyse(Article.from_text(local(tail), id="local")), "valley"))
    (m,) = quote_mentions(late_speakers(unify_people(infos)), "local", "valley")
    assert m.speaker == "Isla Brannock" and PRONOUN_SPEAKER not in m.cues


def test_lone_name_two_people_share_stays_unresolved() -> None:
    tail = ("Her sister Isla Pell came too.\n\n"
            '"Tell the whole valley the beans won," Isla told the Gazette.\n')
    infos = (analyse(Article.from_text(WIRE, id="wire")),
             _unattributed(analyse(Article.from_text(local(tail), id="local")), "valley"))
    (m,) = quote_mentions(late_speakers(unify_people(infos)), "local", "valley")
    assert m.speaker is None


def test_sources_without_speakerless_quotes_are_returned_as_they_are() -> None:
    infos = (analyse(Article.from_text(WIRE, id="wire")),)
    assert late_speakers(infos)[0] is infos[0]


def test_pronoun_before_the_quote_finds_the_person_too() -> None:
    tail = 'On the phone last night she told the Gazette: "Tell the whole valley the beans won."\n'
    assert speakers({"wire": WIRE, "local": local(tail)}, "local", "valley") == {"Isla Brannock"}


def test_they_with_a_body_named_beside_the_person_stays_unresolved() -> None:
    tail = ("Brannock thanked the Carrowby Allotment Society, which lent her the plot.\n\n"
            '"Tell the whole valley the beans won," they said.\n')
    wire = WIRE + "\nThe Carrowby Allotment Society said it was proud.\n"
    assert speakers({"wire": wire, "local": local(tail)}, "local", "valley") == {None}
