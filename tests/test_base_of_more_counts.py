"""The standing count that new or additional things join, given bare ("nine new pilots, adding to the
27 it employs now"), counts the noun of the additional count; a bare "N more to be hired" is a count."""

from __future__ import annotations

from sourcediff.compat import same_thing
from sourcediff.extract import numbers
from sourcediff.model import Article, Mention
from sourcediff.segment import segment


def _mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text)
    return numbers.extract(article, segment(article))


def counts(text: str) -> dict[str, tuple[str, ...]]:
    """Each count mention's raw figure and its cues."""
    return {m.raw: m.cues for m in _mentions(text) if m.slot == "number:count"}


def test_the_count_new_things_are_added_to_counts_their_noun() -> None:
    found = counts("The harbour board will hire 9 new pilots, adding to the 27 it employs now.")
    assert found["27"] == ("pilot",)
    found = counts("The fund pays for nine more pilots on top of the 27 already employed.")
    assert found["27"] == ("pilot",)
    found = counts("The trust is buying 4 more ambulances in addition to its current 31 on the road.")
    assert found["31"] == ("ambulance",)


def test_the_standing_count_never_rivals_the_additional_one() -> None:
    mentions = {m.raw: m for m in _mentions("The board will hire 9 new pilots, adding to the 27 it employs.")}
    assert not same_thing(mentions["9"], mentions["27"])


def test_a_bare_the_count_after_a_plain_count_is_not_read() -> None:
    # with no new or additional count before it, nothing says the figure counts the same noun
    assert "27" not in counts("The board hired 9 pilots in May, adding to the 27 it has trained.")


def test_a_bare_the_count_without_the_adding_words_is_not_read() -> None:
    assert "27" not in counts("The board will hire 9 new pilots, and the 27 it employs will get a raise.")


def test_a_bare_more_before_an_infinitive_counts_the_noun_before() -> None:
    found = counts("Pilots: 27 now, with 9 more to be recruited.")
    assert found["9"] == ("pilot", "more")
