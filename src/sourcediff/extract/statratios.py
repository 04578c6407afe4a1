"""A study's effect sizes: "hazard ratio 1.23", "HR 1.23", "odds ratio of 0.8" and "95% CI 1.11-1.36".

Reports of a medical or scientific study give its headline result as a
ratio and its uncertainty as a confidence interval, and each outlet writes
them its own way: a wire "a hazard ratio of 1.23 (95% confidence interval
1.11 to 1.36)", a specialist site "HR 1.23; 95% CI 1.11–1.36". Read as loose
figures they were nothing (a bare decimal counts no noun), so an outlet that
misreports the ratio or its interval stated nothing another could contradict.
Here the ratio is a figure in its own slot, "number:ratio", with the kind
of ratio as its cue ("hazard ratio", "odds ratio", "relative risk", "rate
ratio"), so that a hazard ratio never meets an odds ratio; an interval is a
range (low, high) in the slot "number:interval" with its level as its cue
("95% ci"), so that a 95% interval never meets a 90% one.

Only a figure that follows its name is read: right after it ("HR 1.23",
"odds ratio, 0.8"), after its abbreviation in brackets ("hazard ratio (HR)
1.23"), or after a verb or "of" a few words on ("the hazard ratio for the
heaviest drinkers was 1.23"). A figure with a unit or a percent sign after
it is a measure, never a ratio ("a risk ratio of 2 per cent" is no ratio);
the abbreviations are read in capitals only ("or 1.2" is a conjunction).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

RATIO_SLOT = "number:ratio"
INTERVAL_SLOT = "number:interval"

# The kinds of ratio, each the cue of its figures: an abbreviation or a long name -> the long name.
_KINDS = {
    "hr": "hazard ratio", "ahr": "hazard ratio", "hazard ratio": "hazard ratio",
    "or": "odds ratio", "aor": "odds ratio", "odds ratio": "odds ratio",
    "rr": "relative risk", "relative risk": "relative risk", "risk ratio": "relative risk",
    "irr": "rate ratio", "rate ratio": "rate ratio", "incidence rate ratio": "rate ratio",
}
_LONG = r"(?i:hazard\s+ratio|odds\s+ratio|relative\s+risk|risk\s+ratio|(?:incidence\s+)?rate\s+ratio)"
_SHORT = r"(?-i:a?HR|a?OR|RR|IRR)"
# The figure: a small number, never the first figure of a measure or a share ("1.5 per cent", "2 mg").
_NOT_A_RATIO_AFTER = (r"(?!\d|[.,]\d)(?![a-zA-Zµ%])(?!\s*(?:%|per\s?cent|percent|per\b|times\b|fold\b|"
                      r"[mµn]?g\b|kg\b|m?l\b|mm\b|cm\b|years?\b|months?\b|weeks?\b|days?\b))")
_FIGURE = r"(?P<n>\d{1,3}(?:\.\d{1,3})?)" + _NOT_A_RATIO_AFTER
_RATIOS = (
    # "HR 1.23", "hazard ratio 1.23", "hazard ratio (HR) 1.23", "odds ratio, 0.8", "RR = 1.4", "HR: 1.23".
    regex(rf"(?<![\w-])(?P<w>{_LONG}|{_SHORT})(?:\s*\({_SHORT}\))?\s*[,:=]?\s*{_FIGURE}"),
    # A verb or "of" a few words on: "the hazard ratio for the heaviest drinkers was 1.23".
    regex(rf"(?<![\w-])(?P<w>{_LONG})(?:\s*\({_SHORT}\))?(?:\s+[\w'’-]+){{0,6}}?"
          r"\s+(?i:was|were|is|are|of|stood\s+at|reached|came\s+to)\s+" + _FIGURE),
)
# A metric named in words, its initials in brackets, then its figure: "a power usage effectiveness (PUE) of
# 1.2", "a body mass index (BMI) of 31.2". A bare decimal counts no noun, so such a figure was dropped; the
# initials must be those of the name's last words (_initials), and the figure must end its clause, so "gross
# domestic product (GDP) of 2.1 trillion" or "(GDP) of 2.1%" stay what they were.
_INDEX = regex(r"(?<![\w-])(?P<name>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,3})\s*\((?P<abbr>[A-Z]{2,5})\)\s+"
               r"(?:of|was|is|stood\s+at|reached)\s+" + _FIGURE
               + r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|for|by|and|against|compared|last|this|from)\b)")
_HIGH = r"(?P<high>\d{1,3}(?:\.\d{1,3})?)" + _NOT_A_RATIO_AFTER
# "95% CI 1.11-1.36", "95% confidence interval 1.11 to 1.36", "(95% CI, 0.89 to 1.08)", "95% CI: 1.1, 1.4".
_INTERVAL = regex(
    r"(?<![\w.])(?P<level>\d{2}(?:\.\d)?)\s?(?:%|per\s?cent|percent)\s+"
    r"(?P<w>(?-i:CI|CrI)|(?i:confidence\s+interval|credible\s+interval))"
    r"(?:\s*[,:=]\s*|\s+(?i:of|was|from)\s+|\s+)"
    r"(?P<n>\d{1,3}(?:\.\d{1,3})?)\s*(?:-|–|—|\s(?i:to)\s|,\s?)\s*" + _HIGH)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, value, cue) for every ratio and interval in ``text``; the cue names the slot too."""
    c = cues(text)
    if not c.digit:  # has_digit of the text, found once with the passage's other cues
        return ()
    out: list[tuple[int, int, Quantity, str]] = []
    if c.has_ci("ratio", "risk") or any(s in text for s in ("HR", "OR", "RR")):
        for pattern in _RATIOS:
            for m in pattern.finditer(text):
                kind = _KINDS[" ".join(m["w"].lower().split())]
                start = m.start("n")
                if not any(s < m.end("n") and start < e for s, e, _, _ in out):
                    out.append((start, m.end("n"), Quantity(Decimal(m["n"])), kind))
    if "(" in text:
        for m in _INDEX.finditer(text):
            start = m.start("n")
            taken = any(s < m.end("n") and start < e for s, e, _, _ in out)
            if _initials(m["name"], m["abbr"]) and not taken:
                out.append((start, m.end("n"), Quantity(Decimal(m["n"])), m["abbr"].lower()))
    # _INTERVAL's "CI" and "CrI" are case-sensitive, its "interval" a whole word: "ci" in "city" or
    # "decision" is neither
    if c.has("CI", "CrI") or c.has_word("interval"):
        for m in _INTERVAL.finditer(text):
            low, high = Decimal(m["n"]), Decimal(m["high"])
            if low < high:
                out.append((m.start("n"), m.end("high"), Quantity(low, None, None, high),
                            f"{m['level']}% ci"))
    return tuple(sorted(out, key=lambda f: f[0]))


def _initials(name: str, abbr: str) -> bool:
    """Whether ``abbr`` spells the initials of the last words of ``name`` ("body mass index", "BMI")."""
    words = name.replace("-", " ").split()
    return len(words) >= len(abbr) and "".join(w[0] for w in words[-len(abbr):]).upper() == abbr


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Ratios (slot "number:ratio", cue their kind), intervals (slot "number:interval", cue their level)."""
    passages = holding(passages, find)
    found = {cue for p in passages for _, _, _, cue in find(p.text)}
    return tuple(m for cue in sorted(found)
                 for m in passage_mentions(article, passages, _scan(cue),
                                           INTERVAL_SLOT if cue.endswith(" ci") else RATIO_SLOT, (cue,)))


def _scan(cue: str) -> Callable[[str], tuple[tuple[int, int, Quantity], ...]]:
    """The figures of one cue only, so that each mention carries its own kind or level."""
    def scan(text: str) -> tuple[tuple[int, int, Quantity], ...]:
        return tuple((s, e, v) for s, e, v, w in find(text) if w == cue)
    return scan


__all__ = ["INTERVAL_SLOT", "RATIO_SLOT", "extract", "find"]
