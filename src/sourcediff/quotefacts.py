"""One fact per quotation: the sentences of one statement judged once (issue #11).

Quoted sentences are matched one by one (`extract.quotes`), since outlets cut
a statement differently: one quotes two sentences, another only the first, a
third puts "she added" between them. But when every source quotes the same
sentences together (one may go on, or open, with a sentence of its own),
one fact per sentence reports a changed speaker or a trimmed word once per
sentence, and a reader (or a gold file anchoring the statement as one value)
sees one divergence twice. So facts whose mentions come, source by source,
from the very same quotations, with the same verdict, and together hold an
unbroken run of them, are one fact: one mention per
source, its words the sentences joined, its passage the one naming the
speaker. Facts whose sources quote different
stretches stay apart, which is where sentence matching is needed; so do an
agreeing and a diverging sentence, so that one changed sentence of a long
quotation is one divergence beside what the sources quote alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sourcediff.model import Kind, Mention, Quotation, Span, Verdict
from sourcediff.values import QuoteValue

# A judged fact before it is described: mentions, verdict, claim id, role word.
Judged = tuple[list[Mention], Verdict, str | None, str | None]


def _key(group: Sequence[Mention]) -> frozenset[tuple[str, Quotation]] | None:
    """The (source, quotation) pairs of a quote fact, when each source quotes from one quotation."""
    if group[0].kind is not Kind.QUOTE:
        return None
    pairs = {(m.source, m.quotation) for m in group}
    found = {(s, q) for s, q in pairs if q is not None}
    if len(found) != len(pairs) or len({s for s, _ in found}) != len(found):
        return None
    return frozenset(found)


def _whole(groups: Sequence[Sequence[Mention]], sentences: dict[tuple[str, Quotation], list[Span]]) -> bool:
    """The facts hold an unbroken run of each source's quotation: never join sentences around one that
    sits in another fact (a stretch only some sources quote), which the joined words would skip.

    A run that stops short of the quotation's first or last sentence is joined
    too: a source that goes on with a sentence no other quotes ("... If your
    child has missed a dose, come this weekend.") keeps it as a fact of its
    own, and the run all sources quote together stays one statement. This
    needs every sentence of the quotation among the facts (``sentences``);
    otherwise only the whole quotation is joined.
    """
    held: dict[tuple[str, Quotation], set[Span]] = {}
    for m in (m for group in groups for m in group):
        if m.quotation is not None:
            held.setdefault((m.source, m.quotation), set()).add(m.span)
    for (source, quotation), spans in held.items():
        if len(spans) == quotation.sentences:
            continue
        every = sorted(set(sentences.get((source, quotation), ())), key=lambda s: s.start)
        if len(every) != quotation.sentences:
            return False
        at = [n for n, span in enumerate(every) if span in spans]
        if len(at) != len(spans) or at[-1] - at[0] + 1 != len(at):
            return False
    return True


def _closed(quotation: Quotation, m: Mention) -> str:
    """A sentence's words with the full stop the source closes it with, when sentences are joined.

    A sentence mention leaves out its closing stop (house style, see
    `extract.quotes`); inside a joined statement the stop between two
    sentences is the source's reading ("to decide. Otherwise, ...").
    """
    after = quotation.between(Span(m.span.end, min(m.span.end + 1, quotation.span.end)))
    return m.raw + "." if after == "." else m.raw


def _joined(ms: Sequence[Mention]) -> Mention:
    """One source's sentences of one quotation as one mention, in reading order.

    Its raw text and span are the source's, from the first sentence to the
    last (an attribution between parts included: offsets must hold); its
    value is the quoted words alone, which is what is compared.
    """
    ordered = sorted(set(ms), key=lambda m: m.span.start)
    first = ordered[0]
    if first.quotation is None:  # a quote of one sentence, joined to a statement another source bridges
        return first
    span = Span(first.span.start, ordered[-1].span.end)
    words = " ".join([*(_closed(first.quotation, m) for m in ordered[:-1]), ordered[-1].raw])
    norm = " ".join(m.value.norm for m in ordered if isinstance(m.value, QuoteValue))
    return replace(first, passage=first.quotation.passage, span=span, raw=first.quotation.between(span),
                   value=QuoteValue(text=words, norm=norm, phrase=False))


def _bridge_key(group: Sequence[Mention]) -> frozenset[tuple[str, Quotation | Span]] | None:
    """Each source's statement in a quote fact: its quotation, or for a quote of one sentence (which has
    none) the sentence itself; None unless each source quotes from one statement."""
    if group[0].kind is not Kind.QUOTE:
        return None
    pairs = {(m.source, m.quotation if m.quotation is not None else m.span) for m in group}
    return frozenset(pairs) if len({s for s, _ in pairs}) == len(pairs) else None


def _bridged(facts: Sequence[Judged], sentences: dict[tuple[str, Quotation], list[Span]],
             taken: set[int]) -> list[list[int]]:
    """Agreeing sentence facts one source's whole quotation bridges: one statement cut two ways.

    A wire quotes both sentences of a donor's statement, a broadsheet only the
    first and a trade paper a fragment of the second: the sentence facts
    (wire and broadsheet, wire and trade paper) share the wire's quotation
    but not their sources, so the rule above keeps them apart, and a reader
    who sees one statement quoted by three outlets reads two facts. Agreeing
    facts that share a source's quotation of several sentences are one fact
    when, together, each source quotes from one statement only and the run
    they hold is unbroken (``_whole``); diverging facts stay apart, each its
    own divergence. Each fact must hold a source the others lack: when one
    fact's outlets all quote the other's sentence too, that fact already
    stands for the statement and the sentence only some outlets go on to
    quote stays a fact of its own, as above.
    """
    keys = [(n, key) for n, (group, verdict, *_rest) in enumerate(facts)
            if verdict is Verdict.AGREE and n not in taken and (key := _bridge_key(group)) is not None]
    out: list[list[int]] = []
    used: set[int] = set()
    for n, key in keys:
        if n in used:
            continue
        union, members = set(key), [n]
        for k, other in keys:
            if k in used or k in members or not any(isinstance(q, Quotation) for _, q in union & other):
                continue
            both, theirs, ours = union | other, {s for s, _ in other}, {s for s, _ in union}
            if len({source for source, _ in both}) == len(both) and theirs - ours and ours - theirs:
                union, members = both, [*members, k]
        if len(members) > 1 and _whole([facts[i][0] for i in members], sentences):
            used.update(members)
            out.append(members)
    return out


def join_quotations(facts: Sequence[Judged]) -> list[Judged]:
    """``facts`` with the sentence facts of the same quotations, in the same sources and with the same
    verdict, made one."""
    by_key: dict[tuple[Verdict, frozenset[tuple[str, Quotation]]], list[int]] = {}
    for n, (group, verdict, *_rest) in enumerate(facts):
        key = _key(group)
        if key is not None:
            by_key.setdefault((verdict, key), []).append(n)
    sentences = quote_sentences(facts)
    runs = [ns for ns in by_key.values() if len(ns) > 1 and _whole([facts[n][0] for n in ns], sentences)]
    runs = [*runs, *_bridged(facts, sentences, {n for ns in runs for n in ns})]
    merged = {min(ns): sorted(ns) for ns in runs}
    return merge_facts(facts, merged, lambda by_source: [_joined(ms) for ms in by_source.values()])


def quote_sentences(facts: Sequence[Judged]) -> dict[tuple[str, Quotation], list[Span]]:
    """Each source's quotation, to the spans of the sentence mentions cut from it."""
    sentences: dict[tuple[str, Quotation], list[Span]] = {}
    for m in (m for group, *_rest in facts for m in group):
        if m.kind is Kind.QUOTE and m.quotation is not None:
            sentences.setdefault((m.source, m.quotation), []).append(m.span)
    return sentences


def merge_facts(facts: Sequence[Judged], merged: dict[int, list[int]],
                group_of: Callable[[dict[str, list[Mention]]], list[Mention]]) -> list[Judged]:
    """``facts`` with each run of ``merged`` (first index -> its indices) made one fact at the first's place.

    Each source's mentions of the run become that source's mention(s) by ``group_of``; the run keeps
    the first fact's verdict and role and the first claim any part has. Shared by the two quote joins
    (here and quotecuts.py), which differ only in which facts they join and how a source's pieces meet.
    """
    dropped = {n for ns in merged.values() for n in ns[1:]}
    out: list[Judged] = []
    for n, fact in enumerate(facts):
        if n in dropped:
            continue
        if n not in merged:
            out.append(fact)
            continue
        parts = [facts[k] for k in merged[n]]
        by_source: dict[str, list[Mention]] = {}
        for m in (m for group, *_rest in parts for m in group):
            by_source.setdefault(m.source, []).append(m)
        claim = next((p[2] for p in parts if p[2] is not None), None)
        out.append((group_of(by_source), fact[1], claim, fact[3]))
    return out
