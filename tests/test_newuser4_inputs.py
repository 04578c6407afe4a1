"""A fourth first-time user's files: pages with <br> paragraphs, saved web archives, feeds in JSON.

Every text here is invented; nothing reaches beyond this machine.
"""

from __future__ import annotations

from pathlib import Path

from sourcediff import load

_SENTENCES = ("The Harbor Council voted 7-2 on Tuesday to buy two electric ferries for $48 million.",
              "\"This is the biggest investment in the harbor in a generation,\" Dana Whitlock said.",
              "The crossing will take 14 minutes.")


def test_a_page_whose_paragraphs_are_br_separated_keeps_them_apart(tmp_path: Path) -> None:
    """trafilatura writes <br> as <lb/>; its sentences were glued ("...$48 million."This is...")."""
    page = tmp_path / "ferry.html"
    page.write_text("<html><head><title>Ferries approved</title></head><body><div class=story>"
                    + "<br><br>".join(_SENTENCES) + "</div></body></html>", encoding="utf-8")
    article = load(page)
    for sentence in _SENTENCES:
        assert any(article.text[b.span.start:b.span.end] == sentence for b in article.blocks), sentence
