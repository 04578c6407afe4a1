"""Markdown renderer: tables that survive hostile text, sections in order of urgency.

Regenerate the golden file after an intended change with:

    SOURCEDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render_markdown.py
"""

from __future__ import annotations

import html
import re

import pytest

from render_fixture import GOLDEN_DIR, TEXTS, build_report, check_golden
from sourcediff.model import Article, Report, SourceInfo, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.markdown import escape, render_markdown

OPTIONS = RenderOptions(title="fixture")


def _cells(row: str) -> int:
    """Cells of a GFM table row: pipes not escaped by a backslash."""
    count, escaped = 0, False
    for ch in row:
        if ch == "|" and not escaped:
            count += 1
        escaped = ch == "\\" and not escaped
    return count - 1


def _table(text: str, header: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(header)
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows


def test_golden() -> None:
    check_golden(GOLDEN_DIR / "fixture.md", render_markdown(build_report(), OPTIONS))


def test_title_summary_and_sections_in_order() -> None:
    text = render_markdown(build_report(), OPTIONS)
    assert text.startswith("# fixture\n\n**5 sources, 9 facts: 2 diverge · 3 unique · 4 agree**")
    headings = ("## At a glance", "## ≠ Divergences (2)", "## + Unique details (3)", "## = Agreements (4)",
                "## Sources")
    order = [text.index(h) for h in headings]
    assert order == sorted(order)


def test_divergence_table_has_wording_and_value_per_source() -> None:
    text = render_markdown(build_report(), OPTIONS)
    rows = _table(text, "| Fact | Source | Wording | Value |")
    assert len(rows) == 2 + 5  # header, rule, 3 mentions of f1, 2 of f2
    assert all(_cells(r) == 4 for r in rows)
    assert "**Friday *evening***" in rows[2] and "2026\\-02\\-27 evening" not in rows[2]
    assert "2026-02-27 evening" in rows[2]
    assert "*military*" in text and "*armed* *forces*" in text


@pytest.mark.parametrize("hostile", [
    "a | b || c", "<script>alert(1)</script>", "[link](javascript:alert(1))", "*bold* _em_ `code`",
    "$14 and $200", "# heading", "back\\slash", "line\nbreak",
])
def test_escape_keeps_text_literal(hostile: str) -> None:
    out = escape(hostile)
    assert "\n" not in out and "<" not in out
    assert _cells(f"|{out}|") == 1
    literal = html.unescape(re.sub(r"\\(.)", r"\1", out))  # what a CommonMark reader displays
    assert literal == " ".join(hostile.split())


def test_hostile_article_cannot_break_the_table() -> None:
    text_000 = TEXTS["000"].replace("who has given", "who | has <b>given</b> [x](y) *")
    text = render_markdown(build_report({"000": text_000}), OPTIONS)
    rows = _table(text, "| Fact | Source | Wording | Value |")
    assert all(_cells(r) == 4 for r in rows)
    assert "<b>" not in text and "&lt;b&gt;given&lt;/b&gt;" in text and "\\[x\\](y)" in text


def test_unique_details_grouped_by_source_and_agreements_compact() -> None:
    text = render_markdown(build_report(), OPTIONS)
    assert "### 002 (The Ledger) adds" in text
    assert "**\\$14 billion**" in text and "USD 14,000,000,000" in text
    agreements = text[text.index("## = Agreements"):].splitlines()
    assert sum(line.startswith("- ") for line in agreements) == 4
    assert any("000, 001, 002, 004" in line for line in agreements)


def test_only_filter() -> None:
    text = render_markdown(build_report(), RenderOptions(only=frozenset({Verdict.UNIQUE})))
    assert "Divergences" not in text and "Agreements" not in text and "Unique details (3)" in text
    assert "(showing unique)" in text


def test_empty_report() -> None:
    text = render_markdown(Report(sources=(SourceInfo(Article.from_text("x", id="a"), ()),)), OPTIONS)
    assert "No facts to compare" in text


def test_at_a_glance_has_the_html_reports_order_and_words() -> None:
    from sourcediff.render.html import render_html

    report = build_report()
    text = render_markdown(report, OPTIONS)
    block = text[text.index("## At a glance"):text.index("## ≠ Divergences")]
    items = [line[2:] for line in block.splitlines() if line.startswith("- ")]
    assert items[0].startswith("≠ diverge · time · deadline: Friday evening")
    assert items[2].startswith("\\+ unique · money"), "a leading + would open a nested list"
    page = render_html(report, OPTIONS)
    start = page.index('<section class="glance"')
    glance_html = page[start:page.index("</section>", start)]
    lis = re.findall(r"<li[^>]*>(.*?)</li>", glance_html)
    parts = [re.sub(r"<[^>]+>", "\x00", li).split("\x00") for li in lis]
    html_items = [" · ".join(p.strip() for p in item if p.strip()) for item in parts]
    unescaped = [re.sub(r"\\(.)", r"\1", item) for item in items]
    assert unescaped == [html.unescape(h) for h in html_items]
