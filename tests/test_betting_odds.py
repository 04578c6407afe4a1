"""Betting prices ("a 33-1 outsider", "the 7/4 favourite", "2.75 fav") are one decimal price each, and only
beside a word of betting: a bare "3-1" stays a score."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import compare
from sourcediff.extract import odds
from sourcediff.model import Article


def _prices(text: str) -> list[str]:
    return [f"{v.amount}" for _, _, v in odds.find(text)]


def test_fractional_prices_beside_an_odds_noun_are_decimal_prices() -> None:
    assert _prices("Harrow Gate, a 33-1 outsider, won the Ebbsfield Cup.") == ["34.00"]
    assert _prices("The 7/4 favourite Tinder Blue finished sixth.") == ["2.75"]
    assert _prices("Bell Rock, the 11-4 joint-favourite, was pulled up.") == ["3.75"]
    assert _prices("Backers of the 6/1 shot were celebrating.") == ["7.00"]


def test_a_price_phrase_before_the_figure_makes_it_a_price() -> None:
    assert _prices("She won at odds of 25 to 1 after a late move.") == ["26.00"]
    assert _prices("The colt was sent off at 100/30 and made all.") == ["4.33"]
    assert _prices("Starting price: 12-1") == ["13.00"]


def test_a_decimal_price_needs_its_cue() -> None:
    assert _prices("Tinder Blue (2.75 fav) never got into the race.") == ["2.75"]
    assert _prices("Harrow Gate paid 34.0 in decimal terms on the exchange.") == ["34.00"]
    assert _prices("The exchange offered decimal odds of 34 before the off.") == ["34.00"]
    assert _prices("The going stick read 7.4 before racing.") == []


def test_scores_dates_and_ratios_are_left_alone() -> None:
    assert _prices("Wexbridge won 3-1 on Saturday, a 3-1 win over Dunmore.") == []
    assert _prices("The shop reopened on 4/1 after the flood.") == []
    assert _prices("Members voted 40-1 in favour of the plan.") == []
    assert odds.decimal_odds(5, 0) is None


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, title="", text=text)


def test_two_outlets_prices_meet_in_one_slot_and_a_changed_price_is_seen() -> None:
    lead = "Harrow Gate won the Ebbsfield Cup at Marlby on Saturday."
    a = _article("a", f"{lead} The winner was a 33-1 outsider, trained by Cora Pendle.")
    b = _article("b", f"{lead} The winner was a 33/1 outsider, trained by Cora Pendle.")
    c = _article("c", f"{lead} The winner was a 25-1 outsider, trained by Cora Pendle.")
    facts = compare([a, b, c]).to_dict()["facts"]
    priced = [f for f in facts if any(m.get("slot") == odds.SLOT for m in f["mentions"])]
    assert priced, facts
    assert {m["value"] for f in priced for m in f["mentions"]} == {"34", "26"}
    assert any(f["status"] == "diverge" for f in priced), priced
    loose = [m for f in facts for m in f["mentions"]
             if m.get("slot") != odds.SLOT and m["text"] in ("33", "1", "25", "33-1", "25-1")]
    assert not loose
    assert Decimal("34.00") == odds.find("a 33-1 outsider")[0][2].amount
