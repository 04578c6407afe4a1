"""Patterns rewritten for the regex engine's fast search match exactly what their plain forms match.

A pattern that opens with a lookbehind is tried at every character; moved
after the first character it reads (and widened over it), the engine skips
to that character first. Each rewritten pattern is compared here, at every
start, with the plain form it replaced, over invented texts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.extract import patterns as P
from sourcediff.extract import people

# P.DATE_NUMERIC as written before the rewrite.
_PLAIN_DATE_NUMERIC = re.compile(
    r"(?<![\w/.\-:$£€#])(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})/(?P<y2>\d{2}|(?:19|20)\d\d)"
    r"|\.(?P<bd>\d{1,2})\.(?P<y4>(?:19|20)\d\d))(?![\w/]|-\w|[.:,]\d)"
)
_DATEISH = st.lists(st.sampled_from(
    ["1", "11", "28", "3", "2026", "1999", "26", "/", ".", "-", ":", "$", "£", "#", " ", "a", "L", "\n",
     "٣"]),
    max_size=14)


def _matches(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[int, int, int, int]]:
    return [(*m.span(), *m.span("a")) for m in pattern.finditer(text, start)]


@settings(max_examples=500, deadline=None)
@given(parts=_DATEISH)
def test_date_numeric_matches_its_plain_form(parts: list[str]) -> None:
    text = "".join(parts)
    for start in range(len(text) + 1):
        fast, plain = _matches(P.DATE_NUMERIC, text, start), _matches(_PLAIN_DATE_NUMERIC, text, start)
        assert fast == plain, (text, start)


def test_date_numeric_examples() -> None:
    for text in ("on 11/28/2026 at", "28/11/26", "28.11.2026.", "L11/28/26A", "v2.10.14", "x/1/2/26"):
        assert _matches(P.DATE_NUMERIC, text, 0) == _matches(_PLAIN_DATE_NUMERIC, text, 0)
    assert _matches(P.DATE_NUMERIC, "on 11/28/2026 at", 0)


_WORDY = st.lists(st.sampled_from(
    ["said", "says", "sa", "told", "The", "the", "then", "Other", "x", "_", "'", "’", "-", " ", "  ", "\n",
     ".", "“", "é", "5", "minister", "prime"]),
    max_size=12)


@settings(max_examples=300, deadline=None)
@given(parts=_WORDY)
def test_people_description_matches_its_plain_form(parts: list[str]) -> None:
    text = "".join(parts)
    plain = re.compile(r"\b[Tt]he((?:\s+[A-Za-z][\w'’-]*){1,4})")
    for start in range(len(text) + 1):
        assert ([m.span(1) for m in people._DESCRIPTION.finditer(text, start)]
                == [m.span(1) for m in plain.finditer(text, start)])
