"""A lone figure seated in an agreed figure's claim, each alone of its family there, is its rival.

Invented story: a wire, a trade site and a council release give a holiday-let
levy as 12 per cent; a tabloid's "a whopping 15 per cent charge on every
booking" sits in a passage the aligner seated in their claim, worded so apart
that the claim's consensus rule left it a detail of its own
(loneclaimrivals.py). The guards: one agreeing partner in the claim is not
enough; a second agreed figure the tabloid's passage also meets is ambiguity;
a partner passage that states another figure of the family, or a tabloid
passage that states two, may tell another thing; a rise is no level; and a
dissenter that also states the agreed figure tells two things.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.numberpercents import CHANGE
from sourcediff.loneclaimrivals import join_lone_claim_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Money, Quantity

ORDER = {"wire": 0, "trade": 1, "release": 2, "tabloid": 3}


class _Claims:
    """Claims as sets of (source, passage): two mentions share one when both passages are in it."""

    def __init__(self, *claims: set[tuple[str, int]], texts: dict[str, str] | None = None) -> None:
        self.claims = claims
        self.texts = texts or {}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        for n, members in enumerate(self.claims):
            if (a.source, a.passage) in members and (b.source, b.passage) in members:
                return f"c{n + 1}"
        return None


def _pct(source: str, amount: str, passage: int = 1, at: int = 10, cues: tuple[str, ...] = ()) -> Mention:
    value = Quantity(Decimal(amount), "%")
    return Mention(Kind.PERCENT, source, passage, Span(at, at + 4), f"{amount}%", value, "percent", cues=cues)


def _run(facts: list[Judged], ctx: _Claims, extra: tuple[Mention, ...] = ()) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    joined = join_lone_claim_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


AGREED = [_pct("wire", "12"), _pct("trade", "12"), _pct("release", "12")]
CLAIM = {("wire", 1), ("trade", 1), ("release", 1), ("tabloid", 1)}


def test_a_lone_percent_in_the_claim_of_an_agreed_one_is_its_rival() -> None:
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c1", None),
                           ([_pct("tabloid", "15")], Verdict.UNIQUE, "c2", None)]
    assert _run(facts, _Claims(CLAIM)) == [("diverge", ["wire", "trade", "release", "tabloid"])]


def _sums(words: dict[str, str]) -> tuple[list[Judged], _Claims]:
    """Each source's sentence with its sum: the agreed £2.9m and the tabloid's £3.4m."""
    texts = {s: w.format(sum="£3.4m" if s == "tabloid" else "£2.9m") for s, w in words.items()}
    ms = {s: Mention(Kind.MONEY, s, 1, Span(t.index("£"), t.index("£") + 5), t[t.index("£"):t.index("£") + 5],
                     Money("GBP", Decimal("3400000" if s == "tabloid" else "2900000")), "money")
          for s, t in texts.items()}
    facts: list[Judged] = [([ms["wire"], ms["trade"], ms["release"]], Verdict.AGREE, "c1", None),
                           ([ms["tabloid"]], Verdict.UNIQUE, "c2", None)]
    return facts, _Claims(CLAIM, texts=texts)


def test_a_lone_sum_named_alike_in_the_claim_of_an_agreed_one_is_its_rival() -> None:
    facts, ctx = _sums({"wire": "Blenco won the demolition contract with a bid of {sum} in April.",
                        "trade": "The demolition contract went to Blenco for {sum}, officials said.",
                        "release": "Blenco was awarded the contract, worth {sum}, after a tender.",
                        "tabloid": "Wreckers Blenco landed the contract worth {sum} last spring."})
    assert ("diverge", ["wire", "trade", "release", "tabloid"]) in _run(facts, ctx)


def test_a_lone_sum_of_other_words_stays_unique() -> None:
    """A story tells many sums: "fined {sum} for dumping" shares a claim, not a thing, with the contract."""
    facts, ctx = _sums({"wire": "Blenco won the demolition contract with a bid of {sum} in April.",
                        "trade": "The demolition contract went to Blenco for {sum}, officials said.",
                        "release": "Blenco was awarded the contract, worth {sum}, after a tender.",
                        "tabloid": "The wreckers were once fined {sum} for illegal dumping, a court heard."})
    assert ("unique", ["tabloid"]) in _run(facts, ctx)


def test_one_agreeing_partner_in_the_claim_is_not_enough() -> None:
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c1", None),
                           ([_pct("tabloid", "15")], Verdict.UNIQUE, "c2", None)]
    assert ("unique", ["tabloid"]) in _run(facts, _Claims({("wire", 1), ("tabloid", 1)}))


def test_two_agreed_figures_the_claims_meet_leave_it_alone() -> None:
    """The tabloid's passage meets the levy's claim and a tax rise's: which one it disputes is unsaid."""
    other = [_pct("wire", "30", passage=2), _pct("trade", "30", passage=2), _pct("release", "30", passage=2)]
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c1", None), (other, Verdict.AGREE, "c3", None),
                           ([_pct("tabloid", "15")], Verdict.UNIQUE, "c2", None)]
    second = {("wire", 2), ("trade", 2), ("release", 2), ("tabloid", 1)}
    assert ("unique", ["tabloid"]) in _run(facts, _Claims(CLAIM, second))


def test_a_figure_of_another_thing_beside_the_partners_leaves_it_alone() -> None:
    """"A levy of 12 per cent, against 20 per cent on hotel rooms": the claim tells two rates."""
    hotels = tuple(_pct(s, "20", at=40) for s in ("wire", "trade", "release"))
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c1", None),
                           ([_pct("tabloid", "15")], Verdict.UNIQUE, "c2", None)]
    assert ("unique", ["tabloid"]) in _run(facts, _Claims(CLAIM), hotels)


def test_a_second_figure_in_the_lone_passage_leaves_it_alone() -> None:
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c1", None),
                           ([_pct("tabloid", "15")], Verdict.UNIQUE, "c2", None)]
    assert ("unique", ["tabloid"]) in _run(facts, _Claims(CLAIM), (_pct("tabloid", "5", at=60),))


def test_a_rise_is_no_rival_of_a_level() -> None:
    """"15 per cent more than last year" beside the levy's 12 per cent: a change, not the rate."""
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c1", None),
                           ([_pct("tabloid", "15", cues=(CHANGE,))], Verdict.UNIQUE, "c2", None)]
    assert ("unique", ["tabloid"]) in _run(facts, _Claims(CLAIM))


def test_a_dissenter_stating_the_agreed_figure_too_tells_two_things() -> None:
    facts: list[Judged] = [(list(AGREED), Verdict.AGREE, "c1", None),
                           ([_pct("tabloid", "15")], Verdict.UNIQUE, "c2", None)]
    assert ("unique", ["tabloid"]) in _run(facts, _Claims(CLAIM), (_pct("tabloid", "12", passage=5),))
