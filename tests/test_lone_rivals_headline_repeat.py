"""A lone count told in the headline and again in the body meets its rival through either (lonerivals.py).

A tabloid writes "500 tractors" in its headline and "500 tractors" again in
its first paragraph; three other outlets agree on "about 320 tractors". The
aligner seats the tabloid's body sentence beside the others' sentences, but
the headline is a passage of its own. The lone fact's first mention is the
headline's, which shares no claim with any partner: before, the tabloid's
figure stayed a detail only it has instead of the divergence it is.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonerivals import join_lone_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import APPROX, Quantity

ORDER = {"wire": 0, "tabloid": 1, "trade": 2, "local": 3}


class _Claims:
    """Claims holding passages: the tabloid's body passage (1) sits with the wire's (2)."""

    def __init__(self, *together: tuple[tuple[str, int], tuple[str, int]]) -> None:
        self.together = {frozenset(p) for p in together}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c2" if frozenset(((a.source, a.passage), (b.source, b.passage))) in self.together else None


def _count(source: str, amount: str, passage: int, *, qualifier: str | None = None, at: int = 10) -> Mention:
    value = Quantity(Decimal(amount), None, qualifier)
    return Mention(Kind.NUMBER, source, passage, Span(at, at + 3), amount, value, "number:count",
                   cues=("tractor",))


AGREED = [_count("wire", "320", 2, qualifier=APPROX), _count("trade", "320", 1, qualifier=APPROX),
          _count("local", "320", 3, qualifier=APPROX)]
LONE = [_count("tabloid", "500", 0, at=5), _count("tabloid", "500", 1, at=120)]


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


def test_the_body_repeat_of_a_headline_figure_meets_the_rival() -> None:
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c2", None),
                           (list(LONE), Verdict.UNIQUE, None, None)]
    got = _run(facts, _Claims((("tabloid", 1), ("wire", 2))))
    assert got == [("diverge", ["wire", "tabloid", "tabloid", "trade", "local"])]


def test_no_passage_aligned_leaves_the_figure_alone() -> None:
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c2", None),
                           (list(LONE), Verdict.UNIQUE, None, None)]
    assert ("unique", ["tabloid", "tabloid"]) in _run(facts, _Claims((("tabloid", 4), ("wire", 2))))
