"""A flight's code is one value however it is spaced, and a code differing in one digit is another flight."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.codes import parse_code
from sourcediff.pipeline import analyse
from sourcediff.values import Code


def codes(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in analyse(Article.from_text(text)).mentions
            if m.slot == "number:identifier:flight"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Flight QX204 from Varnholm landed safely.", [("QX204", "QX204")]),
    ("The crew of flight QX 204 declared an emergency.", [("QX 204", "QX204")]),
    ("Passengers on flight number Z7-1185 were rebooked.", [("Z7-1185", "Z71185")]),
    ("Two flights, QX204 and QX205, were cancelled.", []),  # no "flight" right before: not read
    ("Flight 93 was diverted.", []),  # no airline prefix: may be a shortened code
    ("The A320 on flight QX204 was six years old.", [("QX204", "QX204")]),
])
def test_flight_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert codes(text) == expected


def test_parse_code() -> None:
    assert parse_code("qx 204") == Code("QX204")
    with pytest.raises(ValueError):
        parse_code("204")


def test_one_code_agrees_and_another_diverges() -> None:
    def verdict(first: str, second: str) -> list[str]:
        articles = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate((
            f"Flight {first} from Varnholm to Ostrava made an emergency landing in Brno on Monday.",
            f"Flight {second} from Varnholm to Ostrava made an emergency landing in Brno on Monday."))]
        return [f.status.value for f in compare(articles).facts
                if any(m.slot.startswith("number:identifier") for m in f.mentions)]

    assert verdict("QX204", "QX 204") == ["agree"]
    assert verdict("QX204", "QX205") == ["diverge"]
