"""The one line an editor reads for each ``check`` finding.

``Deadline "6:01 PM ET" — sources say 5:01 PM ET / 22:01 GMT (002 npr.org
line 7; 004 line 3)``: the draft's words, then what the sources say in plain
values, each followed by where to look. Quotations show only the words that
changed, with a few words either side, never the whole quote twice.

Pure functions over a Finding; the text, GitHub, SARIF and Markdown outputs
all print the same sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sourcediff.model import Kind, Span
from sourcediff.worddiff import quote_changes, tokenize

if TYPE_CHECKING:
    from sourcediff.check import Evidence, Finding

# What a value is called when the words around it do not say ("deadline").
KIND_LABEL = {
    Kind.MONEY: "Amount", Kind.NUMBER: "Figure", Kind.PERCENT: "Percentage", Kind.TIME: "Time",
    Kind.DATE: "Date", Kind.QUOTE: "Quote", Kind.PERSON: "Name", Kind.ORG: "Organization",
}
# Words of context kept either side of a changed word in a quotation.
QUOTE_CONTEXT_WORDS = 3
# A quotation shown whole only up to this many characters; longer ones are cut.
SHORT_QUOTE = 60


def label_for(kind: Kind, role: str | None) -> str:
    return role.capitalize() if role else KIND_LABEL[kind]


def reference(evidence: Sequence[Evidence]) -> str:
    """``002 (npr.org) line 7; 004 lines 3, 9``: where each source says it, sources in first-seen order.

    The outlet goes in brackets, as everywhere else in the reports: a bare
    "gazette Ashby Gazette lines 5, 16" ran the id and a multi-word outlet
    together, and a reader could not tell where one ended.
    """
    by_source: dict[str, list[Evidence]] = {}
    for e in evidence:
        by_source.setdefault(e.source, []).append(e)
    parts = []
    for source, items in by_source.items():
        head = f"{source} ({items[0].outlet})" if items[0].outlet else source
        lines = list(dict.fromkeys(e.location.start.line for e in items if e.location))
        if lines:
            word = "line" if len(lines) == 1 else "lines"
            head += f" {word} {', '.join(str(n) for n in lines)}"
        parts.append(head)
    return "; ".join(parts)


def said(evidence: Sequence[Evidence]) -> str:
    """``5:01 PM ET / 22:01 GMT (002 line 7; 004 line 3); 5:01 PM (003 line 5)``: grouped by value."""
    groups: dict[str, list[Evidence]] = {}
    for e in evidence:
        groups.setdefault(e.human or e.raw, []).append(e)
    # "22:01 GMT" is the instant "5:01 PM ET / 22:01 GMT" names, and "5:01 PM"
    # (no zone given) its local clock: one value, said three ways.
    for value in [v for v in groups if "/" not in v]:
        fuller = next((v for v in groups
                       if "/" in v and (v.endswith(f"/ {value}") or v.startswith(f"{value} "))), None)
        if fuller is not None:
            groups[fuller] += groups.pop(value)
    return "; ".join(f"{value} ({reference(items)})" for value, items in groups.items())


def _short(text: str) -> str:
    return text if len(text) <= SHORT_QUOTE else text[:SHORT_QUOTE - 1].rstrip() + "…"


def excerpt(text: str, spans: Sequence[Span], words: int = QUOTE_CONTEXT_WORDS) -> str:
    """The parts of ``text`` around ``spans`` with ``words`` words either side, gaps shown as ``…``."""
    tokens = tokenize(text, punctuation=False)
    if not tokens or not spans:
        return _short(text)
    windows: list[tuple[int, int]] = []
    for span in spans:
        first = next((i for i, t in enumerate(tokens) if t.span.end > span.start), len(tokens))
        last = max((i for i, t in enumerate(tokens) if t.span.start < span.end), default=first - 1)
        last = max(last, first - 1)  # an empty span (an added word) sits between two tokens
        lo, hi = max(0, first - words), min(len(tokens) - 1, last + words)
        if windows and lo <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    parts = []
    for lo, hi in windows:
        start, end = tokens[lo].span.start, tokens[hi].span.end
        parts.append(("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else ""))
    return " ".join(parts).replace("……", "… …")


def quote_pair(draft: str, source: str) -> tuple[str, str]:
    """The changed words of two quotations, each with a few words of its own context."""
    changes = quote_changes(draft, source, trim_a=False)
    if not changes:
        return _short(draft), _short(source)
    return excerpt(draft, [a for a, _ in changes]), excerpt(source, [b for _, b in changes])


def message(f: Finding) -> str:
    """The finding in one line of plain words."""
    from sourcediff.check import Rule

    head = f"{f.label} “{_short(f.raw)}”"
    if f.rule is Rule.DIVERGE:
        return f"{head} — sources say {said(f.evidence)}"
    if f.rule is Rule.DISPUTED:
        backers = [e for e in f.evidence if e.agrees]
        rivals = [e for e in f.evidence if not e.agrees]
        return (f"{head} — the sources disagree: {said(backers)} against {said(rivals)}; "
                "the draft follows the first")
    if f.rule is Rule.UNSUPPORTED:
        return f"{head} — stated by no source"
    return _quote_message(f)


def _quote_message(f: Finding) -> str:
    who = f" by {f.speaker}" if f.speaker else ""
    if not f.evidence:
        return f"Quote{who} “{_short(f.raw)}” — not found in any source"
    if f.changes_speaker:
        speakers = "; ".join(f"{e.speaker or 'no one'} ({reference([e])})"
                             for e in _first_per_speaker(f.evidence))
        return f"Quote “{_short(f.raw)}” is given to {f.speaker or 'no one'}; sources give it to {speakers}"
    best = f.evidence[0]
    mine, theirs = quote_pair(f.raw, best.human or best.raw)
    same = [e for e in f.evidence if quote_pair(f.raw, e.human or e.raw)[1] == theirs]
    return f"Quote{who} “{mine}” — sources have “{theirs}” ({reference(same)})"


def _first_per_speaker(evidence: Sequence[Evidence]) -> list[Evidence]:
    seen: dict[str, Evidence] = {}
    for e in evidence:
        seen.setdefault(e.speaker or "", e)
    return list(seen.values())
