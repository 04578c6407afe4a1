"""A region's figure given "at" or "with" after a superlative with no noun (invented text).

Regional breakdowns of one count write "Harlowmere recorded the fewest, at
215" or "the Eastern Downs had the most, with 1,930": the superlative leaves
its noun to the count before, and the figure is given after "at". Read alone
a small such figure counted nothing and was dropped. It is the named
region's count (namedfigures: a NAMED_PREFIX cue with the region), and the
region is the subject of its own clause, not the sentence's first name.
"""

from __future__ import annotations

import datetime as dt

from sourcediff.extract import extract
from sourcediff.extract.namedfigures import NAMED_PREFIX
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def _cues(text: str) -> dict[str, tuple[str, ...]]:
    article = Article(id="x", text=text, published=dt.date(2027, 5, 13))
    return {m.raw: m.cues for m in extract(article, segment(article)) if m.kind is Kind.NUMBER}


def test_fewest_at_names_the_clause_subject() -> None:
    text = "Oxbury saw the sharpest rise, with 1,020, while the Western Vales recorded the fewest, at 215."
    assert NAMED_PREFIX + "western vales" in _cues(text)["215"]


def test_most_with_reads_the_region_and_the_count_before() -> None:
    text = "Landlords began 6,480 possession claims. Tarnford had the most, with 640."
    cues = _cues(text)["640"]
    assert NAMED_PREFIX + "tarnford" in cues


def test_superlative_with_its_noun_is_unchanged() -> None:
    text = "Norland has the most wolves, 412, the survey found."
    assert _cues(text)["412"] == ("wolve", NAMED_PREFIX + "norland")


def test_at_after_no_superlative_stays_unread() -> None:
    text = "The Western Vales recorded a modest rise, at 215."
    assert "215" not in _cues(text)
