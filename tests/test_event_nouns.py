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


WIRE_SPAN = ("Nurses at Corran General accepted a new pay offer on Tuesday, ending the dispute.\n\n"
             "The dispute saw nine days of national strike action between October and February.\n\n"
             "The offer is worth 6% over two years.")
TRADE_SPAN = ("Corran General's nurses voted to accept the pay deal on Tuesday.\n\n"
              "Nurses were on strike for nine days of national action over the winter, the union said.\n\n"
              "The deal is worth 6% over two years.")


def tabloid_span(sentence: str) -> str:
    return ("Nurses at Corran General have finally accepted a pay deal, ending the dispute.\n\n"
            f"{sentence}\n\nThe deal is worth 6% over two years.")


def test_a_span_of_walkouts_is_the_span_of_strike_action_two_sources_agree_on() -> None:
    tabloid = tabloid_span("Patients endured 12 days of walkouts over the winter, with operations cancelled.")
    found = [(s, summary) for s, summary, _ in numbers(WIRE_SPAN, TRADE_SPAN, tabloid) if "day" in summary]
    assert any(s == "diverge" and "12 days" in summary for s, summary in found), found


def test_a_span_of_something_else_beside_that_agreement_stays_unique() -> None:
    for sentence in ("The car park was shut for 12 days over the winter for resurfacing.",
                     "Patients endured 12 days of cancelled operations over the winter, with wards closed."):
        found = [s for s, summary, _ in numbers(WIRE_SPAN, TRADE_SPAN, tabloid_span(sentence))
                 if "12 days" in summary]
        assert found == ["unique"], sentence
