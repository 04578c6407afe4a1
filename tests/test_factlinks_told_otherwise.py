"""An equal measure in a weak claim does not hide a source's rival figure in a strong one.

Invented sentences. Three outlets say a depot's solar panels will pay for
themselves in seven years; a trade site says "a payback period of nine
years". The tabloid also quotes a forklift driver "who has worked at the
depot for nine years", and a weak claim seats that sentence beside the
trade site's. The trade site's sentence sits, in a far stronger claim, beside
the tabloid's own "seven years": in the tabloid's words the payback is seven
years, so the trade site's nine years are the rival of that, not the driver's
years. Before, the two nine-year figures made an agreed fact, and the
payback divergence was never seen.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.compare import judge
from sourcediff.evidence import Evidence
from sourcediff.factlinks import _link_strength, _measure_told_otherwise
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, SourceInfo, Verdict
from sourcediff.pipeline import analyse
from sourcediff.terms import content_stems, idf

TEXTS = (
    "The new solar panels at the depot will pay for themselves in seven years, the grocer said.",
    "The grocer says the depot's solar panels will pay for themselves in seven years. "
    "Forklift driver Dan Orwell, who has worked at the depot for nine years, said he liked the roof.",
    "The grocer expects a payback period of nine years for the depot's solar panels.",
    "The depot's solar panels should pay for themselves in seven years, according to the grocer.",
)


class _Scores:
    """Passage similarity: alike enough everywhere, so only the claims decide."""

    def get(self, a: str, i: int, b: str, j: int) -> float:
        return 0.5


def _infos(texts: tuple[str, ...] = TEXTS) -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2026-12-04"))
                 for n, t in enumerate(texts))


def _passage_of(info: SourceInfo, words: str) -> int:
    return next(p.index for p in info.passages if words in p.text)


def _claims(infos: tuple[SourceInfo, ...]) -> tuple[Claim, ...]:
    payback = tuple(ClaimPassage(s.article.id, _passage_of(s, "grocer")) for s in infos)
    driver = (ClaimPassage("s1", _passage_of(infos[1], "Forklift")),
              ClaimPassage("s2", _passage_of(infos[2], "payback")))
    return (Claim("c1", 0.75, payback), Claim("c2", 0.55, driver))


def _years(infos: tuple[SourceInfo, ...], source: str, amount: int) -> Mention:
    return next(m for s in infos for m in s.mentions if m.source == source and m.kind is Kind.NUMBER
                and getattr(m.value, "amount", None) == amount)


def _evidence(infos: tuple[SourceInfo, ...], claims: tuple[Claim, ...]) -> Evidence:
    seats = {c.id: (c.score, frozenset((p.source, p.index) for p in c.members)) for c in claims}
    claims_of: dict[tuple[str, int], set[str]] = {}
    for c in claims:
        for p in c.members:
            claims_of.setdefault((p.source, p.index), set()).add(c.id)
    ctx = Evidence(_Scores(), {k: frozenset(v) for k, v in claims_of.items()}, frozenset(),  # type: ignore[arg-type]
                   {s.article.id: s.article.text for s in infos},
                   idf([content_stems(p.text) for s in infos for p in s.passages]), claim_seats=seats)
    for s in infos:
        for m in s.mentions:
            if m.kind is Kind.NUMBER and getattr(m.value, "unit", None):
                ctx.measures_in.setdefault((m.source, m.passage), []).append(m)
    return ctx


def test_the_strong_claim_tells_the_payback_otherwise() -> None:
    infos = _infos()
    claims = _claims(infos)
    ctx = _evidence(infos, claims)
    site, driver = _years(infos, "s2", 9), _years(infos, "s1", 9)
    assert _measure_told_otherwise(site, driver, ctx)
    assert _link_strength(site, driver, ctx) is None


def test_the_payback_divergence_is_judged() -> None:
    infos = _infos()
    facts = judge(infos, _claims(infos))
    nine = [f for f in facts if any(m.source == "s2" and "nine" in m.raw for m in f.mentions)]
    assert len(nine) == 1
    assert nine[0].status is Verdict.DIVERGE
    assert {m.source for m in nine[0].mentions} == {"s0", "s1", "s2", "s3"}


def test_equal_measures_without_a_stronger_claim_still_link() -> None:
    infos = _infos()
    claims = (Claim("c2", 0.55, (ClaimPassage("s1", _passage_of(infos[1], "Forklift")),
                                 ClaimPassage("s2", _passage_of(infos[2], "payback")))),)
    ctx = _evidence(infos, claims)
    assert _link_strength(_years(infos, "s2", 9), _years(infos, "s1", 9), ctx) is not None


def test_a_measure_of_another_size_tells_nothing() -> None:
    """The strong claim's other figure (40 years: the panels' life) is no reading of a nine-year payback."""
    texts = (TEXTS[0], TEXTS[1].replace("pay for themselves in seven years", "last for 40 years"), *TEXTS[2:])
    infos = _infos(texts)
    ctx = _evidence(infos, _claims(infos))
    assert not _measure_told_otherwise(_years(infos, "s2", 9), _years(infos, "s1", 9), ctx)


def test_a_passage_stating_the_other_figure_too_is_not_told_otherwise() -> None:
    """The trade site's sentence gives both figures: the strong claim matched its seven years."""
    texts = (TEXTS[0], TEXTS[1],
             "The grocer expects the panels to pay for themselves in seven years, and a payback period of "
             "nine years for the battery.", TEXTS[3])
    infos = _infos(texts)
    ctx = _evidence(infos, _claims(infos))
    assert not _measure_told_otherwise(_years(infos, "s2", 9), _years(infos, "s1", 9), ctx)
