"""``sourcediff check``: hold a draft to its sources, as an editor would before publishing.

The pipeline already groups every mention of one fact across articles (the
draft is just one more article); this module reads those Facts from the
draft's side and turns them into findings:

* a draft value incompatible with what the sources say is a violation
  (``diverge``), unless the sources disagree among themselves and the draft
  sides with one of them, which is only worth a note (``disputed``);
* a draft fact no source states is ``unsupported`` (a warning by default);
* a quotation must be found in a source word for word (punctuation and
  typography aside) and be given to the same speaker (``quote``). Quotes are
  looked up in every source, not only in the draft's Fact, because a quote
  with one word changed may well have been left unaligned by the judge.

Everything here is pure: the Report, the Policy, the draft file's text and the
set of changed lines come in; a CheckResult goes out. Files, stdin and exit
codes belong to the CLI.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from rapidfuzz.distance import LCSseq

from sourcediff.checkplaces import SourcePlaces
from sourcediff.checkwords import label_for, message
from sourcediff.compat import comparable
from sourcediff.diffinput import FileMap, Location
from sourcediff.humanize import human_value
from sourcediff.model import Fact, Kind, Mention, Report, Span
from sourcediff.policy import DEFAULT_POLICY, Policy
from sourcediff.text import fold
from sourcediff.values import DateValue, Entity, Money, Quantity, QuoteValue, Value
from sourcediff.worddiff import quote_changes, tokenize

Compat = Callable[[Mention, Mention], bool]

CHECK_SCHEMA = "sourcediff/check@1"
# A source quote is "the same quote, altered" when at least this share of the
# draft quote's words appear in it in order; below, the draft quote is simply
# unsupported. 0.6 tolerates two changed words in a ten-word quote.
QUOTE_NEAR_SHARE = 0.6
# ...and at least this many words match, so that a two-word scare quote is not
# reported as a misquotation of any sentence sharing one word with it.
QUOTE_NEAR_MIN_WORDS = 3
# Cue words shorter than this ("s", "of") are fragments, not what a figure is about.
MIN_CUE_LENGTH = 3
# An ignore marker on a draft's line (or on the line before): an HTML comment
# for Markdown, a '#' or '//' comment for plain text and code-like formats.
_IGNORE_MARKER = re.compile(r"(?:<!--|#|//)\s*sourcediff:\s*ignore\b", re.IGNORECASE)
# Words that anchor a span of time to the writer's day: "this month", "earlier this week".
_DEICTIC = re.compile(r"\b(?:this|last|next|coming|past|recent|earlier|later)\b", re.IGNORECASE)


class Level(StrEnum):
    """How much a finding matters; only errors fail the check."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class Rule(StrEnum):
    """What a finding is about (the SARIF rule id)."""

    DIVERGE = "diverge"  # the draft's value contradicts the sources
    QUOTE = "quote"  # a quotation's words or speaker differ from the source's
    UNSUPPORTED = "unsupported"  # no source states this fact
    DISPUTED = "disputed"  # the sources disagree; the draft sides with some of them


@dataclass(frozen=True)
class Evidence:
    """What one source says about the fact: as written, normalized, in plain words, and where.

    ``location`` is the line and column in the source's file, set by
    :func:`run_check` when the file's text is known; ``agrees`` marks the
    sources a disputed draft value sides with.
    """

    source: str
    raw: str
    value: str
    speaker: str | None = None
    human: str = ""
    span: Span | None = None
    outlet: str = ""
    path: str = ""
    location: Location | None = None
    agrees: bool = False


@dataclass(frozen=True)
class Finding:
    """One problem (or note) about one draft mention."""

    rule: Rule
    level: Level
    kind: Kind
    span: Span
    raw: str
    value: str
    message: str
    evidence: tuple[Evidence, ...] = ()
    fact: str = ""
    speaker: str | None = None
    location: Location | None = None
    label: str = ""  # what the value is: "Deadline", "Amount", "Quote"
    human: str = ""  # the draft's value in plain words
    changes_speaker: bool = False  # a quote found word for word, given to someone else


@dataclass(frozen=True)
class CheckResult:
    """Findings for one draft; ``status`` says why nothing was checked, when nothing was."""

    path: str
    findings: tuple[Finding, ...]
    checked: int
    status: str = ""

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level is level)

    @property
    def exit_code(self) -> int:
        """0 clean (warnings and notes allowed), 1 when any finding is an error."""
        return 1 if self.count(Level.ERROR) else 0


