"""Wire copy: passages that outlets share word for word, and articles that are mostly copies.

Three outlets running one agency story are one source of evidence, not
three. A passage of one source counts as shared wording when another source
of the story has a passage of nearly the same characters (rapidfuzz ratio on
folded text); a source whose passages are mostly shared with one earlier
source is a copy of it, and facts count the *independent* sources that
state them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from sourcediff.model import Passage, Report, SourceInfo

# Passages shorter than this (in characters) are bylines, datelines and
# stock phrases: sharing them says nothing about copying.
MIN_CHARS = 40
# Character similarity (0-100) at or above which two passages are the same
# wording: allows a changed word or punctuation in a long sentence.
SAME_WORDING = 92.0
# Share of a source's passages reused from one other source above which the
# pair is listed as a copy.
MOSTLY = 0.6


@dataclass(frozen=True)
class SharedWording:
    """``copy`` reuses ``passages`` passages of ``original`` verbatim (or nearly)."""

    copy: str
    original: str
    passages: int
    share: float
    pairs: tuple[tuple[int, int], ...]

    @property
    def mostly_copied(self) -> bool:
        return self.share >= MOSTLY


def _candidates(p: Passage) -> bool:
    return len(p.norm) >= MIN_CHARS


def _shared(a: Sequence[Passage], b: Sequence[Passage]) -> list[tuple[int, int]]:
    """Index pairs of passages of b that repeat a passage of a; bucketed by length to stay cheap."""
    by_len: dict[int, list[Passage]] = defaultdict(list)
    for p in a:
        if _candidates(p):
            by_len[len(p.norm) // 20].append(p)
    out = []
    for q in b:
        if not _candidates(q):
            continue
        bucket = len(q.norm) // 20
        pool = by_len.get(bucket - 1, []) + by_len.get(bucket, []) + by_len.get(bucket + 1, [])
        best = max(pool, key=lambda p: fuzz.ratio(p.norm, q.norm, score_cutoff=SAME_WORDING), default=None)
        if best is not None and fuzz.ratio(best.norm, q.norm, score_cutoff=SAME_WORDING):
            out.append((best.index, q.index))
    return out


def shared_wording(sources: Sequence[SourceInfo]) -> tuple[SharedWording, ...]:
    """For each later source, the earlier sources whose passages it reuses."""
    out = []
    for j, later in enumerate(sources):
        countable = sum(1 for p in later.passages if _candidates(p)) or 1
        for earlier in sources[:j]:
            pairs = _shared(earlier.passages, later.passages)
            if pairs:
                out.append(SharedWording(later.article.id, earlier.article.id, len(pairs),
                                         round(len(pairs) / countable, 3), tuple(pairs)))
    return tuple(out)


def copy_groups(shared: Sequence[SharedWording], ids: Sequence[str]) -> dict[str, str]:
    """Each source -> the original it is mostly a copy of (itself when independent)."""
    root = {i: i for i in ids}
    for s in sorted(shared, key=lambda s: -s.share):
        if s.mostly_copied and root[s.copy] == s.copy:
            root[s.copy] = root[s.original]
    return root


def wire_section(report: Report, shared: Sequence[SharedWording]) -> dict[str, object]:
    """The ``shared_wording`` block of a report@1 JSON, plus independent-source counts per fact."""
    ids = [s.article.id for s in report.sources]
    root = copy_groups(shared, ids)
    return {
        "shared_wording": [
            {"source": s.copy, "original": s.original, "passages": s.passages, "share": s.share,
             "mostly_copied": s.mostly_copied, "summary": describe(s),
             "pairs": [{"original": a, "copy": b} for a, b in s.pairs]}
            for s in shared
        ],
        "independent_sources": len(set(root.values())),
        "fact_independent_sources": {f.id: len({root[x] for x in f.sources}) for f in report.facts},
    }


def describe(s: SharedWording) -> str:
    noun = "passage" if s.passages == 1 else "passages"
    return f"{s.copy} reuses {s.passages} {noun} of {s.original} verbatim ({s.share:.0%} of its text)"
