"""One self-contained HTML report: works offline, from disk, and as an e-mail attachment.

Everything is inline (CSS, a small filter script; no fonts, images or
network) and a Content-Security-Policy allows exactly that inline style and
script by their SHA-256 hashes, nothing else. Article text is untrusted: the
template is rendered with autoescape on and article text only ever enters it
as data, so ``<script>`` in an article is shown as text and, should escaping
ever fail, the policy still refuses to run it.

This module turns the Report into plain view records; the Jinja2 template
only lays them out.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup

from sourcediff.model import Claim, Fact, Kind, Report, SourceInfo, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.safe_text import isolate_bidi
from sourcediff.render.view import (
    CHANGED,
    VERDICT_HEADING,
    VERDICT_LABEL,
    VERDICT_ORDER,
    VERDICT_SYMBOL,
    Piece,
    claim_pieces,
    fact_value,
    mention_pieces,
    mention_value,
    mentions_by_source,
    published,
    shown,
    split_marked,
)


@dataclass(frozen=True)
class HtmlPiece:
    """A run of text: ``changed`` words get a marker, ``verdict`` colours a fact's mention."""

    text: str
    changed: bool = False
    verdict: str = ""


@dataclass(frozen=True)
class SourceView:
    id: str
    outlet: str
    published: str
    title: str
    passages: int
    url: str  # only http(s) links survive: a javascript: URL in metadata must not become a link


@dataclass(frozen=True)
class MentionView:
    anchor: str
    pieces: tuple[HtmlPiece, ...]
    value: str
    repeats: int = 1


@dataclass(frozen=True)
class Cell:
    """A fact's distinct wordings in one source; ``more`` counts those not shown."""

    mentions: tuple[MentionView, ...] = ()
    more: int = 0


@dataclass(frozen=True)
class FactRow:
    id: str
    kind: str
    verdict: str
    label: str
    symbol: str
    summary: str
    speaker: str
    value: str
    notes: tuple[str, ...]
    cells: tuple[Cell, ...]  # one per source, in source order


@dataclass(frozen=True)
class ClaimColumn:
    source: str
    passage: int
    pieces: tuple[HtmlPiece, ...]


@dataclass(frozen=True)
class ClaimView:
    id: str
    score: str
    verdicts: str  # space-separated verdicts of its facts, for the filter script
    facts: tuple[tuple[str, str, str], ...]  # (fact id, verdict, label)
    columns: tuple[ClaimColumn, ...]


@dataclass(frozen=True)
class Segment:
    """A run of article text; ``fact``/``verdict`` set when it is part of a fact's mention."""

    text: str
    anchors: tuple[str, ...] = ()
    fact: str = ""
    verdict: str = ""
    tip: str = ""


@dataclass(frozen=True)
class ArticleView:
    source: SourceView
    segments: tuple[Segment, ...]


# How many facts of each verdict the "at a glance" list shows: with the
# report's order (figures and times first) this puts the facts an editor
# checks first on the first screen, whatever the number of unique details.
GLANCE = {Verdict.DIVERGE: 6, Verdict.AGREE: 4, Verdict.UNIQUE: 3}


def glance(groups: Mapping[Verdict, tuple[Fact, ...]]) -> tuple[Fact, ...]:
    """The first facts of each verdict, divergences first."""
    return tuple(f for v, fs in groups.items() for f in fs[:GLANCE[v]])


def render_html(report: Report, options: RenderOptions) -> str:
    """The report as one HTML document."""
    css, js = _asset("report.css"), _asset("report.js")
    groups = shown(report, options)
    facts = tuple(f for fs in groups.values() for f in fs)
    context = {
        "title": options.title or "sourcediff report",
        "version": report.tool_version,
        "css": Markup(css),
        "js": Markup(js),
        "csp": _csp(css, js),
        "sources": [_source(s) for s in report.sources],
        "counts": _counts(report, options),
        "filtered": options.only != frozenset(Verdict),
        "groups": [{"verdict": v.value, "heading": VERDICT_HEADING[v], "symbol": VERDICT_SYMBOL[v],
                    "rows": [_row(report, f) for f in fs]} for v, fs in groups.items() if fs],
        "glance": [{"id": f.id, "verdict": f.status.value, "symbol": VERDICT_SYMBOL[f.status],
                    "summary": f.summary, "kind": f.kind.value} for f in glance(groups)],
        "claims": [c for c in (_claim(report, c, facts, options) for c in report.claims) if c],
        "articles": [_article(s, facts) for s in report.sources],
    }
    return _template().render(context)


@cache
def _environment() -> jinja2.Environment:
    loader = jinja2.PackageLoader("sourcediff.render", "templates")
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                              finalize=_isolated)


