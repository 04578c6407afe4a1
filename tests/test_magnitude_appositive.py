"""A quake's magnitude set off by commas after the word is read as one (extract/numberclassify.py).

"its first estimate of the magnitude, 6.1, was raised" names a magnitude as
surely as "magnitude 6.1"; a whole number after the comma is left alone. All
text here is invented.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _magnitudes(text: str) -> list[str]:
    info = analyse(Article.from_text(text, id="s", published="2027-02-11"))
    return [m.raw for m in info.mentions if m.kind is Kind.NUMBER and m.slot == "number:magnitude"]


def test_an_appositive_decimal_after_magnitude_is_a_magnitude() -> None:
    text = ("The Vellmar seismic office said its first estimate of the magnitude, 6.1, "
            "was raised to 6.3 twenty minutes later.")
    assert "6.1" in _magnitudes(text)


def test_a_whole_number_after_the_comma_is_no_magnitude() -> None:
    text = "Engineers checked the building after the quake's magnitude, 3 storeys of it cracked."
    assert _magnitudes(text) == []
