"""A verbatim cut of a statement joins the statement before a rewording does (factlinks._word_for_word).

Invented text throughout. Two outlets quote a minister's statement in full,
a tabloid rewords it, a specialist paper weaves a verbatim cut of it into
its own sentence. The cut fits the full quote word for word but not the
rewording, so whichever joined the full quote first kept the other out:
the rewording used to win (its passage read closer to the original) and
the cut stood as a unique quote. Word-for-word links now come first.
Near-misses: a reworded quote, another statement of the speaker, and
mentions that are not quotes gain nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.factlinks import STATED_BOUND, VERBATIM_QUOTE, _in_claim_bonus, _word_for_word
from sourcediff.model import Kind, Mention, Report, Span
from sourcediff.values import Quantity, QuoteValue

FULL = ("These results show the school meals scheme is finally reaching the children who need it, "
        "but I know there is much more to do")
REWORDED = ("The school meals scheme is at last getting to the pupils who need it, "
            "but there is plenty more to do")


def quote(text: str, source: str) -> Mention:
    value = QuoteValue(text=text, norm=text.casefold())
    return Mention(Kind.QUOTE, source, 0, Span(0, len(text)), text, value, slot="statement",
                   speaker="Ada Quinlan")


@pytest.mark.parametrize("a, b", [
    (FULL, FULL),
    (FULL, "is finally reaching the children who need it"),
    (FULL, "there is much more to do"),
    ("These results show the school-meals scheme is finally reaching the children who need it", FULL),
])
def test_same_words_or_a_verbatim_cut_link_word_for_word(a: str, b: str) -> None:
    assert _word_for_word(quote(a, "s0"), quote(b, "s1"))
    assert _in_claim_bonus(quote(a, "s0"), quote(b, "s1")) == VERBATIM_QUOTE


@pytest.mark.parametrize("a, b", [
    (FULL, REWORDED),
    (FULL, "is finally getting to the children who need it"),
    (FULL, "We will publish the full figures for every county next spring"),
])
def test_a_rewording_or_another_statement_gains_nothing(a: str, b: str) -> None:
    assert not _word_for_word(quote(a, "s0"), quote(b, "s1"))
    assert _in_claim_bonus(quote(a, "s0"), quote(b, "s1")) == 0.0


def test_figures_gain_no_quote_bonus() -> None:
    a = Mention(Kind.NUMBER, "s0", 0, Span(0, 2), "40", Quantity(Decimal(40), "pupil"), slot="number:pupil")
    b = Mention(Kind.NUMBER, "s1", 0, Span(0, 2), "40", Quantity(Decimal(40), "pupil"), slot="number:pupil")
    assert not _word_for_word(a, b)
    assert _in_claim_bonus(a, b) in (0.0, STATED_BOUND)


LEAD = ("The Ministry of Education said on Tuesday that 412,000 pupils received free school meals "
        "in the autumn term.")
REWORDED_IN_FULL = ("These results show the school meals scheme is at last getting to the pupils "
                    "who need it, but there is plenty more to do")


def texts(cut: str) -> list[str]:
    """Two outlets quote the statement alike (witnessed), a third rewords it, a fourth weaves in a cut."""
    return [
        f'{LEAD}\n\nEducation Minister Ada Quinlan said: "{FULL}."',
        f'{LEAD}\n\nEducation Minister Ada Quinlan said: "{REWORDED_IN_FULL}."',
        f"{LEAD}\n\nEducation Minister Ada Quinlan told reporters the scheme \u201c{cut}\u201d, "
        "pointing to extra cooks and new kitchens in rural schools.",
        "The ministry published the figures in the capital.\n\n"
        f'Ms Quinlan, the education minister, said in a statement: "{FULL}."',
    ]


def quote_facts(articles: list[str]) -> list[tuple[str, list[str]]]:
    report: Report = compare([Article.from_text(t, id=f"s{n}", published="2026-05-14")
                              for n, t in enumerate(articles)])
    return [(f.status.value, sorted(m.source for m in f.mentions))
            for f in report.facts if f.kind is Kind.QUOTE]


@pytest.mark.parametrize("cut", [
    "is finally reaching the children",
    "there is much more to do",
    "is finally reaching the children who need it",
])
def test_a_woven_verbatim_cut_joins_the_statement_a_tabloid_reworded(cut: str) -> None:
    assert quote_facts(texts(cut)) == [("diverge", ["s0", "s1", "s2", "s3"])]


def test_a_cut_of_another_statement_stays_apart() -> None:
    assert ("unique", ["s2"]) in quote_facts(texts("we will publish every county's figures next spring"))
