"""A zoned clock against a bare one in aligned passages (gaps61). Every text is invented.

"4.30pm AEDT" and "4.45pm" about one announcement: the bare clock is read as
any zone's local clock (values.ClockTime "floating"), so with no other zone in
the story the different minute is a divergence, as it is between two bare clocks.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcediff import compare
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Report


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def _times(report: Report) -> list[tuple[str, frozenset[str]]]:
    return [(f.status.value, frozenset(m.raw for m in f.mentions)) for f in report.facts
            if f.kind.value == "time"]


def _grant(zoned: str, bare: str) -> Report:
    a = _one("Grant for coast walk\n\nThe state will give $3.2 million to the Kestrel Bay coast walk, the "
             f"environment minister announced at {zoned} on Thursday.\n", "herald.txt")
    b = _one("Coast walk wins grant\n\nThe Kestrel Bay coast walk will receive A$3.2m from the state, the "
             f"environment minister said at {bare} on Thursday.\n", "wire.txt")
    return compare([a, b])


def test_a_zoned_and_a_bare_clock_a_quarter_apart_diverge() -> None:
    assert ("diverge", frozenset({"4.30pm AEDT", "4.45pm"})) in _times(_grant("4.30pm AEDT", "4.45pm"))


def test_a_zoned_and_a_bare_clock_on_the_same_minute_agree() -> None:
    assert all(status == "agree" for status, _ in _times(_grant("4.30pm AEDT", "4.30pm")))
