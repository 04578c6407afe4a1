"""A short quoted figure joins its speaker's whole quotation: “within 28 days” (invented text).

Two outlets quoting only "within 28 days" from the wire's longer quotation
used to leave that quotation "only in wire": a fragment of under four words
never joined. A fragment of three words or more that holds a figure, after a
verb of saying and credited to the quotation's own speaker, now joins it;
the summary keeps the whole quotation and says who quotes only the cut.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.model import Fact

WIRE = ('"We are sorry for the wait, and every tenant will get a repair grant within 28 days," '
        'housing director Nadia Orme said on Monday after the Brackley estate floods.')
PAPER = ('The Brackley estate was flooded on Monday. Housing director Nadia Orme promised repair grants '
         '"within 28 days".')
SITE = 'Nadia Orme said tenants of the flooded Brackley estate would get grants "within 28 days".'


def _quotes(*texts: str) -> list[Fact]:
    arts = [Article.from_text(t, id=name, published="2026-04-06")
            for name, t in zip(("wire", "paper", "site"), texts, strict=False)]
    return [f for f in compare(arts).facts if f.kind is Kind.QUOTE]


def test_a_quoted_figure_joins_the_whole_quotation() -> None:
    facts = _quotes(WIRE, PAPER, SITE)
    joined = [f for f in facts if set(f.sources) == {"wire", "paper", "site"}]
    assert joined, [(f.status, f.sources) for f in facts]
    assert joined[0].status is Verdict.AGREE


def test_the_summary_keeps_the_whole_quotation_and_names_the_cut() -> None:
    fact = next(f for f in _quotes(WIRE, PAPER, SITE) if len(f.sources) == 3)
    assert "We are sorry for the wait" in fact.summary
    assert "paper, site quote only \u201cwithin 28 days\u201d" in fact.summary


def test_another_speaker_s_figure_stays_out() -> None:
    other = ('The Brackley estate was flooded on Monday. Councillor Tom Pike said grants would come '
             '"within 28 days".')
    facts = _quotes(WIRE, other)
    assert not any(set(f.sources) == {"wire", "paper"} for f in facts), [(f.status, f.sources) for f in facts]


def test_a_short_fragment_without_a_figure_stays_out() -> None:
    words = 'Nadia Orme said tenants of the flooded Brackley estate would get "a repair grant".'
    wire = ('"We are truly sorry for the wait, and every tenant will get a repair grant soon," '
            'housing director Nadia Orme said on Monday after the Brackley estate floods.')
    facts = _quotes(wire, words)
    assert not any(set(f.sources) == {"wire", "paper"} for f in facts), [(f.status, f.sources) for f in facts]
