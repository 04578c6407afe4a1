"""A lone count that is an agreed count with two digits swapped joins it, diverging (loneswaps.py).

Invented text. A broadcaster's "About 2,730 people ... were sent home" and
three outlets' 2,370 workers: the broadcaster's sentence shares too few
words with theirs for the aligner, so its figure stood alone as a detail
only it had. Two neighbouring digits swapped is a figure miscopied, and with
three sources agreeing the lone one is their rival. The unit tests hand
`join_lone_swaps` judged facts directly; the last test runs the whole
comparison.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.loneswaps import join_lone_swaps
from sourcediff.model import Mention, Span
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, Quantity

ORDER = {"wire": 0, "radio": 1, "trade": 2, "local": 3}


def _count(source: str, amount: str, noun: str = "worker", *, qualifier: str | None = None,
           at: int = 10) -> Mention:
    value = Quantity(Decimal(amount), None, qualifier)
    return Mention(Kind.NUMBER, source, 1, Span(at, at + 5), amount, value, "number:count", cues=(noun,))


def _agreed(*ms: Mention) -> Judged:
    return (list(ms), Verdict.AGREE, "c2", None)


def _lone(m: Mention) -> Judged:
    return ([m], Verdict.UNIQUE, "c9", None)


def _run(facts: list[Judged]) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_swaps(facts, mentions, ORDER)
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


AGREED = (_count("wire", "2370"), _count("trade", "2370", "employee", qualifier=APPROX),
          _count("local", "2370"))


def test_a_swapped_count_of_people_diverges_from_the_agreed_one() -> None:
    facts = [_agreed(*AGREED), _lone(_count("radio", "2730", "person", qualifier=APPROX))]
    assert _run(facts) == [("diverge", ["wire", "radio", "trade", "local"])]


def test_a_swapped_count_of_the_same_class_diverges() -> None:
    facts = [_agreed(*AGREED), _lone(_count("radio", "2730", "staffer"))]
    assert _run(facts)[0][0] == "diverge"


def test_a_count_of_another_set_stays_apart() -> None:
    """2,730 lorries beside 2,370 workers: the digits match by chance."""
    facts = [_agreed(*AGREED), _lone(_count("radio", "2730", "lorry"))]
    assert _run(facts) == [("agree", ["wire", "trade", "local"]), ("unique", ["radio"])]


def test_a_figure_that_is_no_swap_stays_apart() -> None:
    facts = [_agreed(*AGREED), _lone(_count("radio", "2750", "person"))]
    assert _run(facts)[1] == ("unique", ["radio"])


def test_two_sources_are_no_consensus() -> None:
    facts = [_agreed(_count("wire", "2370"), _count("local", "2370")),
             _lone(_count("radio", "2730", "person"))]
    assert _run(facts)[1] == ("unique", ["radio"])


def test_a_source_stating_both_figures_reports_two() -> None:
    """The radio also gives 2,370 elsewhere: its 2,730 is a second figure, not a miscopy."""
    facts = [_agreed(*AGREED, _count("radio", "2370", at=90)), _lone(_count("radio", "2730", "person"))]
    assert ("unique", ["radio"]) in _run(facts)


def test_a_miscopied_headcount_diverges_in_a_comparison() -> None:
    texts = [
        "BRACKENFORD, June 3 - A chemical leak at the Ostley fibre plant forced the evacuation of 2,370 "
        "workers on Wednesday, the company said. Firefighters sealed the tank within two hours.",
        "About 2,730 people were sent home from Ostley yesterday after fumes spread through the halls. "
        "Nobody was taken to hospital.",
        "Ostley Fibres said around 2,370 workers left its Brackenford site after a leak from a "
        "storage tank. Production will resume on Monday.",
        "The leak at Ostley emptied the plant of its 2,370 workers on Wednesday morning. Neighbours were "
        "told to keep their windows shut.",
    ]
    dates = ["2026-06-03", "2026-06-04", "2026-06-04", "2026-06-05"]
    arts = [Article.from_text(t, id=f"s{n}", published=d)
            for n, (t, d) in enumerate(zip(texts, dates, strict=True))]
    facts = [f for f in compare(arts).facts if f.kind is Kind.NUMBER
             and any(m.raw.endswith(("2,370", "2,730")) for m in f.mentions)]
    assert any(f.status is Verdict.DIVERGE and any(m.raw.endswith("2,730") for m in f.mentions)
               and len({m.source for m in f.mentions}) == 4 for f in facts), facts


def test_a_swapped_count_of_people_diverges_from_agreed_cases() -> None:
    """An outbreak's cases are the people it struck: "5,180 people" against three outlets' 5,810 cases."""
    cases = (_count("wire", "5810", "case"), _count("trade", "5810", "case"), _count("local", "5810", "case"))
    facts = [_agreed(*cases), _lone(_count("radio", "5180", "person"))]
    assert _run(facts) == [("diverge", ["wire", "radio", "trade", "local"])]


def test_a_swapped_count_of_cases_stays_apart_from_agreed_lorries() -> None:
    lorries = (_count("wire", "5810", "lorry"), _count("trade", "5810", "lorry"),
               _count("local", "5810", "lorry"))
    facts = [_agreed(*lorries), _lone(_count("radio", "5180", "person"))]
    assert ("unique", ["radio"]) in _run(facts)


def test_a_hedged_count_of_another_set_does_not_block_the_swap() -> None:
    """The trade outlet's "more than 2,500 residents" fits 2,730 as a bound, but counts another set."""
    other = _count("trade", "2500", "resident", qualifier=ABOVE, at=90)
    lone = _lone(_count("radio", "2730", "staffer"))
    facts = [_agreed(*AGREED), lone, ([other], Verdict.UNIQUE, "c8", None)]
    assert ("diverge", ["wire", "radio", "trade", "local"]) in _run(facts)


def test_a_hedged_count_of_the_same_set_still_blocks_the_swap() -> None:
    """The trade outlet also writes "more than 2,500 workers": a bound 2,730 fits, of the same set."""
    same = _count("trade", "2500", "worker", qualifier=ABOVE, at=90)
    lone = _lone(_count("radio", "2730", "staffer"))
    facts = [_agreed(*AGREED), lone, ([same], Verdict.UNIQUE, "c8", None)]
    assert ("unique", ["radio"]) in _run(facts)
