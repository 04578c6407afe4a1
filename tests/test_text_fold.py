"""fold's short cuts (ASCII text, str.split for the white space) give what the full recipe gives."""

from __future__ import annotations

import re
import unicodedata

from sourcediff.text import _FOLD, _SPACE, fold, fold_keep_case


def _reference(text: str) -> str:
    """The recipe fold_keep_case stands for: NFKC, the table, white space runs to one space, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_FOLD)).strip()


def test_white_space_is_one_definition() -> None:
    """str.split and str.strip cut at exactly the characters the pattern's \\s matches."""
    for code in range(0x110000):
        ch = chr(code)
        assert (_SPACE.fullmatch(ch) is not None) == ch.isspace(), hex(code)
    assert _SPACE.pattern == r"\s+" and not _SPACE.flags & re.ASCII


def test_fold_matches_the_recipe() -> None:
    samples = ["", "   ", " The  mayor\tsaid\n so. ", "\u00a0Caf\u00e9 \u2014 \u201cfine\u201d\u2026 ",
               "\u2028line\u2029para\u3000wide\u0085next", "\ufb01ne \u2460 \uff21", "It's 5\u00a0km.",
               "\x1cA\x1d\x1e\x1fB", "Stra\u00dfe \u0130stanbul"]
    for text in samples:
        assert fold_keep_case(text) == _reference(text), repr(text)
        assert fold(text) == _reference(text).casefold(), repr(text)
