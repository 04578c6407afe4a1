"""A byline's outlet, author and date: "By Jane Doe, The Valley Courier", "By Jane Doe | Reuters".

Text pasted from a page keeps its byline as a line under the headline, and
the sources table showed no outlet ("-") for it, so a reader could not tell
which paper each source was. Only a line near the top is read, and only when
it is a byline in shape: a short line with no sentence in it, a person's
name (two to four capitalized words) before the separator and a capitalized
name with no figure after it. Without "By", the name must start with a
known given name, so that "Port Alder, Cascadia" (a dateline) gives no outlet.
"""

from __future__ import annotations

import dataclasses
import re

from sourcediff.bylines import top_byline, without_job_titles, without_stamp
from sourcediff.extract.orgs import given_names
from sourcediff.ingest.dates import line_date
from sourcediff.model import Article, Block
from sourcediff.regexcache import regex
from sourcediff.segment import line_blocks

# How many lines from the top a byline may stand (headline, standfirst, byline, date line).
BYLINE_LINES = 4
# A byline is short; a longer line is a sentence of the story.
MAX_BYLINE_CHARS = 90
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}"
_BYLINE = regex(
    rf"\A(?P<by>by\s+)?(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?)\s*(?:,|\||\u2014|\u2013|/|-)\s*"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+|&\s+|for\s+)?[A-Z][\w'\u2019.&-]*){0,5})\s*\Z",
    re.IGNORECASE)
# Words that make the part after the name a job or a place in the paper, not the paper itself.
_ROLES = frozenset(
    "staff writer reporter correspondent editor contributor columnist photographer intern "
    "updated published posted senior chief political business mayor minister president director "
    "spokesman spokeswoman spokesperson professor treasurer secretary governor ceo".split())


def byline_outlet(text: str, blocks: tuple[Block, ...]) -> str:
    """The outlet a byline line near the top names, or "" (see the module's docstring)."""
    for block in blocks[:BYLINE_LINES]:
        if block.role == "title":
            continue  # a title-case headline ("Jane Doe, Mayor Of Alder, Resigns") is no byline
        line = text[block.span.start:block.span.end].strip()
        outlet = _outlet_of(line)
        if outlet:
            return outlet
    return ""


def _outlet_of(line: str) -> str:
    if len(line) > MAX_BYLINE_CHARS or "\n" in line or line.endswith((".", "!", "?", ":", ";")):
        return ""
    match = _BYLINE.match(line)
    if match is None:
        return ""
    author, outlet = match["author"], match["outlet"]
    words = author.split()
    if not all(w[:1].isupper() for w in words if w.lower() not in ("and", "&")):
        return ""
    if not outlet[:1].isupper() or any(c.isdigit() for c in outlet):
        return ""
    if {w.lower().strip(".") for w in outlet.split()} & _ROLES:
        return ""
    if match["by"] is None and words[0] not in given_names():
        return ""
    if match["by"] is not None and not match["by"].startswith(("By", "BY")):
        return ""
    return outlet


def signed(article: Article) -> Article:
    """The article with its byline's author and date filled in where its metadata gave none.

    A byline line is no passage (sourcediff.bylines), so what it says is kept here
    instead: who signed the story, and its date, which dated the article before
    ("By Ana Ruiz | 4 March 2026" under a Markdown headline with no front matter).
    A page's author field can carry the byline's job title ("Maren Holt; Consumer
    Affairs Reporter"): the title is taken out (bylines.without_job_titles).
    """
    article = _untitled(article)
    found = top_byline(article.text, article.blocks or line_blocks(article.text))
    if found is None:
        return article
    author = article.author or found.author.removeprefix("the ")
    published = article.published or line_date(found.line)
    if author == article.author and published == article.published:
        return article
    return dataclasses.replace(article, author=author, published=published)


def _untitled(article: Article) -> Article:
    """The article with the byline's date stamp and job titles taken out of its author field."""
    author = without_job_titles(without_stamp(article.author))
    return article if author == article.author else dataclasses.replace(article, author=author)
