"""What a comparison may cost, checked before the expensive stages start.

Every input that passes --max-bytes must either finish or be refused at once
with one line; it must never run the machine out of memory. Alignment
compares passages pairwise, so its time and memory grow with the number of
passage pairs across sources (two 100 kB articles, about 1,300 passages
each, take minutes and 200 MB; two 1 MB articles took 273 s and 2 GB, and
two 5 MB ones would need tens of GB). The budget is checked on counts that
are cheap to know: characters before extraction, passage pairs before
alignment.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from sourcediff.errors import SourcediffError
from sourcediff.model import Article, SourceInfo

# Characters of article text in one comparison: about 1,000 news stories'
# worth, far past any real comparison, and a size extraction handles in
# seconds and well under a gigabyte.
MAX_TOTAL_CHARS = 3_000_000
# Passage pairs the aligner may score (sum over pairs of sources of the
# product of their passage counts): about two 150 kB articles, or twenty
# ordinary stories of 80 passages each (190 pairs of sources x 6,400).
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
    """How many passage pairs alignment would score across sources."""
    counts = [len(info.passages) for info in infos]
    return sum(a * b for a, b in combinations(counts, 2))


def check_pair_budget(infos: Sequence[SourceInfo], max_pairs: int = MAX_PASSAGE_PAIRS) -> None:
    """Refuse before alignment when scoring every passage pair would take too long or too much memory."""
    pairs = passage_pairs(infos)
    if pairs > max_pairs:
        sizes = ", ".join(f"{i.article.id} {len(i.passages)}" for i in infos[:6])
        more = ", ..." if len(infos) > 6 else ""
        raise BudgetError(f"aligning these articles means scoring {pairs:,} passage pairs ({sizes}{more} "
                          f"passages), over the budget of {max_pairs:,}; compare fewer or shorter articles")
