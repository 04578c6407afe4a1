"""newuser17: a press release pasted as plain text.

Its "FOR IMMEDIATE RELEASE" label was the report's title, and its tail (an
"About <company>" paragraph, a media contact, the "###" end mark) gave facts
"only in" the release: the company's customer count, the press officer's
name. The release is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import extract
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article
from sourcediff.releasetail import tail_start
from sourcediff.segment import segment

RELEASE = """FOR IMMEDIATE RELEASE

Harbour Water lifts boil notice for 8,000 homes in Pellow

PELLOW, March 3, 2026 -- Harbour Water said its tap water is safe again, ending a notice on 8,000 homes.

"We are sorry for the disruption," said Ines Kotter, director of water quality.

About Harbour Water
Harbour Water supplies 410,000 customers across three counties.

Media contact:
Ravi Seln, 555-0142

###
"""


def _article() -> Article:
    (article,) = parse_raw(RawInput("release.txt", RELEASE), ".txt")
    return article


def test_the_release_label_is_not_the_title() -> None:
    assert _article().title == "Harbour Water lifts boil notice for 8,000 homes in Pellow"


def test_the_label_and_the_tail_make_no_passage() -> None:
    texts = [p.text for p in segment(_article())]
    assert not any("IMMEDIATE" in t for t in texts)
    assert not any("410,000" in t or "Ravi Seln" in t or "###" in t for t in texts)
    assert any("a notice on 8,000 homes" in t for t in texts)


def test_no_fact_comes_from_the_tail() -> None:
    article = _article()
    raws = {m.raw for m in extract(article, segment(article))}
    assert "8,000" in raws and "Ines Kotter" in raws
    assert "410,000" not in raws and "Ravi Seln" not in raws


@pytest.mark.parametrize(("text", "tail"), [
    ("Head\n\nLead.\n\nMore.\n\nAbout 200 people came to the hall.\n", False),  # a sentence, not a heading
    ("About the series\n\nLead.\n\nMore.\n\nEnd.\n", False),  # at the top: the story's own
    ("Head\n\nLead.\n\nMore.\n\n- 30 -\n", True),
    ("Head\n\nLead.\n\nMore.\n\nENDS\n", True),
    ("Head\n\nLead.\n\nMore.\n\nNotes to editors\n", True),
    ("Head\n\nLead.\n\nMore.\n\nAbout the Pellow Trust\nIt runs parks.\n", True),
])
def test_where_a_tail_opens(text: str, tail: bool) -> None:
    assert (tail_start(text) is not None) is tail


def test_the_tail_still_counts_in_a_passage_place() -> None:
    from sourcediff.align.features import source_docs
    from sourcediff.pipeline import analyse
    from sourcediff.segment import tail_below

    article = _article()
    assert tail_below(article) == 5  # "About ...", its sentence, "Media contact:", its line, "###"
    docs = source_docs(analyse(article))
    assert docs[-1].position < 1.0  # the last story passage is not the article's last
