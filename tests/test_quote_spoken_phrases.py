"""A short quote a verb of saying credits to a named speaker is a quotation fact (quotespoken.py).

Invented text.

"Operator chief Lina Voss said the firm was “disappointed but not surprised”"
quotes Voss: no outlet quoting it at greater length, it was a phrase and
showed nowhere. Scare quotes, titles and nicknames stay wording, and a short
quote another quotation holds stays with that quotation (quotefragments.py).
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

OTHER = ('The council of Dunmere voted on Monday to ban rental scooters from the city centre '
         'from the first of March, the council said.')


def _quotes(*texts: str) -> list[tuple[Verdict, list[str], list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-09") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.source for m in f.mentions), [m.raw for m in f.mentions])
            for f in compare(arts).facts if f.kind is Kind.QUOTE]


def test_a_short_quote_said_by_a_named_speaker_is_a_fact() -> None:
    text = ('Dunmere banned rental scooters on Monday. Zipway chief executive Lina Voss said the '
            'company was "disappointed but not surprised" by the vote.')
    assert (Verdict.UNIQUE, ["s1"], ["disappointed but not surprised"]) in _quotes(OTHER, text)


def test_words_called_by_a_named_speaker_are_a_fact() -> None:
    text = ('A light aircraft landed on a beach near Dunmere on Sunday. The pilot\'s brother, Tom Rusk, '
            'called her "shaken but stubborn" after the landing.')
    assert (Verdict.UNIQUE, ["s1"], ["shaken but stubborn"]) in _quotes(OTHER, text)


def test_the_same_short_quote_in_two_outlets_agrees() -> None:
    one = ('Dunmere banned rental scooters on Monday. Zipway chief executive Lina Voss said the '
           'company was "disappointed but not surprised" by the vote.')
    two = ('Zipway boss Lina Voss said her firm was "disappointed but not surprised" after councillors '
           'in Dunmere voted for the ban on Monday.')
    assert (Verdict.AGREE, ["s0", "s1"], ["disappointed but not surprised"] * 2) in _quotes(one, two)


def test_scare_quotes_stay_wording() -> None:
    text = ('Dunmere banned rental scooters on Monday. Residents had complained about "pavement clutter" '
            'for years.')
    assert _quotes(OTHER, text) == []


def test_a_so_called_term_stays_wording() -> None:
    text = ('Dunmere banned rental scooters on Monday. Mayor Lina Voss said the so-called "scooter '
            'parking bays" had failed.')
    assert _quotes(OTHER, text) == []


def test_a_title_stays_wording() -> None:
    text = ('Dunmere banned rental scooters on Monday. Mayor Lina Voss said the film "Out of the Blue" '
            'would open the town festival instead.')
    assert _quotes(OTHER, text) == []


def test_a_nickname_stays_wording() -> None:
    text = 'Dunmere banned rental scooters on Monday. Boxer Tom "Iron Fist" Rusk said he would walk instead.'
    assert _quotes(OTHER, text) == []


def test_one_quoted_word_stays_wording() -> None:
    text = 'Dunmere banned rental scooters on Monday. Mayor Lina Voss said the old rules were "unworkable".'
    assert _quotes(OTHER, text) == []


def test_a_short_quote_a_longer_quotation_holds_is_no_fact_of_its_own() -> None:
    wire = ('"We are disappointed but not surprised, and we will appeal," Lina Voss, head of the operator '
            'Zipway, said after Dunmere banned rental scooters on Monday.')
    text = ('Dunmere banned rental scooters on Monday. Lina Voss of Zipway said the company was '
            '"but not surprised" by it.')
    facts = _quotes(wire, text)
    assert not any(raws == ["but not surprised"] for _, _, raws in facts), facts


def test_a_relative_clause_after_a_dash_names_its_speaker() -> None:
    # "which Tom Rusk said" set off by a dash, as by a comma: Rusk speaks, not the sentence's subject
    text = ('Dunmere banned rental scooters on Monday. Riders will get a refund of two pounds – which '
            'Tom Rusk said "will not come close" to covering his losses.')
    facts = compare([Article.from_text(t, id=f"s{n}", published="2026-06-09")
                     for n, t in enumerate((OTHER, text))]).facts
    assert [m.speaker for f in facts if f.kind is Kind.QUOTE for m in f.mentions] == ["Tom Rusk"]
