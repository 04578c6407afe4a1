"""A small count of a qualified noun ("58 registered nurses") against two sources' other count of it.

Invented text. A count under a hundred of a bare noun needs three agreeing
sources before a fourth's other figure is their rival ("19 guns" and "31
guns" may count two batteries). A noun with its qualifier ("registered
nurses", "accredited diplomats") names one population of a story, as a
compound does ("a 31-gun salute"): two sources agreeing on "64 registered
nurses" make a third's "58 registered nurses" in the same claim their rival,
though its passage states a second count and is worded apart
(divergeconsensus._same_modified_noun).
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

_FIRST = ("The Halden health board on Monday ordered seven wards at Brellick Infirmary to close within "
          "72 hours, citing a staffing crisis.\n\nThe infirmary had 64 registered nurses before Monday's "
          "decision, making it one of the largest hospitals in the county.\n\nUnions said they would fight "
          "the closures.")
_SECOND = ("Seven wards at Brellick Infirmary must close within 72 hours, the Halden health board said on "
           "Monday.\n\nNurses in the county said the scale of the closures was striking. The infirmary, "
           "with 64 registered nurses, was one of the largest in the region; it will now lose about a "
           "sixth of them.\n\nUnions vowed to fight the closures.")


def _third(nurses: str) -> str:
    return ("The Halden health board closed seven wards at Brellick Infirmary on Monday, giving staff "
            f"72 hours.\n\nBefore the closures Brellick Infirmary counted 58 {nurses}, eleven of them listed "
            "as theatre or agency staff.\n\nUnions have promised a fight.")


def _counts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any(m.raw in ("64", "58") for m in f.mentions)]


def test_a_lone_other_count_of_a_qualified_noun_diverges() -> None:
    assert (Verdict.DIVERGE, ["58", "64", "64"]) in _counts(_FIRST, _SECOND, _third("registered nurses"))


def test_another_qualifier_is_another_population() -> None:
    facts = _counts(_FIRST, _SECOND, _third("student nurses"))
    assert all(v is not Verdict.DIVERGE for v, _ in facts)
    assert (Verdict.AGREE, ["64", "64"]) in facts
