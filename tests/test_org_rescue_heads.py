"""A rescue service or a fire brigade named by its kind is an organisation (invented text).

"Rescue" and "Brigade" were no institutional head words, so "Holm Valley
Mountain Rescue" was found in none of the sources that named it in a
phrase ("head of ...", "... (HVMR) resumed the search") and was taken for a
person where it said something ("..., Holm Valley Mountain Rescue said"):
the body every source of a mountain accident names was reported unique to
one of them.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _entities(text: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-16"))
    return {m.raw: m.kind.name for m in info.mentions if m.kind in (Kind.ORG, Kind.PERSON)}


@pytest.mark.parametrize(("text", "org"), [
    ("The climbers are safe, said Ivo Permak, head of Holm Valley Mountain Rescue.",
     "Holm Valley Mountain Rescue"),
    ("Holm Valley Mountain Rescue (HVMR) resumed the search at dawn.", "Holm Valley Mountain Rescue"),
    ("The two climbers are presumed dead, Holm Valley Mountain Rescue said.", "Holm Valley Mountain Rescue"),
    ("Crews from Dunmere Fire Brigade were called to the mill at 2am.", "Dunmere Fire Brigade"),
])
def test_a_rescue_body_is_an_organisation(text: str, org: str) -> None:
    assert _entities(text).get(org) == "ORG"


def test_the_person_who_leads_it_stays_a_person() -> None:
    found = _entities("The climbers are safe, said Ivo Permak, head of Holm Valley Mountain Rescue.")
    assert found.get("Ivo Permak") == "PERSON"
