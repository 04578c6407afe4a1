"""A quote set apart after one person's reported speech is that person's (extract/quotes.py).

Outlets give the gist in reported speech ("Inspector Mara Quell said the
hull would be lifted on Monday.") and set the person's own words apart as
the next paragraph, often a blockquote, with no attribution of its own. The
quote took a speaker from the paragraph before only when that paragraph held
a quote or ended "X said:", so these words had no speaker and another outlet
crediting them to someone else could not diverge from them. Every name is
invented.
"""

from __future__ import annotations

from test_late_speakers import speakers

WIRE = ("Ferry salvage to begin next week\n\n"
        "Salvage crews will start lifting the sunken ferry Marigold Lane from Tollack harbour next week, "
        "the harbour authority said on Thursday. Nobody was aboard when it sank in October.\n")


def site(before: str, quote: str) -> str:
    return ("Marigold Lane salvage: the plan\n\n"
            "The harbour authority has approved the lifting plan for the ferry.\n\n"
            + before + "\n\n" + quote + "\n\n"
            "The ferry sank at its mooring in October.\n")


QUOTE = "“We will lift her in one piece if the weather lets us, and slowly.”"


def test_a_quote_after_one_persons_reported_speech_is_theirs() -> None:
    before = "Inspector Mara Quell said the hull would be lifted on Monday."
    assert speakers({"wire": WIRE, "site": site(before, QUOTE)}, "site", "one piece") == {"Mara Quell"}


def test_reported_speech_of_two_people_leaves_it_unresolved() -> None:
    before = ("Inspector Mara Quell said the hull would be lifted on Monday, "
              "and harbour master Tobin Ashcroft said the quay would be closed.")
    assert speakers({"wire": WIRE, "site": site(before, QUOTE)}, "site", "one piece") == {None}


def test_a_paragraph_with_no_attribution_before_gives_no_speaker() -> None:
    before = "Inspector Mara Quell is leading the salvage. The hull will be lifted on Monday."
    assert speakers({"wire": WIRE, "site": site(before, QUOTE)}, "site", "one piece") == {None}


def test_a_quote_with_its_own_attribution_keeps_it() -> None:
    before = "Inspector Mara Quell said the hull would be lifted on Monday."
    quote = QUOTE + " said harbour master Tobin Ashcroft."
    assert speakers({"wire": WIRE, "site": site(before, quote)}, "site", "one piece") == {"Tobin Ashcroft"}


def test_a_sentence_after_the_reported_speech_leaves_it_unresolved() -> None:
    before = "Inspector Mara Quell said the hull would be lifted on Monday. Divers are angry about the delay."
    assert speakers({"wire": WIRE, "site": site(before, QUOTE)}, "site", "one piece") == {None}
