"""Hidden HTML (comments, scripts, embedded posts) is dropped in one pass, whoever reads it.

Markdown, a plain text pasted with its HTML and a page's embedded social
posts all drop spans no reader sees; they share ``ingest.hiddenhtml`` so an
untrusted file of unclosed openers costs one scan, not one per opener.
"""

from __future__ import annotations

import re

from sourcediff.ingest.embeds import plain, without_embeds
from sourcediff.ingest.hiddenhtml import drop_spans, without_hidden_html
from sourcediff.ingest.markdown import parse as parse_markdown


def test_hidden_elements_keep_their_line_breaks_and_drop_their_words() -> None:
    text = "Lead line.\n<!-- editor: the real fine\nwas $9m -->\nNext <script>var x = 3;\n</script>line.\n"
    assert without_hidden_html(text) == "Lead line.\n\n\nNext \nline.\n"


def test_noscript_and_template_are_hidden_and_an_unclosed_opener_keeps_the_rest() -> None:
    assert without_hidden_html("A<noscript>Enable JS</noscript>B<template>x</template>C") == "ABC"
    assert without_hidden_html("Before <script> and the rest stays") == "Before <script> and the rest stays"


def test_an_embedded_post_is_dropped_and_the_story_around_it_stays() -> None:
    page = ('<p>The council met on Monday.</p>\n<blockquote class="twitter-tweet"><p>Forty people could have '
            'died</p>\n&mdash; A resident</blockquote>\n<p>The fine was £300,000.</p>')
    out = without_embeds(page)
    assert "Forty people" not in out and "The fine was £300,000." in out
    assert out.count("\n") == page.count("\n")


def test_a_pasted_html_text_loses_its_tags_and_hidden_parts() -> None:
    text = "<p>The fine was <b>£300,000</b>.</p>\n<script>alert(1)</script>\n<p>It was paid on Friday.</p>"
    assert plain(text).split("\n") == ["The fine was £300,000.", "", "It was paid on Friday."]


def test_markdown_still_hides_an_editors_comment() -> None:
    article = parse_markdown("# Fine for dairy\n\nThe fine was £300,000.<!-- check: £3m? -->\n")
    assert "£3m" not in article.text and "£300,000" in article.text


def test_thousands_of_unclosed_openers_are_searched_for_a_closer_once() -> None:
    hostile = "<p>x</p> " + "<script> words " * 5_000
    searched: list[int] = []

    def closer_of(m: re.Match[str]) -> re.Pattern[str]:
        searched.append(m.start())
        return re.compile(r"</script\s*>")

    # A lazy match per opener rescans the rest of the text for each; the first missing closer ends the scan.
    assert drop_spans(hostile, re.compile(r"<script\b"), closer_of) == hostile
    assert searched == [hostile.index("<script>")]
    assert without_embeds('<blockquote class="twitter-tweet"> post ' * 5_000).count("post") == 5_000
