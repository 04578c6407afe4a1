"""Terminal report with rich: divergences first, then unique details, then agreements.

The reader of a terminal report wants to know what to check, so the order is
the order of urgency. Renderables are built here and only a Console writes;
:func:`render_terminal_text` exports them to a string, with ANSI codes when
``options.color`` is set and as plain text otherwise (pipes, files,
``NO_COLOR``). In plain text, highlights cannot be colour, so the mention is
wrapped in «guillemets» and words that differ in *asterisks*.

Article text is never parsed as rich markup: everything is built from
``Text`` objects, so a source containing ``[bold]`` prints as written.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from typing import IO, Any, Literal, cast

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from sourcediff.model import Fact, Kind, Report, Verdict
from sourcediff.regexcache import regex
from sourcediff.render import RenderOptions
from sourcediff.render.locations import Locator
from sourcediff.render.noise import names_everyone_states
from sourcediff.render.safe_text import printable
from sourcediff.render.view import (
    CHANGED,
    MENTION,
    UNIQUE_WORDINGS,
    VERDICT_HEADING,
    VERDICT_LABEL,
    VERDICT_ORDER,
    VERDICT_SYMBOL,
    Shown,
    Wording,
    fact_value,
    facts_by_source,
    facts_intro,
    filter_note,
    hidden_noise,
    listed_note,
    mention_value,
    mentions_by_source,
    more_wordings,
    names_lead,
    noise_note,
    published,
    shown,
    source_label,
    update_tag,
    wording,
)

# Characters of passage shown either side of a mention: enough for the words
# that say what the number is about ("a contract worth ..."), short enough that
# a row of a divergence table stays within two or three terminal lines.
CONTEXT_CHARS = 70
# Unique details shown per source in the full report (all with --only unique).
UNIQUES_PER_SOURCE = 2
# Below this many columns, tables are unreadable; rich wraps instead.
MIN_WIDTH = 40
FALLBACK_WIDTH = 100
# Columns a value may take before it wraps (between words): "USD 200,000,000" on one line.
VALUE_WIDTH = 18
# Columns for a list of source ids before it wraps after a comma: four short ids.
SOURCES_WIDTH = 18
# Columns a source id may take before it folds onto the next line. Ids are file names, and a
# saved page's can be a 78-character slug: kept on one line, it pushed the wording out of the
# divergence cards ("…") and the agreements table past the terminal's width.
LABEL_WIDTH = 24

VERDICT_STYLE: dict[Verdict, str] = {
    Verdict.DIVERGE: "bold red",
    Verdict.UNIQUE: "bold blue",
    Verdict.AGREE: "bold green",
}
MENTION_STYLE = "bold underline"
CHANGED_STYLE = "bold black on yellow"


def render_terminal(report: Report, options: RenderOptions) -> Group:
    """The whole report as one rich renderable: summary, divergences, unique details, agreements."""
    parts: list[RenderableType] = [_header(report, options)]
    groups = shown(report, options)
    if not report.facts:
        parts.append(Text("No facts to compare: the sources share no stated facts that were found.",
                          style="italic"))
    elif Verdict.DIVERGE in groups and not groups[Verdict.DIVERGE]:
        parts.append(Text("No divergence: every fact two or more sources state agrees.",
                          style=VERDICT_STYLE[Verdict.AGREE]))
    context = _Context(report, options, Locator(report, dict(options.file_texts)))
    for verdict, facts in groups.items():
        hidden = hidden_noise(report, options) if verdict is Verdict.UNIQUE else 0
        if facts:
            heading = Text(f"{VERDICT_HEADING[verdict]} ({len(facts)})", style=VERDICT_STYLE[verdict])
            parts.append(Text(""))
            parts.append(Rule(heading, align="left", style=VERDICT_STYLE[verdict].replace("bold ", "")))
            parts.append(_SECTION[verdict](context, facts))
        if hidden:
            parts.append(Text(noise_note(hidden), style="dim"))
    return Group(*parts)


def render_terminal_text(report: Report, options: RenderOptions) -> str:
    """The report as text for a terminal (ANSI) or a pipe (plain).

    Whether to colour is the caller's decision (the CLI weighs --color,
    NO_COLOR, FORCE_COLOR and the terminal); the renderer reads no
    environment, so the same options give the same text everywhere.
    """
    buffer = io.StringIO()
    console = make_console(options, buffer)
    # Not cropped: an escaped ESC is four columns wider than rich measured it.
    console.print(_ControlsShown(render_terminal(report, options)), crop=False)
    return buffer.getvalue()


class _ControlsShown:
    """A renderable whose text shows control characters as escapes; the styles rich writes stay.

    Escaped before rich adds its own colour codes, an article's ESC cannot
    pass for one of them: it can neither set the terminal's title nor, in
    colour, conceal (ESC [8m) or recolour the text after it.
    """

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.inner, options):
            yield segment if segment.control else segment._replace(text=printable(segment.text))


class _Context:
    """What every section needs: the report, the reader's options, where mentions are."""

    def __init__(self, report: Report, options: RenderOptions, locate: Locator) -> None:
        self.report = report
        self.options = options
        self.locate = locate


def make_console(options: RenderOptions, file: IO[str]) -> Console:
    """A Console writing to ``file`` with the width and colour the options ask for."""
    width = options.width or shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns
    if options.color:
        return Console(file=file, width=max(width, MIN_WIDTH), force_terminal=True,
                       color_system=_color_system(options), highlight=False, emoji=False,
                       legacy_windows=False)
    return Console(file=file, width=max(width, MIN_WIDTH), force_terminal=False, color_system=None,
                   no_color=True, highlight=False, emoji=False, legacy_windows=False)


ColorSystem = Literal["auto", "standard", "256", "truecolor", "windows"]


def _color_system(options: RenderOptions) -> ColorSystem:
    """The colour system asked for, or "auto" (rich reads TERM and COLORTERM)."""
    known = ("standard", "256", "truecolor", "windows")
    return cast(ColorSystem, options.color_system) if options.color_system in known else "auto"


def _header(report: Report, options: RenderOptions) -> Group:
    title = Text("sourcediff", style="bold")
    if options.title:
        title.append(f" · {options.title}")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    ids = [s.article.id for s in report.sources]
    # The author column shows only when a source is signed: most inputs carry no byline.
    signed = any(s.article.author for s in report.sources)
    columns: list[tuple[str, dict[str, Any]]] = [("source", _label_column(ids)), ("outlet", {})]
    columns += [("author", {})] if signed else []
    # An undated source's date says how it was read ("undated (read as 2026-11-17, from own byline)"):
    # kept on one line it took half the width and left the title a word a line. It wraps at its
    # spaces now (a date alone, or with its comma, never breaks), which leaves the title its words.
    noted = any(" " in published(s) for s in report.sources)
    columns += [("published", {"min_width": 11} if noted else {"no_wrap": True}),
                ("passages", {"justify": "right"}), ("title", {"ratio": 1})]
    for name, kw in columns:
        table.add_column(name, **kw)
    for s in report.sources:
        a = s.article
        by = [a.author or "-"] if signed else []
        table.add_row(a.id, a.outlet or "-", *by, published(s), str(len(s.passages)), Text(a.title or a.path))
    return Group(title, table, _summary(report, options))


def _summary(report: Report, options: RenderOptions) -> Text:
    text = Text(facts_intro(report))
    counts = report.counts()
    for i, verdict in enumerate(VERDICT_ORDER):
        if i:
            text.append(" · ")
        text.append(f"{counts[verdict.value]} {VERDICT_LABEL[verdict]}", style=VERDICT_STYLE[verdict])
        text.append(listed_note(report, options, verdict), style="dim")
    text.append(filter_note(options), style="dim")
    return text


# A line break inside a passage, with the spaces around it: text pasted from an e-mail or
# a PDF breaks its sentences every 70 characters or so.
_LINE_BREAK = regex(r"[ \t]*\n\s*")


def _wording_text(w: Wording, color: bool) -> Text:
    """Passage excerpt with the mention and changed words highlighted (or marked, without colour).

    A hard line break inside the sentence is shown as a space, as the Markdown
    and HTML reports show it: kept, it broke the wording column mid-sentence
    ("The" on one line, "bridge should reopen by March 15." on the next).
    """
    text = Text("…" if w.clipped_start else "")
    in_mention = False
    for piece in w.pieces:
        mention, changed = MENTION in piece.marks, CHANGED in piece.marks
        if not color and mention != in_mention:
            text.append("«" if mention else "»")
        in_mention = mention
        words = _LINE_BREAK.sub(" ", piece.text)
        body = f"*{words}*" if changed and not color else words
        style = " ".join(s for s, on in ((MENTION_STYLE, mention), (CHANGED_STYLE, changed)) if on)
        text.append(body, style=style if color else "")
    if not color and in_mention:
        text.append("»")
    if w.clipped_end:
        text.append("…")
    return text


def _fact_title(fact: Fact) -> Text:
    title = Text(f"{VERDICT_SYMBOL[fact.status]} {VERDICT_LABEL[fact.status].upper()}",
                 style=VERDICT_STYLE[fact.status])
    if fact.update is not None:
        title.append(f"  {update_tag(fact)}", style="bold")
    title.append(f"  {fact.kind.value} · {fact.id}", style="dim")
    return title


def _divergence(ctx: _Context, fact: Fact) -> Panel:
    report, options = ctx.report, ctx.options
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, expand=True)
    table.add_column("source", **_label_column([ctx.locate(m) for m in fact.mentions]
                                               + [_label(report, s) for s in fact.sources]))
    table.add_column("wording", ratio=3, overflow="fold")
    rows: list[tuple[Text, Text, Text]] = []
    for group in mentions_by_source(fact):
        for i, item in enumerate(group.shown):
            where = Text(ctx.locate(item.mention), style="dim")
            label = Text(_label(report, group.source) + "\n").append_text(where) if i == 0 else where
            rows.append((label, _shown_text(report, fact, item, options.color),
                         Text(mention_value(fact, item.mention))))
        if group.more:
            rows.append((Text(""), Text(more_wordings(group.more), style="dim"), Text("")))
    _value_column(table, [value for _, _, value in rows])
    for row in rows:
        table.add_row(*row)
    body: list[RenderableType] = [Text(fact.summary or fact.kind.value, style="bold")]
    if fact.speaker:
        body.append(Text(f"speaker: {fact.speaker}", style="dim"))
    body.append(table)
    body.extend(Text(f"note: {n}", style="italic") for n in fact.notes)
    body.extend(_settled(report, fact))
    return Panel(Group(*body), title=_fact_title(fact), title_align="left",
                 border_style=VERDICT_STYLE[fact.status].replace("bold ", ""), box=box.ROUNDED)


