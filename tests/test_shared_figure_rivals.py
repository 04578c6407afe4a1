"""Two aligned passages worded apart that share one sum or share: the lone figure of a size each states
beside it is the other's rival (divergeshared.py).

Every sentence is invented. Two outlets tell one move of a price in their
own words; the change they both give shows they tell one statement, so the
level on which they differ is a divergence, not two unique facts.
"""

from __future__ import annotations

from pathlib import Path

from sourcediff import compare, load


def percent_facts(tmp_path: Path, a: str, b: str) -> list[tuple[str, list[str]]]:
    for name, body in (("a", a), ("b", b)):
        head = f'---\ntitle: "{name}"\ndate: 2026-06-09\n---\n\n# {name}\n\n'
        (tmp_path / f"{name}.md").write_text(head + body + "\n", encoding="utf-8")
    report = compare([load(tmp_path / "a.md"), load(tmp_path / "b.md")]).to_dict()
    return [(f["status"], sorted(m["text"] for m in f["mentions"]))
            for f in report["facts"] if f["kind"] in ("percent", "money")]


def test_a_shared_change_makes_the_levels_rivals(tmp_path: Path) -> None:
    facts = percent_facts(
        tmp_path,
        "The five-year yield rose 12bp to 3.27% on Wednesday, and the gap over Treasuries widened to 95bp.",
        "The yield on the five-year state bond climbed twelve basis points to 3.36 per cent by the close, "
        "and the peso slipped 0.3 per cent against the dollar.")
    assert ("diverge", ["3.27%", "3.36 per cent"]) in facts
    # a figure of another size in the family (the currency's 0.3%) is no rival of the yield
    assert ("unique", ["0.3 per cent"]) in facts


def test_no_shared_figure_no_rival(tmp_path: Path) -> None:
    facts = percent_facts(
        tmp_path,
        "The five-year yield rose 12bp to 3.27% on Wednesday, and the gap over Treasuries widened to 95bp.",
        "The yield on the five-year state bond climbed fifteen basis points to 3.36 per cent by the close, "
        "and the peso slipped 0.3 per cent against the dollar.")
    assert not [f for f in facts if f[0] == "diverge" and "3.27%" in f[1] and "3.36 per cent" in f[1]]
