"""Race times in primes, pronoun contractions in quotes, and a kin noun set off by commas before a name.

Invented text. A specialist outlet writes a stage result as "4h12′09″" and
its gaps as "1′05″"; a tabloid reprints "it is mine" as "it's mine"; a
hometown paper introduces the speaker as "His mother, Tamsin Loe, ...". None
of these may hide a fact or invent a divergence.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract import elapsed
from sourcediff.wording import styled_words


def _seconds(text: str) -> list[int]:
    return [int(v.amount) for _, _, v in elapsed.find(text)]


def test_a_race_time_in_primes_is_one_elapsed_time() -> None:
    assert _seconds("Vey finished alone in 4h12′09″ after the last climb.") == [4 * 3600 + 12 * 60 + 9]
    assert _seconds("Brann was second at 1′05″ and Loe third at 2′31″.") == [65, 151]
    assert _seconds("The gap was 0'47\" at the summit.") == [47]


def test_feet_and_inches_are_not_read_as_race_gaps() -> None:
    assert _seconds("The goalkeeper is 6′2″ tall.") == []
    assert _seconds("She stands 5'10\" in her socks.") == []


def test_a_prime_gap_agrees_with_the_same_gap_in_words() -> None:
    wire = ("Marta Quell won the ninth stage of the Vellin Tour on Tuesday. "
            "Sweden's Ida Brann finished third on the stage, 1 minute 5 seconds behind Quell.")
    trade = ("Marta Quell won stage nine of the Vellin Tour on Tuesday. "
             "Ida Brann of Sweden finished third on the stage at 1′05″ behind Quell.")
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-02") for n, t in enumerate((wire, trade))]
    facts = [sorted(m.raw for m in f.mentions) for f in compare(arts).facts]
    assert ["1 minute 5 seconds", "1′05″"] in facts, facts


def test_pronoun_contractions_are_house_style_in_quotes() -> None:
    assert styled_words("It's mine and that's that") == styled_words("It is mine and that is that")
    assert styled_words("Let's go") == styled_words("let us go")
    assert styled_words("the team's bus") != styled_words("the team is bus")  # a possessive stays


def test_a_quote_reprinted_with_contractions_agrees() -> None:
    wire = ('Marta Quell won the ninth stage on Tuesday. "I have waited years for this, and it is mine '
            'at last," Quell said after the finish.')
    tabloid = ('Marta Quell won the ninth stage on Tuesday. "I\'ve waited years for this, and it\'s mine '
               'at last," Quell said after the finish.')
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-02") for n, t in enumerate((wire, tabloid))]
    quotes = [f for f in compare(arts).facts if f.kind.value == "quote"]
    assert len(quotes) == 1 and quotes[0].status.value == "agree", [(f.status, f.mentions) for f in quotes]


def _speakers(text: str) -> list[str | None]:
    arts = [Article.from_text(text, id="s0", published="2026-06-02"),
            Article.from_text("Nothing else happened in the town today.", id="s1", published="2026-06-02")]
    return [m.speaker for f in compare(arts).facts if f.kind.value == "quote" for m in f.mentions]


def test_a_kin_noun_set_off_by_commas_names_the_speaker() -> None:
    text = ("Overall leader: Piet Vannes, 12 seconds ahead.\n\n"
            "His mother, Tamsin Loe, spoke to the paper after the finish. "
            '"He phoned us from the bus and could hardly speak," she said.')
    assert _speakers(text) == ["Tamsin Loe"]


def test_a_thing_set_off_by_commas_is_no_person() -> None:
    text = "Their hotel, Villa Morvah, overlooks the lake where the riders rested on Monday."
    arts = [Article.from_text(text, id="s0", published="2026-06-02"),
            Article.from_text("Nothing else happened in the town today.", id="s1", published="2026-06-02")]
    people = [m.raw for f in compare(arts).facts if f.kind.value == "person" for m in f.mentions]
    assert "Villa Morvah" not in people, people


def test_a_stage_race_overall_standing_is_a_place() -> None:
    from sourcediff.extract import positions

    def places(text: str) -> list[int]:
        return [int(v.amount) for _, _, v in positions.find(text)]

    assert places("Loe, who started the day sixth overall, crashed on the descent.") == [6]
    assert places("Vannes lost two minutes and slid to fourth overall.") == [4]
    assert places("Brann, third on general classification, stayed with the leaders.") == [3]
    assert places("He was the first overall pick in the 2019 draft.") == []
    assert places("Quell finished sixth on the stage.") == []


def test_two_outlets_overall_places_of_one_rider_agree() -> None:
    wire = "Piet Vannes, who started the day sixth overall, crashed on the descent of the Col Arva on Friday."
    trade = "Piet Vannes, sixth on general classification, crashed on the Col Arva descent on Friday."
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-02") for n, t in enumerate((wire, trade))]
    facts = [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts]
    assert ("agree", ["sixth", "sixth"]) in facts, facts
