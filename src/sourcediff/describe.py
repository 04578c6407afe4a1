"""Words for a judged fact: its summary line, consensus value and notes.

Renderers never compute, so everything a reader needs to understand a
verdict at a glance ("deadline 5:01 PM ET (22:01 UTC) in 3 sources", "up to
$200 million: a ceiling in 004") is written here, once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from sourcediff.compat import compatible, speakers_agree
from sourcediff.extract.money import CONVERSION
from sourcediff.model import Fact, Kind, Mention, Update, UpdateSide, Verdict
from sourcediff.spankeys import span_key
from sourcediff.updates import MentionKey, update_of
from sourcediff.values import QUALIFIERS, ClockTime, DateValue, Money, Quantity, QuoteValue
from sourcediff.weekdays import mismatch_summary, mismatched
from sourcediff.worddiff import quote_changes

_QUALIFIER_WORDS = {
    "ceiling": "a ceiling", "floor": "a floor", "approx": "an estimate",
    "above": "a lower bound", "below": "an upper bound",
}


def _precision(m: Mention) -> tuple[int, int]:
    """Higher is more informative: zoned times, exact amounts, single days."""
    v = m.value
    if isinstance(v, ClockTime):  # a local time with its zone says most: "5:01 PM ET"
        return (0 if v.utc is None else 1 if v.zone == "UTC" else 2, -len(m.raw))
    if isinstance(v, Money | Quantity):
        return (1 if v.qualifier is None else 0, -len(m.raw))
    if isinstance(v, DateValue):
        return (1 if v.start is not None and v.start == v.end else 0, -len(m.raw))
    return (0, len(m.raw))


def _best(group: Sequence[Mention]) -> Mention:
    """The most informative mention; among equals, the wording most sources use."""
    wording = Counter(m.raw.casefold() for m in group)
    return max(group, key=lambda m: (_precision(m)[0], wording[m.raw.casefold()], _precision(m)[1]))


def _whole_quote(group: Sequence[Mention], best: Mention) -> Mention:
    """The quotation as said in full: a fragment outlets cut from it ("within 28 days") is not its head."""
    whole = [m for m in group if isinstance(m.value, QuoteValue) and not m.value.phrase]
    if not whole or best in whole:
        return best
    return max(whole, key=lambda m: len(m.raw))


def _fragment_notes(group: Sequence[Mention]) -> list[str]:
    """``paper, site quote only “within 28 days”``: which sources give the quotation cut, and how."""
    if not any(isinstance(m.value, QuoteValue) and not m.value.phrase for m in group):
        return []
    cut: dict[str, list[str]] = {}
    for m in group:
        if isinstance(m.value, QuoteValue) and m.value.phrase:
            sources = cut.setdefault(m.value.text, [])
            if m.source not in sources:
                sources.append(m.source)
    return [f"{', '.join(sources)} quote{'s' if len(sources) == 1 else ''} only \u201c{text}\u201d"
            for text, sources in cut.items()]


def _value(m: Mention) -> str:
    v = m.value
    if isinstance(v, Money | Quantity) and v.qualifier in QUALIFIERS:
        return v.canonical().split(" ", 1)[1]
    if isinstance(v, ClockTime) and v.utc is not None:
        return f"{v.utc // 60:02d}:{v.utc % 60:02d}Z"
    return m.canonical


def _reading(m: Mention) -> str:
    """What a divergence lists a mention under: its value, a span of time in its exact base unit.

    "18 months (a) vs a year and a half (b, d) vs 20 months (d)" read as three
    delays where there are two: outlets write one span in the unit they like.
    """
    v = m.value
    if not isinstance(v, Quantity) or v.high is not None or v.qualifier not in (None, *QUALIFIERS):
        return _value(m)
    key = span_key(v)
    return _value(m) if key is None else f"{key[1].normalize()} {key[0]}"


def _human(m: Mention) -> str:
    v = m.value
    if isinstance(v, ClockTime) and v.utc is not None and v.zone != "UTC":
        return f"{m.raw} ({v.utc // 60:02d}:{v.utc % 60:02d} UTC)"
    return m.raw


def _sources(ms: Sequence[Mention]) -> str:
    return ", ".join(dict.fromkeys(m.source for m in ms))


def _qualifier_notes(group: Sequence[Mention]) -> list[str]:
    """One note per source that hedges the figure, quoting the words that hedge it.

    A headline's bare "12,000" carries its body's "about" (the headline drops
    the hedge, not the estimate): quoted as "states it as an estimate:
    “12,000”" it read as a mistake, and the source was named twice. The
    source's longest hedged wording ("about 12,000") is the one quoted.

    A sum read at a rate (extract.rates: a wire's "$300 million" beside the
    others' Rs 2,500 crore) is approximate because it was converted, not
    because its writer hedged it: "states it as an estimate" misread the
    headline, so it is said to be given as a conversion.
    """
    hedged: dict[tuple[str, str], Mention] = {}
    for m in group:
        q = CONVERTED if CONVERSION in m.cues else getattr(m.value, "qualifier", None)
        if q and getattr(m.value, "high", None) is None:  # a vague range is not a restatement
            kept = hedged.get((m.source, q))
            if kept is None or len(m.raw) > len(kept.raw):
                hedged[(m.source, q)] = m
    return [f"{source} gives it as a conversion: \u201c{m.raw}\u201d" if q == CONVERTED
            else f"{source} states it as {_QUALIFIER_WORDS.get(q, q)}: \u201c{m.raw}\u201d"
            for (source, q), m in hedged.items()]


# The qualifier key of a converted sum's note (`_qualifier_notes`).
CONVERTED = "converted"


def _speaker(group: Sequence[Mention]) -> str | None:
    names = Counter(m.speaker for m in group if m.speaker)
    if not names:
        return None
    # Prefer a full name ("Dario Amodei") to a role or a bare organization.
    return max(names, key=lambda n: (len(n.split()) >= 2 and n[0].isupper(), names[n], len(n)))


def _diverge_summary(group: Sequence[Mention]) -> str:
    """The fact's readings, each with its sources; a hedged clock stands with the one reading it fits.

    "11:15 p.m. (a, d) vs 11pm (b) vs 22:15 (c)" read as three times where b's
    "just after 11pm" agrees with a and d: it is listed with them.
    """
    by_value: dict[str, list[Mention]] = {}
    hedged = [m for m in group if isinstance(m.value, ClockTime) and m.value.reach]
    for m in group:
        if m not in hedged:
            by_value.setdefault(_reading(m), []).append(m)
    for m in hedged:
        fits = [key for key, ms in by_value.items() if compatible(m, ms[0])]
        by_value.setdefault(fits[0] if len(fits) == 1 else _reading(m), []).append(m)
    parts = [f"{_human(ms[0])} ({_sources(ms)})" for ms in by_value.values()]
    return " vs ".join(parts)


def _word_changes(a: str, b: str) -> list[str]:
    """Changed, dropped and added words inside a quotation; trimming at its ends is no change."""
    out = []
    for sa, sb in quote_changes(a, b):
        old, new = a[sa.start:sa.end], b[sb.start:sb.end]
        if old and new:
            out.append(f"\u201c{old}\u201d \u2192 \u201c{new}\u201d")
        elif old:
            out.append(f"\u201c{old}\u201d dropped")
        elif new:
            out.append(f"\u201c{new}\u201d added")
    return out


def _quote_notes(group: Sequence[Mention], people: frozenset[str]) -> list[str]:
    """Word changes and differing speakers, source against source.

    ``people`` holds the names known to be persons (the judge's
    ``ctx.people``): without it `speakers_agree` takes any two speakers for
    one (a role, an organization), so a quotation judged to diverge because
    one outlet gives the same words to another person said only "differs",
    with no word of who.
    """
    notes = []
    base = group[0]
    for other in group[1:]:
        if other.source == base.source:
            continue
        assert isinstance(base.value, QuoteValue) and isinstance(other.value, QuoteValue)
        changes = _word_changes(base.value.text, other.value.text)
        if changes:
            notes.append(f"{base.source} vs {other.source}: " + "; ".join(changes))
        if base.speaker and other.speaker and not speakers_agree(base.speaker, other.speaker, people=people):
            notes.append(f"attributed to {base.speaker} ({base.source}) and {other.speaker} ({other.source})")
    return notes


def _clip_words(text: str, limit: int) -> str:
    """``text`` cut at the last space before ``limit`` characters, with an ellipsis: never mid-word."""
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:") + "\u2026"


def _label(group: Sequence[Mention]) -> str:
    m = group[0]
    if m.kind is Kind.QUOTE:
        who = _speaker(group)
        return f"quote{' by ' + who if who else ''}"
    return m.kind.value


def describe_fact(fact_id: str, group: Sequence[Mention], verdict: Verdict, claim: str | None,
                  *, role: str | None = None, paired: Collection[MentionKey] = frozenset(),
                  people: frozenset[str] = frozenset()) -> Fact:
    """Build the Fact record, with a one-line summary a reader can act on.

    Only an agreed fact is shown as an update (earlier and later values): a
    fact judged to diverge is summarised as the divergence it is, with no
    update record, so no renderer tags a contradiction as an update.
    ``paired`` holds the marked figures whose own passage names the other
    side of their change (updates.own_pairs). ``people`` holds the names
    known to be persons, so a quotation's notes can tell two speakers apart.
    """
    best = _best(group)
    n = len({m.source for m in group})
    head = f"{role} {_human(best)}" if role else _human(best)
    cuts: list[str] = []
    if best.kind is Kind.QUOTE and isinstance(best.value, QuoteValue):
        best = _whole_quote(group, best)
        assert isinstance(best.value, QuoteValue)
        text = best.value.text if len(best.value.text) <= 80 else _clip_words(best.value.text, 78)
        head = f"{_label(group)}: \u201c{text}\u201d"
        cuts = _fragment_notes(group)
    notes: list[str] = []
    if verdict is Verdict.DIVERGE and best.kind is Kind.QUOTE:
        summary = head.replace(":", " differs:", 1)
        notes = _quote_notes(group, people)
    elif verdict is Verdict.DIVERGE:
        summary = (f"{role}: " if role else "") + _diverge_summary(group)
    elif verdict is Verdict.UNIQUE:
        summary = f"{head} \u2014 only in {best.source}"
    else:
        notes = _qualifier_notes(group) + cuts
        summary = f"{head} in {n} sources" + (" (" + "; ".join(notes) + ")" if notes else "")
    if all(mismatched(m) for m in group):
        summary = mismatch_summary(group)
    update = update_of(group, _value, paired) if verdict is Verdict.AGREE else None
    value = _value(best)
    if update is not None:
        summary = (f"{role}: " if role else "") + _update_summary(update)
        value = update.later[0].value  # the figure as it stands now
    return Fact(id=fact_id, kind=best.kind, status=verdict, mentions=tuple(group), summary=summary,
                value=value, claim=claim,
                speaker=_speaker(group) if best.kind is Kind.QUOTE else None, notes=tuple(notes),
                update=update)


def _update_summary(update: Update) -> str:
    """ "updated: 9 (a, b) earlier → 61 (b, c) later": the order the sources' own words give."""
    def side(sides: tuple[UpdateSide, ...]) -> str:
        return " / ".join(f"{s.text} ({', '.join(s.sources)})" for s in sides)

    return f"updated: {side(update.earlier)} earlier → {side(update.later)} later"
