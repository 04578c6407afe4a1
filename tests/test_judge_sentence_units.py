"""Two measures one sentence states in two units are two facts, even when a vague value fits both."""

from __future__ import annotations

from sourcediff import Article, compare

WIRE = ("Departing mill staff in Canada will receive 16 weeks of pay plus two extra weeks for every year "
        "of service, along with six months of dental cover, according to the filing.")
PAPER = ("Laid-off mill hands will get 16 weeks' pay, plus two weeks for each year they have worked there, "
         "a spokesman said by phone.")
TRADE = "In Canada, departing mill staff are offered at least 16 weeks' pay."
RELEASE = ("Mill staff in Canada receive a minimum of 16 weeks of base pay, plus two weeks for each year "
           "of service.")


def _week_facts(*texts: str) -> list[tuple[str, list[tuple[str, str]]]]:
    arts = [Article.from_text(t, id=f"s{i}", published="2024-03-04") for i, t in enumerate(texts)]
    report = compare(arts)
    return [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if any("16 weeks" in m.raw for m in f.mentions)]


def test_an_exact_figure_joins_a_floor_despite_another_unit_in_one_sentence() -> None:
    facts = _week_facts(WIRE, PAPER, TRADE, RELEASE)
    assert len(facts) == 1, facts
    status, mentions = facts[0]
    assert status == "agree"
    assert {s for s, _ in mentions} == {"s0", "s1", "s2", "s3"}
    assert all("month" not in raw for _, raw in mentions)


def test_a_same_unit_update_in_one_source_still_makes_one_fact() -> None:
    """A live blog's toll updated in one sentence ("rose to 12 from nine") is still read as one fact."""
    blog = "The death toll in Kemsley rose to 12 from nine overnight, officials said on Monday."
    wire = "Twelve people were killed in Kemsley, officials said on Monday."
    facts = [f for f in compare([Article.from_text(t, id=f"s{i}", published="2024-03-04")
                                 for i, t in enumerate((blog, wire))]).facts
             if any(m.raw in ("12", "nine", "Twelve") for m in f.mentions)]
    assert any({m.source for m in f.mentions} == {"s0", "s1"} for f in facts)
