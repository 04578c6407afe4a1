"""A figure after "all" with no noun restates a count just made: "Police held six men. All six ...".

Without a noun after it the figure counted nothing and was dropped, so a
source's "all six were freed" had nothing to agree with in another's "six
men were freed"; the count it restates (same value, just before) names it.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align.features import source_docs
from sourcediff.extract.allcounts import after_all
from sourcediff.pipeline import analyse

_HEAD = "Ferry crew freed after standoff\n\n"


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(_HEAD + text, id="s0", published="2026-05-02"))
    return [(m.raw, m.cues[:1]) for m in info.mentions if m.slot == "number:count"]


def test_all_across_the_full_stop_takes_the_count_before() -> None:
    got = _counts("Coastguards boarded the vessel and held six sailors. All six were freed at noon.")
    assert got.count(("six", ("sailor",))) == 2


def test_all_within_the_sentence() -> None:
    got = _counts("The port owns 11 tugboats and has taken all 11 out of service for checks.")
    assert got.count(("11", ("tugboat",))) == 2


def test_all_of_a_part_is_the_whole() -> None:
    got = _counts("The barge was one of 9 barges hired by the firm. It has recalled all 9 until Friday.")
    assert got.count(("9", ("barge",))) == 2


def test_no_count_of_that_value_before_stays_unread() -> None:
    assert _counts("The harbour was quiet at dawn. All 12 were released later.") == []


def test_only_the_word_all() -> None:
    assert after_all("taken all ", len("taken all "))
    assert after_all("All ", 4)
    assert not after_all("overall ", 8)
    assert not after_all("ball ", 5)


def test_aligner_keys_the_restated_count_by_its_noun() -> None:
    info = analyse(Article.from_text(
        _HEAD + "The port owns 11 tugboats.\n\nIt has taken all 11 out of service.", id="s0",
        published="2026-05-02"))
    keys = [k for d in source_docs(info) for k in d.values if k.endswith("=11")]
    assert len(keys) == 2 and all(":tugboat=" in k for k in keys), keys
