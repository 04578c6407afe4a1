"""newuser17: two sources' clock ranges that share an end and differ in the other diverge.

"call between 8 a.m. and 8 p.m." against "between 9 a.m. and 8 p.m.": compare
said 8 p.m. agreed and 9 a.m. was "only in" one source, while check, with the
draft counted as one more source, said the sources disagree on 8 a.m. and
9 a.m. Both now say the sources disagree. The articles are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import run_cli
from sourcediff.divergeranges import range_joined as _joined
from sourcediff.model import Article, Kind
from sourcediff.pipeline import compare

COURIER = """Kettle maker recalls 60,000 travel kettles

Halden Appliances said on Monday it would recall 60,000 travel kettles whose lids can come loose.

Four people were scalded, the company said.

Owners can get a refund by calling the company between 8 a.m. and 6 p.m. on weekdays.
"""
HERALD = """Travel kettles recalled over loose lids

Halden Appliances is recalling 60,000 travel kettles because their lids can come loose, it said on Monday.

Four people suffered scalds.

Helpline hours for a refund: 8 a.m. to 6 p.m. on weekdays.
"""
WIRE = """Halden recalls travel kettles

Halden Appliances on Monday recalled 60,000 travel kettles with lids that can come loose,
after four people were scalded.

Owners should call Halden between 9 a.m. and 6 p.m. on weekdays for a refund.
"""


def _times(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
    report = compare([Article.from_text(t, id=k) for k, t in texts.items()])
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in report.facts if f.kind is Kind.TIME]


def test_a_range_start_told_otherwise_diverges_and_the_shared_end_agrees() -> None:
    times = _times({"courier": COURIER, "herald": HERALD, "wire": WIRE})
    assert ("diverge", ["8 a.m.", "8 a.m.", "9 a.m."]) in times
    assert ("agree", ["6 p.m.", "6 p.m.", "6 p.m."]) in times


def test_a_range_end_told_otherwise_diverges() -> None:
    wire = WIRE.replace("between 9 a.m. and 6 p.m.", "between 8 a.m. and 7 p.m.")
    times = _times({"courier": COURIER, "wire": wire})
    assert ("diverge", ["6 p.m.", "7 p.m."]) in times
    assert ("agree", ["8 a.m.", "8 a.m."]) in times


@pytest.mark.parametrize(("text", "joined"), [
    ("call between 9 a.m. and 8 p.m. daily", True),
    ("open 9 a.m. to 8 p.m.", True),
    ("open 9 a.m.-8 p.m.", True),
    ("from 9 a.m. until 8 p.m.", True),
    ("the ferries left at 9 a.m. and 8 p.m.", False),  # two moments, not hours
    ("opened at 9 a.m. and closed at 8 p.m.", False),
])
def test_what_joins_two_clocks_into_a_range(text: str, joined: bool) -> None:
    first = text.index("9 a.m.")
    assert _joined(text, first, first + len("9 a.m."), text.index("8 p.m.")) is joined


def test_compare_and_check_agree_on_the_helpline_hours(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    for name, text in (("courier", COURIER), ("herald", HERALD), ("wire", WIRE)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Halden Appliances recalled 60,000 travel kettles on Monday. Its helpline opens from "
                     "8 a.m. to 6 p.m. on weekdays.\n", encoding="utf-8")
    sources = [tmp_path / f"{n}.txt" for n in ("courier", "herald", "wire")]
    run = run_cli(capsys, "compare", *sources, "-f", "oneline")
    assert "≠ time  8 a.m." in run.out and "9 a.m. (wire" in run.out
    run = run_cli(capsys, "check", draft, "--against", *sources)
    assert "the sources disagree" in run.out and "9:00 AM" in run.out
