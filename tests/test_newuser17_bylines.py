"""newuser17: a page's byline job title is no second author.

"By Maren Holt, Consumer Affairs Reporter" in a page's byline block came out
as the authors "Maren Holt; Consumer Affairs Reporter"; a name and title on
two lines as one run-on name. The pages are invented.
"""

from __future__ import annotations

import pytest

from sourcediff.bylines import without_job_titles
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput

PAGE = """<html><head><title>Ferry operator adds winter sailings</title></head><body><article>
<h1>Ferry operator adds winter sailings</h1>
{byline}
<time datetime="2026-01-12">January 12, 2026</time>
<p>Kestrel Ferries said on Monday it would add four sailings a day between Port Alder and Lunn Island.</p>
<p>The extra crossings start on February 2 and cost the company about $1.2 million a year.</p>
<p>"Islanders asked for this for years," said operations director Pia Lund.</p>
</article></body></html>"""


def _author(byline: str) -> str:
    (article,) = parse_raw(RawInput("page.html", PAGE.format(byline=byline)), ".html")
    return article.author


@pytest.mark.parametrize("byline", [
    '<p class="byline">By Maren Holt, Consumer Affairs Reporter</p>',
    '<span class="byline">By Maren Holt | Transport Editor</span>',
    '<p class="byline">Maren Holt<br>Senior Business Correspondent</p>',
])
def test_a_page_byline_title_is_not_an_author(byline: str) -> None:
    assert _author(byline) == "Maren Holt"


def test_two_names_keep_both_and_lose_their_shared_title() -> None:
    author = _author('<p class="byline">By Maren Holt and Ivo Brandt, Transport Correspondents</p>')
    assert "Maren Holt" in author and "Ivo Brandt" in author
    assert "Correspondent" not in author


@pytest.mark.parametrize(("field", "expected"), [
    ("Maren Holt; Consumer Affairs Reporter", "Maren Holt"),
    ("Ivo Brandt Chief Political Correspondent", "Ivo Brandt"),
    ("Maren Holt; Ivo Brandt; Health Editors", "Maren Holt; Ivo Brandt"),
    ("Maren Holt and Ivo Brandt", "Maren Holt and Ivo Brandt"),
    ("Jon Writer", "Jon Writer"),  # a surname that is a role noun stays
    ("Staff Writer", "Staff Writer"),  # nothing but a title: the page names no one else
    ("", ""),
])
def test_author_field_without_job_titles(field: str, expected: str) -> None:
    assert without_job_titles(field) == expected


def test_a_desk_title_outside_the_byline_words_is_no_author() -> None:
    assert without_job_titles("Lena Okafor; Weather Correspondent") == "Lena Okafor"
    assert without_job_titles("Lena Okafor; Ana Writer") == "Lena Okafor; Ana Writer"
