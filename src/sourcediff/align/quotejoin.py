"""Passages quoting the same words of one speaker join one claim (issue #11).

One outlet quotes a spokesman whole ("We have found no evidence that
customer data was taken, and we are working with the police around the
clock"), another cuts the quote to its first clause and sets it in a
sentence of its own words. The pair model reads the long passage against
the short one as a poor match (few of the long one's words are the short
one's), so the two sit in different claims, or one in none.

Yet the words themselves are the evidence, whatever the model says: two
passages that both hold one run of :data:`QUOTE_RUN` words or more inside
quotation marks report one statement of one speaker, the same fact. So a
passage X joins a claim C it is not in when

- X and a member Y of C of another source share such a quoted run, and
  the run has :data:`MIN_CONTENT` content words at least (``terms.STOP``
  left out): "we are going to do it" is a stock phrase, not a statement;
  a run with :data:`NAMED_MIN_CONTENT` only ("we will do it ship by ship",
  a tabloid's cut of a chief executive's longer quote) counts when every
  passage quoting it names its speaker, one surname: the named speaker
  saying those very words is the evidence the third content word gives
  otherwise; such a run seats X only in a claim holding no passage of X's
  source (it fills a missing source; a second seat beside the source's
  paraphrase made a gold-wrong pair with the claim's stray member);
- neither X nor Y is a headline (a headline sums up the story and quotes
  its catchiest words, multifact.py leaves them out for the same reason);
- X's source has no other passage quoting the run (which of its passages
  is the one would not be sure), and no passage of X's source in C holds
  the run already (the claim has that source's quotation);
- the speakers, where the extractor named them in both, are one surname;
- no quoting passage sits in two claims (it states two facts, and which
  one the quotation tells is not sure), unless two or more do and exactly
  one claim holds them all (`_shared_claim`): that claim is the quote's,
  and only a passage sitting in one claim at most may join it;
- at least half of C's sources quote the run, and no member of C of
  another source than X quotes other words only (a claim holding another
  quotation, or mostly other sentences, is about that, not about X's
  quote: without these two, on the held-out stories the step made as many
  gold-wrong pairs as it found gold pairs; with them it made none,
  benchmarks/notes/align52.md).

When no claim holds any quoting passage, the passages quoting the run, one
a source, make a claim of their own (the largest such set, once). The step
reads the claims as they were given and only adds passages or claims.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence

from sourcediff.align.clusterbase import holders
from sourcediff.model import Kind, SourceInfo
from sourcediff.terms import STOP

QUOTE_RUN = 5  # the fewest words of a shared quoted run
MIN_CONTENT = 3  # the fewest content words in it: fewer is a stock phrase
NAMED_MIN_CONTENT = 2  # ... or in a run every quoting passage gives to one named speaker

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

Run = tuple[str, ...]


def quoted_runs(quote: str, n: int = QUOTE_RUN, least: int = MIN_CONTENT) -> set[Run]:
    """Every run of ``n`` words of ``quote`` (folded) holding ``least`` content words."""
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(quote)]
    # each word's test once, not once per run it opens or sits in (n runs hold every word)
    content = [w not in STOP and not w.isdigit() for w in words]
    return {tuple(words[k:k + n]) for k in range(len(words) - n + 1) if sum(content[k:k + n]) >= least}


def _stock(run: Run) -> bool:
    """True when ``run`` has fewer than :data:`MIN_CONTENT` content words: evidence only if named."""
    return sum(w not in STOP and not w.isdigit() for w in run) < MIN_CONTENT


def _surname(speaker: str | None) -> str | None:
    words = _WORD.findall(speaker or "")
    return words[-1].lower() if words else None


def _quotes(sources: Sequence[SourceInfo], doc_keys: Sequence[tuple[str, int]],
            titles: Collection[int]) -> tuple[dict[Run, dict[int, str | None]], list[str]]:
    """run -> passage (index into docs) quoting it -> speaker surname; and each passage's source."""
    index = {key: n for n, key in enumerate(doc_keys)}
    held: dict[Run, dict[int, str | None]] = defaultdict(dict)
    for s in sources:
        for m in s.mentions:
            n = index.get((m.source, m.passage))
            if m.kind is not Kind.QUOTE or n is None or n in titles:
                continue
            for run in quoted_runs(m.raw, least=NAMED_MIN_CONTENT):
                held[run].setdefault(n, _surname(m.speaker))
    return held, [key[0] for key in doc_keys]