def _label_column(labels: list[str]) -> dict[str, Any]:
    """A column of source ids: on one line each, unless one is longer than LABEL_WIDTH, then folded."""
    if max(map(len, labels), default=0) <= LABEL_WIDTH:
        return {"no_wrap": True}
    return {"max_width": LABEL_WIDTH, "overflow": "fold"}


def _value_column(table: Table, cells: list[Text]) -> None:
    """A value column that wraps between words only: never narrower than its longest word.

    A ratio column would be squeezed to its share of the width and cut
    "2026-02-26..2026-02-27" mid-value; a column sized to its content keeps
    values whole and lets the wording beside it wrap instead.
    """
    longest = max((len(w) for cell in cells for w in cell.plain.split()), default=5)
    table.add_column("value", min_width=max(longest, 5), max_width=max(longest, VALUE_WIDTH),
                     overflow="fold")


# Fact kinds that can state the same thing: a part of day and a clock time
# are both "when", a count and a percent both "how many".
_FAMILY = {Kind.TIME: "when", Kind.DATE: "when", Kind.NUMBER: "count", Kind.PERCENT: "count",
           Kind.MONEY: "money"}
# "deadline: Friday evening (000) vs ..." -> "deadline": the judge's name for a slot.
_ROLE = regex(r"^([a-z][a-z -]{0,30}):\s")
# Agreed facts on the same slot shown under a divergence.
SETTLED_MAX = 3


