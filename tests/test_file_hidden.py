"""A finding's line in an HTML source is the line of the visible text, not of the page's head.

A news page repeats its lead in ``<meta name="description">`` and in JSON-LD;
the k-th occurrence of a figure in the file was the k-th in the extracted
text only when nothing before the body repeated it. Found on an invented
page of a fined bakery: the sum pointed at line 9 (JSON-LD), not line 16.
"""

from __future__ import annotations

from sourcediff.diffinput import FileMap
from sourcediff.filehidden import Hidden
from sourcediff.model import Kind, Mention, Report, Span
from sourcediff.render.locations import Locator
from sourcediff.values import Quantity

PAGE = """<!doctype html>
<html>
<head>
<title>Tram fares to rise</title>
<meta name="description" content="Tram fares rise to &pound;2.80 from 4 May, the operator said.">
<script type="application/ld+json">{"headline": "Tram fares to rise", "description": "Up to £2.80"}</script>
<style>p::before { content: "£2.80"; }</style>
</head>
<body>
<!-- fares box: £2.80 -->
<h1>Tram fares to rise</h1>
<p>Single tram fares will rise to
&pound;2.80 from 4 May, the operator said.</p>
<p>A day ticket will cost £2.80 more than a single, at £5.60.</p>
</body>
</html>
"""
TEXT = ("Tram fares to rise\n\nSingle tram fares will rise to £2.80 from 4 May, the operator said.\n\n"
        "A day ticket will cost £2.80 more than a single, at £5.60.")


def _line(text_offset: int, raw: str) -> int:
    where = FileMap.build(PAGE, TEXT).locate(Span(text_offset, text_offset + len(raw)))
    return where.start.line


def test_head_scripts_styles_comments_and_tags_are_hidden() -> None:
    hidden = Hidden.of(PAGE)
    assert hidden.covers(PAGE.index("&pound;2.80 from 4 May, the operator said.\">"))
    assert hidden.covers(PAGE.index('"Up to £2.80"'))
    assert hidden.covers(PAGE.index("fares box"))
    assert not hidden.covers(PAGE.index("Single tram fares"))
    assert not hidden.covers(PAGE.index("£5.60"))


def test_a_figure_in_the_page_head_is_placed_on_its_body_line() -> None:
    first = TEXT.index("£2.80")
    assert _line(first, "£2.80") == 13  # "&pound;2.80" in the first paragraph, not the description
    second = TEXT.index("£2.80", first + 1)
    assert _line(second, "£2.80") == 14
    assert _line(TEXT.index("£5.60"), "£5.60") == 14


def test_a_headline_only_in_the_head_is_still_found() -> None:
    where = FileMap.build(PAGE.replace("<h1>Tram fares to rise</h1>\n", ""), TEXT)
    assert where.locate(Span(0, len("Tram fares to rise"))).start.line == 4


def test_text_with_a_lone_less_than_sign_is_not_hidden() -> None:
    text = "Fares rose 5% in 2024 < 2023's 7%. Buses cost £2 > trams."
    assert not Hidden.of(text).covers(text.index("2023"))


def test_compare_s_locations_skip_the_head_too() -> None:
    from sourcediff import Article
    from sourcediff.model import SourceInfo

    start = TEXT.index("£5.60")
    mention = Mention(Kind.MONEY, "tram", 0, Span(start, start + 5), "£5.60", Quantity(start))  # value unused
    article = Article(id="tram", text=TEXT, format="html")
    report = Report(sources=(SourceInfo(article, (), ()),), claims=(), facts=())
    assert Locator(report, {"tram": PAGE})(mention) == "tram:14:56"
