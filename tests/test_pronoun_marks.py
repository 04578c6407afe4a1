"""`pronouns.marks_at`: the one reading of a name's pronoun evidence both speaker passes share."""

from sourcediff.extract.pronouns import HE, SHE, marks_at


def _at(text: str, name: str) -> frozenset[str]:
    start = text.index(name)
    return marks_at(text, start, start + len(name))


def test_title_before_the_name_shows_the_pronoun() -> None:
    assert _at("Councillors thanked Mrs Odile Brach for her years.", "Odile Brach") == {SHE}
    assert _at("The club's grandfather Tomas Reyl spoke first.", "Tomas Reyl") == {HE}


def test_possessive_joined_after_the_name() -> None:
    assert _at("Kell Amory and his crew reached the ridge.", "Kell Amory") == {HE}
    assert _at("Ines Morrow, her voice steady, read the list.", "Ines Morrow") == {SHE}


def test_loose_possessive_and_plain_words_show_nothing() -> None:
    # "gave Roe her medal": "her" may be the subject's, so it is no evidence about Roe
    assert _at("The mayor gave Nell Hardacre her medal.", "Nell Hardacre") == frozenset()
    assert _at("Police named Arlo Quint on Tuesday.", "Arlo Quint") == frozenset()


def test_evidence_both_ways_is_kept_for_the_caller_to_refuse() -> None:
    assert _at("Mr Sam Tollan, her cousin, said so.", "Sam Tollan") == {HE, SHE}


def test_hyphenated_kin_noun_before_the_name_shows_the_pronoun() -> None:
    # Tabloids fold a kin noun into one hyphenated word before a name ("gran-of-three", "dad-of-two"): the
    # word right before the name was read as its last part ("three"), which shows nothing, so "she fumed"
    # one paragraph on went to another woman named earlier (benchmarks/notes/floodinsurance_story.md).
    text = "That is cold comfort for gran-of-three Wenna Polkerris, 71, from Trelowen."
    assert _at(text, "Wenna Polkerris") == {SHE}
    assert _at("Proud dad-of-two Corin Bessick, 38, was first in line.", "Corin Bessick") == {HE}
    assert _at("The Labour-run council's leader Ede Tamsin spoke.", "Ede Tamsin") == frozenset()
