"""A lone sum named by the same noun as an agreed sum joins it as a rival (lonesums).

Three outlets set bail at $250,000; a fourth, worded apart and aligned with
none of them, says a judge set bail of $400,000. The noun heading each sum
("bail") ties them: the fourth figure is the agreed bail told differently,
not a detail of its own. A sum whose phrase another noun heads stays apart.
Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.lonesums import sum_noun
from sourcediff.model import Fact, Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import Money


def _nouns(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-07-02"))
    return [(m.raw, sum_noun(m, text)) for m in info.mentions if isinstance(m.value, Money)]


def _facts(*texts: str) -> tuple[Fact, ...]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-07-02") for n, t in enumerate(texts)]
    return compare(articles).facts


def _with(facts: tuple[Fact, ...], raw: str) -> Fact:
    found = [f for f in facts if any(raw in m.raw for m in f.mentions)]
    assert len(found) == 1, facts
    return found[0]


def test_the_noun_heading_a_sum_names_it() -> None:
    assert _nouns("A judge set bail at $250,000 on Monday.") == [("$250,000", "bail")]
    assert _nouns("The club paid a £42m fee for the striker.") == [("£42m", "fee")]
    assert _nouns("Officials said a bribe of about $80,000 changed hands.") == [("about $80,000", "bribe")]


def test_a_second_noun_between_names_nothing() -> None:
    assert _nouns("The payment made through a broker was closer to $6 million.") == [("$6 million", None)]


AGREED = (
    "Harlan Voss, the former Tellford county treasurer, was released after a judge set bail at $250,000 on "
    "Monday, court records show.",
    "Voss was freed from the county jail on Monday evening after bail was set at $250,000.",
    "The former treasurer walked free on Monday once his $250,000 bail had been posted by relatives.",
)


def test_a_lone_unaligned_bail_of_another_size_diverges() -> None:
    """Worded apart from the three, the fourth sentence is aligned with none: its bail alone ties it."""
    for lone in ("Lawyers for the ex-official told this newspaper that the bail was $400,000, paid in cash "
                 "by a cousin.",
                 "According to his family, a bail of $400,000 was demanded, which they raised by mortgaging "
                 "two farms."):
        bail = _with(_facts(*AGREED, lone), "$400,000")
        assert bail.status is Verdict.DIVERGE, lone
        assert any("$250,000" in m.raw for m in bail.mentions)


def test_a_lone_sum_of_another_noun_stays_unique() -> None:
    facts = _facts(*AGREED, "Prosecutors say the former official diverted $400,000 from a county road fund "
                             "over six years.")
    assert _with(facts, "$400,000").status is Verdict.UNIQUE


def test_an_agreeing_source_stating_both_sums_keeps_the_lone_one_apart() -> None:
    """An outlet giving $400,000 too (the sum first asked for) reports two sums, not a rival bail."""
    agreed = (*AGREED[:2], AGREED[2] + " Prosecutors had asked for a bail of $400,000.")
    lone = ("Lawyers for the ex-official told this newspaper that the bail was $400,000, paid in cash by "
            "a cousin.")
    facts = _facts(*agreed, lone)
    found = [f for f in facts if any(m.source == "s3" and "$400,000" in m.raw for m in f.mentions)]
    assert found and all(f.status is not Verdict.DIVERGE for f in found), facts


def test_a_sum_given_for_each_one_is_named_by_its_share() -> None:
    """A sum told per unit ("£5,000 each", "for every school") names a share, as a noun names a fee."""
    assert _nouns("Each club will receive £5,000 each from the fund.") == [("£5,000", "each")]
    assert _nouns("The trust pays £5,000 for every school that joins.") == [("£5,000", "each")]
    assert _nouns("The trust gave £5,000 to the school.") == [("£5,000", None)]


SHARES = (
    "The Morwick trust will pay £5,000 for every village hall that installs solar panels, it said Tuesday.",
    "Village halls in Morwick can claim £5,000 each under the trust's new solar scheme announced on Tuesday.",
    "Halls that sign up to the solar scheme will get about £5,000 for each building, the trust said.",
)


def test_a_lone_share_of_another_size_diverges() -> None:
    """Worded apart from the three, the fourth sentence is aligned with none: its "each" ties it."""
    lone = "Committee members at Brackley hall told the Gazette they expected a cheque for £3,500 each."
    share = _with(_facts(*SHARES, lone), "£3,500")
    assert share.status is Verdict.DIVERGE
    assert any("£5,000" in m.raw for m in share.mentions)
