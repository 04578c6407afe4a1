"""View records for the HTML report's evidence: sentences per fact, claims, articles side by side.

An editor follows one path: a fact, the sentence each source words it in, the
sentence in its article, back. These records carry exactly what that path
needs and no more: an article highlights only the values that take part in a
finding (a divergence, or a figure, time, date or quote one source alone
gives), so a divergence never drowns in entity underlines; "passages side by
side" keeps only claims that carry a fact or a strong alignment, each passage
once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sourcediff.model import Claim, ClaimPassage, Fact, Kind, Passage, Report, SourceInfo, Span, Verdict
from sourcediff.render.view import (
    CHANGED,
    CLAIM_DIFF_MIN_SIMILARITY,
    VERDICT_LABEL,
    VERDICT_ORDER,
    changed_spans,
    passage_of,
    source_label,
    split_marked,
)

DELETED = "del"
INSERTED = "ins"
# A claim whose passages score at least this is shown even when no fact was
# found in it: its sentences say the same thing in nearly the same words.
STRONG_ALIGNMENT = 0.6
# Sentences shown per source under a fact row (a source repeating a value
# in many sentences is shown by its first ones).
SENTENCES_PER_SOURCE = 2
_ENTITY_KINDS = (Kind.PERSON, Kind.ORG)
_RANK = {v: i for i, v in enumerate(VERDICT_ORDER)}


@dataclass(frozen=True)
class HtmlPiece:
    """A run of text: ``changed`` words get a marker, ``verdict`` colours a fact's mention,
    ``diff`` ("del"/"ins") marks words one sentence has where another differs."""

    text: str
    changed: bool = False
    verdict: str = ""
    diff: str = ""


@dataclass(frozen=True)
class SentenceView:
    """One source's sentence with its place in the article view: under a fact, or a claim's column."""

    source: str
    label: str
    target: str
    pieces: tuple[HtmlPiece, ...]


@dataclass(frozen=True)
class ClaimView:
    id: str
    match: str  # the alignment in words
    verdicts: str  # space-separated verdicts of its facts, for the filter script
    facts: tuple[tuple[str, str, str], ...]  # (fact id, verdict, label)
    columns: tuple[SentenceView, ...]


@dataclass(frozen=True)
class Segment:
    """A run of passage text; ``fact``/``verdict`` set when it is a highlighted value."""

    text: str
    fact: str = ""
    verdict: str = ""
    tip: str = ""


@dataclass(frozen=True)
class PassageView:
    id: str
    lead: str  # the text between the previous passage and this one (white space, mostly)
    verdicts: str  # verdicts of every fact stated here, for the filters
    finding: str  # the most urgent verdict highlighted here ("" when none)
    claims: str  # the claims it belongs to, to sync the columns
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ArticleView:
    id: str
    label: str
    title: str
    meta: str
    passages: tuple[PassageView, ...]
    tail: str


def passage_id(source: str, index: int) -> str:
    return f"p-{source}-{index}"


def highlighted(fact: Fact) -> bool:
    """Whether an article highlights the fact: divergences, and non-entity details one source adds."""
    if fact.status is Verdict.DIVERGE:
        return True
    return fact.status is Verdict.UNIQUE and fact.kind not in _ENTITY_KINDS


def html_pieces(runs: Iterable[tuple[str, frozenset[str]]]) -> tuple[HtmlPiece, ...]:
    """Marked runs for the template; a run in several facts' mentions takes the most urgent verdict."""
    out = []
    for text, marks in runs:
        verdicts = [v for v in VERDICT_ORDER if f"v-{v.value}" in marks]
        diff = DELETED if DELETED in marks else INSERTED if INSERTED in marks else ""
        out.append(HtmlPiece(text, CHANGED in marks, verdicts[0].value if verdicts else "", diff))
    return tuple(out)


def _label(report: Report, source: str) -> str:
    try:
        return source_label(report.source(source))
    except KeyError:
        return source


# --------------------------------------------------------------------------- sentences of a fact


def sentences(report: Report, fact: Fact) -> tuple[SentenceView, ...]:
    """The sentence each source states the fact in, the first one diffed against the others."""
    chosen: list[tuple[Passage, list[Span]]] = []
    per_source: dict[str, int] = {}
    for m in fact.mentions:
        p = passage_of(report, m)
        if p is None:
            continue
        known = next((spans for q, spans in chosen if q is p), None)
        if known is not None:
            known.append(m.span)
        elif per_source.get(m.source, 0) < SENTENCES_PER_SOURCE:
            per_source[m.source] = per_source.get(m.source, 0) + 1
            chosen.append((p, [m.span]))
    if not chosen:
        return ()
    ref = chosen[0][0]
    ref_deleted: list[Span] = []
    views = []
    for p, spans in chosen:
        marks = [(s.shift(-p.start), f"v-{fact.status.value}") for s in spans]
        if p is not ref and p.source != ref.source and _close(ref, p):
            theirs, mine = changed_spans(ref.text, p.text)
            marks += [(s, INSERTED) for s in mine]
            if not ref_deleted:
                ref_deleted = list(theirs)
        views.append((p, marks))
    out = []
    for p, marks in views:
        if p is ref:
            marks = marks + [(s, DELETED) for s in ref_deleted]
        out.append(SentenceView(p.source, _label(report, p.source), passage_id(p.source, p.index),
                                html_pieces(split_marked(p.text, marks))))
    return tuple(out)


