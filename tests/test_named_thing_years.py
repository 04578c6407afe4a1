"""A year set between a determiner and a name dates the named thing (invented text).

"The 1944 Pembrook Saker came down in a field" names the year the aircraft
was built, as another outlet's "built in 1944" does; the year-as-modifier
pattern read a year only before a lower-case noun ("a 1988 law"), so the
wire's year went unread and the fact lost a source. Read now, the year is
part of the thing's designation and recurs with it in sentences stating
other facts, so the aligner takes no key from it (years.NAMED_YEAR): as a
key it drew sentences into claims of other facts about the same thing.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.align.features import value_family_keys
from sourcediff.align.similarity import fact_keys
from sourcediff.extract.years import NAMED_YEAR, names_a_thing
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-06-12"


def _years(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s", published=PUBLISHED))
    return [(m.raw, m.canonical, m.cues) for m in info.mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "year"), [
    ("The 1944 Corvell Kite, a wartime trainer, came down in a field near the runway.", "1944"),
    ("A 1962 Halvering Coupe took the concours prize on Sunday afternoon.", "1962"),
    ("The festival's 1998 Summer Parade drew a record crowd to the harbour.", "1998"),
])
def test_a_year_before_a_name_is_read_as_the_things_year(text: str, year: str) -> None:
    [(_, canonical, cues)] = [y for y in _years(text) if y[0] == year]
    assert canonical == f"{year}-01-01..{year}-12-31"
    assert NAMED_YEAR in cues


@pytest.mark.parametrize("text", [
    "A 1988 law banned the practice.",
    "In 1944 Corvell built the first Kite at its Ashby works.",
])
def test_a_year_before_a_common_noun_or_after_in_is_no_named_year(text: str) -> None:
    years = _years(text)
    assert years and all(NAMED_YEAR not in cues for _, _, cues in years), years


def test_names_a_thing_reads_the_words_either_side() -> None:
    text = "The 1944 Corvell Kite came down."
    assert names_a_thing(text, 4, "1944")
    assert not names_a_thing("In 1944 Corvell built it.", 3, "1944")
    assert not names_a_thing("The 1944 trainer came down.", 4, "1944")
    assert not names_a_thing(text, 0, "The ")


def test_the_aligner_takes_no_key_from_a_named_year() -> None:
    text = "The 1944 Corvell Kite came down at 15:10."
    info = analyse(Article.from_text(text, id="s", published=PUBLISHED))
    [year] = [m for m in info.mentions if m.kind is Kind.DATE and m.raw == "1944"]
    [passage] = [p for p in info.passages if p.index == year.passage]
    assert value_family_keys(passage, year) == ()
    assert not any("1944" in key for key in fact_keys([year]))


def test_the_named_year_agrees_with_another_outlets_built_in() -> None:
    """Two outlets' sentences of the crash, aligned by what else they share: the year is one fact."""
    arts = [
        Article.from_text("The 1944 Corvell Kite came down in a field beyond the runway at 15:10, "
                          "police said.",
                          id="s0", published=PUBLISHED),
        Article.from_text("The trainer, built in 1944 at the Ashby works, came down in a crop "
                          "field at 15:10.",
                          id="s1", published=PUBLISHED),
    ]
    facts = [f for f in compare(arts).facts if f.kind is Kind.DATE]
    assert any(f.status is Verdict.AGREE and {m.source for m in f.mentions} == {"s0", "s1"}
               and {m.raw for m in f.mentions} == {"1944"} for f in facts), facts