# --------------------------------------------------------------------------- comparing values


@dataclass(frozen=True)
class _Judge:
    """Compatibility as the policy sees it: the pipeline's rule, widened by tolerance and aliases."""

    compatible: Compat
    tolerance: float
    aliases: Mapping[str, str]

    def ok(self, a: Mention, b: Mention) -> bool:
        if isinstance(a.value, Entity) and isinstance(b.value, Entity):
            return self.name(a.value.name) == self.name(b.value.name) or self.compatible(a, b)
        return self.compatible(a, b) or within_tolerance(a.value, b.value, self.tolerance)

    def name(self, name: str) -> str:
        """A person's or organization's name with the policy's aliases resolved, folded."""
        return fold(self.aliases.get(fold(name), name))

    def same_speaker(self, a: str | None, b: str | None) -> bool:
        """Speakers match when unknown on either side, or when one name's words hold the other's."""
        if not a or not b:
            return True
        wa, wb = set(self.name(a).split()), set(self.name(b).split())
        return wa <= wb or wb <= wa


def within_tolerance(a: Value, b: Value, tolerance: float) -> bool:
    """Two amounts of the same currency or unit that differ by at most ``tolerance`` (relative)."""
    if tolerance <= 0:
        return False
    if isinstance(a, Money) and isinstance(b, Money):
        if a.currency != b.currency:
            return False
    elif isinstance(a, Quantity) and isinstance(b, Quantity):
        if a.unit != b.unit:
            return False
    else:
        return False
    return _close(a.amount, b.amount, tolerance) and _close(a.high or a.amount, b.high or b.amount, tolerance)


def _close(x: Decimal, y: Decimal, tolerance: float) -> bool:
    scale = max(abs(x), abs(y))
    return scale == 0 or float(abs(x - y) / scale) <= tolerance


# --------------------------------------------------------------------------- quotes


@dataclass(frozen=True)
class QuoteMatch:
    """How a draft quote compares with one source quote."""

    share: float  # of the draft's words found in order in the source
    matched: int
    changes: tuple[tuple[str, str], ...]  # (draft words, source words) that differ

    @property
    def exact(self) -> bool:
        return not self.changes


def match_quote(draft: str, source: str) -> QuoteMatch:
    """Compare a draft quote with a source quote word by word, ignoring punctuation.

    Source words before and after the draft's (a quote cut short) are not
    differences: quoting part of a statement is fine, altering it is not.
    """
    ta, tb = tokenize(draft, punctuation=False), tokenize(source, punctuation=False)
    if not ta:
        return QuoteMatch(0.0, 0, ())
    matched = LCSseq.similarity([t.key for t in ta], [t.key for t in tb])
    changes = tuple((draft[sa.start:sa.end], source[sb.start:sb.end])
                    for sa, sb in quote_changes(draft, source, trim_a=False))
    return QuoteMatch(matched / len(ta), matched, changes)


def _quote_text(m: Mention) -> str:
    return m.value.text if isinstance(m.value, QuoteValue) else m.raw


def _check_quote(d: Mention, fact: Fact | None, sources: tuple[Mention, ...], judge: _Judge,
                 policy: Policy) -> Finding | None:
    """A draft quote against every source quote: exact with the right speaker, altered, or unknown."""
    scored = [(match_quote(_quote_text(d), _quote_text(s)), s) for s in sources]
    exact = [s for m, s in scored if m.exact and m.matched]
    if any(judge.same_speaker(d.speaker, s.speaker) for s in exact):
        return None
    if exact:
        return _finding(d, fact, Rule.QUOTE, _level_diverge(policy), exact, changes_speaker=True)
    near = [(m, s) for m, s in scored if m.share >= QUOTE_NEAR_SHARE and m.matched >= QUOTE_NEAR_MIN_WORDS]
    if not near:
        return _unsupported(d, fact, policy)
    size = len(_quote_text(d))
    _, source = max(near, key=lambda pair: (pair[0].share, -len(pair[0].changes),
                                               -abs(len(_quote_text(pair[1])) - size)))
    evidence = [source, *(s for _, s in near if s != source)]
    return _finding(d, fact, Rule.QUOTE, _level_diverge(policy), evidence)


# --------------------------------------------------------------------------- other facts


