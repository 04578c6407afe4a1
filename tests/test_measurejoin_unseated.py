"""align.measurejoin: a one-figure line in no claim pairs with the passage stating its measure.

"Canal length: 138 km" in a trade site's box and a wire's "86 miles of canal"
inside a sentence already aligned with the box's source: the old rule paired
two linked passages only when neither sat in a claim with the other's
source, so the box line stayed alone. When the partner links to two such
lines of the source ("Construction: +28k", "Revision: -28k"), the figure
alone cannot say which, and neither pairs. Invented articles; the claims are
given by hand.
"""

from __future__ import annotations

from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import join_measures, measures_of
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

WIRE = "Barge traffic fell on the 86 miles of canal between Orrin and Valt, the authority said."
TRADE = "Barge traffic fell again on the Orrin canal, the authority said.\n\nCanal length: 138 km"
LOCAL = "Fewer barges used the Orrin canal last year, the authority said."


def _story(*texts: str) -> tuple[list[str], list[list[Mention]], list[str]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    text = {(s.article.id, p.index): p.text for s in infos for p in s.passages}
    return ([d.source for d in docs], measures_of(infos, [(d.source, d.index) for d in docs]),
            [text[(d.source, d.index)] for d in docs])


def test_an_unseated_box_line_pairs_with_its_measure() -> None:
    source_of, measures, texts = _story(WIRE, TRADE, LOCAL)
    wire = texts.index(WIRE)
    fell, box = texts.index(TRADE.split("\n\n")[0]), texts.index("Canal length: 138 km")
    local = texts.index(LOCAL)
    joined = join_measures([[wire, fell, local]], {}, source_of, measures)
    assert sorted([wire, box]) in joined


def test_two_box_lines_of_one_figure_pair_with_neither() -> None:
    trade = TRADE + "\n\nTowpath length: 138 km"
    source_of, measures, texts = _story(WIRE, trade, LOCAL)
    wire, local = texts.index(WIRE), texts.index(LOCAL)
    fell = texts.index(TRADE.split("\n\n")[0])
    joined = join_measures([[wire, fell, local]], {}, source_of, measures)
    assert joined == [[wire, fell, local]]
