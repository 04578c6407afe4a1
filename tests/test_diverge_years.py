"""A year written in digits is a value outlets can contradict: "sank in 1891" against "went down in 1893"."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind


def _year_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-10") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.DATE and all(m.raw.isdigit() for m in f.mentions))


WIRE = ("Divers have found the wreck of the trawler Elsbeth, which was lost in a winter storm in {} with "
        "all 31 crew, off the port of Marrow Bay, the diving club said.")
SITE = ("The Marrow Bay diving club has found the trawler Elsbeth, lost with all 31 crew in {}, in 40 "
        "metres of water off the harbour.")
TABLOID = ("Divers have found the Elsbeth, a trawler that went down off Marrow Bay with 31 crew during a "
           "savage winter storm in {}.")


def test_a_lone_different_year_of_one_event_diverges() -> None:
    facts = _year_facts(WIRE.format(1911), SITE.format(1911), TABLOID.format(1913))
    assert ("diverge", ["1911", "1911", "1913"]) in facts, facts


def test_the_same_year_agrees() -> None:
    facts = _year_facts(WIRE.format(1911), SITE.format(1911), TABLOID.format(1911))
    assert facts == [("agree", ["1911", "1911", "1911"])], facts


def test_years_of_different_steps_stay_apart() -> None:
    """A launch year and a sinking year in sentences about the ship are two facts, not a contradiction."""
    built = "The Elsbeth was built in 1898 at a yard in Marrow Bay and fished the northern grounds."
    facts = _year_facts(WIRE.format(1911), SITE.format(1911), built)
    assert all(status != "diverge" for status, _ in facts), facts
