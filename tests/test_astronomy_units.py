"""Kelvin, light-years and parsecs: the units the science press gives (issue #11, the exoplanet story).

A specialist outlet writes a comet's or a planet's temperature "288 K" and a
star's distance "12.6 pc (41 ly)" where a wire writes "about 15 degrees
Celsius" and "41 light-years". Kelvin was no unit ("288 K" was dropped),
"light-years" was a counted noun and "pc" always a British per cent, so the
same figures never met. Kelvin is Celsius shifted by 273.15; a light-year and
a parsec are distances. "pc" is a parsec only with a bracketed distance in
light-years or "away" after it; "12pc" of a share price stays a percent.

Every name, place and sentence is invented.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article, Kind, Verdict


def number_facts(*texts: str) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    report = compare([Article.from_text(t, id=f"s{n}") for n, t in enumerate(texts)])
    return [(f.status, [(m.source, m.raw) for m in f.mentions]) for f in report.facts
            if f.kind in (Kind.NUMBER, Kind.PERCENT)]


def test_kelvin_agrees_with_the_celsius_it_rounds() -> None:
    facts = number_facts("The brine lake on the moon stays at about minus 20 degrees Celsius, the team said.",
                         "The brine lake on the moon stays at 253 K, the team said.")
    assert facts == [(Verdict.AGREE, [("s0", "minus 20 degrees Celsius"), ("s1", "253 K")])]


def test_kelvin_that_is_another_temperature_diverges() -> None:
    facts = number_facts("The cooling tank was held at 4C, the laboratory said on Tuesday.",
                         "The cooling tank was held at 300 kelvin, the laboratory said.")
    assert [status for status, _ in facts] == [Verdict.DIVERGE]


def test_a_bracketed_kelvin_conversion_is_read_and_never_a_divergence() -> None:
    facts = number_facts("The furnace ran at 1,000 degrees Celsius (1,273 Kelvin) during the trial.")
    assert sorted(raw for _, ms in facts for _, raw in ms) == ["1,000 degrees Celsius", "1,273 Kelvin"]
    assert Verdict.DIVERGE not in [status for status, _ in facts]


def test_a_thousands_k_is_no_kelvin() -> None:
    facts = number_facts("The charity raised 50K in a month and 300 runners took part in the 10K race.")
    assert ("s0", "50K") in [m for _, ms in facts for m in ms]


def test_light_years_and_parsecs_are_one_distance() -> None:
    facts = number_facts("The comet's parent star lies 27 light-years from the Sun, the observatory said.",
                         "The comet's parent star lies at 8.3 pc (27 ly) from the Sun, the observatory said.",
                         "The comet's parent star lies just under 30 light years from the Sun, the "
                         "observatory said.")
    assert len(facts) == 1
    status, mentions = facts[0]
    assert status is Verdict.AGREE
    assert {raw for _, raw in mentions} == {"27 light-years", "8.3 pc", "27 ly", "just under 30 light years"}


def test_a_star_a_number_of_parsecs_away() -> None:
    facts = number_facts("Survey finds a cool dwarf 8.3 pc away from the Sun")
    assert [raw for _, ms in facts for _, raw in ms] == ["8.3 pc"]


def test_a_british_per_cent_stays_a_percent() -> None:
    text = "Shares in the brewer rose 12pc on Monday; the dividend yield is 3.5pc."
    report = compare([Article.from_text(text, id="s0")])
    raws = sorted(m.raw for f in report.facts if f.kind is Kind.PERCENT for m in f.mentions)
    assert raws == ["12pc", "3.5pc"]


def test_a_headline_figure_and_its_bodys_bound_are_one_fact() -> None:
    facts = number_facts("Comet seen 27 light-years away\n\nAstronomers in Keld said the comet's parent star "
                         "is just over 25 light-years away from the Sun.",
                         "The parent star of the comet is 27 light-years from the Sun, astronomers said.")
    assert len(facts) == 1 and facts[0][0] is Verdict.AGREE
    assert {raw for _, raw in facts[0][1]} >= {"27 light-years", "just over 25 light-years"}
