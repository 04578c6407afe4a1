"""``--format oneline``: one line per finding, like ``wdiff`` or ``grep -n``.

    ≠ time deadline  Friday evening (000:1:392) | Friday afternoon (001:3:88 ×2, 002:7:40)
    + money  $14 billion (002:5:33)

The symbol says the verdict (≠ diverge, + unique, = agree), then what the
fact is, then each distinct wording with every place it is written, as
``source:line:column``. Lines are never wrapped, so the output greps, sorts
and pastes into an editor's quickfix list; long quotations are cut at a
word boundary.
"""

from __future__ import annotations

import re

from sourcediff.model import Fact, Kind, Mention, Report, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.locations import Locator
from sourcediff.render.noise import names_everyone_states
from sourcediff.render.safe_text import printable
from sourcediff.render.view import (
    VERDICT_SYMBOL,
    counts_line,
    fact_value,
    hidden_noise,
    names_lead,
    noise_note,
    shown,
)
from sourcediff.text import fold

# A quotation longer than this many characters is cut at a word boundary.
QUOTE_CHARS = 60
_ANSI = {"≠": "\x1b[31m", "+": "\x1b[34m", "=": "\x1b[32m"}
_RESET = "\x1b[0m"
# "deadline: Friday evening (000) vs ..." -> "deadline": the judge's name for a divergent slot.
_SUBJECT = re.compile(r"^([^:()\"“]{1,40}):\s")


def render_oneline(report: Report, options: RenderOptions) -> str:
    """Every finding the reader asked for, one line each, then the counts."""
    locate = Locator(report, dict(options.file_texts))
    lines = []
    for verdict, facts in shown(report, options).items():
        names = names_everyone_states(report, facts) if verdict is Verdict.AGREE else ()
        for fact in facts:
            if fact in names:
                continue
            lines.append(fact_line(fact, locate, color=options.color))
        if names:
            lines.append(printable(names_line(names, len(report.sources))))
    # The note ends the counts line: every other line stays one finding, for grep and quickfix lists.
    note = noise_note(hidden_noise(report, options))
    lines.append(printable(counts_line(report, options) + (f"; {note}" if note else "")))
    return "\n".join(lines) + "\n"


def fact_line(fact: Fact, locate: Locator, *, color: bool = False) -> str:
    """``≠ time deadline  Friday evening (000:1:392) | Friday afternoon (001:3:88)``."""
    symbol = VERDICT_SYMBOL[fact.status]
    # The article's words show their control characters as escapes; the colour is ours, added after.
    text = printable(f"{label(fact)}  {' | '.join(wordings(fact, locate))}")
    if color:
        symbol = f"{_ANSI[symbol]}{symbol}{_RESET}"
    return f"{symbol} {text}"


def label(fact: Fact) -> str:
    """The kind, and the fact's subject when the judge named one (a quote's speaker)."""
    if fact.kind is Kind.QUOTE:
        return f"quote {fact.speaker}" if fact.speaker else "quote"
    match = _SUBJECT.match(fact.summary)
    return f"{fact.kind.value} {match.group(1).strip()}" if match else fact.kind.value


def wordings(fact: Fact, locate: Locator) -> list[str]:
    """Each distinct wording (case and quotes folded) with where each source first writes it.

    A source repeating a wording shows its first place and ``+N`` more, so a
    name written sixty times stays one readable line.
    """
    places: dict[str, tuple[str, dict[str, list[Mention]]]] = {}
    for m in fact.mentions:
        _, by_source = places.setdefault(fold(m.raw), (clip(m.raw), {}))
        by_source.setdefault(m.source, []).append(m)
    return [f"{text} ({', '.join(_first_place(ms, locate) for ms in by_source.values())})"
            for text, by_source in places.values()]


def _first_place(mentions: list[Mention], locate: Locator) -> str:
    more = len(mentions) - 1
    return locate(mentions[0]) + (f" +{more}" if more else "")


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` on one line, cut at the last word boundary before ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:") + "…"


def names_line(names: tuple[Fact, ...], sources: int) -> str:
    """``= named by all 5 sources: Dario Amodei, Anthropic, ...`` for names no one disputes."""
    return f"{names_lead(sources)}{', '.join(fact_value(f) for f in names)}"
