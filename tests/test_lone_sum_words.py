"""A lone sum told with an agreed sum's words, seated in no claim with it, is its rival (lonesumwords).

Invented story: a wire, a trade site and a city release give a toll's yearly
take as $90 million; a local paper's "will raise around $75 million a year"
sits in a sentence the aligner seated with none of theirs. The guards: words
shared with no agreeing sentence, a sum that is a bar to pass ("once tolls
exceed about $75 million"), a sum far from the agreed one, a dissenter that
states the agreed sum too, and two agreed sums told alike leave it alone.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonesumwords import join_lone_sum_words
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import APPROX, Money

ORDER = {"wire": 0, "trade": 1, "release": 2, "paper": 3}


class _NoClaims:
    """Evidence with the sources' texts and no claim shared by any two passages."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return None


def _sum(source: str, text: str, figure: str, amount: str, passage: int = 1,
         hedged: bool = False, unit: int = 1_000_000) -> Mention:
    at = text.index(figure)
    value = Money("USD", Decimal(amount) * unit, qualifier=APPROX if hedged else None)
    return Mention(Kind.MONEY, source, passage, Span(at, at + len(figure)), figure, value, "money")


WIRE = "The new toll is expected to raise an extra $90 million a year for the bridge fund."
TRADE = "Officials say the toll will raise $90m, the first rise in a decade."
RELEASE = "Expected additional revenue: US$90m a year."
PAPER = "The mayor says the toll will raise around $75 million a year, money for buses."


