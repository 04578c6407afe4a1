"""A reported fragment joins the quotation another outlet gives whole (invented text; quotefragments.py).

"The club's spokesman said the players were “shaken but unhurt”" quotes the
wire's "The players are shaken but otherwise unhurt, and the coach is with them": the
fragment, woven into the sentence, is a phrase (never a fact of its own), but
after a verb of saying it is the speaker's words and joins their fact. A
scare quote (no verb of saying), a fragment of under four words, or words
that are no run of the quotation stay out.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

WIRE = ('"The players are shaken but otherwise unhurt, and the coach is with them at the hotel," '
        'club spokesman Ivo Marsh said on Sunday after the team bus crashed near Dunmere.')
WIRE2 = ('Club spokesman Ivo Marsh said: "The players are shaken but otherwise unhurt, and the coach is '
         'with them at the hotel." The team bus crashed near Dunmere on Sunday.')


def _quotes(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-09") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.source for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.QUOTE]


def test_a_reported_fragment_joins_the_whole_quotation() -> None:
    tabloid = ('The team bus crashed near Dunmere on Sunday. Spokesman Ivo Marsh said the stars were '
               '“shaken but otherwise unhurt” after the smash.')
    assert (Verdict.AGREE, ["s0", "s1", "s2"]) in _quotes(WIRE, WIRE2, tabloid)


def test_a_fragment_of_a_lone_quotation_makes_it_agree() -> None:
    tabloid = ('The bus crashed near Dunmere. Ivo Marsh told fans the players were '
               '"shaken but otherwise unhurt".')
    assert (Verdict.AGREE, ["s0", "s1"]) in _quotes(WIRE, tabloid)


def test_a_scare_quote_stays_out() -> None:
    tabloid = 'The bus crashed near Dunmere. The "shaken but otherwise unhurt" players flew home on Monday.'
    assert (Verdict.UNIQUE, ["s0"]) in _quotes(WIRE, tabloid)


def test_a_short_fragment_stays_out() -> None:
    tabloid = 'The bus crashed near Dunmere. Ivo Marsh said the players were "but otherwise unhurt".'
    assert (Verdict.UNIQUE, ["s0"]) in _quotes(WIRE, tabloid)


def test_other_words_stay_out() -> None:
    tabloid = 'The bus crashed near Dunmere. Ivo Marsh said the players were "battered but smiling".'
    assert (Verdict.UNIQUE, ["s0"]) in _quotes(WIRE, tabloid)


def test_a_fragment_credited_to_someone_else_stays_out() -> None:
    # "as quickly as possible" is common wording: another official's fragment is no rival quotation
    tabloid = ('The bus crashed near Dunmere. The mayor, Petra Lund, said the players were '
               '"shaken but otherwise unhurt".')
    assert (Verdict.UNIQUE, ["s0"]) in _quotes(WIRE, tabloid)
    assert all(v is not Verdict.DIVERGE for v, _ in _quotes(WIRE, WIRE2, tabloid))


def test_a_fragment_sides_with_its_speaker_in_a_fact_credited_to_two() -> None:
    # one outlet credits the spokesman's words to the coach: the fact diverges on its speaker, and a
    # fragment the tabloid credits to the spokesman still joins it
    misquoted = ('Coach Dara Flint said: "The players are shaken but otherwise unhurt, and the coach is '
                 'with them at the hotel." The team bus crashed near Dunmere on Sunday.')
    tabloid = ('The team bus crashed near Dunmere on Sunday. Spokesman Ivo Marsh said the stars were '
               '“shaken but otherwise unhurt” after the smash.')
    assert (Verdict.DIVERGE, ["s0", "s1", "s2"]) in _quotes(WIRE, misquoted, tabloid)


def test_a_two_word_fragment_the_reported_words_run_into_joins() -> None:
    # the paraphrase runs on into the quoted end: "unhurt and the coach is" + "with them" is the wire's run
    tabloid = ('The bus crashed near Dunmere. Ivo Marsh said the players were shaken but otherwise unhurt '
               'and the coach is "with them".')
    assert (Verdict.AGREE, ["s0", "s1"]) in _quotes(WIRE, tabloid)


def test_a_two_word_fragment_without_the_run_stays_out() -> None:
    # one paraphrased word before the fragment is no run of the quotation
    tabloid = 'The bus crashed near Dunmere. Ivo Marsh said the squad, though shaken, was "otherwise unhurt".'
    assert (Verdict.UNIQUE, ["s0"]) in _quotes(WIRE, tabloid)


def test_a_two_word_fragment_credited_to_someone_else_stays_out() -> None:
    tabloid = ('The bus crashed near Dunmere. The mayor, Petra Lund, said the players were shaken but '
               'otherwise unhurt and the coach is "with them".')
    assert (Verdict.UNIQUE, ["s0"]) in _quotes(WIRE, tabloid)