def _close(a: Passage, b: Passage) -> bool:
    from sourcediff.worddiff import similarity

    return similarity(a.text, b.text) >= CLAIM_DIFF_MIN_SIMILARITY


# --------------------------------------------------------------------------- claims


def match_words(score: float) -> str:
    """The alignment score as a reader understands it."""
    if score >= STRONG_ALIGNMENT:
        return "nearly the same words"
    if score >= 0.35:
        return "similar wording"
    return "same facts, different wording"


def claims(report: Report, facts: Sequence[Fact], *, filtered: bool) -> tuple[ClaimView, ...]:
    """Claims carrying a shown fact or a strong alignment, divergences first, each passage once."""
    own: dict[str, list[Fact]] = {}
    for f in facts:
        if f.claim:
            own.setdefault(f.claim, []).append(f)
    kept = [c for c in report.claims if own.get(c.id) or (not filtered and c.score >= STRONG_ALIGNMENT)]
    kept.sort(key=lambda c: min((_RANK[f.status] for f in own.get(c.id, ())), default=len(_RANK)))
    seen: set[tuple[str, int]] = set()
    out = []
    for claim in kept:
        members = [m for m in claim.members if (m.source, m.index) not in seen]
        if len({m.source for m in members}) < 2:
            continue
        seen.update((m.source, m.index) for m in members)
        out.append(_claim(report, claim, members, own.get(claim.id, [])))
    return tuple(out)


def _claim(report: Report, claim: Claim, members: Sequence[ClaimPassage], own: list[Fact]) -> ClaimView:
    passages = [report.passage(m.source, m.index) for m in members]
    columns = []
    for i, p in enumerate(passages):
        other = passages[1] if i == 0 else passages[0]
        marks = [(m.span.shift(-p.start), f"v-{f.status.value}") for f in own for m in f.mentions
                 if m.source == p.source and m.passage == p.index]
        if _close(other, p):
            marks += [(s, CHANGED) for s in changed_spans(other.text, p.text)[1]]
        columns.append(SentenceView(p.source, _label(report, p.source), passage_id(p.source, p.index),
                                   html_pieces(split_marked(p.text, marks))))
    verdicts = " ".join(dict.fromkeys(f.status.value for f in own))
    return ClaimView(claim.id, match_words(claim.score), verdicts,
                     tuple((f.id, f.status.value, VERDICT_LABEL[f.status]) for f in own), tuple(columns))


# --------------------------------------------------------------------------- articles


def article(report: Report, info: SourceInfo, facts: Sequence[Fact], meta: str) -> ArticleView:
    """The article as its passages, highlighting only the values that take part in a finding."""
    sid = info.article.id
    in_passage: dict[int, list[tuple[Span, Fact]]] = {}
    for f in facts:
        for m in f.mentions:
            if m.source == sid:
                in_passage.setdefault(m.passage, []).append((m.span, f))
    claims_of: dict[int, list[str]] = {}
    for c in report.claims:
        for member in c.members:
            if member.source == sid:
                claims_of.setdefault(member.index, []).append(c.id)
    text = info.article.text
    views = []
    offset = 0
    for p in info.passages:
        here = in_passage.get(p.index, [])
        views.append(_passage(p, text[offset:p.start] if p.start >= offset else "", here,
                              claims_of.get(p.index, [])))
        offset = max(offset, p.end)
    a = info.article
    return ArticleView(sid, _label(report, sid), a.title or a.path, meta, tuple(views), text[offset:])


def _passage(p: Passage, lead: str, here: list[tuple[Span, Fact]], claim_ids: list[str]) -> PassageView:
    marks = [(span.shift(-p.start), (_RANK[f.status], f.id)) for span, f in here if highlighted(f)]
    by_id = {f.id: f for _, f in here}
    segments = []
    for run, labels in split_marked(p.text, marks):
        if labels:
            _, fid = min(labels)
            f = by_id[fid]
            tip = f"{f.id} · {VERDICT_LABEL[f.status]} · {f.summary or f.kind.value}"
            segments.append(Segment(run, fid, f.status.value, tip))
        else:
            segments.append(Segment(run))
    verdicts = " ".join(v.value for v in VERDICT_ORDER if any(f.status is v for _, f in here))
    findings = [f.status for _, f in here if highlighted(f)]
    finding = min(findings, key=lambda v: _RANK[v]).value if findings else ""
    return PassageView(passage_id(p.source, p.index), lead, verdicts, finding, " ".join(claim_ids),
                       tuple(segments))
