"""Speakers of quotes in the shapes news copy uses (#12 item 9), and quotes compared sentence by sentence.

Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff import Article, Kind, Verdict, compare, load
from sourcediff.extract.quotes import extract
from sourcediff.model import Mention
from sourcediff.segment import segment


def quotes(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return extract(article, segment(article))


def speaker_of(text: str, words: str) -> str | None:
    hits = [m for m in quotes(text) if words in m.raw]
    assert hits, f"no quote containing {words!r} in {[m.raw for m in quotes(text)]}"
    return hits[0].speaker


SPEAKERS = [
    # A second quoted sentence keeps the speaker of the first.
    ('"The pumps are running again," Mayor Lena Fairholm said. "We expect the water to drop by Friday."',
     "drop by Friday", "Lena Fairholm"),
    ('Coach Dara Quill said: "We defended well. The second goal came from a mistake."',
     "second goal came", "Dara Quill"),
    # Characterizing verbs attribute the quoted words.
    ('Councillor Ivo Brandt described the plan as "a gift to developers who never pay their share".',
     "a gift to developers", "Ivo Brandt"),
    ('Union leader Mira Castell called the offer "an insult to every nurse on the ward".',
     "an insult to every nurse", "Mira Castell"),
    ('Senator Paul Ambrose called it "a good day for the valley" after the vote on Monday.',
     "a good day for the valley", "Paul Ambrose"),
    ('Minister Tomas Relly arrived in the town on Monday and described the damage as "worse than anything '
     'I have seen in office".', "worse than anything", "Tomas Relly"),
    # A verb of saying joined by "and" to the subject's earlier predicate is that subject's.
    ('Inspector Harriet Quennell thanked the neighbours who had come forward, and said the case showed '
     '"how much one phone call can matter".', "one phone call", "Harriet Quennell"),
    ('Mayor Odile Farrant visited the shelter on Friday and said the town owed the volunteers '
     '"more than it can ever repay".', "ever repay", "Odile Farrant"),
    # A speaker is not taken from a following "another official said" clause.
    ('"Every ballot was counted," said Greta Olwen, the county clerk. Another official said a recount '
     'was unlikely.', "Every ballot was counted", "Greta Olwen"),
    ('"The line will reopen on Monday," said spokesperson Arun Dhillon, while another official said '
     'repairs could take longer.', "The line will reopen", "Arun Dhillon"),
    # A person "of" a body, and a role "of" a body next to a name, are the person.
    ('"The data are clear," said Dr. Hanne Solberg of the Nordvik Institute, who led the analysis.',
     "The data are clear", "Hanne Solberg"),
    ('Dr. Ruth Amadi, chief surgeon of Eastfield General Hospital, said 40 patients were admitted. '
     '"We need more beds," she said.', "We need more beds", "Ruth Amadi"),
    ('"We will appeal," Piet Vermeulen of Vermeulen Logistics told reporters.', "We will appeal",
     "Piet Vermeulen"),
    # Verbs of pleading and promising attribute too.
    ('Premier Carla Doyle pleaded with residents: "Please stay indoors until the smoke clears."',
     "Please stay indoors", "Carla Doyle"),
    ('Police Chief Ken Adair has promised that "every complaint will be investigated".',
     "every complaint will be investigated", "Ken Adair"),
    # A name and a colon introduce a statement without a verb (live blogs, releases).
    ('14:10 A statement from the club. Hana Morrow, chair of the Lakeside Trust: "We are delighted '
     'with the outcome."', "delighted with the outcome", "Hana Morrow"),
    ('Mayor Olek Brandvik visited the site on Monday.\n\nOlek Brandvik: "The bridge will reopen on Friday."',
     "bridge will reopen", "Olek Brandvik"),
    ('Ravi Anand told reporters: "It was a long night for everyone."', "long night", "Ravi Anand"),
    # A capitalized title before "of" a body is the person's role; the body does not speak.
    ('Orla Finch, Vice-Chancellor of Tarnside University, said: "We have lost a friend."',
     "lost a friend", "Orla Finch"),
    ('Piet Varga, Director of the Hollin Institute for Soil Science, said: "The data are clear."',
     "data are clear", "Piet Varga"),
    ('Minister of Transport Ilse Marno said: "The line reopens in May."', "line reopens", "Ilse Marno"),
    # ... also when the body is one word the article names nowhere else: no person is named with one word
    ('Tomas Reel, Chief Executive Officer of Quorvane, said: "Our plant is ready."', "plant is ready",
     "Tomas Reel"),
    # A lower-case title without an article, before "of" a body, is an appositive to step over.
    ('"The road stays shut," Inspector Tove Marr, head of the county traffic unit, told reporters.',
     "road stays shut", "Tove Marr"),
    ('"We found nothing," Arne Solberg, deputy head of the harbour police, said on Friday.',
     "found nothing", "Arne Solberg"),
    # A participle of saying after a comma: the sentence's subject speaks (a hyphenated role before it).
    ('Tarnside University vice-chancellor Sir Orla Finch led the tributes, saying: "We have lost a friend."',
     "lost a friend", "Sir Orla Finch"),
    ('Union chief Orla Finch led the tributes, saying: "We have lost a friend."', "lost a friend",
     "Orla Finch"),
    ('Ilse Marno thanked the crews, adding "the line reopens in May".', "line reopens", "Ilse Marno"),
    # A paragraph ending "X said:" introduces the quotation set apart in the next one (releases).
    ('Piet Varga, Director of the Hollin Institute, said:\n\n"The data are clear and we will publish them."',
     "data are clear", "Piet Varga"),
    # One person's reported speech closing the paragraph above: the quote set apart below is theirs.
    ('Jo Ashe said the bridge would reopen.\n\n"We will rebuild the bridge this year."', "rebuild",
     "Jo Ashe"),
]


@pytest.mark.parametrize("text", [
    'Update: "We are all safe for now."',
    'The statement in full: "We regret the delay to passengers."',
    'Mayor Olek Brandvik visited the site.\n\nOlek Brandvik: "Bridge of Sighs" star to open the fair.',
])
def test_a_colon_after_no_name_gives_no_speaker(text: str) -> None:
    assert [m.speaker for m in quotes(text)] == [None]


def test_a_body_that_says_something_is_still_the_speaker() -> None:
    assert speaker_of('The Department of Health said: "Supplies are adequate."', "Supplies") \
        == "Department of Health"


@pytest.mark.parametrize("text", [
    'The mayor spoke for an hour.\n\n"We will rebuild the bridge this year."',
    'Jo Ashe said the bridge would reopen. Residents are angry.\n\n"We will rebuild the bridge this year."',
    'Jo Ashe and Tam Rudd said the bridge would reopen.\n\n"We will rebuild the bridge this year."',
])
def test_a_paragraph_without_a_colon_introduces_no_quote_below(text: str) -> None:
    assert [m.speaker for m in quotes(text)] == [None]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_called_without_a_quotation_is_no_attribution() -> None:
    """"called" is as often a telephone call: it attributes nothing to a later quote."""
    text = 'Councilman Ray Dunmore called the clerk on Tuesday night. "We have a lot of work to do."'
    assert speaker_of(text, "a lot of work") is None
    text = 'Councilman Ray Dunmore said the count was over. "We have a lot of work to do."'
    assert speaker_of(text, "a lot of work") == "Ray Dunmore"


def test_a_short_characterizing_quote_stays_a_label_of_its_speaker() -> None:
    """A few words someone called something are wording to compare, not a statement to judge."""
    ms = quotes('Dr. Ines Varga called the results "genuinely encouraging" on Sunday.')
    assert len(ms) == 1 and ms[0].value.phrase and ms[0].speaker == "Ines Varga"  # type: ignore[union-attr]


def test_scare_quotes_stay_labels() -> None:
    ms = quotes('The agency said the so-called "red zone" would be lifted on Monday.')
    assert len(ms) == 1 and ms[0].value.phrase  # type: ignore[union-attr]


def _quote_facts(*texts: str) -> list[tuple[str, Verdict]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-11-21") for n, t in enumerate(texts)]
    return [(f.mentions[0].raw, f.status) for f in compare(arts).facts if f.kind is Kind.QUOTE]


def test_one_changed_sentence_of_a_long_quote_is_one_divergence() -> None:
    facts = _quote_facts(
        '"We never stopped believing. This group deserves every medal it gets," coach Nia Holt said.',
        'Coach Nia Holt said: "We never stopped believing. This squad deserves every medal it gets."')
    status = {raw.split()[0]: verdict for raw, verdict in facts}
    assert status == {"We": Verdict.AGREE, "This": Verdict.DIVERGE}


def test_one_quote_of_two_sentences_agrees_with_two_quotes_of_one() -> None:
    facts = _quote_facts(
        '"Search teams are working through the night. We will not stop until every building has been '
        'checked," Minister Omar Fadel said.',
        '"Search teams are working through the night," Fadel said. "We will not stop until every building '
        'has been checked."')
    # One quotation in both (its parts around "Fadel said." joined, #11): one agreeing fact.
    assert [v for _, v in facts] == [Verdict.AGREE]
    assert facts[0][0].startswith("Search teams") and facts[0][0].endswith("checked")


HOUSE_STYLE = [
    # (quote in one outlet, same quote in another outlet's house style)
    ("Police locked down the neighbourhood just after 6:00 p.m.",
     "Police locked down the neighborhood just after 6 p.m."),
    ("We appreciate your respect for her (Dana Ruiz) and her family's privacy.",
     "We appreciate your respect for her and her family's privacy."),
    ("This flaw is being exploited by cyber-criminals every day.",
     "This flaw is being exploited by cyber criminals every day."),
    ("The regime's endgame is to capture the oilfields along the border.",
     "The regime's end game is to capture the oil fields along the border."),
    ("He realised the whole centre of town had lost its colour.",
     "He realized the whole center of town had lost its color."),
]
ALTERED = [
    ("Our priority is to reach everyone still under the rubble.",
     "Our priority is to reach everybody still under the rubble."),
    ("The deal is good for the workers of this town.", "The deal is not good for the workers of this town."),
    ("We will be back on the streets in four days.", "We will be back on the streets for days."),
]


def _one_quote_verdict(first: str, second: str) -> Verdict:
    facts = _quote_facts(f'"{first}" Mayor Iva Lund said on Monday.',
                         f'Mayor Iva Lund said on Monday: "{second}"')
    assert len(facts) == 1, facts
    return facts[0][1]


@pytest.mark.parametrize(("first", "second"), HOUSE_STYLE)
def test_house_style_is_not_an_altered_quote(first: str, second: str) -> None:
    assert _one_quote_verdict(first, second) is Verdict.AGREE


@pytest.mark.parametrize(("first", "second"), ALTERED)
def test_a_changed_word_is_an_altered_quote(first: str, second: str) -> None:
    assert _one_quote_verdict(first, second) is Verdict.DIVERGE


def test_a_clause_opened_by_while_times_another_speaker() -> None:
    # "... told reporters there was “X” while B said “Y”": B's verb is Y's, not X's
    text = ("Police chief Ana Mork told reporters there was \u201cno sign of a second gunman\u201d while "
            'Ivo Brandt, a former detective, said "it looks like a lone attacker" on Monday.')
    assert speaker_of(text, "no sign of a second") == "Ana Mork"
    assert speaker_of(text, "lone attacker") == "Ivo Brandt"
    tail = "\u201cWe will appeal the ruling,\u201d Ivo Brandt said on Monday."
    assert speaker_of(tail, "appeal") == "Ivo Brandt"


def test_a_heading_that_names_someone_before_a_colon_is_no_attribution(tmp_path: Path) -> None:
    """Headlines label a topic so ("Flood town: “We lost everything”"): the name is not the speaker."""
    page = tmp_path / "bridge.md"
    page.write_text('---\ntitle: "Bridge news"\ndate: 2026-11-02\n---\n'
                    '# Mayor Olek Brandvik: "We will rebuild the bridge by spring."\n\n'
                    "Mayor Olek Brandvik visited the site on Monday with engineers.\n", encoding="utf-8")
    article = load(page)
    assert [m.speaker for m in extract(article, segment(article))] == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    # A colon introduces the quote: a verb of saying in the next sentence reports something else.
    ('Council leader Marta Quill said: "We will take this to the courts." Her party says it will appeal.',
     "Marta Quill"),
    ('Marta Quill was defiant: "We will take this to the courts." Tom Rhee said the party would appeal.',
     "Marta Quill"),
    # No verb before the colon: the person who opens the sentence speaks.
    ('Marta Quill, speaking outside the hall: "We will take this to the courts." The party says it will '
     'appeal.', "Marta Quill"),
    # A quote that ends its sentence with no introduction still takes the attribution after it.
    ('"We will take this to the courts." Marta Quill said on Monday.', "Marta Quill"),
    # A sports role in the appositive makes the name a person ("the fitness trainer", "the coach").
    ('The club spent the summer on it. Jorik Talvane, the fitness trainer who joined in May, credited '
     'the work: "We will take this to the courts."', "Jorik Talvane"),
])
def test_a_colon_introduction_names_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text, "take this to the courts") == speaker


def test_a_live_blog_entry_opens_with_its_clock_time() -> None:
    """ "20:40 Treasurer Ines Garrow ..." makes Garrow the sentence's subject, whom "she" then means."""
    text = ('21:58 Mayor Petr Olsen has posted a statement: "A fair result for the town."\n\n'
            '20:40 Treasurer Ines Garrow is closing the debate. "The levy pays for itself," she tells the '
            'council.')
    assert speaker_of(text, "The levy pays") == "Ines Garrow"


@pytest.mark.parametrize(("text", "speaker"), [
    # A role before the name and a body after it: the person speaks, not the body.
    ('Opposition leader Jo Ode of the Harbour Party called the plan "a raid on every family in the valley".',
     "Jo Ode"),
    # The body set off by commas describes the name before it.
    ('Jo Ode, of the Harbour Party, said: "We will win this seat back."', "Jo Ode"),
])
def test_a_person_of_a_body_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text, "") == speaker


def test_a_possessive_determiner_stands_for_the() -> None:
    """ "His Harbour Party said" is the party speaking, never a person named "His Harbour Party"."""
    text = 'Jo Ode spoke first. His Harbour Party said: "We will appeal against the ruling."'
    assert speaker_of(text, "appeal against") == "Harbour Party"


def test_a_participle_after_an_unnamed_subject_gives_no_speaker() -> None:
    """The clause before "saying" is no speaker phrase: without a named subject nobody is credited."""
    text = 'The mayor opened the bridge, saying: "This is a great day."'
    assert [m.speaker for m in quotes(text)] == [None]
