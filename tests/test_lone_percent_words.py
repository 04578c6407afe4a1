"""A lone percentage told with an agreed percentage's words is its rival (lonepercentwords).

Invented story: a wire, a trade site and a council release give a town's
turnout as 61%; a weekly's "turnout fell to 64 per cent" sits in a sentence
the aligner seated with none of theirs. The guards read here are those a
story of many percentages leans on: a second percentage in the weekly's
passage near the agreed one leaves the figure alone (a far one does not),
and words past the end of an agreeing figure's sentence (a list's next item)
do not name it (the other guards are the sums', read in
test_lone_sum_words); and a sum's join takes no percentage.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonepercentwords import join_lone_percent_words
from sourcediff.lonesumwords import join_lone_sum_words
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity

ORDER = {"wire": 0, "trade": 1, "release": 2, "paper": 3}
WIRE = "Turnout fell to 61% in the spring vote, the council said."
TRADE = "Officials put turnout at 61 per cent, down on last year."
RELEASE = "Turnout: 61%."
PAPER = "Turnout fell to 64 per cent in the spring vote, the weekly found."


class _NoClaims:
    """Evidence with the sources' texts and no claim shared by any two passages."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return None


def _pct(source: str, text: str, figure: str, amount: str, passage: int = 1) -> Mention:
    at = text.index(figure)
    return Mention(Kind.PERCENT, source, passage, Span(at, at + len(figure)), figure,
                   Quantity(Decimal(amount), "%"), "percent")


def _facts(texts: dict[str, str], lone_figure: str = "64 per cent") -> tuple[list[Judged], list[Mention]]:
    agreed = [_pct("wire", texts["wire"], "61%", "61"), _pct("trade", texts["trade"], "61 per cent", "61"),
              _pct("release", texts["release"], "61%", "61")]
    lone = _pct("paper", texts["paper"], lone_figure, lone_figure.split()[0].rstrip("%"))
    facts: list[Judged] = [(agreed, Verdict.AGREE, "c1", None), ([lone], Verdict.UNIQUE, "c2", None)]
    return facts, [m for group, *_ in facts for m in group]


def _verdicts(joined: list[Judged]) -> list[tuple[str, list[str]]]:
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


def _texts(**changed: str) -> dict[str, str]:
    return {"wire": WIRE, "trade": TRADE, "release": RELEASE, "paper": PAPER} | changed


def test_a_lone_percentage_told_with_the_agreed_ones_words_is_its_rival() -> None:
    texts = _texts()
    facts, mentions = _facts(texts)
    joined = join_lone_percent_words(facts, mentions, _NoClaims(texts), ORDER)  # type: ignore[arg-type]
    assert _verdicts(joined) == [("diverge", ["wire", "trade", "release", "paper"])]


def _with_second_in_paper(paper: str, figure: str, amount: str) -> list[tuple[str, list[str]]]:
    texts = _texts(paper=paper)
    facts, mentions = _facts(texts)
    mentions.append(_pct("paper", paper, figure, amount))
    joined = join_lone_percent_words(facts, mentions, _NoClaims(texts), ORDER)  # type: ignore[arg-type]
    return _verdicts(joined)


def test_a_lone_percentage_beside_another_near_one_stays_apart() -> None:
    """"fell to 64 per cent from 66%": either could be the others' 61%, and the words are beside both."""
    paper = "Turnout fell to 64 per cent in the spring vote from 66% in the autumn, the weekly found."
    assert ("unique", ["paper"]) in _with_second_in_paper(paper, "66%", "66")


def test_a_far_percentage_in_its_passage_leaves_it_the_rival() -> None:
    """"2% of ballots spoiled" could never be the others' 61%: the passage tells one candidate."""
    paper = "Turnout fell to 64 per cent in the spring vote, with 2% of ballots spoiled, the weekly found."
    assert _with_second_in_paper(paper, "2%", "2") == [("diverge", ["wire", "trade", "release", "paper"])]


def test_words_past_the_agreed_figures_line_do_not_name_it() -> None:
    """A list's next item ("- Seats lost: 12") is about another figure, however near its words lie."""
    texts = _texts(wire="- Turnout: 61%\n- Seats lost: 12", trade="Officials put it at 61 per cent.",
                   release="Overall: 61%.", paper="The weekly counts 64 per cent of seats lost.")
    facts, mentions = _facts(texts)
    joined = join_lone_percent_words(facts, mentions, _NoClaims(texts), ORDER)  # type: ignore[arg-type]
    assert ("unique", ["paper"]) in _verdicts(joined)


def test_a_sum_joins_no_agreed_percentage() -> None:
    """The sums' join leaves percentages to this one: a lone percentage is no lone sum."""
    texts = _texts()
    facts, mentions = _facts(texts)
    joined = join_lone_sum_words(facts, mentions, _NoClaims(texts), ORDER)  # type: ignore[arg-type]
    assert ("unique", ["paper"]) in _verdicts(joined)
