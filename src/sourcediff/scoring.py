"""Score a JSON report against a hand-made reference ("gold") file.

The rules follow tests/gold/README.md: align_recall (gold anchor pairs found
together in one claim), wrong_pairs (anchored passage pairs in a claim that
share no gold group), facts_found, verdicts, speakers and false_alarms. The
accuracy gate in the tests uses this to pin floors that may only rise; users
can score their own stories with ``sourcediff score REPORT GOLD``.
"""

from __future__ import annotations

import itertools
import os
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})
# An anchor matches a passage by its first characters too, so that a passage
# boundary falling inside a long anchor does not count as a miss.
ANCHOR_PREFIX = 40
# Below this length a passage is too short to be "contained" in an anchor.
MIN_PASSAGE_CHARS = 12


def norm(text: str | None) -> str:
    """The scorer's loose text form: NFKC, quotes and dashes folded, spaces collapsed, casefolded."""
    text = unicodedata.normalize("NFKC", text or "").translate(_FOLD)
    return " ".join(text.split()).casefold()


def anchor_in(text: str, anchor: str) -> bool:
    t, a = norm(text), norm(anchor)
    if not t or not a:
        return False
    return a in t or a[:ANCHOR_PREFIX] in t or (len(t) >= MIN_PASSAGE_CHARS and t in a)


def overlaps(mention: str, value: str) -> bool:
    m, v = norm(mention), norm(value)
    return bool(m and v) and (m in v or v in m)


@dataclass(frozen=True)
class Score:
    """The figures, plus one line per miss for a human to read."""

    align_recall: float
    wrong_pairs: float
    facts_found: float
    verdicts: float
    speakers: tuple[int, int]
    false_alarms: int
    misses: tuple[str, ...] = field(default=())

    def line(self) -> str:
        return (f"align_recall={self.align_recall:.2f} wrong_pairs={self.wrong_pairs:.2f} "
                f"facts_found={self.facts_found:.2f} verdicts={self.verdicts:.2f} "
                f"speakers={self.speakers[0]}/{self.speakers[1]} false_alarms={self.false_alarms}")


Pair = tuple[str, str]


def _source_keys(report: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, str]:
    by_file = {fn: key for key, fn in gold["sources"].items()}
    out = {}
    for s in report.get("sources", []):
        name = os.path.basename(str(s.get("path", "")))
        if name in by_file:
            out[str(s["id"])] = by_file[name]
    return out


def _claims(report: Mapping[str, Any], keys: Mapping[str, str]) -> list[list[Pair]]:
    out = []
    for c in report.get("claims", []):
        ps = [(keys.get(p.get("source")), p.get("text", "")) for p in c.get("passages", [])]
        out.append([(k, t) for k, t in ps if k])
    return out


def _alignment(claims: Sequence[Sequence[Pair]], gold: Mapping[str, Any],
               misses: list[str]) -> tuple[float, float]:
    total = hit = 0
    for g in gold["alignments"]:
        for (a, an), (b, bn) in itertools.combinations(sorted(g["anchors"].items()), 2):
            total += 1
            if any(any(k == a and anchor_in(t, an) for k, t in c) and
                   any(k == b and anchor_in(t, bn) for k, t in c) for c in claims):
                hit += 1
            else:
                misses.append(f"alignment missed: {g['id']} {a}~{b}")

    def groups(key: str, text: str) -> set[str]:
        return {g["id"] for g in gold["alignments"]
                if key in g["anchors"] and anchor_in(text, g["anchors"][key])}

    judged = wrong = 0
    for c in claims:
        for (a, ta), (b, tb) in itertools.combinations(c, 2):
            ga, gb = (groups(a, ta), groups(b, tb)) if a != b else (set(), set())
            if ga and gb:
                judged += 1
                wrong += not ga & gb
    return (hit / total if total else 1.0, wrong / judged if judged else 0.0)


Mentions = list[tuple[str, str, str]]


def _facts(report: Mapping[str, Any], keys: Mapping[str, str]) -> list[tuple[str, str, Mentions]]:
    out = []
    for f in report.get("facts", []):
        ms = [(keys[m["source"]], m.get("text", ""), m.get("speaker") or f.get("speaker") or "")
              for m in f.get("mentions", []) if m.get("source") in keys]
        out.append((str(f.get("kind")), str(f.get("status")), ms))
    return out


def _covers(ms: Mentions, values: Mapping[str, str]) -> bool:
    return all(any(k == s and overlaps(t, v) for k, t, _ in ms) for s, v in values.items())


def score(report: Mapping[str, Any], gold: Mapping[str, Any]) -> Score:
    """Score a report (as parsed JSON) against a gold reference (as parsed JSON)."""
    misses: list[str] = []
    keys = _source_keys(report, gold)
    misses += [f"source not in report: {fn}" for k, fn in sorted(gold["sources"].items())
               if k not in keys.values()]
    align, wrong = _alignment(_claims(report, keys), gold, misses)
    facts = _facts(report, keys)
    found = right = quotes = speakers_ok = 0
    for g in gold["facts"]:
        cands = [f for f in facts if _covers(f[2], g["values"])
                 and not (g["accept"] == ["unique"] and len({k for k, _, _ in f[2]}) != 1)]
        if not cands:
            misses.append(f"fact not found: {g['id']}")
            continue
        found += 1
        if any(st in g["accept"] for _, st, _ in cands):
            right += 1
        else:
            misses.append(f"verdict wrong: {g['id']} want {'/'.join(g['accept'])} "
                          f"got {sorted({st for _, st, _ in cands})}")
        if g.get("kind") == "quote" and g.get("speaker"):
            quotes += 1
            want = norm(g["speaker"]).split()[-1]
            if any(want in norm(sp) for _, _, ms in cands for _, _, sp in ms if sp):
                speakers_ok += 1
            else:
                misses.append(f"speaker missed: {g['id']} want {g['speaker']}")
    alarms = _false_alarms(facts, gold, misses)
    n = len(gold["facts"])
    return Score(align, wrong, found / n if n else 1.0, right / n if n else 1.0,
                 (speakers_ok, quotes), alarms, tuple(misses))


def _false_alarms(facts: Sequence[tuple[str, str, Mentions]], gold: Mapping[str, Any],
                  misses: list[str]) -> int:
    diverging = [g for g in gold["facts"] if "diverge" in g["accept"]]
    alarms = 0
    for kind, status, ms in facts:
        if status != "diverge":
            continue
        srcs = {k for k, _, _ in ms}
        explained = any(
            srcs & set(g["values"]) and all(any(k == s and overlaps(t, v) for k, t, _ in ms)
                                            for s, v in g["values"].items() if s in srcs)
            for g in diverging)
        if not explained:
            alarms += 1
            shown = " | ".join(f"{k}:{t}" for k, t, _ in ms)[:300]
            misses.append(f"false alarm: {kind} {shown}")
    return alarms
