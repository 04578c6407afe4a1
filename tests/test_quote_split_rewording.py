"""A reworded sentence of a quotation whose other sentence agrees joins the statement (quotevariants.py).

A wire quotes a farmers' leader whole: "We are not backing down until the
milk price goes up. Our dairies are closing every month." A trade paper
prints "We will not back down until milk prices go up. Our dairies are
closing every month." as one quotation. Its second sentence, word for word
the wire's, joined the wire's quote as a cut, so the trade paper was already
a source of the statement's fact, and the reworded first sentence, refused as
"a second statement of the same source", stayed a unique quote. Its words
kept their stems ("backing down" / "back down") but no run of three words
as written, so even apart it was no rewording.
"""

from __future__ import annotations

from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.quotevariants import altered, join_altered
from sourcediff.values import QuoteValue

ORDER = {"wire": 0, "tabloid": 1, "trade": 2}
WHOLE = "We are not backing down until the milk price goes up. Our dairies are closing every month."
FIRST = "We are not backing down until the milk price goes up."
REWORDED = "We will not back down until milk prices go up."
SECOND = "Our dairies are closing every month."
TRADE = f"Gwen Tallis told us: \u201c{REWORDED} {SECOND}\u201d The union meets next week."


def _q(text: str) -> QuoteValue:
    return QuoteValue(text, " ".join(w.strip(".,").lower() for w in text.split()))


def _quote(source: str, text: str, start: int, passage: int = 1) -> Mention:
    return Mention(Kind.QUOTE, source, passage, Span(start, start + len(text)), text, _q(text),
                   "statement", speaker="Gwen Tallis")


class _Ctx:
    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.claims_of = {("wire", 1): frozenset({"c1"}), ("tabloid", 1): frozenset({"c1"}),
                          ("trade", 1): frozenset({"c1"})}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        both = self.claims_of.get((a.source, a.passage), frozenset()) & self.claims_of.get(
            (b.source, b.passage), frozenset())
        return min(both) if both else None


def _facts(trade_second_passage: int = 1) -> list[Judged]:
    at = TRADE.index(REWORDED)
    statement = [_quote("wire", WHOLE, 0), _quote("tabloid", FIRST, 0),
                 _quote("trade", SECOND, TRADE.index(SECOND), trade_second_passage)]
    return [(statement, Verdict.AGREE, "c1", None),
            ([_quote("trade", REWORDED, at)], Verdict.UNIQUE, "c1", None)]


def _run(facts: list[Judged]) -> list[tuple[str, list[str]]]:
    ctx = _Ctx({"wire": WHOLE, "tabloid": FIRST, "trade": TRADE})
    joined = join_altered(facts, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


def test_a_word_ending_changed_keeps_the_witnessed_run() -> None:
    assert altered(_q(REWORDED), _q(FIRST), witnessed=True)


def test_another_sentence_of_the_speaker_is_no_rewording() -> None:
    assert not altered(_q("We will meet the minister on Friday and ask for a fair price."), _q(FIRST),
                       witnessed=True)


def test_the_reworded_half_of_a_split_quotation_joins_the_statement() -> None:
    assert _run(_facts()) == [("diverge", ["wire", "tabloid", "trade", "trade"])]


def test_the_source_quoting_apart_keeps_its_own_statement() -> None:
    """The agreeing sentence in another passage of the same outlet: two quotations, not one split."""
    assert ("unique", ["trade"]) in _run(_facts(trade_second_passage=4))
