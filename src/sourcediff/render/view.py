"""Presentation helpers shared by the terminal, HTML and Markdown renderers.

Everything here only *arranges* what a Report already says: which facts to
show and in what order, which characters of a passage to highlight. Verdicts,
values and summaries are never recomputed; the one thing derived is the
word-level difference between two wordings (``worddiff.word_diff``), which is
display, not judgement: it says *where* two sources differ, the judge already
said *whether* they do.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from sourcediff.model import Fact, Kind, Mention, Passage, Report, SourceInfo, Span, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.noise import is_noise
from sourcediff.text import fold
from sourcediff.values import Money, Value

T = TypeVar("T", bound=Hashable)

# Divergences first: they are what an editor must act on; unique details next
# (something one source adds); agreements last, because they need no action.
VERDICT_ORDER: tuple[Verdict, ...] = (Verdict.DIVERGE, Verdict.UNIQUE, Verdict.AGREE)

# Words a reader sees next to a verdict, so that colour is never the only cue.
VERDICT_LABEL: dict[Verdict, str] = {
    Verdict.DIVERGE: "diverge",
    Verdict.UNIQUE: "unique",
    Verdict.AGREE: "agree",
}
VERDICT_HEADING: dict[Verdict, str] = {
    Verdict.DIVERGE: "Divergences",
    Verdict.UNIQUE: "Unique details",
    Verdict.AGREE: "Agreements",
}
VERDICT_SYMBOL: dict[Verdict, str] = {Verdict.DIVERGE: "≠", Verdict.UNIQUE: "+", Verdict.AGREE: "="}
# The tag every renderer puts next to a fact whose values are an earlier and a later figure (Fact.update):
# a reader must see an update where the verdict alone would read as two sources disagreeing.
UPDATE_TAG = "↻ update"


def update_tag(fact: Fact) -> str:
    """``UPDATE_TAG`` for a fact the sources give as an earlier and a later value, else ""."""
    return UPDATE_TAG if fact.update is not None else ""

MENTION = "mention"
CHANGED = "changed"


@dataclass(frozen=True)
class Piece:
    """A run of text and the highlight marks that apply to all of it."""

    text: str
    marks: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Wording:
    """How one source words one fact: the passage cut into highlighted pieces."""

    mention: Mention
    pieces: tuple[Piece, ...]
    clipped_start: bool = False
    clipped_end: bool = False


def shown(report: Report, options: RenderOptions) -> dict[Verdict, tuple[Fact, ...]]:
    """The facts the reader asked for, by verdict in reading order, report order kept within.

    The one place every format decides what it lists: noise (a byline stamp, a
    caption's date, a vague span; see render/noise.py) is left out of the unique
    details unless ``--all``. When each renderer filtered on its own, Markdown
    and HTML listed a "Published 14 March 2026" stamp the terminal hid.
    """
    return {v: tuple(f for f in report.facts if f.status is v and listed(report, f, options))
            for v in VERDICT_ORDER if v in options.only}


def listed(report: Report, fact: Fact, options: RenderOptions) -> bool:
    """Whether a fact is listed: everything with ``--all``, else all but unique noise."""
    return options.show_all or not is_noise(report, fact)


def hidden_noise(report: Report, options: RenderOptions) -> int:
    """How many unique details the reader asked for are held back as noise."""
    if Verdict.UNIQUE not in options.only:
        return 0
    return sum(1 for f in report.facts if f.status is Verdict.UNIQUE and not listed(report, f, options))


def noise_note(hidden: int) -> str:
    """The one sentence every format prints under its unique details when some are held back."""
    if not hidden:
        return ""
    noun = "detail" if hidden == 1 else "details"
    return (f"{hidden} {noun} (vague spans, caption dates, byline stamps) "
            "not listed as unique; --all lists them")


# How many facts of each verdict "At a glance" lists: with the report's order
# (figures and times first) this puts the facts an editor checks first on
# the first screen, whatever the number of unique details. Every renderer
# shows the same list in the same words (glance_line).
GLANCE = {Verdict.DIVERGE: 6, Verdict.UNIQUE: 3, Verdict.AGREE: 4}


def glance(groups: Mapping[Verdict, tuple[Fact, ...]]) -> tuple[Fact, ...]:
    """The first facts of each verdict, divergences first."""
    return tuple(f for v, fs in groups.items() for f in fs[:GLANCE[v]])


def glance_line(fact: Fact) -> str:
    """``≠ diverge · time · deadline: Friday evening (000) vs Friday afternoon (001)``."""
    return f"{VERDICT_SYMBOL[fact.status]} {VERDICT_LABEL[fact.status]} · {fact.kind.value} · {fact.summary}"


def counts_line(report: Report, options: RenderOptions) -> str:
    """``"5 sources, 8 facts: 2 diverge · 2 unique · 4 agree"`` plus a note when a filter hides some."""
    counts = report.counts()
    parts = " · ".join(f"{counts[v.value]} {VERDICT_LABEL[v]}{listed_note(report, options, v)}"
                       for v in VERDICT_ORDER)
    return f"{facts_intro(report)}{parts}{filter_note(options)}"


def listed_note(report: Report, options: RenderOptions, verdict: Verdict) -> str:
    """`` (29 listed)`` after a verdict's count when noise held back makes its section shorter.

    The counts stay the report's (JSON consumers and ``score`` read them), but
    a reader who saw "35 unique" over a section of 29 added them up and
    thought details were lost; every format puts the listed number beside it.
    """
    if verdict is not Verdict.UNIQUE:
        return ""
    hidden = hidden_noise(report, options)
    if not hidden:
        return ""
    return f" ({report.counts()[verdict.value] - hidden} listed)"


def facts_intro(report: Report) -> str:
    total = len(report.facts)
    n = len(report.sources)
    return f"{n} source{'s' if n != 1 else ''}, {total} fact{'s' if total != 1 else ''}: "


def filter_note(options: RenderOptions) -> str:
    """`` (showing diverge, unique)`` when ``--only`` hides a verdict, else empty."""
    if options.only == frozenset(Verdict):
        return ""
    names = ", ".join(VERDICT_LABEL[v] for v in VERDICT_ORDER if v in options.only)
    return f" (showing {names or 'nothing'})"


def source_label(info: SourceInfo) -> str:
    """The id plus the outlet when known: ids alone are opaque to a reader."""
    a = info.article
    return f"{a.id} ({a.outlet})" if a.outlet else a.id


def published(info: SourceInfo) -> str:
    """The source's date; for an undated one, the date its dates were read against, said to be inferred."""
    if info.article.published:
        return info.article.published.isoformat()
    if info.inferred is not None:
        return f"undated (read as {info.inferred.date.isoformat()}, from {info.inferred.basis})"
    return "undated"


def passage_of(report: Report, mention: Mention) -> Passage | None:
    """The passage a mention sits in, or None when the report does not hold it."""
    try:
        passages = report.source(mention.source).passages
    except KeyError:
        return None
    if 0 <= mention.passage < len(passages):
        return passages[mention.passage]
    return None


def split_marked(text: str, marks: Iterable[tuple[Span, T]]) -> tuple[tuple[str, frozenset[T]], ...]:
    """Cut ``text`` at every span edge; each run carries the labels of the spans covering it.

    Spans may overlap or nest (a date inside a part of day); spans outside the
    text are clipped, empty ones ignored.
    """
    clipped = [(max(0, s.start), min(len(text), s.end), label) for s, label in marks]
    clipped = [(a, b, label) for a, b, label in clipped if a < b]
    opens: dict[int, list[T]] = {}
    closes: dict[int, list[T]] = {}
    for a, b, label in clipped:
        opens.setdefault(a, []).append(label)
        closes.setdefault(b, []).append(label)
    edges = sorted({0, len(text), *opens, *closes})
    active: Counter[T] = Counter()
    runs: list[tuple[str, frozenset[T]]] = []
    for lo, hi in itertools.pairwise(edges):  # one sweep: long articles have thousands of marks
        for label in closes.get(lo, ()):
            active[label] -= 1
            if active[label] <= 0:
                del active[label]
        active.update(opens.get(lo, ()))
        runs.append((text[lo:hi], frozenset(active)))
    return tuple(runs)


def changed_spans(a: str, b: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Character spans of the words that differ between ``a`` and ``b``, on each side."""
    from sourcediff.worddiff import word_diff

    left: list[Span] = []
    right: list[Span] = []
    for op in word_diff(a, b):
        if op.tag == "equal":
            continue
        if len(op.a):
            left.append(op.a)
        if len(op.b):
            right.append(op.b)
    return tuple(left), tuple(right)


def _reference(fact: Fact, mention: Mention) -> Mention | None:
    """What a mention is diffed against: the first mention from another source."""
    for other in fact.mentions:
        if other.source != mention.source:
            return other
    return None


def _diff_marks(fact: Fact, mention: Mention) -> list[tuple[Span, str]]:
    """Differing words of a divergent mention, as spans relative to the mention's start."""
    ref = _reference(fact, mention)
    if fact.status is not Verdict.DIVERGE or ref is None or ref.raw == mention.raw:
        return []
    _, mine = changed_spans(ref.raw, mention.raw)
    return [(s, CHANGED) for s in _joined(mention.raw, mine)]


def _joined(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with any two that only a decimal point or a thousands comma parts made one.

    A reader sees "7.1" against "6.4m" as one changed figure: marked as "7" and
    "1 million" with the point left plain, "£7.1 million" read as if the point
    were what the sources share.
    """
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out and span.start - out[-1].end == 1 and text[out[-1].end] in ".," \
                and text[out[-1].end - 1:out[-1].end].isdigit() and text[span.start:span.start + 1].isdigit():
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def mention_pieces(fact: Fact, mention: Mention) -> tuple[Piece, ...]:
    """The mention's own words, those differing from another source's marked (divergences only)."""
    runs = split_marked(mention.raw, _diff_marks(fact, mention))
    return tuple(Piece(text, labels) for text, labels in runs)


def wording(report: Report, fact: Fact, mention: Mention, *, radius: int | None = None) -> Wording:
    """The passage holding ``mention`` with the mention and (for divergences) changed words marked.

    ``radius`` keeps only about that many characters either side of the
    mention, cut at a space, so long sentences fit a terminal row.
    """
    passage = passage_of(report, mention)
    if passage is None:
        return Wording(mention, (Piece(mention.raw, frozenset({MENTION})),))
    rel = mention.span.shift(-passage.start)
    marks = [(rel, MENTION), *((s.shift(rel.start), label) for s, label in _diff_marks(fact, mention))]
    lo, hi = _window(passage.text, rel, radius)
    window = passage.text[lo:hi]
    runs = split_marked(window, [(Span(max(s.start - lo, 0), max(s.end - lo, 0)), m) for s, m in marks])
    pieces = tuple(Piece(text, labels) for text, labels in runs)
    return Wording(mention, pieces, clipped_start=lo > 0, clipped_end=hi < len(passage.text))


def _window(text: str, span: Span, radius: int | None) -> tuple[int, int]:
    """``[lo, hi)`` around ``span`` reaching about ``radius`` characters out, cut at spaces."""
    if radius is None:
        return 0, len(text)
    lo = max(0, span.start - radius)
    hi = min(len(text), span.end + radius)
    if lo > 0:
        space = text.find(" ", lo, span.start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", span.end, hi)
        hi = space if space != -1 else hi
    return lo, hi


# Two passages of a claim sharing less than this share of their words are
# rewordings, not edits of one text: marking every differing word would
# bury the few that matter, so only the facts' mentions are marked then.
CLAIM_DIFF_MIN_SIMILARITY = 0.5


def claim_pieces(passage: Passage, other: Passage | None,
                 marks: Iterable[tuple[Span, str]]) -> tuple[Piece, ...]:
    """A claim passage with ``marks`` (absolute spans) and, if close to ``other``, its changed words.

    Mark labels pass through untouched (renderers use them for verdict classes).
    """
    from sourcediff.worddiff import similarity

    spans = [(s.shift(-passage.start), label) for s, label in marks]
    if other is not None and similarity(other.text, passage.text) >= CLAIM_DIFF_MIN_SIMILARITY:
        spans.extend((s, CHANGED) for s in changed_spans(other.text, passage.text)[1])
    return tuple(Piece(t, labels) for t, labels in split_marked(passage.text, spans))


def facts_by_source(facts: Iterable[Fact]) -> dict[str, tuple[Fact, ...]]:
    """Facts grouped under each source that states them, in first-seen order."""
    out: dict[str, list[Fact]] = {}
    for f in facts:
        for source in f.sources:
            out.setdefault(source, []).append(f)
    return {k: tuple(v) for k, v in out.items()}


def value_text(value: Value) -> str:
    """A value as a reader scans it: money grouped in thousands, otherwise canonical.

    Canonical text is made for machines ("USD 200000000"); grouping digits is
    the only liberty taken, so the figure stays exactly the normalized one.
    """
    if isinstance(value, Money):
        amount = _grouped(value.amount)
        if value.high is not None:
            amount += "-" + _grouped(value.high)
        text = f"{value.currency} {amount}"
        return f"{value.qualifier} {text}" if value.qualifier else text
    return value.canonical()


def mention_value(fact: Fact, mention: Mention) -> str:
    """What to print in a value column for one mention; quotes show who said them instead."""
    if fact.kind is Kind.QUOTE:
        return mention.speaker or fact.speaker or "unattributed"
    return value_text(mention.value)


def fact_value(fact: Fact) -> str:
    """The fact's agreed value for display (the judge's ``value``, digits grouped when it is money)."""
    if fact.kind is Kind.QUOTE:
        return fact.speaker or "unattributed"
    for m in fact.mentions:
        if fact.value and m.canonical == fact.value:
            return value_text(m.value)
    if fact.value:
        return fact.value
    return value_text(fact.mentions[0].value) if fact.mentions else ""


def _grouped(amount: Decimal) -> str:
    """``200000000`` -> ``200,000,000``; decimals kept, no exponent, no trailing zeros."""
    whole, dot, frac = format(amount.normalize(), "f").partition(".")
    return f"{int(whole):,}{dot}{frac}"


# Distinct wordings shown per source in one fact: an organization named 30
# times by one article would otherwise bury every other row; the rest are
# counted ("+4 more") and all stay highlighted in the article text.
WORDINGS_PER_SOURCE = 3
# Under a unique detail fewer suffice: one source repeating a name is not news.
UNIQUE_WORDINGS = 2


@dataclass(frozen=True)
class Shown:
    """One wording of a fact in one source and how many times the source uses it."""

    mention: Mention
    repeats: int = 1


@dataclass(frozen=True)
class SourceMentions:
    """A fact's mentions in one source: the distinct wordings shown and how many are not."""

    source: str
    shown: tuple[Shown, ...]
    more: int = 0


def mentions_by_source(fact: Fact, *, limit: int = WORDINGS_PER_SOURCE) -> tuple[SourceMentions, ...]:
    """The fact's mentions grouped by source (first-seen order), equal wordings merged, capped."""
    groups: dict[str, dict[str, list[Mention]]] = {}
    for m in fact.mentions:
        groups.setdefault(m.source, {}).setdefault(fold(m.raw), []).append(m)
    out = []
    for source, wordings in groups.items():
        shown = tuple(Shown(ms[0], len(ms)) for ms in list(wordings.values())[:limit])
        out.append(SourceMentions(source, shown, max(0, len(wordings) - limit)))
    return tuple(out)


def more_wordings(n: int) -> str:
    return f"+{n} more wording{'s' if n > 1 else ''}"


def names_lead(sources: int) -> str:
    """``= named by all 5 sources: ``, or ``both sources`` for two ("all 2 sources" read as a slip)."""
    return f"= named by {'both' if sources == 2 else f'all {sources}'} sources: "
