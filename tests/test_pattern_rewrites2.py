"""TIME_24H_COLON, rewritten to open with a digit, matches exactly what its plain form matched.

A pattern that opens with a lookbehind is tried at every character of the
text; opening with ``\\d`` (the lookbehind read after the digit) lets the
regex engine skip to the digits, a few in a hundred characters of news
text. The outputs must not move, so the rewrite is held equal to the plain
form: invented clock texts, edge cases, and 20,000 random strings, at every
start and for ``fullmatch`` on spans (times.py uses both).
"""

from __future__ import annotations

import random
import re

from sourcediff.extract import amounts, cues
from sourcediff.extract import patterns as P

# P.TIME_24H_COLON as written before the rewrite (with the zoned seconds added since: "10:52:08 UTC").
_PLAIN_24H_COLON = re.compile(
    rf"(?<![\d:.,$£€])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?=\s?{P._ZONE}\b))?(?![\d:])"
    rf"(?:\s?(?P<zone>{P._ZONE})\b)?"
)

_GROUPS = ("hour", "minute", "zone")


def _full(pattern: re.Pattern[str], text: str, start: int, end: int) -> dict[str, str | None] | None:
    m = pattern.fullmatch(text, start, end)
    return None if m is None else m.groupdict()


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, ...]]:
    return [tuple(x for g in (0, *_GROUPS) for x in m.span(g)) for m in pattern.finditer(text, start, end)]


def _same_everywhere(text: str) -> None:
    n = len(text)
    for start in range(n + 1):
        assert _spans(P.TIME_24H_COLON, text, start, n) == _spans(_PLAIN_24H_COLON, text, start, n), text
    for start in range(n):
        for end in range(start + 1, n + 1):
            assert _full(P.TIME_24H_COLON, text, start, end) == _full(_PLAIN_24H_COLON, text, start, end)


def test_clock_times_in_invented_text_are_read_as_before() -> None:
    text = ("The ferry left at 17:01 GMT, docked by 22:01 and sailed again at 09:30 CET; "
            "the 7:45 bus waited, the score was 3:2 and the lap took 1:02:33.")
    found = [m["hour"] + ":" + m["minute"] for m in P.TIME_24H_COLON.finditer(text)]
    assert found == ["17:01", "22:01", "09:30", "7:45"]
    assert _spans(P.TIME_24H_COLON, text, 0, len(text)) == _spans(_PLAIN_24H_COLON, text, 0, len(text))


def test_edge_cases_match_the_plain_form() -> None:
    for text in ("23:59", "24:00", "29:15", "2:05", "20:05", "19:99", "$12:30", "£1:15", "€9:00", "1.12:30",
                 "a,12:30", "112:30", "12:30:45", "12:305", "0:00 UTC", "00:00UTC", "1٣:30", "٣:30", "٣٣:30",
                 "12:3", ":12:30", "x12:30y", "12:30 GMTx", "at 2:30, then 21:45 BST."):
        _same_everywhere(text)


def test_random_strings_match_the_plain_form() -> None:
    rng = random.Random(37)
    atoms = ["0", "1", "2", "3", "5", "9", "٣", ":", ".", ",", "$", "£", "€", " ", "a", "GMT", "CET", "Z",
             "\n"]
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 10)))
        n = len(text)
        start = rng.randint(0, n)
        end = rng.randint(start, n)
        assert _spans(P.TIME_24H_COLON, text, start, end) == _spans(_PLAIN_24H_COLON, text, start, end), text
        assert _full(P.TIME_24H_COLON, text, start, end) == _full(_PLAIN_24H_COLON, text, start, end), text


def test_vague_amounts_are_found_only_where_their_word_is() -> None:
    """The scan for "dozens"/"hundreds of millions" runs only when such a plural is in the passage."""
    moved = amounts.scan_amounts("Hundreds of residents and 40 staff were moved.")
    assert [a.vague for a in moved] == [True, False]
    assert [a.vague for a in amounts.scan_amounts("THOUSANDS OF DOLLARS and 12 more")] == [True, False]
    assert not any(a.vague for a in amounts.scan_amounts("A hundred and 40 staff were moved."))
    c = cues.cues("Tens of billions were spent by 2 firms")
    assert amounts.may_be_vague(c) and not amounts.may_be_vague(cues.cues("a million and 3 more"))
    assert amounts.may_be_vague(cues.cues("Zoë counted dozens"))  # non-ASCII letter: never skipped


def test_the_vague_gate_never_turns_away_a_match() -> None:
    rng = random.Random(38)
    atoms = ["dozens", "Hundreds", "tens of ", "THOUSANDS", "millions", "billion", "trillions", "ſ", "of",
             " ", "4", "x", "\n", "é", "dozen", "s", "hundred"]
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 8)))
        if P.NUM_VAGUE.search(text):
            assert amounts.may_be_vague(cues.cues(text)), text


# P.NUM_START as written before the rewrite (read on lower-cased text).
_PLAIN_NUM_START = re.compile(
    rf"\d|\b(?=half\b|an?\s+(?:hundred|thousand|million|billion|dozen)\b|a\s+quarter\s+of\s+an?\s|"
    rf"{P._N_WORD}\b)[a-z]")


def _starts(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_number_starts_in_invented_text_are_found_as_before() -> None:
    text = ("about twenty-five firms, half the staff and an hundred more; a dozen boats, 3 ferries, "
            "often ten or eleven, seventeen. then none, nineteen99, x7, zero-sum, a thousand, ٣ boats")
    found = [text[i:j] for i, j in _starts(P.NUM_START, text, 0, len(text))]
    assert found[:6] == ["t", "f", "h", "a", "a", "3"]
    assert _starts(P.NUM_START, text, 0, len(text)) == _starts(_PLAIN_NUM_START, text, 0, len(text))
    n = len(text)
    for start in range(n + 1):
        assert _starts(P.NUM_START, text, start, n) == _starts(_PLAIN_NUM_START, text, start, n)


def test_random_lower_case_strings_give_the_same_number_starts() -> None:
    rng = random.Random(39)
    atoms = ["one", "ten", "twenty", "-", "five", "half", "a", "an", " ", "hundred", "dozen", "million", "x",
             "s", "e", "t", "o", "_", "7", "٣", "\n", "é", "teen", "y", "often"]
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 8)))
        n = len(text)
        start = rng.randint(0, n)
        end = rng.randint(start, n)
        assert _starts(P.NUM_START, text, start, end) == _starts(_PLAIN_NUM_START, text, start, end), text