def _settled(report: Report, fact: Fact) -> list[Text]:
    """What the sources agree on for the same slot ("5:01 PM ET in 3 sources" next to a part of day)."""
    family = _FAMILY.get(fact.kind)
    if family is None:
        return []
    role = _ROLE.match(fact.summary)
    places = {(m.source, m.passage) for m in fact.mentions}
    out: list[Text] = []
    for other in report.facts:
        if other.status is not Verdict.AGREE or _FAMILY.get(other.kind) != family:
            continue
        if role is not None:  # the judge named the slot: facts on that slot, wherever they are
            related = other.summary.startswith(role.group(1) + " ")
        else:  # no name: facts stated in the same passages
            related = bool(places & {(m.source, m.passage) for m in other.mentions})
        if related:
            line = Text("agreed: ", style="bold")
            line.append(f"{other.summary} ({', '.join(other.sources)})")
            out.append(line)
        if len(out) == SETTLED_MAX:
            break
    return out


def _label(report: Report, source: str) -> str:
    """"id (outlet)" for a source of the report; the bare id for one it does not hold."""
    for s in report.sources:
        if s.article.id == source:
            return source_label(s)
    return source


def _shown_text(report: Report, fact: Fact, shown: Shown, color: bool) -> Text:
    text = _wording_text(wording(report, fact, shown.mention, radius=CONTEXT_CHARS), color)
    if shown.repeats > 1:
        text.append(f" (×{shown.repeats})", style="dim")
    return text