def _check_value(d: Mention, fact: Fact | None, others: tuple[Mention, ...], judge: _Judge,
                 policy: Policy) -> Finding | None:
    """A draft value against the other sources' mentions of the same fact."""
    if not others:
        return _unsupported(d, fact, policy)
    agreeing = [o for o in others if judge.ok(d, o)]
    clashing = [o for o in others if not judge.ok(d, o)]
    if not clashing:
        return None
    if agreeing and _disputed(others, judge):
        return _finding(d, fact, Rule.DISPUTED, Level.NOTE, [*agreeing, *clashing], agreeing=agreeing)
    # Only what contradicts the draft is evidence against it: a vague value
    # that also fits ("hundreds of millions of dollars") is not.
    return _finding(d, fact, Rule.DIVERGE, _level_diverge(policy), clashing)


def _disputed(others: tuple[Mention, ...], judge: _Judge) -> bool:
    """Whether two different sources give incompatible values for the fact."""
    return any(a.source != b.source and not judge.ok(a, b)
               for i, a in enumerate(others) for b in others[i + 1:])


def _unsupported(d: Mention, fact: Fact | None, policy: Policy) -> Finding | None:
    level = policy.unsupported_level
    if level == "ignore" or relative_span(d):
        return None
    return _finding(d, fact, Rule.UNSUPPORTED, Level(level), [])


def relative_span(m: Mention) -> bool:
    """A stretch of time named from the writer's day ("this month", "earlier this week").

    Such words place a story in time rather than state a fact a source must
    back, so a draft using them is never warned as unsupported.
    """
    return (isinstance(m.value, DateValue) and m.value.precision != "day"
            and bool(_DEICTIC.search(m.raw)))


def _level_diverge(policy: Policy) -> Level:
    return Level.ERROR if "diverge" in policy.fail_on else Level.WARNING


def _finding(d: Mention, fact: Fact | None, rule: Rule, level: Level, evidence: list[Mention],
             *, agreeing: list[Mention] | None = None, changes_speaker: bool = False) -> Finding:
    backing = {id(m) for m in agreeing or ()}
    found = Finding(
        rule=rule, level=level, kind=d.kind, span=d.span, value=d.canonical, message="",
        raw=_quote_text(d) if d.kind is Kind.QUOTE else d.raw, fact=fact.id if fact else "",
        speaker=d.speaker,
        evidence=tuple(dict.fromkeys(_evidence(e, id(e) in backing) for e in evidence)),
        label=label_for(d.kind, _role(fact)), human=human_value(d.value, d.raw),
        changes_speaker=changes_speaker,
    )
    return replace(found, message=message(found))


def _evidence(m: Mention, agrees: bool) -> Evidence:
    human = _quote_text(m) if m.kind is Kind.QUOTE else human_value(m.value, m.raw)
    return Evidence(m.source, m.raw, m.canonical, m.speaker, human, m.span, agrees=agrees)


def _role(fact: Fact | None) -> str | None:
    """The role the judge named the fact by ("deadline ..."), if any."""
    summary = fact.summary if fact else ""
    return "deadline" if summary.startswith("deadline") else None


# --------------------------------------------------------------------------- the whole check


def _draft_mentions(report: Report, draft_id: str) -> Iterator[tuple[Mention, Fact | None]]:
    """Every draft mention with the fact it belongs to (None when the judge left it out)."""
    seen: set[tuple[Kind, Span]] = set()
    for fact in report.facts:
        for m in fact.mentions:
            if m.source == draft_id and (m.kind, m.span) not in seen:
                seen.add((m.kind, m.span))
                yield m, fact
    for m in report.source(draft_id).mentions:
        if (m.kind, m.span) not in seen:
            seen.add((m.kind, m.span))
            yield m, None


def evaluate(report: Report, draft_id: str, policy: Policy = DEFAULT_POLICY, *,
             compatible: Compat) -> tuple[tuple[Finding, ...], int]:
    """Findings for every draft mention of a checked kind, and how many mentions were checked."""
    findings, checked = evaluate_mentions(report, draft_id, policy, compatible=compatible)
    return findings, len(checked)


