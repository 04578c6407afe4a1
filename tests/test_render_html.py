"""HTML renderer: self-contained, safe with hostile article text, every fact linked.

Regenerate the golden file after an intended change with:

    SOURCEDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render_html.py
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest

from render_fixture import GOLDEN_DIR, TEXTS, build_report, check_golden
from sourcediff.model import Article, Report, SourceInfo, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.html import render_html

OPTIONS = RenderOptions(title="fixture")
HOSTILE = ("<script>window.pwned = 1; alert(1)</script> They have until 5:01 PM ET on Friday "
           "<img src=x onerror=alert(1)> to decide, a deadline that falls on Friday afternoon. ")


class Collector(HTMLParser):
    """Tags, attributes and the text of <style>/<script> elements of a document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in self.raw else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    return c


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(build_report(), OPTIONS)


def test_golden(page: str) -> None:
    check_golden(GOLDEN_DIR / "fixture.html", page)


def test_self_contained_nothing_loaded_from_anywhere(page: str) -> None:
    doc = parse(page)
    for tag, attrs in doc.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            raise AssertionError("no <link>: styles are inline")
        href = attrs.get("href")
        if href is not None:
            assert href.startswith("#"), href
    assert "@import" not in page and "url(" not in "".join(doc.raw["style"])


def test_csp_allows_exactly_the_inline_style_and_script(page: str) -> None:
    doc = parse(page)
    csp = next(a["content"] for t, a in doc.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp and "unsafe-inline" not in csp

    def sha(text: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    (style,), (script,) = doc.raw["style"], doc.raw["script"]
    assert f"style-src '{sha(style)}'" in csp
    assert f"script-src '{sha(script)}'" in csp
    assert not any("style" in attrs for _, attrs in doc.tags), "inline style attributes would be blocked"


def test_summary_bar_counts_with_words_not_colour_alone(page: str) -> None:
    summary = page[page.index('class="summary"'):page.index("</section>")]
    text = re.sub(r"<[^>]+>", "", summary)
    assert "9 facts" in text
    for expected in ("2 ≠ diverge", "3 + unique", "4 = agree"):
        assert expected in " ".join(text.split())


def test_fact_table_has_a_column_per_source_and_labelled_verdicts(page: str) -> None:
    start = page.index('<table class="facts cards">')
    table = page[start:page.index("</table>", start)]
    head = table[:table.index("</thead>")]
    assert all(f"<th>{s}" in head for s in ("000", "001", "002", "003", "004"))
    rows = re.findall(r'<tr id="fact-(f\d+)" class="fact-row v-(\w+)" tabindex="-1">', table)
    assert [r[0] for r in rows] == ["f1", "f2", "f7", "f8", "f9", "f3", "f4", "f5", "f6"]
    assert [r[1] for r in rows] == ["diverge"] * 2 + ["unique"] * 3 + ["agree"] * 4
    group = r'<tbody id="(\w+)" data-verdict="\w+">\n<tr class="group[^>]*><th colspan="7">([^<]+)</th>'
    assert re.findall(group, table) == [("diverge", "≠ Divergences (2)"), ("unique", "+ Unique details (3)"),
                                        ("agree", "= Agreements (4)")]
    assert table.count("≠ diverge</span>") == 2


def test_every_mention_link_resolves_to_an_anchor(page: str) -> None:
    doc = parse(page)
    ids = {a["id"] for _, a in doc.tags if a.get("id")}
    links = [a.get("href") or "" for t, a in doc.tags if t == "a"]
    hrefs = {h[1:] for h in links if h.startswith("#")}
    assert hrefs <= ids, hrefs - ids
    assert {"p-000-1", "p-004-1", "fact-f7", "article-003"} <= ids
    assert not re.search(r'<span id="[^"]+"></span>', page), "no link lands on an empty element"


def test_mentions_link_to_their_whole_sentence_in_the_article(page: str) -> None:
    row = page[page.index('id="fact-f1"'):page.index("</tr>", page.index('id="fact-f1"'))]
    assert '<a class="mention" href="#p-000-1" data-from="fact-f1">' in row
    sentence = page[page.index('id="p-000-1"'):]
    sentence = re.sub(r"<[^>]+>", "", sentence[sentence.index(">") + 1:sentence.index("</span>")])
    assert sentence.startswith("The talks come ahead") and sentence.endswith("agree to the terms.")


def test_fact_rows_expand_to_each_sources_sentence_with_a_word_diff(page: str) -> None:
    start = page.index('id="fact-f2"')
    row = page[start:page.index('<tr id="fact-', start + 1)]  # the fact's row and its sentences' row
    details = row[row.index('<details class="sentences" open>'):row.index("</details>")]
    assert details.count('<p class="sentence">') == 2
    assert '<a class="src" href="#p-001-4" data-from="fact-f2">001 (ustower.net) →</a>' in details
    assert "<del>that</del>" in details and "<del>armed</del>" in details and "<del>forces</del>" in details
    assert "<ins>military</ins>" in details
    start = page.index('id="fact-f4"')
    agree = page[start:page.index('<tr id="fact-', start + 1)]
    assert '<details class="sentences">' in agree, "agreements start folded"


def test_articles_highlight_only_values_taking_part_in_a_finding(page: str) -> None:
    articles = page[page.index('<section class="articles"'):]
    assert '<a class="hl v-agree"' not in articles
    assert '<a class="hl v-unique" href="#fact-f9"' not in articles, "a name one source adds is no finding"
    assert '<span class="p f-diverge" id="p-000-1"' in articles


def test_passages_side_by_side_show_each_sentence_once_and_no_raw_scores(page: str) -> None:
    claims = page[page.index('<section class="claims"'):page.index('<section class="articles"')]
    targets = re.findall(r'<cite><a href="#(p-[^"]+)"', claims)
    assert targets and len(targets) == len(set(targets))
    assert "alignment score" not in claims and not re.search(r"\b0\.\d\d\b", claims)
    assert claims.index('id="claim-c1"') < claims.index('id="claim-c2"'), "divergences first"


def test_skip_link_dark_mode_and_a4_print(page: str) -> None:
    body = page[page.index("<body>"):]
    assert body.split("\n")[1] == '<a class="skip" href="#facts">Skip to the facts</a>'
    assert "@media (prefers-color-scheme: dark)" in page and ":focus-visible" in page
    assert "@page { size: A4;" in page


def test_changed_words_marked_in_divergent_quote(page: str) -> None:
    assert '<mark class="chg">military</mark>' in page
    assert '<mark class="chg">that</mark>' in page
    assert '<mark class="chg">evening</mark>' in page


def test_articles_highlight_mentions_linked_to_facts(page: str) -> None:
    assert '<a class="hl v-diverge" href="#fact-f1"' in page
    assert '<a class="hl v-unique" href="#fact-f7"' in page
    article_000 = page[page.index('id="article-000"'):page.index('id="article-001"')]
    visible = re.sub(r"<[^>]+>", "", article_000.split('<div class="text"', 1)[1])
    assert "artificial intelligence technology" in visible and "Friday evening" in visible


def test_hostile_article_text_is_shown_as_text() -> None:
    report = build_report({"002": HOSTILE + TEXTS["002"].split(". ", 1)[1]})
    page = render_html(report, OPTIONS)
    doc = parse(page)
    assert [t for t, _ in doc.tags].count("script") == 1
    assert not any(t == "img" for t, _ in doc.tags)
    assert not any(k.startswith("on") for _, a in doc.tags for k in a)
    assert "&lt;script&gt;window.pwned = 1; alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_hostile_metadata_is_escaped_and_javascript_urls_dropped() -> None:
    base = build_report()
    first = base.sources[0]
    art = Article(id="000", text=first.article.text, title='"><script>alert(1)</script>',
                  outlet="<b>x</b>", url="javascript:alert(1)")
    report = Report(sources=(SourceInfo(art, first.passages, first.mentions), *base.sources[1:]),
                    claims=base.claims, facts=base.facts)
    page = render_html(report, RenderOptions(title="<i>t</i>"))
    assert "javascript:" not in page and "<b>x</b>" not in page and "<i>t</i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_only_filter_drops_facts_but_keeps_counts() -> None:
    page = render_html(build_report(), RenderOptions(only=frozenset({Verdict.DIVERGE})))
    assert 'data-verdict="agree"' not in page and 'id="fact-f1"' in page
    assert "(this report shows diverge only)" in page
    assert 'id="claim-c2"' not in page  # its facts all agree


def test_page_readable_without_script(page: str) -> None:
    body = page[page.index("<body>"):page.index("<script>")]
    assert '<span id="filters" class="filters" hidden>' in body
    waiting = re.findall(r'<(\w+) [^>]*\bhidden\b[^>]*>', body)
    assert waiting == ["span", "nav", "a"], "only the filters, the j/k buttons and the back link wait for JS"


def test_print_stylesheet_present(page: str) -> None:
    assert "@media print" in page


def test_empty_report() -> None:
    page = render_html(Report(sources=(SourceInfo(Article.from_text("Nothing.", id="a"), ()),)), OPTIONS)
    assert "No facts to show." in page and "0 facts" in page
