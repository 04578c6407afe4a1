"""A bound both figures satisfy does not hide a lone swapped count (loneswaps.py, lonerivals.lone_moves).

Invented text. Three outlets cut off 1,450 residents; a broadcaster has
"About 1,540 people" and a councillor's "more than 1,000 people" in a fifth
outlet. The bound fits both figures, yet it joined the broadcaster's alone
and made an agreement of it, so the swapped figure was no longer a lone
rival of the agreed one and the divergence went unreported.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.loneswaps import join_lone_swaps
from sourcediff.model import Mention, Span
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, BELOW, Quantity

ORDER = {"wire": 0, "radio": 1, "trade": 2, "local": 3, "weekly": 4}


def _count(source: str, amount: str, noun: str = "resident", *, qualifier: str | None = None) -> Mention:
    value = Quantity(Decimal(amount), None, qualifier)
    return Mention(Kind.NUMBER, source, 1, Span(10, 15), amount, value, "number:count", cues=(noun,))


def _run(facts: list[Judged]) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_swaps(facts, mentions, ORDER)
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


AGREED: Judged = ([_count("wire", "1450"), _count("trade", "1450"), _count("local", "1450")],
                  Verdict.AGREE, "c1", None)


def test_a_bound_fitting_both_figures_does_not_hide_the_swap() -> None:
    bounded: Judged = ([_count("radio", "1540", "person", qualifier=APPROX),
                        _count("weekly", "1000", "person", qualifier=ABOVE)], Verdict.AGREE, "c2", None)
    assert _run([AGREED, bounded]) == [("diverge", ["wire", "radio", "trade", "local", "weekly"])]


def test_a_bound_the_agreed_figure_breaks_keeps_its_agreement() -> None:
    """"more than 1,500" fits 1,540 and not 1,450: a second source backs the figure, it is no lone slip."""
    bounded: Judged = ([_count("radio", "1540", "person", qualifier=APPROX),
                        _count("weekly", "1500", "person", qualifier=ABOVE)], Verdict.AGREE, "c2", None)
    assert _run([AGREED, bounded]) == [("agree", ["radio", "weekly"]), ("agree", ["wire", "trade", "local"])]


def test_two_exact_sources_stay_an_agreement() -> None:
    agreed: Judged = ([_count("radio", "1540", "person"), _count("weekly", "1540", "person"),
                       _count("weekly", "2000", "person", qualifier=BELOW)], Verdict.AGREE, "c2", None)
    assert _run([AGREED, agreed]) == [("agree", ["radio", "weekly", "weekly"]),
                                      ("agree", ["wire", "trade", "local"])]


def test_whole_comparison() -> None:
    texts = ["Floods have cut off 1,450 residents of the two hill villages, the county said on Friday.",
             "The two hill villages, home to 1,450 residents, have had no road link since the storm.",
             "Some 1,450 residents remain cut off by floods, the county's emergency team said.",
             "About 1,540 people in the two villages have no road link, the broadcaster was told.",
             "More than 1,000 people in the villages are without a road link, a councillor said."]
    articles = [Article.from_text(t, id=f"s{n}", published="2024-03-08") for n, t in enumerate(texts)]
    facts = [f for f in compare(articles).facts if "1,4" in f.summary or "1,5" in f.summary]
    assert [f.status.value for f in facts] == ["diverge"]


def _hundreds(source: str, noun: str = "resident") -> Mention:
    value = Quantity(Decimal(200), None, APPROX, Decimal(999))
    return Mention(Kind.NUMBER, source, 1, Span(0, 8), "Hundreds", value, "number:count", cues=(noun,))


AGREED_HUNDREDS: Judged = ([_count("wire", "412", "worker"), _count("trade", "412", "worker"),
                            _count("local", "412", "worker")], Verdict.AGREE, "c1", None)


def test_a_vague_order_of_magnitude_does_not_hide_the_swap() -> None:
    """"Hundreds of workers" fits 412 and 421 alike: it joined the tabloid's 421 alone and hid the slip."""
    vague: Judged = ([_count("tabloid", "421", "worker"), _hundreds("local", "worker")],
                     Verdict.AGREE, "c2", None)
    order = {**ORDER, "tabloid": 5}
    mentions = [m for group, *_ in (AGREED_HUNDREDS, vague) for m in group]
    joined = join_lone_swaps([AGREED_HUNDREDS, vague], mentions, order)
    assert sorted((v.value, sorted(m.source for m in group)) for group, v, *_ in joined) == [
        ("diverge", ["local", "local", "tabloid", "trade", "wire"])]


def test_whole_comparison_with_a_vague_count() -> None:
    """The local paper's "Hundreds of workers" sits with the tabloid's 421, its own 412 elsewhere."""
    texts = ["A tribunal on Thursday ordered the carrier Dunmoor to pay 412 warehouse workers for unpaid "
             "breaks.",
             "The tribunal ruled on Thursday that 421 staff at the Dunmoor depot were wrongly docked pay for "
             "a break every shift.",
             "The tribunal told Dunmoor to pay back pay to 412 warehouse staff over the unpaid breaks.",
             "Hundreds of workers at the Dunmoor depot are celebrating after a tribunal ruled on Thursday "
             "that they should have been paid for their breaks. It ordered the firm to pay 412 warehouse "
             "staff."]
    articles = [Article.from_text(t, id=f"s{n}", published="2024-03-08") for n, t in enumerate(texts)]
    facts = [f for f in compare(articles).facts if "412" in f.summary or "421" in f.summary]
    assert [f.status.value for f in facts] == ["diverge"]
