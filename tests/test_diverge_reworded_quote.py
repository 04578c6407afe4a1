"""A quotation reworded after its opening words is the same statement, diverging (boilwater, tornado)."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Report, Verdict

WIRE = ('Marlow Water told 90,000 residents of Tessing on Thursday to boil their tap water after '
        'bacteria were found at the Orley works.\n\n'
        '"We will not lift this notice until two rounds of tests come back clean, and nobody should '
        'take risks in the meantime," said Rhoda Fenner, the utility\'s director.')
TRADE = ('Marlow Water put Tessing under a boil-water notice on Thursday after bacteria were found at '
         'its Orley works, affecting 90,000 residents.\n\n'
         '"We will not lift this notice until two rounds of tests come back clean, and nobody should '
         'take risks in the meantime," director Rhoda Fenner said.')


def _quote_facts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    report: Report = compare([Article.from_text(t, id=i, published="2026-11-19")
                              for i, t in zip("abc", texts, strict=False)])
    return [(f.status, sorted(m.source for m in f.mentions)) for f in report.facts if f.kind is Kind.QUOTE]


def _tabloid(quote: str, speaker: str = "Rhoda Fenner") -> str:
    return ('Some 90,000 people in Tessing were told on Thursday to boil their tap water after '
            'bacteria were found at the Orley works.\n\n'
            f'Water boss {speaker} said: "{quote}"')


def test_a_quote_rewritten_after_its_opening_diverges_from_the_whole() -> None:
    for quote in ("We won't lift this notice until the water is totally safe, full stop.",
                  "We will not lift this notice until every test says the water is safe to drink.",
                  "We will NOT lift this notice until we are sure, and I won't apologise for that."):
        facts = _quote_facts(WIRE, TRADE, _tabloid(quote))
        assert (Verdict.DIVERGE, ["a", "b", "c"]) in facts, quote


def test_the_same_words_still_agree() -> None:
    quote = ("We will not lift this notice until two rounds of tests come back clean, and nobody "
             "should take risks in the meantime.")
    assert (Verdict.AGREE, ["a", "b", "c"]) in _quote_facts(WIRE, TRADE, _tabloid(quote))


def test_another_opening_or_another_speaker_is_another_statement() -> None:
    # a statement of its own (another opening), and the same opening credited to someone else
    # (a misattribution is the quote join's job, not this rule's: the words must be the same)
    own = _quote_facts(WIRE, TRADE, _tabloid("Tessing deserves better than this, and we will fix it fast."))
    assert (Verdict.UNIQUE, ["c"]) in own
    other = _quote_facts(WIRE, TRADE, _tabloid("We will not lift this ban on hosepipes before spring.",
                                               speaker="Colm Abara"))
    assert all(status is not Verdict.DIVERGE for status, _ in other)
