"""Markdown report for pull-request comments and wikis (GitHub-flavoured tables).

Article text is untrusted and full of characters Markdown acts on (``*``,
``_``, ``|``, ``<``, ``[``): every piece of it goes through :func:`escape`
so a source can neither break a table, inject a link or HTML, nor bold half
the comment. Highlights use emphasis: the mention in **bold**, words that
differ between sources in *italics* inside it.
"""

from __future__ import annotations

import itertools

from sourcediff.model import Fact, Report, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.safe_text import escape_controls, isolate_bidi
from sourcediff.render.view import (
    CHANGED,
    MENTION,
    UNIQUE_WORDINGS,
    VERDICT_HEADING,
    VERDICT_SYMBOL,
    Shown,
    Wording,
    counts_line,
    fact_value,
    facts_by_source,
    glance,
    glance_line,
    hidden_noise,
    mention_value,
    mentions_by_source,
    more_wordings,
    noise_note,
    published,
    shown,
    source_label,
    update_tag,
    wording,
)

# Characters of passage kept either side of a mention in a table cell: a few
# words of context without turning the table into paragraphs.
CONTEXT_CHARS = 60

# Characters Markdown may act on in running text; each is backslash-escaped.
# "$" starts inline maths on GitHub ("$14 billion ... $200 million"); "#" a
# heading; "|" ends a table cell. Punctuation that only acts at the start of
# a line (".", "-", "+") is left alone: escaped text never starts one.
# "<", ">" and "&" become entities: raw HTML and entity references are not
# reliably disabled by a backslash.
_ACTIVE = set("\\`*_{}[]#!|~$")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def escape(text: str) -> str:
    """Text shown literally by any CommonMark renderer, on one line (safe in a table cell).

    White space runs (newlines included) become one space, kept at the ends so
    pieces of one sentence can be escaped separately and joined.
    """
    out: list[str] = []
    for ch in isolate_bidi(text):  # an override in the text must not reverse the rest of the row
        if ch.isspace():
            if not out or out[-1] != " ":
                out.append(" ")
        elif ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch < " " or "\x7f" <= ch <= "\x9f":  # ESC, BEL: shown, so they cannot drive a terminal
            out.append("\\" + escape_controls(ch))
        elif ch in _ACTIVE:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def render_markdown(report: Report, options: RenderOptions) -> str:
    """The report as Markdown."""
    groups = shown(report, options)
    title = escape(options.title or "sourcediff report")
    lines = [f"# {title}", "", f"**{escape(counts_line(report, options))}**"]
    first = glance(groups)
    if first:  # the same list, order and words as the HTML report's "At a glance"
        lines += ["", "## At a glance", "", *(f"- {_item(glance_line(f))}" for f in first)]
    if not report.facts:
        lines += ["", "_No facts to compare: the sources share no stated facts that were found._"]
    for verdict, facts in groups.items():
        if facts:
            lines += ["", f"## {VERDICT_SYMBOL[verdict]} {VERDICT_HEADING[verdict]} ({len(facts)})", ""]
            lines += _SECTION[verdict](report, facts)
        if verdict is Verdict.UNIQUE and (hidden := hidden_noise(report, options)):
            lines += ["", f"_{escape(noise_note(hidden))}_"]
    lines += ["", "## Sources", "", *_sources(report)]
    lines += ["", f"<sub>sourcediff {escape(report.tool_version)}</sub>"]
    return "\n".join(lines) + "\n"


def _item(text: str) -> str:
    """Escaped text for a list item; a leading "+" or "-" would open a nested list."""
    body = escape(text)
    return "\\" + body if body[:1] in ("+", "-") else body


def _sources(report: Report) -> list[str]:
    signed = any(s.article.author for s in report.sources)  # an Author column only when a source is signed
    lines = ["| Source | Outlet | " + ("Author | " if signed else "") + "Published | Passages | Title |",
             "|---|---|" + ("---|" if signed else "") + "---|--:|---|"]
    for s in report.sources:
        a = s.article
        by = f"{escape(a.author) or '—'} | " if signed else ""
        lines.append(f"| {escape(a.id)} | {escape(a.outlet) or '—'} | {by}{published(s)} | {len(s.passages)} "
                     f"| {escape(a.title or a.path)} |")
    return lines


def _wording(w: Wording) -> str:
    """Excerpt with the mention in bold and changed words in italics, delimiters kept off spaces."""
    parts = ["…" if w.clipped_start else ""]
    for inside, group in itertools.groupby(w.pieces, key=lambda p: MENTION in p.marks):
        body = "".join(_wrap(escape(p.text), "*") if CHANGED in p.marks else escape(p.text) for p in group)
        parts.append(_wrap(body, "**") if inside else body)
    parts.append("…" if w.clipped_end else "")
    return "".join(parts).strip()


def _wrap(text: str, mark: str) -> str:
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{mark}{core}{mark}{trail}"


def _divergences(report: Report, facts: tuple[Fact, ...]) -> list[str]:
    lines = ["| Fact | Source | Wording | Value |", "|---|---|---|---|"]
    for f in facts:
        tag = f", {update_tag(f)}" if f.update is not None else ""
        head = f"**{escape(f.summary or f.kind.value)}** ({f.kind.value}, {f.id}{tag})"
        for group in mentions_by_source(f):
            for i, item in enumerate(group.shown):
                source = escape(_label(report, group.source)) if i == 0 else ""
                lines.append(f"| {head} | {source} | {_shown(report, f, item)} "
                             f"| {escape(mention_value(f, item.mention))} |")
                head = ""
            if group.more:
                lines.append(f"| | | {more_wordings(group.more)} | |")
    notes = [f"- {f.id}: {escape(n)}" for f in facts for n in f.notes]
    return lines + (["", "Notes:", "", *notes] if notes else [])


def _shown(report: Report, fact: Fact, item: Shown) -> str:
    text = _wording(wording(report, fact, item.mention, radius=CONTEXT_CHARS))
    return f"{text} (×{item.repeats})" if item.repeats > 1 else text


def _uniques(report: Report, facts: tuple[Fact, ...]) -> list[str]:
    lines: list[str] = []
    for source, own in facts_by_source(facts).items():
        lines += [f"### {escape(_label(report, source))} adds", ""]
        for f in own:
            quoted = [_shown(report, f, item) for g in mentions_by_source(f, limit=UNIQUE_WORDINGS)
                      for item in g.shown]
            more = sum(g.more for g in mentions_by_source(f, limit=UNIQUE_WORDINGS))
            if more:
                quoted.append(more_wordings(more))
            lines.append(f"- **{f.kind.value}** {escape(f.summary or f.kind.value)}: {'; '.join(quoted)} "
                         f"({escape(fact_value(f))})")
        lines.append("")
    return lines[:-1]


def _agreements(report: Report, facts: tuple[Fact, ...]) -> list[str]:
    return [f"- **{f.kind.value}** {escape(f.summary or f.kind.value)} — {escape(fact_value(f))} "
            f"— {escape(', '.join(f.sources))}" + (f" ({update_tag(f)})" if f.update is not None else "")
            for f in facts]


def _label(report: Report, source: str) -> str:
    try:
        return source_label(report.source(source))
    except KeyError:
        return source


_SECTION = {
    Verdict.DIVERGE: _divergences,
    Verdict.UNIQUE: _uniques,
    Verdict.AGREE: _agreements,
}