def _shared_claim(single: Sequence[int], holding: dict[int, list[int]]) -> list[int]:
    """The one claim holding every quoting passage that sits in two claims or more, and two quoting passages.

    "'We were given a leaflet,' the chairman said" sits both in the claim
    of the quote and in the claim of the next sentence the model tied it
    to; another outlet's sentence quoting the same words sits in the quote's
    claim and in one of its own. The claim all such passages share is the
    quote's: a third outlet's passage quoting the words may join that one.
    So it is when only one quoting passage sits in two claims and another
    outlet's sits in one of them alone: "'We were given a leaflet,' the
    chairman said" in the quote's claim only, once a claim of another of
    his statements no longer holds it (quotesapart.py), and the other
    outlet's sentence in the quote's claim and one of its own.
    """
    multi = [n for n in single if len(holding[n]) > 1]
    if not multi:
        return []
    common = set(holding[multi[0]]).intersection(*(holding[n] for n in multi[1:]))
    # with one such passage, the claim must hold another source's quoting passage too (two at least)
    shared = {k for k in common if sum(k in holding[n] for n in single) >= 2}
    return sorted(shared) if len(shared) == 1 else []


def join_quotes(claims: list[list[int]], sources: Sequence[SourceInfo], doc_keys: Sequence[tuple[str, int]],
                titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, joined by the passages quoting a member's words (see module); lone quotes make claims."""
    held, source_of = _quotes(sources, doc_keys, titles)
    runs_of: dict[int, set[Run]] = defaultdict(set)  # a passage -> the runs it quotes
    for run, quoting in held.items():
        for n in quoting:
            runs_of[n].add(run)
    holding = holders(claims)  # a passage -> the claims it sits in
    out = [list(c) for c in claims]
    added: list[list[int]] = []
    for run in sorted(held):
        quoting = held[run]
        by_source: dict[str, list[int]] = defaultdict(list)
        for n in quoting:
            by_source[source_of[n]].append(n)
        single = sorted(ns[0] for ns in by_source.values() if len(ns) == 1)
        if len(single) < 2 or len({q for q in (quoting[n] for n in single) if q}) > 1:
            continue  # one source in all, or two speakers named for one run
        weak = _stock(run)
        if weak and not all(quoting[n] for n in single):
            continue  # a run of two content words is evidence only where every quoting passage names him
        seated = sorted({k for n in single for k in holding[n]})
        if any(len(holding[n]) > 1 for n in single):
            # a passage in two claims states two facts: which one the quote tells is not sure, unless one
            # claim holds every such passage (two sources' at least), and it is the quote's
            seated = _shared_claim(single, holding)
            if not seated:
                continue
        if not seated:
            # the runs of one quote each find their quoting passages: keep the largest set, once
            if not any(set(single) <= set(c) for c in added):
                added = [c for c in added if not set(c) <= set(single)] + [single]
            continue
        for k in seated:
            there = {source_of[m] for m in claims[k] if m in quoting}
            if 2 * len(there) < len({source_of[m] for m in claims[k]}):
                continue  # most of the claim's sources do not quote it: the claim is about something else
            for x in single:
                if source_of[x] in there or x in out[k] or len(holding[x]) > 1:
                    continue
                if weak and any(source_of[m] == source_of[x] for m in claims[k]):
                    continue  # the weaker evidence fills a source the claim lacks, never a second seat
                # a member quoting other words only is about its own quotation, not x's
                others = (m for m in claims[k] if source_of[m] != source_of[x])
                if any(runs_of[m] and not runs_of[m] & runs_of[x] for m in others):
                    continue
                out[k].append(x)
    return [sorted(c) for c in out] + added


__all__ = ["NAMED_MIN_CONTENT", "QUOTE_RUN", "join_quotes", "quoted_runs"]
