"""A register's word for a counted thing is the plainer word: "three walkouts" are three strikes."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.eventnouns import EVENT_NOUNS, plain_noun, plain_stems
from sourcediff.terms import stem


def numbers(*texts: str, published: str = "2026-03-10") -> list[tuple[str, str, int]]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [(f.status.value, f.summary, len(f.sources)) for f in compare(articles).facts
            if f.kind.value == "number"]


def statuses(*texts: str) -> list[str]:
    return [status for status, _, _ in numbers(*texts)]


UNION = ("Teachers in Drellford staged three walkouts this term over pay, the union said.\n\n"
         "Talks resume on Monday.")
COUNCIL = ("Teachers in Drellford held four strikes this term over pay, the union said.\n\n"
           "Talks resume on Monday.")


def test_the_map_folds_register_words_to_the_plainer_word() -> None:
    assert plain_noun("walkout") == "strike" and plain_noun("tugboat") == "tug"
    assert plain_noun("school") == "school"
    assert plain_stems([stem("blazes"), stem("homes")]) == {stem("fire"), stem("home")}


def test_the_map_is_small_and_never_maps_a_word_to_another_synonym() -> None:
    assert len(EVENT_NOUNS) <= 20
    assert not set(EVENT_NOUNS.values()) & set(EVENT_NOUNS)


def test_walkouts_and_strikes_counted_differently_diverge() -> None:
    assert statuses(UNION, COUNCIL) == ["diverge"]


def test_walkouts_and_strikes_counted_alike_agree() -> None:
    assert numbers(UNION, COUNCIL.replace("four", "three")) == [("agree", "three in 2 sources", 2)]


def test_tugboats_and_tugs_are_one_count() -> None:
    a = "Fourteen tugboats worked through the night to free the Carla Vey, the port said."
    b = "The port said 13 tugs worked through the night to free the Carla Vey."
    assert "diverge" in statuses(a, b)
    assert statuses(a, b.replace("13", "14")) == ["agree"]


def test_different_nouns_outside_the_map_stay_two_counts() -> None:
    a = "Teachers in Drellford staged three walkouts this term over pay, the union said."
    b = "Teachers in Drellford held four rallies this term over pay, the union said."
    assert "diverge" not in statuses(a, b)
