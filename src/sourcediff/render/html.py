"""One self-contained HTML report: works offline, from disk, and as an e-mail attachment.

Everything is inline (CSS, a small script for the filters, j/k, the way
back from a sentence and the columns that follow a claim; no fonts, images
or network; the page reads fully without the script) and a
Content-Security-Policy allows exactly that inline style and script by their
SHA-256 hashes, nothing else. Article text is untrusted: the
template is rendered with autoescape on and article text only ever enters it
as data, so ``<script>`` in an article is shown as text and, should escaping
ever fail, the policy still refuses to run it.

This module turns the Report into plain view records (the evidence views,
sentences, claims and articles, are in ``html_views``); the Jinja2 template
only lays them out.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup

from sourcediff.model import Fact, Kind, Report, SourceInfo, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.html_views import (
    ArticleView,
    HtmlPiece,
    SentenceView,
    article,
    claims,
    html_pieces,
    passage_id,
    sentences,
)
from sourcediff.render.safe_text import escape_controls, isolate_bidi
from sourcediff.render.view import (
    VERDICT_HEADING,
    VERDICT_LABEL,
    VERDICT_ORDER,
    VERDICT_SYMBOL,
    fact_value,
    glance,
    glance_line,
    hidden_noise,
    listed_note,
    mention_pieces,
    mention_value,
    mentions_by_source,
    noise_note,
    published,
    shown,
    source_label,
    update_tag,
)


@dataclass(frozen=True)
class SourceView:
    id: str
    label: str
    outlet: str
    published: str
    title: str
    passages: int
    url: str  # only http(s) links survive: a javascript: URL in metadata must not become a link
    author: str = ""


@dataclass(frozen=True)
class MentionView:
    target: str  # the passage in the article view
    pieces: tuple[HtmlPiece, ...]
    value: str
    repeats: int = 1


@dataclass(frozen=True)
class Cell:
    """A fact's distinct wordings in one source; ``more`` counts those not shown."""

    label: str  # the source, named on each cell when the table becomes cards
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
    sentences: tuple[SentenceView, ...]
    update: str = ""  # view.UPDATE_TAG when the values are an earlier and a later figure


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
                    "summary": f.summary, "kind": f.kind.value, "line": glance_line(f)}
                   for f in glance(groups)],
        "noise_note": noise_note(hidden_noise(report, options)),
        "claims": claims(report, facts, filtered=options.only != frozenset(Verdict)),
        "articles": [_article(report, s, facts) for s in report.sources],
    }
    # Escaped as a whole: text reaches the page through the template and through Markup built here.
    return escape_controls(_template().render(context))


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
    return SourceView(a.id, source_label(info), a.outlet, published(info), title, len(info.passages),
                      _safe_url(a.url), a.author)


def _counts(report: Report, options: RenderOptions) -> list[dict[str, object]]:
    counts = report.counts()
    return [{"verdict": v.value, "label": VERDICT_LABEL[v], "symbol": VERDICT_SYMBOL[v],
             "heading": VERDICT_HEADING[v], "count": counts[v.value], "shown": v in options.only,
             "listed": listed_note(report, options, v)}
            for v in VERDICT_ORDER]


def _row(report: Report, fact: Fact) -> FactRow:
    groups = {g.source: g for g in mentions_by_source(fact)}
    cells = []
    for s in report.sources:
        group = groups.get(s.article.id)
        if group is None:
            cells.append(Cell(source_label(s)))
            continue
        views = tuple(MentionView(passage_id(x.mention.source, x.mention.passage),
                                  html_pieces((p.text, p.marks) for p in mention_pieces(fact, x.mention)),
                                  mention_value(fact, x.mention), x.repeats) for x in group.shown)
        cells.append(Cell(source_label(s), views, group.more))
    return FactRow(fact.id, fact.kind.value, fact.status.value, VERDICT_LABEL[fact.status],
                   VERDICT_SYMBOL[fact.status], fact.summary or fact.kind.value, fact.speaker or "",
                   "" if fact.kind is Kind.QUOTE else fact_value(fact), fact.notes, tuple(cells),
                   sentences(report, fact), update_tag(fact))


def _article(report: Report, info: SourceInfo, facts: tuple[Fact, ...]) -> ArticleView:
    meta = " · ".join(x for x in (info.article.outlet, published(info)) if x)
    return article(report, info, facts, meta)
