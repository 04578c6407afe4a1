"""A heading that quotes words the body quotes in full is an echo of that quotation, not a statement."""

from __future__ import annotations

from pathlib import Path

from sourcediff import compare, load
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

LEDGER = """---
title: "Heron Park reopens after the storm"
date: 2025-05-06
---

# Heron Park reopens after the storm

Park manager Colm Reddy said: "Every path is open again and the boathouse is safe."

## 'Like a ghost in the garden'

Neighbour Ines Varga saw the fox first. "It moved through the roses like a ghost in the garden," she said.
"""

WIRE = """Heron Park reopened on Tuesday after last week's storm, its manager said.

Neighbour Ines Varga said of the fox: "It moved through the roses like a ghost in the garden."
"""

TABLOID = """FOX FRIGHT: Park reopens after storm chaos

Stunned neighbour Ines Varga, 44, said: "It moved through the roses like a fox in a henhouse."
"""


def _quotes(tmp_path: Path, name: str, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    info = analyse(load(path))
    return [(m.raw, m.speaker) for m in info.mentions if m.kind is Kind.QUOTE]


def test_a_heading_echo_of_a_body_quote_is_dropped(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "ledger.md", LEDGER)
    assert not any(raw.strip("'\u2018\u2019") == "Like a ghost in the garden" for raw, _ in quotes)
    assert any("like a ghost in the garden" in raw and speaker == "Ines Varga" for raw, speaker in quotes)


def test_a_heading_quote_the_body_never_gives_stays_without_a_borrowed_speaker(tmp_path: Path) -> None:
    text = LEDGER.replace("'Like a ghost in the garden'", "'We have never seen a night like it'")
    quotes = _quotes(tmp_path, "ledger.md", text)
    heading = [speaker for raw, speaker in quotes if "never seen a night like it" in raw]
    assert heading and heading[0] != "Colm Reddy"


def test_an_altered_quote_meets_the_body_quote_the_heading_echoes(tmp_path: Path) -> None:
    (tmp_path / "ledger.md").write_text(LEDGER, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "tabloid.txt").write_text(TABLOID, encoding="utf-8")
    report = compare([load(tmp_path / p) for p in ("ledger.md", "wire.txt", "tabloid.txt")])
    varga = [f for f in report.facts if f.kind is Kind.QUOTE and any("roses" in m.raw for m in f.mentions)]
    assert len(varga) == 1
    assert {m.source for m in varga[0].mentions} == {"ledger", "wire", "tabloid"}
    assert varga[0].status.value == "diverge"


COURIER = """---
title: "Ferry cut leaves islanders stranded"
date: 2025-06-02
---

# Ferry cut leaves islanders stranded

The evening sailing to Skerrow will stop in July, the operator said.

## 'Two hours each way on the water'

Islander Moira Tulloch said the change would hurt.
"We already spend two hours each way on it just to see a doctor," she said.
"""

DAILY = """Islanders on Skerrow said on Monday that the loss of the evening ferry would cut them off.

"We already spend two hours each way on it just to see a doctor," Moira Tulloch said.
"""


def test_a_heading_that_names_what_the_quote_points_to_is_an_echo(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "courier.md", COURIER)
    assert not any("on the water" in raw for raw, _ in quotes)
    assert any("two hours each way on it" in raw and speaker == "Moira Tulloch" for raw, speaker in quotes)


def test_a_retold_heading_is_no_rival_of_another_outlets_full_quote(tmp_path: Path) -> None:
    (tmp_path / "courier.md").write_text(COURIER, encoding="utf-8")
    (tmp_path / "daily.txt").write_text(DAILY, encoding="utf-8")
    report = compare([load(tmp_path / p) for p in ("courier.md", "daily.txt")])
    quotes = [f for f in report.facts if f.kind is Kind.QUOTE]
    assert not any(f.status.value == "diverge" for f in quotes)


def test_a_heading_sharing_only_a_short_run_stays(tmp_path: Path) -> None:
    text = COURIER.replace("'Two hours each way on the water'", "'Each way the tide decides'")
    quotes = _quotes(tmp_path, "courier.md", text)
    assert any("tide decides" in raw for raw, _ in quotes)
