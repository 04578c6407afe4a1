"""A toll's subject with two nouns joined inside it keeps its role (invented text).

"The death toll from the storms and floods in the northern valleys has
risen to 19": the role word heads a long subject, which the look back from
"has risen to" reads up to the clause's start. An "and" ended that look back
as if it opened another clause, so "floods in the northern valleys" was the
whole subject, the role was lost, and the figure was a count of "valleys"
that another outlet's "19 dead" could not meet. An "and" between two plain
words joins them inside the noun phrase; one before a determiner, a figure
or after a past tense still ends the clause.
"""

from __future__ import annotations

from sourcediff.extract.roles import count_role
from sourcediff.model import Article
from sourcediff.pipeline import analyse


def _role(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    return count_role(sentence, start, start + len(figure), near=True)


def test_joined_nouns_in_the_subject() -> None:
    assert _role("The death toll from the storms and floods in the northern valleys has risen to 19 "
                 "on Sunday.", "19") == "dead"
    assert _role("The death toll from the collapse of a four-storey shop and office block in Marrow Lane "
                 "rose to 14 on Tuesday.", "14") == "dead"
    assert _role("The number of injured in the fire or the stampede at the stadium has risen to 61.",
                 "61") == "injured"


def test_an_and_that_opens_a_clause_still_ends_the_subject() -> None:
    assert _role("Three people were killed and the number of homes destroyed rose to 40.", "40") is None
    assert _role("Two people were killed and homes damaged in the storm rose to 40.", "40") is None
    assert _role("The storm killed three and 2,000 homes damaged by flooding rose to 4,000.", "4,000") is None


def test_the_toll_is_a_count_of_the_dead_in_a_whole_article() -> None:
    text = ("Storm damage in the valleys\n\n"
            "The death toll from the storms and floods in the northern valleys has risen to 19, "
            "officials said.")
    info = analyse(Article.from_text(text, id="s0", published="2026-02-10"))
    counts = [m.cues for m in info.mentions if m.raw == "19"]
    assert counts and "role:dead" in counts[0], counts
