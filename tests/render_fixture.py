"""A hand-made Report for the renderer tests, independent of every pipeline stage.

The renderers must be testable before (and regardless of) the aligner and the
judge, so this module builds a Report the way the judge would: five short
articles modelled on the seed story, passages cut by a plain sentence split,
mentions located by their exact text, and facts with verdicts written by hand.
It covers each thing a renderer must show: a divergent part of day, a
divergent (altered) quote, clock times agreeing across zones, an amount
agreeing with hedges ("as much as", "up to"), unique details, and an undated
source.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from decimal import Decimal
from pathlib import Path

from sourcediff.model import (
    Article,
    Claim,
    ClaimPassage,
    Fact,
    Kind,
    Mention,
    Passage,
    Report,
    SourceInfo,
    Span,
    Verdict,
)
from sourcediff.text import fold
from sourcediff.values import CEILING, ClockTime, DateValue, Entity, Money, PartOfDay, QuoteValue, Value

FRIDAY = dt.date(2026, 2, 27)

TEXTS: dict[str, str] = {
    "000": (
        "Pentagon officials on Wednesday night sent Anthropic their “best and final offer” in "
        "negotiations over the military’s use of the company’s artificial intelligence technology. "
        "The talks come ahead of a deadline set by Defense Secretary Pete Hegseth, who has given the "
        "AI startup until Friday evening to agree to the terms. "
        "Anthropic was awarded a $200 million contract by the Pentagon in July.\n\n"
        "A senior Pentagon official said the company risked “not just the loss of business but being "
        "labeled a supply chain risk.”"
    ),
    "001": (
        "Anthropic said Thursday that “virtually no progress” had been made in talks with the Pentagon. "
        "The company has until Friday afternoon to accept the terms. "
        "Anthropic received a $200 million contract with the DOD last summer.\n\n"
        "“Regardless, these threats do not change our position: we cannot in good conscience accede "
        "to their request,” Amodei said. "
        "“But given the substantial value that Anthropic’s technology provides to our armed forces, "
        "we hope they reconsider,” he added."
    ),
    "002": (
        "They have until 5:01 PM ET on Friday to decide, a deadline that falls on Friday afternoon. "
        "Anthropic holds a Pentagon contract worth as much as $200 million. "
        "The company said its annual revenue run rate had reached $14 billion.\n\n"
        "\"These threats do not change our position: we cannot in good conscience accede to their "
        "request,\" Amodei wrote. "
        "\"But given the substantial value Anthropic's technology provides to our military, we hope "
        "they reconsider,\" he wrote."
    ),
    "003": (
        "A deadline of 5:01p.m. today is fast approaching for Anthropic to let the Pentagon use its "
        "model Claude | with no limits."
    ),
    "004": (
        "The Pentagon gave Anthropic until 5:01 pm (22:01 GMT) Friday to comply. "
        "Anthropic has a contract worth up to $200 million with the department.\n\n"
        "“These threats do not change our position: we cannot in good conscience accede to their "
        "request,” Anthropic CEO Dario Amodei said in a statement."
    ),
}

META: dict[str, tuple[str, dt.date | None, str]] = {
    "000": ("Wire Daily", dt.date(2026, 2, 26), "Pentagon sends Anthropic its best and final offer"),
    "001": ("ustower.net", dt.date(2026, 2, 26), "Anthropic says ‘virtually no progress’ on talks"),
    "002": ("The Ledger", dt.date(2026, 2, 26), "What to know about the Pentagon’s fight with Anthropic"),
    "003": ("Brief Digest", None, "Industry News: Anthropic rejects Pentagon’s *final offer*"),
    "004": ("Global Post", dt.date(2026, 2, 27), "Anthropic rejects Pentagon offer"),
}

# A sentence ends at . ! or ? (and a closing quote) before a capital or an opening quote.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][”\"]?(?=\s+[A-Z“\"]|\s*$)|$)")


def passages(source: str, text: str) -> tuple[Passage, ...]:
    """Sentences inside paragraphs, with absolute offsets, the way segment() hands them on."""
    out: list[Passage] = []
    for paragraph, block in enumerate(re.finditer(r"[^\n]+", text)):
        for m in _SENTENCE.finditer(block.group()):
            start = block.start() + m.start() + (len(m.group()) - len(m.group().lstrip()))
            end = block.start() + m.end()
            if end > start:
                out.append(Passage(source, len(out), paragraph, Span(start, end), text[start:end],
                                   fold(text[start:end])))
    return tuple(out)


def article(source: str, text: str | None = None) -> Article:
    outlet, date, title = META[source]
    return Article(id=source, text=TEXTS[source] if text is None else text, path=f"fixture/{source}.txt",
                   format="text", title=title, outlet=outlet, published=date)


def mention(info: SourceInfo, kind: Kind, raw: str, value: Value, *, slot: str = "",
            speaker: str | None = None) -> Mention:
    """A mention found by its exact text in the article, as an extractor would place it."""
    start = info.article.text.index(raw)
    span = Span(start, start + len(raw))
    index = next(p.index for p in info.passages if p.span.contains(span))
    return Mention(kind, info.article.id, index, span, raw, value, slot=slot, speaker=speaker)


def _quote(text: str) -> QuoteValue:
    return QuoteValue(text, fold(text))


def _claim(cid: str, score: float, infos: dict[str, SourceInfo], *needles: tuple[str, str]) -> Claim:
    members = []
    for source, needle in needles:
        start = infos[source].article.text.index(needle)
        p = next(p for p in infos[source].passages if p.start <= start < p.end)
        members.append(ClaimPassage(source, p.index))
    return Claim(cid, score, tuple(members))


THREATS = "These threats do not change our position: we cannot in good conscience accede to their request"
HOPE_001 = ("But given the substantial value that Anthropic’s technology provides to our armed forces, "
            "we hope they reconsider")
HOPE_002 = ("But given the substantial value Anthropic's technology provides to our military, "
            "we hope they reconsider")

LOSS = "not just the loss of business but being labeled a supply chain risk"


def _facts(i: dict[str, SourceInfo]) -> tuple[Fact, ...]:
    usd200 = Money("USD", Decimal(200_000_000))
    evening = PartOfDay("evening", 17, 21, FRIDAY)
    afternoon = PartOfDay("afternoon", 12, 17, FRIDAY)
    et = ClockTime(17, 1, "America/New_York", 22 * 60 + 1)
    return (
        Fact("f1", Kind.TIME, Verdict.DIVERGE, (
            mention(i["000"], Kind.TIME, "Friday evening", evening, slot="part-of-day"),
            mention(i["001"], Kind.TIME, "Friday afternoon", afternoon, slot="part-of-day"),
            mention(i["002"], Kind.TIME, "Friday afternoon", afternoon, slot="part-of-day"),
        ), summary="deadline: Friday evening (000) against Friday afternoon (001, 002)", claim="c1"),
        Fact("f2", Kind.QUOTE, Verdict.DIVERGE, (
            mention(i["001"], Kind.QUOTE, HOPE_001, _quote(HOPE_001), speaker="Dario Amodei"),
            mention(i["002"], Kind.QUOTE, HOPE_002, _quote(HOPE_002), speaker="Dario Amodei"),
        ), summary="Amodei's “we hope they reconsider” worded differently", claim="c4",
            speaker="Dario Amodei", notes=("002 drops “that” and has “military” for “armed forces”",)),
        Fact("f3", Kind.TIME, Verdict.AGREE, (
            mention(i["002"], Kind.TIME, "5:01 PM ET", et, slot="clock"),
            mention(i["003"], Kind.TIME, "5:01p.m.", ClockTime(17, 1), slot="clock"),
            mention(i["004"], Kind.TIME, "5:01 pm (22:01 GMT)", ClockTime(22, 1, "UTC", 22 * 60 + 1),
                    slot="clock"),
        ), summary="deadline 5:01 PM ET (22:01 UTC) in 3 sources", value="22:01Z", claim="c1"),
        Fact("f4", Kind.MONEY, Verdict.AGREE, (
            mention(i["000"], Kind.MONEY, "$200 million", usd200, slot="contract"),
            mention(i["001"], Kind.MONEY, "$200 million", usd200, slot="contract"),
            mention(i["002"], Kind.MONEY, "as much as $200 million",
                    Money("USD", Decimal(200_000_000), qualifier=CEILING), slot="contract"),
            mention(i["004"], Kind.MONEY, "up to $200 million",
                    Money("USD", Decimal(200_000_000), qualifier=CEILING), slot="contract"),
        ), summary="contract worth $200 million in 4 sources; 002 (“as much as”) and 004 (“up to”) "
                   "give it as a ceiling", value="USD 200000000", claim="c2"),
        Fact("f5", Kind.QUOTE, Verdict.AGREE, (
            mention(i["001"], Kind.QUOTE, "Regardless, these threats do not change our position: we cannot "
                    "in good conscience accede to their request", _quote(THREATS), speaker="Dario Amodei"),
            mention(i["002"], Kind.QUOTE, THREATS, _quote(THREATS), speaker="Dario Amodei"),
            mention(i["004"], Kind.QUOTE, THREATS, _quote(THREATS), speaker="Dario Amodei"),
        ), summary="Amodei: “These threats do not change our position…” in 3 sources; 001 adds “Regardless,”",
            claim="c3", speaker="Dario Amodei"),
        Fact("f6", Kind.DATE, Verdict.AGREE, (
            mention(i["000"], Kind.DATE, "in July",
                    DateValue(dt.date(2025, 7, 1), dt.date(2025, 7, 31), "month"), slot="awarded"),
            mention(i["001"], Kind.DATE, "last summer",
                    DateValue(dt.date(2025, 6, 1), dt.date(2025, 8, 31), "season"), slot="awarded"),
        ), summary="contract awarded in July 2025 (000), within last summer (001)",
            value="2025-07-01..2025-07-31", claim="c2"),
        Fact("f7", Kind.MONEY, Verdict.UNIQUE, (
            mention(i["002"], Kind.MONEY, "$14 billion", Money("USD", Decimal(14_000_000_000)),
                    slot="revenue"),
        ), summary="annual revenue run rate $14 billion", value="USD 14000000000"),
        Fact("f8", Kind.QUOTE, Verdict.UNIQUE, (
            mention(i["000"], Kind.QUOTE, LOSS, _quote(LOSS), speaker="senior Pentagon official"),
        ), summary="a senior Pentagon official on the risk to Anthropic", speaker="senior Pentagon official"),
        Fact("f9", Kind.PERSON, Verdict.UNIQUE, (
            mention(i["004"], Kind.PERSON, "Dario Amodei", Entity("Dario Amodei", "person")),
        ), summary="Anthropic CEO named in full", value="Dario Amodei"),
    )


def build_report(texts: dict[str, str] | None = None) -> Report:
    """The fixture Report; ``texts`` may replace article texts (same facts must still be findable)."""
    texts = {**TEXTS, **(texts or {})}
    infos = {}
    for source, text in texts.items():
        art = article(source, text)
        infos[source] = SourceInfo(art, passages(source, text))
    claims = (
        _claim("c1", 0.82, infos, ("000", "until Friday evening"), ("001", "until Friday afternoon"),
               ("002", "5:01 PM ET"), ("003", "5:01p.m."), ("004", "5:01 pm")),
        _claim("c2", 0.77, infos, ("000", "$200 million"), ("001", "$200 million"),
               ("002", "as much as $200"), ("004", "up to $200")),
        _claim("c3", 0.93, infos, ("001", "Regardless"), ("002", "These threats"), ("004", "These threats")),
        _claim("c4", 0.88, infos, ("001", "But given"), ("002", "But given")),
    )
    facts = _facts(infos)
    mentions: dict[str, list[Mention]] = {s: [] for s in infos}
    for f in facts:
        for m in f.mentions:
            mentions[m.source].append(m)
    sources = tuple(SourceInfo(info.article, info.passages, tuple(sorted(mentions[s], key=lambda m: m.span)))
                    for s, info in infos.items())
    return Report(sources=sources, claims=claims, facts=facts, tool_version="0.1.0")


# --- golden files ---------------------------------------------------------------
# Golden files hold the full expected text (never a hash) so a failing test
# shows what changed. SOURCEDIFF_UPDATE_GOLDEN=1 rewrites them instead.

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE_ENV = "SOURCEDIFF_UPDATE_GOLDEN"


def updating() -> bool:
    return os.environ.get(UPDATE_ENV, "") not in ("", "0")


def check_golden(path: Path, actual: str) -> None:
    """Assert ``actual`` equals the file's text, or rewrite the file when updating."""
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    if not path.exists():
        raise AssertionError(f"{path} is missing; run with {UPDATE_ENV}=1 to create it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            str(path), "actual", n=2))
        raise AssertionError(f"{path} is stale; run with {UPDATE_ENV}=1 to update it\n{diff[:4000]}")
