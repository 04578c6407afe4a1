"""A heading that quotes a body quotation with small words left out is an echo, not an altered quote."""

from __future__ import annotations

from pathlib import Path

from sourcediff import compare, load
from sourcediff.extract.quotes import _cut_of
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

TABLOID = """<html><head><title>Ferry back on the water | The Evening Star</title></head><body>
<article>
<h1>FERRY BACK: Island link restored after six-week repair</h1>
<p>The Kelmarsh island ferry returned to service yesterday after a six-week repair to its ramp.</p>
<h2>&lsquo;Never seen queues like it&rsquo;</h2>
<p>Harbour master Tilde Brannock said: &ldquo;We have never seen queues quite like it at the slipway,
and every one of them was smiling.&rdquo;</p>
<p>The first crossing left at 7am with 48 cars on board.</p>
</article></body></html>
"""

WIRE = """KELMARSH, March 3 - The Kelmarsh island ferry resumed crossings on Monday after a six-week repair.

"We have never seen queues quite like it at the slipway, and every one of them was smiling," harbour master
Tilde Brannock said. The first crossing left at 7 a.m. carrying 48 cars.
"""

LOCAL = """---
title: "Ferry returns to Kelmarsh"
date: 2026-03-03
---

# Ferry returns to Kelmarsh

The island ferry is back. Harbour master Tilde Brannock told us: "We have never seen queues quite like it at
the slipway, and every one of them was smiling."
"""


def _quotes(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [m.raw for m in analyse(load(path)).mentions if m.kind is Kind.QUOTE]


def test_a_cut_leaving_out_one_small_word_is_an_echo() -> None:
    quote = tuple("in numbers none of us dared to predict".split())
    assert _cut_of(tuple("numbers none of us dared predict".split()), quote)
    assert _cut_of(tuple("none of us dared to predict".split()), quote)  # a plain run still is one


def test_a_changed_or_added_word_is_no_cut() -> None:
    quote = tuple("in numbers none of us dared to predict".split())
    assert not _cut_of(tuple("numbers none of us could predict".split()), quote)
    assert not _cut_of(tuple("numbers none of us ever dared predict".split()), quote)
    assert not _cut_of(tuple("predict none of us dared".split()), quote)  # order matters


def test_too_many_words_left_out_is_no_cut() -> None:
    quote = tuple("we have never in all our years seen queues like it".split())
    assert not _cut_of(tuple("never seen queues".split()), quote)  # four of seven words skipped
    assert not _cut_of(tuple("we seen".split()), quote)  # short headings must be a run


def test_the_tabloid_heading_cut_is_dropped(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "tabloid.html", TABLOID)
    assert not any(q.strip("'\u2018\u2019").lower() == "never seen queues like it" for q in quotes)
    assert any("never seen queues quite like it" in q for q in quotes)


def test_a_heading_that_alters_the_quote_is_kept(tmp_path: Path) -> None:
    altered = TABLOID.replace("Never seen queues like it", "Never seen crowds like it")
    quotes = _quotes(tmp_path, "tabloid.html", altered)
    assert any("never seen crowds like it" in q.lower() for q in quotes)


def test_the_quote_agrees_across_outlets_despite_the_heading(tmp_path: Path) -> None:
    for name, text in (("tabloid.html", TABLOID), ("wire.txt", WIRE), ("local.md", LOCAL)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = compare([load(tmp_path / n) for n in ("wire.txt", "tabloid.html", "local.md")])
    quotes = [f for f in report.facts if f.kind is Kind.QUOTE and any("queues" in m.raw for m in f.mentions)]
    assert quotes and all(f.status.value != "diverge" for f in quotes)
    assert any({m.source for m in f.mentions} == {"wire", "tabloid", "local"} for f in quotes)
