"""compare(articles) -> Report: the whole pipeline as one pure function."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sourcediff import __version__
from sourcediff.align import align, score_pairs
from sourcediff.compare import judge
from sourcediff.errors import InputError
from sourcediff.extract import extract
from sourcediff.model import Article, Report, SourceInfo
from sourcediff.options import CompareOptions
from sourcediff.segment import segment


def analyse(article: Article) -> SourceInfo:
    """One article's passages and mentions: everything that needs no other source."""
    passages = segment(article)
    return SourceInfo(article=article, passages=passages, mentions=extract(article, passages))


def compare(articles: Sequence[Article], options: CompareOptions = CompareOptions()) -> Report:
    """Align the articles' passages and judge every fact they state."""
    dupes = [i for i, n in Counter(a.id for a in articles).items() if n > 1]
    if dupes:
        raise InputError(f"two sources share the id {dupes[0]!r}; give each a --label")
    infos = tuple(analyse(a) for a in articles)
    scores = score_pairs(infos)
    claims = align(infos, scores=scores)
    facts = judge(infos, claims, scores=scores)
    return Report(sources=infos, claims=claims, facts=facts, tool_version=__version__)
