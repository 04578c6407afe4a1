"""'Lowered its March estimate to 61,300 from 64,900' keeps the old figure as earlier however long the object;
"March's (was) down to 61,300" gives the latest figure. ("Cut" itself stays no change verb: see patterns.)"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def _figures(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="x", published="2026-09-03"))
    out = []
    for m in info.mentions:
        if m.kind.name in ("NUMBER", "PERCENT", "MONEY"):
            side = "earlier" if "update:earlier" in m.cues else "later" if "update:later" in m.cues else None
            out.append((m.raw, side))
    return out


@pytest.mark.parametrize(("text", "want"), [
    ("The agency lowered its March estimate to 61,300 from 64,900.",
     [("61,300", "later"), ("64,900", "earlier")]),
    ("The Tessin central bank revised its growth forecast to 1.2% from 1.5%.",
     [("1.2%", "later"), ("1.5%", "earlier")]),
    ("Brenmoor raised the fare cap to $4.50 from $4.",
     [("$4.50", "later"), ("$4", "earlier")]),
])
def test_a_change_to_one_figure_from_another_keeps_both(text: str, want: list[tuple[str, str]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "raw"), [
    ("March's was down to 61,300 in the second estimate.", "61,300"),
    ("The waiting list is now down to 4,210.", "4,210"),
])
def test_down_to_after_a_subject_is_the_latest_figure(text: str, raw: str) -> None:
    assert (raw, "later") in _figures(text)


@pytest.mark.parametrize("text", [
    "A cut to 300 posts was agreed by the council.",
    "The council will cut 300 posts from 2028.",
])
def test_a_cut_with_no_old_and_new_figure_is_no_update(text: str) -> None:
    assert all(side is None for _, side in _figures(text))