def evaluate_mentions(report: Report, draft_id: str, policy: Policy = DEFAULT_POLICY, *,
                      compatible: Compat) -> tuple[tuple[Finding, ...], tuple[Mention, ...]]:
    """Findings for every draft mention of a checked kind, and the mentions that were checked."""
    judge = _Judge(compatible, policy.tolerance, {fold(k): v for k, v in policy.aliases.items()})
    quotes = tuple(m for s in report.sources if s.article.id != draft_id
                   for m in s.mentions if m.kind is Kind.QUOTE)
    findings: list[Finding] = []
    checked: list[Mention] = []
    for d, fact in _draft_mentions(report, draft_id):
        if d.kind not in policy.kinds:
            continue
        checked.append(d)
        others = tuple(m for m in (fact.mentions if fact else ()) if m.source != draft_id)
        if d.kind is Kind.QUOTE:
            found = _check_quote(d, fact, _unique(others + quotes), judge, policy)
        else:
            found = _check_value(d, fact, others or _related(report, d), judge, policy)
        if found is not None:
            findings.append(found)
    return tuple(findings), tuple(checked)


def _related(report: Report, d: Mention) -> tuple[Mention, ...]:
    """Source mentions of the same slot, about the same thing, in passages aligned with the draft's.

    A changed figure ("$300 million" for "$200 million") clusters with no
    source value, so the judge may leave it in a fact of its own, although the
    aligner put its sentence with the sources' sentences about the contract.
    Those mentions are what the draft contradicts, provided they are the same
    slot (compat.comparable) and share a cue word ("contract"): an aligned
    sentence that also gives the company's revenue is not about the contract.
    """
    cues = _cues(d)
    if not cues:
        return ()
    aligned = {(p.source, p.index) for c in report.claims if any(
        p.source == d.source and p.index == d.passage for p in c.members) for p in c.members}
    return tuple(m for info in report.sources if info.article.id != d.source for m in info.mentions
                 if (m.source, m.passage) in aligned and comparable(d, m) and cues & _cues(m))


def _cues(m: Mention) -> frozenset[str]:
    """A mention's cue words, without the fragments ("s" of a possessive) that say nothing."""
    return frozenset(fold(c) for c in m.cues if len(c) >= MIN_CUE_LENGTH)


def _unique(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple({(m.source, m.span): m for m in mentions}.values())


def ignored_by_policy(finding: Finding, policy: Policy) -> bool:
    """Whether an ``ignore`` entry names the finding's fact id, its words or its value."""
    keys = {finding.fact, fold(finding.raw), fold(finding.value)} - {""}
    return any(entry in keys or fold(entry) in keys for entry in policy.ignore)


def ignored_by_marker(location: Location, lines: tuple[str, ...]) -> bool:
    """Whether the finding's line, or the line before it, carries a ``sourcediff: ignore`` marker."""
    for number in (location.start.line, location.start.line - 1):
        if 1 <= number <= len(lines) and _IGNORE_MARKER.search(lines[number - 1]):
            return True
    return False


def run_check(report: Report, draft_id: str, *, file_text: str, path: str, compatible: Compat,
              policy: Policy = DEFAULT_POLICY, changed: frozenset[int] | None = None,
              source_files: Mapping[str, str] | None = None) -> CheckResult:
    """The whole check of one draft: evaluate, place on file lines, drop ignored and unchanged lines.

    ``changed`` is the set of the draft file's added or changed lines from a
    diff; None checks the whole draft. ``source_files`` holds each source's
    file text by source id, so that evidence names its line too.
    """
    if changed is not None and not changed:
        return CheckResult(path, (), 0, status="the diff adds or changes no line of the draft")
    findings, mentions = evaluate_mentions(report, draft_id, policy, compatible=compatible)
    where = FileMap.build(file_text, report.source(draft_id).article.text)
    # With a diff, only the facts on its lines are checked: the count said the
    # whole draft's ("137 facts checked" for one changed line).
    checked = len(mentions) if changed is None else sum(
        1 for m in mentions if changed.intersection(where.locate(m.span).lines))
    lines = tuple(file_text.split("\n"))
    kept: list[Finding] = []
    places = SourcePlaces(report, source_files or {})
    for finding in findings:
        placed = replace(finding, location=where.locate(finding.span),
                         evidence=tuple(places.place(e) for e in finding.evidence))
        placed = replace(placed, message=message(placed))
        assert placed.location is not None
        if changed is not None and not changed.intersection(placed.location.lines):
            continue
        if ignored_by_policy(placed, policy) or ignored_by_marker(placed.location, lines):
            continue
        kept.append(placed)
    kept.sort(key=lambda f: (f.span.start, f.rule.value))
    return CheckResult(path, tuple(kept), checked)

