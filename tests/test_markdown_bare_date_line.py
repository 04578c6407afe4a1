"""A Markdown article dated by a head line whose field is only a date, no front matter (ingest/markdown.py).

Radio and community sites export Markdown with an italic line under the
headline: the outlet, a bar, the day ("*Harbour Radio News | Friday 5 June
2026*"). No key names it and no "By" opens it, so only the plain-text
reader took it as the date; the Markdown reader left the article undated.
"""

from __future__ import annotations

import datetime as dt

from sourcediff.ingest.markdown import parse

HEAD = "# Grelling quays reopen after barge salvage\n\n"
BODY = "\n\nFishing boats left Grelling harbour on Friday for the first time in a week.\n"


def test_an_outlet_and_date_line_dates_the_article() -> None:
    article = parse(HEAD + "*Harbour Radio News | Friday 5 June 2026*" + BODY)
    assert article.published == dt.date(2026, 6, 5)


def test_a_keyed_line_still_wins() -> None:
    keyed = "**Published:** 4 June 2026\n\n*Harbour Radio News | Friday 5 June 2026*"
    article = parse(HEAD + keyed + BODY)
    assert article.published == dt.date(2026, 6, 4)


def test_a_date_deep_in_the_body_is_no_dateline() -> None:
    paras = "\n\n".join(f"Paragraph {n} says the salvage went on for days." for n in range(6))
    article = parse(HEAD + paras + "\n\n*Harbour Radio News | Friday 5 June 2026*" + BODY)
    assert article.published is None


def test_a_sentence_with_a_date_is_no_dateline() -> None:
    article = parse(HEAD + "The quays reopened on Friday 5 June 2026 after a week of salvage work." + BODY)
    assert article.published is None
