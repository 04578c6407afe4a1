"""Quotations reprinted in another house style agree; a changed word still differs."""

from __future__ import annotations

import pytest

from sourcediff.compat import quotes_agree, same_quotation
from sourcediff.text import fold
from sourcediff.values import QuoteValue


def quote(text: str) -> QuoteValue:
    return QuoteValue(text, fold(text))


@pytest.mark.parametrize(("a", "b"), [
    ("Lanterns and banners aren't going to be needed.", "Lanterns and banners are not going to be needed."),
    ("She realised the harbour was closed.", "She realized the harbor was closed."),
    ("The neighbourhood centre stayed open.", "The neighborhood center stayed open."),
    ("We reopened the ferry at 6:00 p.m. sharp.", "We reopened the ferry at 6 p.m. sharp."),
    ("Respect her (Mira Lund) and her family's privacy.", "Respect her and her family's privacy."),
    ("This 11th hour ruling helps nobody.", "This eleventh-hour ruling helps nobody."),
    ("Crews 'sealed off' the quay before dawn.", "Crews sealed off the quay before dawn."),
    ("I can't promise anything tonight.", "I cannot promise anything tonight."),
    ("Update all RFB copies now.", "Update all Ridgeline Form Builder copies now."),  # an acronym spelled out
    ("Share it on Pinwall.com and Flickr.", "Share it on Pinwall and Flickr."),  # a web suffix
    ("The pump failed at 9:12pm PST last night.", "The pump failed at 21:12 last night."),  # clock notation
    ("Doors open at 7.30 a.m. on Monday.", "Doors open at 07:30 on Monday."),
])
def test_house_style_agrees(a: str, b: str) -> None:
    assert quotes_agree(quote(a), quote(b))


@pytest.mark.parametrize(("a", "b"), [
    ("We are deeply saddened by the loss.", "We are deeply shocked by the loss."),
    ("The ferry will not sail on Monday.", "The ferry will sail on Monday."),
    ("Four crew members were rescued.", "Five crew members were rescued."),
    ("Update all RFB copies now.", "Update all Ridgeline Form copies now."),
    ("The EU will act within days.", "The European Commission will act within days."),  # other initials
    ("Share it on Pinwall.com and Flickr.", "Share it on Pinboard and Flickr."),  # another site
    ("The pump failed at 9:12pm last night.", "The pump failed at 9:21pm last night."),  # another minute
    ("Doors open at 7.30 a.m. on Monday.", "Doors open at 7.30 p.m. on Monday."),  # another half of the day
    ("Doors open at 7:30 on Monday.", "Doors open at 19:30 on Monday."),  # no marker: not the evening
])
def test_changed_words_still_differ(a: str, b: str) -> None:
    assert not quotes_agree(quote(a), quote(b))


@pytest.mark.parametrize(("a", "b", "same"), [
    ("If there were anything else I could offer, I would.", "If I could offer more, I would.", True),
    ("Our harbour is on the edge of ruin.", "reached the edge of ruin", True),
    # a shared name and function words are not a shared quotation
    ("a wholly improper use of the Clean Harbours Act", "the beating heart of the Clean Harbours Act", False),
    ("Careful review and oversight are vital.",
     "The rules shut out careful engineers who gave review and vital advice", False),
])
def test_same_quotation_needs_the_speakers_own_words(a: str, b: str, same: bool) -> None:
    assert same_quotation(quote(a), quote(b)) is same


@pytest.mark.parametrize(("a", "b"), [
    ("A ticket cap of 3.40 pounds still saves a rider hundreds of pounds a year",
     "A ticket cap of £3.40 still saves a rider hundreds of pounds a year"),
    ("We will spend 12 million dollars on the ferries", "We will spend $12 million on the ferries"),
    ("a fee of 7 euros is fair", "a fee of €7 is fair"),
])
def test_currency_sign_spelled_out_is_house_style(a: str, b: str) -> None:
    # a wire spells the currency out inside a quote; another outlet keeps the sign: the same words spoken
    assert quotes_agree(quote(a), quote(b))
    assert quotes_agree(quote(b[len(b) // 3:]), quote(a)) or same_quotation(quote(b[len(b) // 3:]), quote(a))


def test_currency_sign_keeps_a_changed_sum_apart() -> None:
    assert not quotes_agree(quote("a fare of £2.25 is too much"), quote("a fare of 2.50 pounds is too much"))
