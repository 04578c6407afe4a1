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

from collections.abc import Sequence
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
    assert first.quotation is not None
    span = Span(first.span.start, ordered[-1].span.end)
    words = " ".join([*(_closed(first.quotation, m) for m in ordered[:-1]), ordered[-1].raw])
    norm = " ".join(m.value.norm for m in ordered if isinstance(m.value, QuoteValue))
    return replace(first, passage=first.quotation.passage, span=span, raw=first.quotation.between(span),
                   value=QuoteValue(text=words, norm=norm, phrase=False))


def join_quotations(facts: Sequence[Judged]) -> list[Judged]:
    """``facts`` with the sentence facts of the same quotations, in the same sources and with the same
    verdict, made one."""
    by_key: dict[tuple[Verdict, frozenset[tuple[str, Quotation]]], list[int]] = {}
    for n, (group, verdict, *_rest) in enumerate(facts):
        key = _key(group)
        if key is not None:
            by_key.setdefault((verdict, key), []).append(n)
    sentences: dict[tuple[str, Quotation], list[Span]] = {}
    for m in (m for group, *_rest in facts for m in group):
        if m.kind is Kind.QUOTE and m.quotation is not None:
            sentences.setdefault((m.source, m.quotation), []).append(m.span)
    merged = {ns[0]: ns for ns in by_key.values()
              if len(ns) > 1 and _whole([facts[n][0] for n in ns], sentences)}
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
        group = [_joined(ms) for ms in by_source.values()]
        claim = next((p[2] for p in parts if p[2] is not None), None)
        out.append((group, fact[1], claim, fact[3]))
    return out
