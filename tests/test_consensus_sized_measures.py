"""A lone rate against three sources' agreed one, where passages give several rates (invented text).

"Norvask will trim 450,000 bpd, taking its output to about 8.1 million bpd"
states two rates, so its passage told a claim's consensus nothing, and a
trade outlet's lone "0.48 million b/d" for the same share (beside "its
September level of 9.0 million b/d") stayed a unique fact next to the
others' 450,000. Measures are now weighed by their order of magnitude in
their unit, as sums of money were (diverge.sized_family).
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.diverge import sized_family
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.pipeline import analyse

WIRE = ("The Tessaly Crude Forum agreed on Saturday to cut output from March. Norvask, the largest member, "
        "will trim its output by 450,000 bpd to about 8.1 million bpd, the forum said in Orvel.")
PAPER = ("The Tessaly Crude Forum agreed to pump less oil from March. Norvask, the largest member, will pump "
         "450,000 barrels a day less than it did in September, the forum said in Orvel.")
LOCAL = ("Producers in the Tessaly Crude Forum agreed to cut output from March. Norvask, the largest member, "
         "will trim 450,000 barrels a day, the forum said after its meeting in Orvel.")


def _number_facts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-10-12") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.NUMBER and f.mentions[0].slot == "number:barrel per day"]


def test_a_lone_rate_diverges_from_the_agreed_one() -> None:
    trade = ("The Tessaly Crude Forum agreed to cut output from March. Norvask, the largest member, takes "
             "0.48 million b/d of it, from its September level of 9.0 million b/d, the forum said in Orvel.")
    got = _number_facts(WIRE, PAPER, LOCAL, trade)
    assert any(v is Verdict.DIVERGE and {"0.48 million b/d", "450,000 bpd"} <= set(raws) for v, raws in got)


def test_the_same_rate_written_the_trades_way_agrees() -> None:
    trade = ("The Tessaly Crude Forum agreed to cut output from March. Norvask, the largest member, takes "
             "0.45 million b/d of it, from its September level of 9.0 million b/d, the forum said in Orvel.")
    got = _number_facts(WIRE, PAPER, LOCAL, trade)
    assert not any(v is Verdict.DIVERGE for v, _ in got)
    assert any(v is Verdict.AGREE and "0.45 million b/d" in raws for v, raws in got)


def _mention(text: str, raw: str) -> Mention:
    info = analyse(Article.from_text(text, id="s0", published="2026-10-12"))
    return next(m for m in info.mentions if m.raw == raw)


def test_measures_are_sized_in_their_own_unit() -> None:
    a = _mention("Norvask will trim 600,000 bpd.", "600,000 bpd")
    b = _mention("Norvask takes 0.65 million b/d.", "0.65 million b/d")
    # 95 and 103 million litres a day: one order in barrels, two in the base unit
    assert sized_family(a, "f") == sized_family(b, "f") == "f@barrel per day@5"


def test_counts_and_ranges_are_not_sized() -> None:
    count = _mention("Police counted 600,000 people at the march.", "600,000")
    rng = _mention("The field yields 40,000-50,000 bpd.", "40,000-50,000 bpd")
    assert sized_family(count, "f") is None
    assert sized_family(rng, "f") is None


def test_distances_from_two_places_are_not_sized() -> None:
    # "two miles from the plant and 13 miles east of Arlen": each distance is from its own place
    near = _mention("The quake struck two miles from the plant and 13 miles east of Arlen.", "13 miles")
    assert sized_family(near, "f") is None


def test_a_lone_distance_from_another_town_is_no_rival() -> None:
    texts = [
        "The quake struck about two miles from the Orvel plant and 13 miles east of Arlen, the survey said.",
        "The tremor hit 13 miles east of Arlen and 2 miles south of the Orvel plant, the survey said.",
        "The quake was centred 23 miles north of Calder and two miles from the Orvel plant, the survey said.",
    ]
    articles = [Article.from_text(t, id=f"s{n}", published="2026-10-12") for n, t in enumerate(texts)]
    assert not [f for f in compare(articles).facts if f.kind is Kind.NUMBER and f.status is Verdict.DIVERGE]
