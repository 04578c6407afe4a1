"""Shared scans are asked with each passage's own string, so its hash is computed once.

`extract/shared.py` remembers a passage's scans within one article, keyed by
the passage's text. Extractors used to slice ``article.text`` anew for every
scan: each slice was a new string whose hash was computed again and whose
characters were compared again on every lookup. They now pass
``Passage.text``, which is that very slice (`segment` makes it so). Invented
articles throughout.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract import EXTRACTORS, shared
from sourcediff.segment import segment

TEXTS = (
    "The Harlow Water Board said on Tuesday that about 2,400 homes in Estcourt lost supply at 6:15 a.m. "
    "Repairs will cost $4.5 million, up 12% on last year's estimate, the board said.\n"
    "A spokesperson added that crews ranked the fault third of 14 on the network's 2026 list, and that "
    "the ferry, flight BA 2291 and route 7 were unaffected.",
    "Some 1,250 tenants were moved out of the Pellinge towers by Friday, June 5.\n"
    "\u201cWe had 48 hours to pack,\u201d said one, who paid \u00a31,200 a month; the euro fell to 0.86 "
    "pounds the same week.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_a_passage_text_is_its_slice_of_the_article(text: str) -> None:
    article = Article.from_text(text, id="wire")
    for p in segment(article):
        assert p.text == article.text[p.start:p.end]


@pytest.mark.parametrize("text", TEXTS)
def test_every_shared_scan_of_a_whole_passage_is_keyed_by_the_passage_string(text: str) -> None:
    article = Article.from_text(text, id="wire")
    passages = segment(article)
    own = {p.text: p.text for p in passages}
    with shared.scope():
        for run in EXTRACTORS:
            run(article, passages)
        memo = shared._memo.get()
        assert memo is not None
        # `shared` keys (scan, arguments); `shared_text` keeps a dict text -> answer under the scan
        firsts = [args[0] for key in memo if isinstance(key, tuple) for _fn, args, *_ in (key,) if args]
        firsts += [text for key, texts in memo.items() if not isinstance(key, tuple)
                   for text in texts]  # type: ignore[attr-defined]
        keys = [t for t in firsts if isinstance(t, str) and t in own]
    assert keys  # the passages' figures and dates were scanned through the memo
    assert set(keys) == set(own)  # every passage, through the one-text scans (cues) at least
    assert all(k is own[k] for k in keys)
