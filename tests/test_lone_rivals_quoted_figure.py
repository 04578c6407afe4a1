"""A figure an outlet only quotes is not its own: its own other count still rivals the consensus (lonerivals).

Three outlets give "about 4.6 million crates" recycled; a tabloid writes
"shoppers returned 5.1 million crates" and then quotes a campaigner: "4.6
million crates a year is only a start". The quoted figure is the
campaigner's, repeated as said. Before, it put the tabloid among the
outlets agreeing on 4.6 million and made it "give the agreed count too",
so the tabloid's own 5.1 million stayed a detail only it had.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonerivals import join_lone_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity, QuoteValue

ORDER = {"wire": 0, "tabloid": 1, "trade": 2, "local": 3}
QUOTE = "4.6 million crates a year is only a start"


class _Claims:
    """Every passage shares one claim (the aligner's word that the sentences tell one thing)."""

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c2"


def _count(source: str, amount: str, passage: int, at: int = 10) -> Mention:
    return Mention(Kind.NUMBER, source, passage, Span(at, at + 11), f"{amount} million",
                   Quantity(Decimal(amount) * 1_000_000, None), "number:count", cues=("crate",))


def _quote(source: str, passage: int, at: int) -> Mention:
    return Mention(Kind.QUOTE, source, passage, Span(at, at + len(QUOTE)), QUOTE,
                   QuoteValue(QUOTE, QUOTE.lower()), "statement", speaker="Ada Quill")


AGREED = [_count("wire", "4.6", 1), _count("trade", "4.6", 1), _count("local", "4.6", 1)]
OWN = _count("tabloid", "5.1", 1)


def _run(quoted_at: int) -> list[tuple[str, list[str]]]:
    """The facts after joining, with the tabloid's 4.6 million at ``quoted_at`` in its passage 4."""
    quote = _quote("tabloid", 4, 200)
    repeated = _count("tabloid", "4.6", 4, at=quoted_at)
    facts: list[Judged] = [([*AGREED, repeated], Verdict.AGREE, "c2", None),
                           ([OWN], Verdict.UNIQUE, None, None),
                           ([quote], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_rivals(facts, mentions, _Claims(), ORDER)  # type: ignore[arg-type]
    return sorted((v.value, sorted(m.source for m in group)) for group, v, *_ in joined
                  if group[0].kind is Kind.NUMBER)


def test_a_figure_only_quoted_does_not_hide_the_outlets_own_rival_figure() -> None:
    got = _run(quoted_at=200)  # inside the campaigner's quotation
    assert got == [("diverge", ["local", "tabloid", "tabloid", "trade", "wire"])]


def test_the_same_figure_in_the_outlets_own_words_still_reports_two_moments() -> None:
    got = _run(quoted_at=400)  # outside any quotation: the tabloid gives both figures itself
    assert ("unique", ["tabloid"]) in got