def _run(paper: str, figure: str, millions: str, *,
         extra: dict[str, str] | None = None) -> list[tuple[str, list[str]]]:
    texts = {"wire": WIRE, "trade": TRADE, "release": RELEASE, "paper": paper}
    for source, text in (extra or {}).items():
        texts[source] += " " + text
    agreed = [_sum("wire", WIRE, "$90 million", "90"), _sum("trade", TRADE, "$90m", "90"),
              _sum("release", RELEASE, "US$90m", "90")]
    lone = _sum("paper", paper, figure, millions, hedged=figure.startswith("around"))
    facts: list[Judged] = [(agreed, Verdict.AGREE, "c1", None), ([lone], Verdict.UNIQUE, "c2", None)]
    mentions = [m for group, *_ in facts for m in group]
    for source, text in (extra or {}).items():
        at = texts[source].index(text)
        mentions.append(Mention(Kind.MONEY, source, 2, Span(at + text.index("$"), at + len(text)), text,
                                Money("USD", Decimal("90000000")), "money"))
    joined = join_lone_sum_words(facts, mentions, _NoClaims(texts), ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


def test_a_lone_sum_told_with_the_agreed_sums_words_is_its_rival() -> None:
    assert _run(PAPER, "around $75 million", "75") == [("diverge", ["wire", "trade", "release", "paper"])]


def test_a_lone_sum_sharing_no_word_with_the_agreed_ones_stays_apart() -> None:
    paper = "Buses will get around $75 million from the plan, the mayor promised voters."
    assert ("unique", ["paper"]) in _run(paper, "around $75 million", "75")


def test_a_sum_that_is_a_bar_to_pass_is_no_rival() -> None:
    paper = "Drivers will switch routes once the toll take would exceed around $75 million a year."
    assert ("unique", ["paper"]) in _run(paper, "around $75 million", "75")


def test_a_sum_far_from_the_agreed_one_is_another_sum() -> None:
    paper = "The mayor says the toll will raise around $40 million a year, money for buses."
    assert ("unique", ["paper"]) in _run(paper, "around $40 million", "40")


def test_a_dissenter_stating_the_agreed_sum_too_tells_two_things() -> None:
    result = _run(PAPER, "around $75 million", "75", extra={"paper": "The city had hoped for $90m."})
    assert ("unique", ["paper"]) in result


def test_two_agreed_sums_told_alike_leave_it_alone() -> None:
    texts = ("The old toll will raise $70 million a year until March.",
             "The old toll will raise $70m this year.", "Current revenue: US$70m a year.")
    second = []
    for source, text, figure in zip(("wire", "trade", "release"), texts, ("$70 million", "$70m", "US$70m"),
                                    strict=True):
        start = len({"wire": WIRE, "trade": TRADE, "release": RELEASE}[source]) + 1 + text.index(figure)
        second.append(Mention(Kind.MONEY, source, 3, Span(start, start + len(figure)), figure,
                              Money("USD", Decimal("70000000")), "money"))
    assert ("unique", ["paper"]) in _run_with_second(texts, second)


def _run_with_second(texts: tuple[str, ...], second: list[Mention]) -> list[tuple[str, list[str]]]:
    full = {"wire": WIRE + " " + texts[0], "trade": TRADE + " " + texts[1],
            "release": RELEASE + " " + texts[2], "paper": PAPER}
    agreed = [_sum("wire", WIRE, "$90 million", "90"), _sum("trade", TRADE, "$90m", "90"),
              _sum("release", RELEASE, "US$90m", "90")]
    lone = _sum("paper", PAPER, "around $75 million", "75", hedged=True)
    facts: list[Judged] = [(agreed, Verdict.AGREE, "c1", None), (second, Verdict.AGREE, "c3", None),
                           ([lone], Verdict.UNIQUE, "c2", None)]
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_sum_words(facts, mentions, _NoClaims(full), ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


def test_an_agreed_sum_told_beside_another_sum_is_no_partner() -> None:
    """"Cars will pay $9, up from $8": the words beside the old fare are beside the new one too."""
    texts = {"wire": "Cars will pay $9, up from $8, the operator said.",
             "trade": "Cars: $9 (was $8)", "release": "Cars will pay $9 instead of $8.",
             "paper": "The road opened in 2004 with a $6.50 fare, the operator said."}
    old = [_sum(s, t, "$8", "8", unit=1) for s, t in texts.items() if s != "paper"]
    new = [_sum(s, t, "$9", "9", unit=1) for s, t in texts.items() if s != "paper"]
    lone = _sum("paper", texts["paper"], "$6.50", "6.50", unit=1)
    facts: list[Judged] = [(old, Verdict.AGREE, "c1", None), (new, Verdict.AGREE, "c3", None),
                           ([lone], Verdict.UNIQUE, "c2", None)]
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_sum_words(facts, mentions, _NoClaims(texts), ORDER)  # type: ignore[arg-type]
    assert ("unique", ["paper"]) in sorted((v.value, [m.source for m in g]) for g, v, *_ in joined)


class _Story(_NoClaims):
    """`_NoClaims` with the story's passage count and word weights: "toll" is in half its passages."""

    def __init__(self, texts: dict[str, str], idf: dict[str, float], passages: dict[str, int]) -> None:
        super().__init__(texts)
        self.idf = idf
        self.passages = passages


def test_a_lone_sum_sharing_only_the_storys_topic_word_stays_apart() -> None:
    # "toll" beside both sums, in half the story's passages: it names the story, not the sum
    from sourcediff.terms import idf, stem

    paper = "The city has bid for toll money of around $75 million from the state fund."
    texts = {"wire": WIRE, "trade": TRADE, "release": RELEASE, "paper": paper}
    docs = [["toll", "bridg"], ["toll", "fund"], ["toll"], ["toll"], ["mayor"], ["bus"], ["driver"], ["vote"]]
    weights = idf([[stem(w) for w in d] for d in docs])
    ctx = _Story(texts, weights, {"wire": 2, "trade": 2, "release": 2, "paper": 2})
    agreed = [_sum("wire", WIRE, "$90 million", "90"), _sum("trade", TRADE, "$90m", "90"),
              _sum("release", RELEASE, "US$90m", "90")]
    lone = _sum("paper", paper, "around $75 million", "75", hedged=True)
    facts: list[Judged] = [(agreed, Verdict.AGREE, "c1", None), ([lone], Verdict.UNIQUE, "c2", None)]
    joined = join_lone_sum_words(facts, [*agreed, lone], ctx, ORDER)  # type: ignore[arg-type]
    assert ("unique", ["paper"]) in sorted((v.value, [m.source for m in g]) for g, v, *_ in joined)
    # the same sentence sharing "raise", a word of two passages, is still the agreed sum's rival
    raised = "The city says the toll will raise around $75 million a year from the state fund."
    ctx = _Story({**texts, "paper": raised}, weights, {"wire": 2, "trade": 2, "release": 2, "paper": 2})
    lone = _sum("paper", raised, "around $75 million", "75", hedged=True)
    facts = [(agreed, Verdict.AGREE, "c1", None), ([lone], Verdict.UNIQUE, "c2", None)]
    joined = join_lone_sum_words(facts, [*agreed, lone], ctx, ORDER)  # type: ignore[arg-type]
    assert [v.value for _g, v, *_ in joined] == ["diverge"]
