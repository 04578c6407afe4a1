"""A fact-box figure followed by a bracketed note is still the label's count.

"Crew: 6 (two pilots, four cabin staff)" lists what the six are; the note
glosses the figure and does not join it to another, so the box's count reads
as it would without the note and meets "six crew" in another source's prose.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse

_HEAD = "Barge convoy halted on the river\n\nThe convoy stopped at dawn near the old lock gates.\n\n"


def _counts(box: str) -> dict[str, tuple[str, ...]]:
    info = analyse(Article.from_text(_HEAD + box, id="s0", published="2026-05-02"))
    return {m.raw: m.cues for m in info.mentions if m.slot == "number:count"}


def test_glossed_box_count_takes_its_label() -> None:
    assert _counts("Crew: 6 (two pilots, four cabin staff)\n").get("6", ())[:1] == ("crew",)
    assert _counts("- Lorries stranded: 9 (three of them tankers)\n").get("9", ())[:1] == ("lorry",)


def test_gloss_keeps_the_role_of_the_label() -> None:
    cues = _counts("Injured: 12 (three seriously)\n").get("12", ())
    assert any(c.startswith("role:") for c in cues)


def test_unclosed_bracket_or_speaker_stays_unread() -> None:
    assert "5" not in _counts("Barges sunk: 5 (see below\n")
    assert "4" not in _counts("He said: 4 (really)\n")
