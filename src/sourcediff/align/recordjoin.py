"""The sentences that give one record's year, one of them a rival year, make a claim (issue #11).

"The driest eight months since 1976" (a wire's lead), "the driest spell
since the scorching summer of 1976" (a tabloid's), "It is the driest eight
months here since 1976" (a newsletter) and "makes it the driest such period
since 1959" (a trade site, in its rainfall sentence): the divergence is the
report's point, but the trade site's sentence states the rainfall and its
share of the average as well, so the pair model seats it with the others'
rainfall sentences, and the rival year differs from the leads' figure,
which reads to the model as conflict. No claim holds the four, and the
editor reading the report never sees the record's sentences side by side.

So when the judge's rule would set a lone dissenter against a record's year
(recordyears.lone_dissent: the sources each state one year for one
superlative, all but one agree, at least RECORD_MIN_AGREE of them), the
passages stating that record's years make a claim of their own, unless one
already holds the dissenter's passage beside two agreeing sources'.
Headlines are left out, as multifact.py leaves them: a headline sums up the
story and sits with many claims' sentences. The step only adds a claim; the
claims it reads stay as they are.

A record all its sources date alike is one fact told alike, and its
sentences make a claim the same way (`_agreed_record`): "its worst day since
October 2008" (a wire's lead), "its worst fall since the dark days of
October 2008" (the tail of a tabloid's closing-level sentence), "its worst
day since the 2008 financial crisis" (a local paper's lead), when
RECORD_MIN_AGREE + 1 sources or more each state that year for the
superlative in one sentence and no claim holds those sentences yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence

from sourcediff.model import SourceInfo
from sourcediff.recordyears import RECORD_MIN_AGREE, lone_dissent, record_year

# A record's claim needs the dissenter and this many agreeing sources: the consensus that names it.
_MIN_SOURCES = RECORD_MIN_AGREE + 1


def _record_docs(sources: Sequence[SourceInfo], doc_keys: Sequence[tuple[str, int]],
                 titles: Collection[int]) -> dict[str, dict[str, dict[int, set[int]]]]:
    """superlative -> source -> year -> the passages (indices into docs) stating that record's year."""
    index = {key: n for n, key in enumerate(doc_keys)}
    records: dict[str, dict[str, dict[int, set[int]]]] = defaultdict(lambda: defaultdict(dict))
    for s in sources:
        for m in s.mentions:
            record = record_year(m, s.article.text)
            n = index.get((m.source, m.passage))
            if record is not None and n is not None and n not in titles:
                records[record[0]][m.source].setdefault(record[1], set()).add(n)
    return records


def join_records(claims: list[list[int]], sources: Sequence[SourceInfo], doc_keys: Sequence[tuple[str, int]],
                 source_of: Sequence[str], titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, with a claim added for each record whose lone rival year no claim sets beside it."""
    out = [list(c) for c in claims]
    for by_source in _record_docs(sources, doc_keys, titles).values():
        dissent = lone_dissent(by_source)
        if dissent is None:
            if (agreed_record := _agreed_record(by_source, out)) is not None:
                out.append(agreed_record)
            continue
        agreed, odd = dissent
        rival = set().union(*(years.get(odd, set()) for years in by_source.values()))
        agreeing = set().union(*(years.get(agreed, set()) for years in by_source.values()))
        if any(rival & set(c) and len({source_of[n] for n in agreeing & set(c)}) >= RECORD_MIN_AGREE
               for c in out):
            continue  # a claim already sets the rival beside the agreeing sources
        record = sorted(rival | agreeing)
        if len({source_of[n] for n in record}) >= _MIN_SOURCES:
            out.append(record)
    return out


def _agreed_record(by_source: dict[str, dict[int, set[int]]],
                   claims: Sequence[list[int]]) -> list[int] | None:
    """The sentences of a record every source dates alike, one a source, when no claim holds them all yet.

    A source stating the record's year in two sentences, or two years,
    leaves the record alone: which sentence is its one is not sure.
    """
    if len(by_source) < _MIN_SOURCES or any(len(years) != 1 for years in by_source.values()):
        return None
    if len({year for years in by_source.values() for year in years}) != 1:
        return None
    passages = [n for years in by_source.values() for found in years.values() for n in found]
    if len(passages) != len(by_source) or any(set(passages) <= set(c) for c in claims):
        return None
    return sorted(passages)


__all__ = ["join_records"]
