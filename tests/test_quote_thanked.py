"""Words quoted after "thanked", "praised" or "hailed" are the subject's, as after "described ... as".

'He thanked "the volunteers who worked through the night."' after a
paragraph quoting the mayor is the mayor's: "thanked" was no cue of
attribution, so the pronoun was never resolved and the quote had no
speaker. Like "described" and "called", these verbs count only with a
quotation in their clause: "she thanked the crews" alone quotes nothing.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def quotes(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-08-19"))
    return [(m.raw, m.speaker) for m in info.mentions if m.kind.value == "quote"]


def test_a_pronoun_that_thanked_someone_in_quoted_words() -> None:
    text = ('Mayor Ana Ruiz visited the flood barrier on Tuesday. "We held the line," Ruiz said.\n\n'
            'She thanked "the volunteers who filled sandbags all night."')
    assert quotes(text) == [("We held the line", "Ana Ruiz"),
                            ("the volunteers who filled sandbags all night", "Ana Ruiz")]


def test_praised_and_hailed_with_a_named_subject() -> None:
    assert quotes('Coach Dan Hale praised "a side that never stopped running" after the final.') == [
        ("a side that never stopped running", "Dan Hale")]
    assert quotes('Minister Lena Ost hailed "a turning point for the whole region" in her speech.') == [
        ("a turning point for the whole region", "Lena Ost")]


def test_thanks_to_a_quoted_name_is_no_attribution() -> None:
    got = quotes('Thanks to "Operation Shield", thefts in the old town fell by a third last year.')
    assert all(speaker is None for _, speaker in got)
