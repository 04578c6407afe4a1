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


# segment._BOUNDARY as written before the rewrite (the lookbehind first).
_PLAIN_BOUNDARY = re.compile(r"(?<![.!?…])(?P<punct>[.!?…]++)(?P<close>[\"'”’»)\]]*+)\s++(?P<next>\S)")
_SENTENCEISH = st.lists(st.sampled_from(
    ["Mr", ".", "..", "!", "?", "…", "”", "’", "'", '"', ")", "]", "»", " ", "  ", "\n", "\u00a0", "The",
     "said", "3", "a", "U.S"]),
    max_size=14)


def _boundary_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, ...]]:
    return [(*m.span(), *m.span("punct"), *m.span("close"), *m.span("next"))
            for m in pattern.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(parts=_SENTENCEISH)
def test_sentence_boundary_matches_its_plain_form(parts: list[str]) -> None:
    # segment.boundaries scans one block of the article: every start and end, since the lookbehind
    # reads the character before the block's start.
    from sourcediff import segment

    text = "".join(parts)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert (_boundary_matches(segment._BOUNDARY, text, start, end)
                    == _boundary_matches(_PLAIN_BOUNDARY, text, start, end)), (text, start, end)


def test_sentence_boundary_examples() -> None:
    from sourcediff import segment

    for text in ("It rained. Then it stopped.", "Really?! Yes… “No.” Maybe.", "Wait.. what", ".. A",
                 "He left.)  And", "x!\u00a0Y", "end."):
        assert (_boundary_matches(segment._BOUNDARY, text, 0, len(text))
                == _boundary_matches(_PLAIN_BOUNDARY, text, 0, len(text)))
    assert [m["next"] for m in segment._BOUNDARY.finditer("It rained. Then it stopped! “Yes.” No")] == \
        ["T", "“", "N"]


# P.TIME_12H as written before the rewrite (the lookbehind first), the rest of it unchanged.
_PLAIN_TIME_12H = re.compile(
    r"(?<![\d:.,$£€])(?P<hour>1[0-2]|0?[1-9])" + P.TIME_12H.pattern.removeprefix(f"(?P<hour>{P._HOUR_12})"),
    re.IGNORECASE)
_CLOCKISH = st.lists(st.sampled_from(
    ["1", "10", "12", "0", "09", "13", "2", "5", ":", ".", ",", "$", "€", "30", "45", "a", "p", "m", "M",
     " ", "\u00a0", "am", "p.m.", "A.M.", "ET", "noon", "x", "٣"]),
    max_size=12)


def _clock_matches(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[object, ...]]:
    return [(*m.span(), *m.span("hour"), m["minute"], m["ap"], m["zone"])
            for m in pattern.finditer(text, start)]


def test_time_12h_plain_form_is_the_old_pattern() -> None:
    assert _PLAIN_TIME_12H.pattern.startswith(r"(?<![\d:.,$£€])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>")


@settings(max_examples=500, deadline=None)
@given(parts=_CLOCKISH)
def test_time_12h_matches_its_plain_form(parts: list[str]) -> None:
    text = "".join(parts)
    for start in range(len(text) + 1):
        fast, plain = _clock_matches(P.TIME_12H, text, start), _clock_matches(_PLAIN_TIME_12H, text, start)
        assert fast == plain, (text, start)


def test_time_12h_examples() -> None:
    texts = ("at 5:01 p.m. ET", "10am", "12 noon", "11.30pm", "09:15 a.m.", "$5 pm", "3:10:45 pm", "1,5 pm",
             "at 12pm and 1 a.m.", "10:00 PM GMT", "13 pm", "v1.2 am")
    for text in texts:
        assert _clock_matches(P.TIME_12H, text, 0) == _clock_matches(_PLAIN_TIME_12H, text, 0), text
    assert [m["hour"] for m in P.TIME_12H.finditer("at 5:01 p.m. and 10am, not $5 pm")] == ["5", "10"]
