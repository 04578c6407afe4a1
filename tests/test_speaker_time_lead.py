"""A sentence opened by a time without a comma still opens with its subject (invented text).

"Last night deputy chief executive Ilona Brandt tried to calm staff." makes
Brandt the subject a following "she said" means, as "Last night, deputy
chief executive Ilona Brandt ..." does: before, the person named earlier
with a pronoun shown ("My husband told me", a "Mrs") took the quote.
"""

from __future__ import annotations

import pytest

from sourcediff.extract.quotes import extract
from sourcediff.model import Article
from sourcediff.segment import segment


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in extract(article, segment(article)) if words in m.raw]
    assert hits, f"no quote containing {words!r}"
    return hits[0].speaker


EARLIER = ("Shopper Mrs Dorrie Pask, 66, said: \"I queued for an hour and went home with nothing.\"\n\n")


@pytest.mark.parametrize("lead", [
    "Last night deputy chief executive Ilona Brandt",
    "Yesterday union regional secretary Ilona Brandt",
    "On Friday council finance chief Ilona Brandt",
    "This morning store manager Ilona Brandt",
])
def test_a_role_after_an_opening_time_makes_its_name_the_subject(lead: str) -> None:
    text = EARLIER + f"{lead} tried to calm nerves.\n\n\"Every order will be filled by Monday,\" she said."
    assert speaker_of(text, "Every order") == "Ilona Brandt"


def test_a_name_as_object_after_an_opening_time_is_still_no_subject() -> None:
    text = (EARLIER + "Last night police arrested driver Ilona Brandt near the depot.\n\n"
            "\"We were told nothing,\" she said.")
    assert speaker_of(text, "told nothing") == "Dorrie Pask"
