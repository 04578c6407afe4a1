"""What a comparison may cost, checked before the expensive stages start.

Every input that passes --max-bytes must either finish or be refused at once
with one line; it must never run the machine out of memory. The aligner
scores, for each passage, at most ``PARTNER_BUDGET`` candidate partners in
the other sources (align/candidates.py), so its time and memory grow with
passages x partners, not with every passage pair (which made two 1 MB
articles take 273 s and 2 GB before the candidate index). The budget is
checked on counts that are cheap to know: characters before extraction,
candidate pairs before alignment.
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcediff.align.candidates import PARTNER_BUDGET
from sourcediff.errors import SourcediffError
from sourcediff.model import Article, SourceInfo

# Characters of article text in one comparison: about 1,000 news stories'
# worth, far past any real comparison, and a size extraction handles in
# seconds and well under a gigabyte.
MAX_TOTAL_CHARS = 3_000_000
# Passage pairs the aligner may score (each passage times the partners it may
# keep): about 47,000 passages, e.g. two articles of 150,000 words or 600
# sources of 80 passages.
MAX_PASSAGE_PAIRS = 3_000_000


class BudgetError(SourcediffError):
    """A comparison too large to run within bounded time and memory (exit code 2)."""


def check_text_budget(articles: Sequence[Article], max_chars: int = MAX_TOTAL_CHARS) -> None:
    """Refuse before extraction when the articles hold more text than one comparison may."""
    total = sum(len(a.text) for a in articles)
    if total > max_chars:
        biggest = max(articles, key=lambda a: len(a.text))
        raise BudgetError(f"the articles hold {total:,} characters of text, over the {max_chars:,} one "
                          f"comparison can handle (the largest is {biggest.path or biggest.id}, "
                          f"{len(biggest.text):,}); compare fewer or shorter articles")


def passage_pairs(infos: Sequence[SourceInfo]) -> int:
    """At most how many passage pairs alignment scores: each passage with its candidate partners."""
    counts = [len(info.passages) for info in infos]
    total = sum(counts)
    return sum(n * min(PARTNER_BUDGET, total - n) for n in counts)


def check_pair_budget(infos: Sequence[SourceInfo], max_pairs: int | None = None) -> None:
    """Refuse before alignment when the pairs to score would take too long or too much memory."""
    max_pairs = MAX_PASSAGE_PAIRS if max_pairs is None else max_pairs
    pairs = passage_pairs(infos)
    if pairs > max_pairs:
        sizes = ", ".join(f"{i.article.id} {len(i.passages)}" for i in infos[:6])
        more = ", ..." if len(infos) > 6 else ""
        raise BudgetError(f"aligning these articles means scoring {pairs:,} passage pairs ({sizes}{more} "
                          f"passages), over the budget of {max_pairs:,}; compare fewer or shorter articles")