def _divergences(ctx: _Context, facts: tuple[Fact, ...]) -> Group:
    return Group(*(_divergence(ctx, f) for f in facts))


def _uniques(ctx: _Context, facts: tuple[Fact, ...]) -> Group:
    """Unique details by source; unless the reader asked for them alone, only the
    first few per source (figures first) in one line each, so that the
    agreements still reach the first screen."""
    report, options = ctx.report, ctx.options
    parts: list[RenderableType] = []
    full = Verdict.AGREE not in options.only
    for source, own in facts_by_source(facts).items():
        label = _label(report, source)
        if parts:
            parts.append(Text(""))
        heading = Text(f"{label} adds", style="bold")
        if not full and len(own) > UNIQUES_PER_SOURCE:
            heading.append(f"  {UNIQUES_PER_SOURCE} of {len(own)} shown; --only unique lists all",
                           style="dim")
            own = own[:UNIQUES_PER_SOURCE]
        parts.append(heading)
        table = Table(box=None, show_header=False, pad_edge=False, expand=True, padding=(0, 1, 0, 0))
        table.add_column("kind", no_wrap=True, style="dim")
        table.add_column("detail", ratio=3, overflow="fold")
        _value_column(table, [Text(fact_value(f)) for f in own])
        for f in own:
            detail = Text(f.summary or f.kind.value)
            detail.append(f"  {ctx.locate(f.mentions[0])}", style="dim")
            for group in mentions_by_source(f, limit=UNIQUE_WORDINGS) if full else ():
                for item in group.shown:
                    detail.append("\n")
                    detail.append_text(_shown_text(report, f, item, options.color))
                if group.more:
                    detail.append("\n" + more_wordings(group.more), style="dim")
            table.add_row(f"{VERDICT_SYMBOL[f.status]} {f.kind.value}", detail, fact_value(f))
        parts.append(table)
    return Group(*parts)


def _agreements(ctx: _Context, facts: tuple[Fact, ...]) -> Group:
    """One row per agreed fact; names every source mentions share one line under the table."""
    names = names_everyone_states(ctx.report, facts)
    rows = [f for f in facts if f not in names]
    parts: list[RenderableType] = []
    if rows:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("fact", ratio=3, overflow="fold")
        _value_column(table, [Text(fact_value(f)) for f in rows])
        longest_id = min(max((len(s.article.id) + 1 for s in ctx.report.sources), default=4), LABEL_WIDTH)
        table.add_column("sources", min_width=longest_id, max_width=max(longest_id, SOURCES_WIDTH),
                         overflow="fold")
        for f in rows:
            fact_text = Text(f.summary or f.kind.value)
            if f.update is not None:
                fact_text.append(f"  {update_tag(f)}", style="bold")
            table.add_row(f"{VERDICT_SYMBOL[f.status]} {f.kind.value}", fact_text,
                          Text(fact_value(f)), ", ".join(f.sources))
        parts.append(table)
    if names:
        line = Text(names_lead(len(ctx.report.sources)), style="bold")
        line.append(", ".join(fact_value(f) for f in names))
        parts.append(line)
    return Group(*parts)


Section = Callable[[_Context, tuple[Fact, ...]], RenderableType]
_SECTION: dict[Verdict, Section] = {
    Verdict.DIVERGE: _divergences,
    Verdict.UNIQUE: _uniques,
    Verdict.AGREE: _agreements,
}
