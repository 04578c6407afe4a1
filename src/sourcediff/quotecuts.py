"""One fact for a statement that outlets cut at different sentences (issue #11).

`quotefacts.join_quotations` joins the sentence facts of a quotation only
when every source quotes the same sentences. A wire quoting a minister's two
sentences whole, one outlet only the first and another only the second, left
two sentence facts (wire + first outlet, wire + second outlet): the second
and third outlets were never in one fact, although a reader sees one
statement quoted three ways, and a gold file anchoring the statement as one
value found neither fact.

Here sentence facts with the same verdict are joined when some source quotes
them together, as an unbroken run of one quotation, and every source in two
of them quotes both from the same quotation. A source quoting one sentence
keeps its one sentence as its mention. Facts with different verdicts stay
apart (one changed sentence is one divergence beside what the sources quote
alike, as in `quotefacts`), and so does a sentence some source quotes in a
separate quotation, which is where sentence matching is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sourcediff.compat import quotes_agree
from sourcediff.model import Kind, Mention, Quotation, Span, Verdict
from sourcediff.quotefacts import Judged, _closed, _joined, merge_facts, quote_sentences
from sourcediff.values import QuoteValue

_Key = tuple[str, Quotation]


def _quotations(group: Sequence[Mention]) -> dict[str, Quotation | None] | None:
    """Each source's quotation in a quote fact (None: a quotation of one sentence), when every source
    quotes from exactly one."""
    if not group or group[0].kind is not Kind.QUOTE:
        return None
    out: dict[str, Quotation | None] = {}
    for m in group:
        if m.source in out and (m.quotation is None or out[m.source] != m.quotation):
            return None
        out[m.source] = m.quotation
    return out


def _linked(a: dict[str, Quotation | None], b: dict[str, Quotation | None]) -> bool:
    """Whether two sentence facts are parts of one statement: a source quotes both, each source in
    both quotes them in one quotation of more than one sentence."""
    shared = a.keys() & b.keys()
    return bool(shared) and all(a[s] is not None and a[s] == b[s] for s in shared)


def _unbroken(groups: Sequence[Sequence[Mention]], sentences: dict[_Key, list[Span]]) -> bool:
    """Each source's sentences in the joined facts are an unbroken run of its quotation: the joined
    words never skip a sentence that sits in another fact."""
    held: dict[_Key, set[Span]] = {}
    for m in (m for group in groups for m in group):
        if m.quotation is not None:
            held.setdefault((m.source, m.quotation), set()).add(m.span)
    for key, spans in held.items():
        every = sorted(set(sentences.get(key, ())), key=lambda s: s.start)
        at = [n for n, span in enumerate(every) if span in spans]
        if len(at) != len(spans) or at[-1] - at[0] + 1 != len(at):
            return False
    return True


def _components(facts: Sequence[Judged], quotes: dict[int, dict[str, Quotation | None]]) -> list[list[int]]:
    """Groups of linked sentence facts with the same verdict, in fact order."""
    parent = {n: n for n in quotes}

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    ns = sorted(quotes)
    for i, n in enumerate(ns):
        for k in ns[i + 1:]:
            if facts[n][1] is facts[k][1] and _linked(quotes[n], quotes[k]):
                parent[find(k)] = find(n)
    comps: dict[int, list[int]] = {}
    for n in ns:
        comps.setdefault(find(n), []).append(n)
    return [c for c in comps.values() if len(c) > 1]


def _statement(ms: Sequence[Mention]) -> Mention:
    """One source's sentences as one mention, its last sentence closed with the source's own stop.

    A sentence another outlet quotes alone is also its own value ("What
    matters is what happens next."); with the stop the joined words still hold
    it whole, as they hold every sentence before it.
    """
    joined = _joined(ms)
    last = max(set(ms), key=lambda m: m.span.start)
    if last.quotation is None or not isinstance(joined.value, QuoteValue):
        return joined
    closed = _closed(last.quotation, last)
    if closed == last.raw:
        return joined
    span = Span(joined.span.start, joined.span.end + len(closed) - len(last.raw))
    return replace(joined, span=span, raw=last.quotation.between(span),
                   value=replace(joined.value, text=joined.value.text + closed[len(last.raw):]))


def join_cut_quotations(facts: Sequence[Judged], order: dict[str, int]) -> list[Judged]:
    """``facts`` with the sentence facts of one statement that outlets cut differently made one
    (mentions in source ``order``; a source quoting one sentence keeps its mention as it was)."""
    quotes = {n: q for n, (group, *_rest) in enumerate(facts) if (q := _quotations(group)) is not None}
    sentences = quote_sentences(facts)
    merged: dict[int, list[int]] = {}
    for comp in _components(facts, quotes):
        if _unbroken([facts[n][0] for n in comp], sentences):
            merged[comp[0]] = comp
    return merge_facts(facts, merged, lambda by_source: [
        _statement(ms) if len(set(ms)) > 1 else ms[0]
        for _source, ms in sorted(by_source.items(), key=lambda kv: order.get(kv[0], 0))])


def judged_again(before: Sequence[Judged], after: Sequence[Judged]) -> list[Judged]:
    """``after`` (the sentence facts of ``before`` joined, here or in `quotefacts`) with a joined
    quotation that a source's unjoined quote no longer agrees with judged a divergence.

    Each sentence fact was judged on its own, and a joined fact keeps its
    parts' "agree". But a source whose one quotation met the first sentence as
    a run of its own longer words ("These are not weak firms, they are being
    crushed to death" holds "These are not weak firms") agreed with that
    sentence alone; beside the statements made whole it rewrites the second
    sentence, a divergence the agreeing sentence facts had hidden. Such a quote,
    kept as it was, that agrees with no other source's quote of the joined fact
    is that divergence. Quotes that were joined are not set against each other
    here: an outlet that gives the sentences in another order ("B. A.") still
    quotes the statement, and a join never settles a divergence.
    """
    kept = {(m.source, m.span) for group, *_rest in before for m in group}
    unjoined = {frozenset((m.source, m.span) for m in group) for group, *_rest in before}
    out = list(after)
    for n, (group, verdict, claim, role) in enumerate(after):
        if (verdict is not Verdict.AGREE or group[0].kind is not Kind.QUOTE
                or frozenset((m.source, m.span) for m in group) in unjoined):
            continue
        if any(_alone(m, group) for m in group if (m.source, m.span) in kept):
            out[n] = (group, Verdict.DIVERGE, claim, role)
    return out


def _alone(m: Mention, group: Sequence[Mention]) -> bool:
    """True when no other source's quote in ``group`` holds ``m``'s words or is held by them."""
    others = [o for o in group if o.source != m.source and isinstance(o.value, QuoteValue)]
    return (bool(others) and isinstance(m.value, QuoteValue)
            and not any(quotes_agree(m.value, o.value) for o in others if isinstance(o.value, QuoteValue)))