def _isolated(value: object) -> object:
    """Every text the template prints keeps its bidi overrides to itself (see render/safe_text.py)."""
    return isolate_bidi(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _template() -> jinja2.Template:
    return _environment().get_template("report.html.j2")


@cache
def _asset(name: str) -> str:
    return resources.files("sourcediff.render").joinpath("templates", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _csp(css: str, js: str) -> str:
    """Nothing loads from anywhere; only our own inline style and script run."""
    return (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def _safe_url(url: str) -> str:
    return url if url.lower().startswith(("https://", "http://")) else ""


def _source(info: SourceInfo) -> SourceView:
    a = info.article
    title = a.title or a.path
    return SourceView(a.id, a.outlet, published(info), title, len(info.passages), _safe_url(a.url))


def _counts(report: Report, options: RenderOptions) -> list[dict[str, object]]:
    counts = report.counts()
    return [{"verdict": v.value, "label": VERDICT_LABEL[v], "symbol": VERDICT_SYMBOL[v],
             "heading": VERDICT_HEADING[v], "count": counts[v.value], "shown": v in options.only}
            for v in VERDICT_ORDER]


def _html_pieces(pieces: Iterable[Piece]) -> tuple[HtmlPiece, ...]:
    """Pieces for the template; a run inside mentions of several facts takes the most urgent verdict."""
    out = []
    for p in pieces:
        verdicts = [v for v in VERDICT_ORDER if f"v-{v.value}" in p.marks]
        out.append(HtmlPiece(p.text, CHANGED in p.marks, verdicts[0].value if verdicts else ""))
    return tuple(out)


def mention_anchor(fact: Fact, index: int) -> str:
    """The id of a fact's ``index``-th mention in the article text (stable: fact ids are)."""
    return f"m-{fact.id}-{index}"


def _row(report: Report, fact: Fact) -> FactRow:
    groups = {g.source: g for g in mentions_by_source(fact)}
    index = {id(m): i for i, m in enumerate(fact.mentions)}
    cells = []
    for s in report.sources:
        group = groups.get(s.article.id)
        if group is None:
            cells.append(Cell())
            continue
        views = tuple(MentionView(mention_anchor(fact, index[id(x.mention)]),
                                  _html_pieces(mention_pieces(fact, x.mention)),
                                  mention_value(fact, x.mention), x.repeats) for x in group.shown)
        cells.append(Cell(views, group.more))
    return FactRow(fact.id, fact.kind.value, fact.status.value, VERDICT_LABEL[fact.status],
                   VERDICT_SYMBOL[fact.status], fact.summary or fact.kind.value, fact.speaker or "",
                   "" if fact.kind is Kind.QUOTE else fact_value(fact), fact.notes, tuple(cells))


def _claim(report: Report, claim: Claim, facts: tuple[Fact, ...], options: RenderOptions) -> ClaimView | None:
    """A claim's passages side by side, each diffed against the first (the first against the second)."""
    own = [f for f in facts if f.claim == claim.id]
    if not own and options.only != frozenset(Verdict):
        return None
    passages = [report.passage(m.source, m.index) for m in claim.members]
    columns = []
    for i, p in enumerate(passages):
        other = passages[1] if i == 0 and len(passages) > 1 else passages[0]
        marks = [(m.span, f"v-{f.status.value}") for f in own for m in f.mentions
                 if m.source == p.source and m.passage == p.index]
        pieces = claim_pieces(p, other if other is not p else None, marks)
        columns.append(ClaimColumn(p.source, p.index, _html_pieces(pieces)))
    verdicts = " ".join(dict.fromkeys(f.status.value for f in own))
    return ClaimView(claim.id, f"{claim.score:.2f}", verdicts,
                     tuple((f.id, f.status.value, VERDICT_LABEL[f.status]) for f in own), tuple(columns))


def _article(info: SourceInfo, facts: Iterable[Fact]) -> ArticleView:
    """The article's full text cut at every mention edge, each run linked to its strongest fact."""
    rank = {v: i for i, v in enumerate(VERDICT_ORDER)}
    marks = [(m.span, (rank[f.status], f.id, mention_anchor(f, i), m.span.start))
             for f in facts for i, m in enumerate(f.mentions) if m.source == info.article.id]
    status = {f.id: f for f in facts}
    segments = []
    offset = 0
    for text, labels in split_marked(info.article.text, marks):
        anchors = tuple(a for _, _, a, start in sorted(labels) if start == offset)
        if labels:
            _, fid, _, _ = min(labels)
            fact = status[fid]
            tip = f"{fact.id} · {VERDICT_LABEL[fact.status]} · {fact.summary or fact.kind.value}"
            segments.append(Segment(text, anchors, fid, fact.status.value, tip))
        else:
            segments.append(Segment(text))
        offset += len(text)
    return ArticleView(_source(info), tuple(segments))
