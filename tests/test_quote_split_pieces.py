"""A quotation split around its attribution, given in both pieces by several outlets, agrees.

"We are not against a bypass," she said. "We are against a bypass that cuts
our village in two." Two outlets giving both sentences put four
statements in one fact, and the first sentence of one beside the second of
the other read as a dropped "not": a divergence no outlet wrote. Each piece
matched word for word by the other outlet is no rival reading; a piece that
one outlet words differently still diverges.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

WIRE = ('Delia Marsh, who chairs the Hollin parish council, said residents wanted the route moved '
        'away from the school.\n\n'
        '"We are not against a bypass. We are against a bypass that cuts our village in two," '
        'she told the agency by telephone.')
PAPER = ('Not everyone is pleased. Delia Marsh, who leads the parish council in Hollin, said: '
         '"We are not against a bypass. We are against a bypass that cuts our village in two."')
RADIO = ('But the head of the parish council, Delia Marsh, says the school comes first. '
         '"We are not against a bypass," she told the station. '
         '"We are against a bypass that cuts our village in two."')


def marsh_verdicts(*texts: str) -> list[Verdict]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-05-12") for n, t in enumerate(texts)]
    return [f.status for f in compare(arts).facts if f.kind is Kind.QUOTE
            and len({m.source for m in f.mentions}) > 1
            and any("against" in m.raw for m in f.mentions)]


def test_both_pieces_in_every_outlet_agree() -> None:
    verdicts = marsh_verdicts(WIRE, PAPER, RADIO)
    assert verdicts and all(v is Verdict.AGREE for v in verdicts), verdicts


def test_a_reworded_piece_still_diverges() -> None:
    changed = RADIO.replace("cuts our village in two", "splits our village down the middle")
    verdicts = marsh_verdicts(PAPER, changed)
    assert Verdict.DIVERGE in verdicts, verdicts
