"""factverdicts: which clusters a divergence or an update joins, and each group's verdict."""

from __future__ import annotations

from sourcediff import Article, Verdict, compare

# Four invented reports of one toll rise: all agree the old rate was 18p; one gives the new rate as £0.23,
# and its own words ("rises from £0.18 to £0.23") state that change as an update.
VANS = {
    "a": "Drivers of older vans will pay 22 pence a mile, up from 18 pence.",
    "b": "Those with older vans will see the charge go up from 18p to 22p a mile.",
    "c": "The charge for older vans rises from £0.18 to £0.23 per mile.",
    "d": "Older vans will pay 22p a mile.",
}


def test_an_update_does_not_pull_the_agreed_old_figure_into_a_divergence() -> None:
    """The new rates diverge (22p against £0.23); the old rate, 18p in three sources, agrees.

    The trade report's stated update joined its £0.18 to its £0.23, and so
    the whole agreed 18p cluster to the divergent new rates: one fact, the
    old rate reported as part of a divergence it has no part in.
    """
    report = compare([Article.from_text(t, id=k, published="2026-03-03") for k, t in VANS.items()])
    by_raw = {m.raw: f for f in report.facts for m in f.mentions}
    assert by_raw["£0.23"].status is Verdict.DIVERGE
    assert by_raw["22p"] is by_raw["£0.23"]
    assert by_raw["18p"].status is Verdict.AGREE
    assert {m.source for m in by_raw["18p"].mentions} == {"a", "b", "c"}
