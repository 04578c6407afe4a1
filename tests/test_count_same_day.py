"""Two outlets' counts of one noun, dated to one day in aligned sentences, are rivals; spelling is no noun.

"opened on Friday in 3,214 theaters" and "Opened: Friday, March 6, in 3,241
theatres" count the same screens on the same day: a figure copied wrong,
whichever side of the Atlantic spells the noun.
"""

from __future__ import annotations

from pathlib import Path

from sourcediff import compare, load
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.wording import american

WIRE = """Animated fable 'Paper Lanterns' leads weekend box office

LOS ANGELES, March 8 - "Paper Lanterns," an animated fable from Larkspur Pictures, took an estimated $61.2
million at North American cinemas over the weekend, the studio said on Sunday.

The film, directed by Ana Ruiz and featuring the voice of Leo Brandt, opened on Friday in 3,214 theaters.

"Families came back to the cinema for this one," said Larkspur's head of distribution, Pia Okonjo.
"""

LOCAL = """---
title: "Paper Lanterns tops the box office"
date: 2026-03-09
---

# Paper Lanterns tops the box office

The animated film made by artists at the old mill studio took US$61.2 million in North America over its first
weekend, the studio said on Sunday.

- **Opened:** Friday, March 6, in 3,241 theatres across North America.
- **Running time:** 94 minutes.

"Families came back to the cinema for this one," distribution head Pia Okonjo said.
"""

SCREENS = "- **Opened:** Friday, March 6, in 3,241 theatres across North America."


def _counts(tmp_path: Path, local: str) -> list[tuple[str, set[str]]]:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "local.md").write_text(local, encoding="utf-8")
    report = compare([load(tmp_path / "wire.txt"), load(tmp_path / "local.md")])
    return [(f.status.value, {m.raw for m in f.mentions}) for f in report.facts if f.kind is Kind.NUMBER]


def test_british_spellings_read_as_american() -> None:
    assert american("theatres") == "theaters"
    assert american("centre") == "center"
    assert american("harbours") == "harbors"
    assert american("theaters") == "theaters"
    assert american("cinemas") == "cinemas"


def test_a_count_names_its_noun_in_one_spelling(tmp_path: Path) -> None:
    path = tmp_path / "local.md"
    path.write_text(LOCAL, encoding="utf-8")
    counts = [m for m in analyse(load(path)).mentions if m.kind is Kind.NUMBER and m.raw == "3,241"]
    assert counts and "theater" in counts[0].cues


def test_two_counts_of_one_day_diverge(tmp_path: Path) -> None:
    assert ("diverge", {"3,214", "3,241"}) in _counts(tmp_path, LOCAL)


def test_counts_of_two_days_do_not_diverge(tmp_path: Path) -> None:
    later = LOCAL.replace(SCREENS, "- **Screens:** by Sunday, March 8, it was playing in 3,241 theatres.")
    assert all(status != "diverge" for status, _ in _counts(tmp_path, later))


def test_counts_of_two_named_films_do_not_diverge(tmp_path: Path) -> None:
    rival = LOCAL.replace(SCREENS, "Rival adventure Iron Tide, directed by Marco Vell and starring Ida "
                                   "Sorensen, opened on Friday in 3,241 theatres.")
    assert all(status != "diverge" for status, _ in _counts(tmp_path, rival))
