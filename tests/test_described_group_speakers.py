"""'the band said': a group the article described in apposition is the speaker (extract/describednames.py).

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.describednames import described_names
from sourcediff.extract.quotes import extract
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in extract(article, segment(article)) if words in m.raw]
    assert hits, text
    return hits[0].speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Saltmarsh Radio, a three-piece indie band from Keddle, pulled out of the festival. "
     "\"We cannot play on a site we do not believe is safe,\" the band said.", "do not believe",
     "Saltmarsh Radio"),
    ("The Orrin Foundling Trust, a children's charity based in Westmere, lost its grant. "
     "\"This is a blow to three hundred families,\" the charity said on Friday.", "three hundred families",
     "Orrin Foundling Trust"),
    # the latest group described with that noun, not an earlier one
    ("Pale Lantern, a folk band from Dunmore, opened the night. Copper Vane, a punk band from Tarn, "
     "headlined. \"We were honoured to close the weekend,\" the band said.", "honoured", "Copper Vane"),
])
def test_the_group_described_before_is_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_noun_never_used_in_apposition_names_no_one() -> None:
    text = ("Saltmarsh Radio, a three-piece indie band from Keddle, pulled out. "
            "\"The site is not ready,\" the orchestra said.")
    assert speaker_of(text, "not ready") != "Saltmarsh Radio"


def test_a_described_name_after_the_quote_is_not_taken() -> None:
    text = ("\"The site is not ready,\" the band said. Saltmarsh Radio, a three-piece indie band from "
            "Keddle, pulled out on Friday.")
    assert speaker_of(text, "not ready") != "Saltmarsh Radio"


def test_only_an_indefinite_apposition_with_a_close_describes() -> None:
    found = described_names("Ferris Marle, a reed-cutter, spoke first. Aldo Venn, the mayor, left. "
                            "Quill Row, an arts collective founded in 1998, opened.")
    described = [(name, head) for _, name, head in found]
    assert described == [("Ferris Marle", "reed-cutter"), ("Quill Row", "collective")]
