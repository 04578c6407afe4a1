"""perf44: the ordinal and count scans' rewrites give the same matches as the former patterns.

Each rewrite only lets the regex engine leave a word sooner (a possessive owner's name, a first-letter
lookahead on the verbs of `_COUNTED`, a tighter passage gate for ordinals in figures): on random
sentences built from the words these patterns read, the former and the new patterns find the same
spans and groups, and the new gate never turns away a passage the former scans matched in.
"""

from __future__ import annotations

import random
import re

import pytest

from sourcediff.extract import dates, ordinals
from sourcediff.extract import patterns as P
from sourcediff.extract.cues import ORDINAL_WORDS, cues

# The words the scans read, and some that trip them: owners in both apostrophes and non-ASCII letters,
# ordinals in figures (with other digits and upper-case suffixes) and in words, verbs, nouns.
_WORDS = (
    "his", "her", "their", "its", "a", "an", "the", "His", "A", "Marlowe's", "Marlowe’s", "Saint-Ives's",
    "Ødegaard’s", "ſtaff's", "Kelvin's", "X's", "its'", "3rd", "21st", "102nd", "4th", "3RD", "٣rd",
    "2024", "3", "44th", "third", "Second", "FIFTH", "twentieth", "first", "tenth", "won", "wins", "win",
    "landed", "claimed", "clinched", "took", "taken", "has", "Have", "had", "having", "made", "makes",
    "boasts", "boast", "now", "already", "two", "three", "Seven", "twelve", "11", "Derby", "Derbies",
    "Oscar", "Oscars", "Open", "Opens", "ride", "rides", "start", "starts", "appearance", "appearances",
    "summit", "ascent", "climb", "title", "titles", "crown", "crowns", "championship", "championships",
    "trophy", "medal", "medals", "major", "majors", "grand-slam", "Olympic", "gold", "world", "straight",
    "consecutive", "day", "running", "in", "a", "row", "win", "victory", "at", "since", "horse", "attempt",
    "of", "and", "to", "this", "last", "for", "fight", "race", "said", "on", "Tuesday", "km",
)
_GLUE = (" ", " ", " ", " ", "  ", "\n", ", ", ". ", "-", " – ", "; ", "! ", ")")


# The slots of the phrases the scans read: owner, ordinal, middle words, noun, what follows; verb, count.
_OWNERS = ("his", "her", "their", "its", "a", "the", "an", "Marlowe's", "Marlowe’s", "Ødegaard’s", "ſtaff's")
_ORDINALS = ("3rd", "21st", "102nd", "4th", "3RD", "٣rd", "third", "Second", "FIFTH", "twentieth", "first")
_MIDDLES = ("", "", "straight", "consecutive", "record", "career", "grand-slam", "Olympic gold", "world")
_NOUNS = ("Derby", "Oscar", "Open", "ride", "start", "appearance", "summit", "climb", "title", "crown",
          "championship", "trophy", "medal", "major", "day", "rides", "titles", "Derbies", "Oscars",
          "medals", "majors", "appearances", "starts")
_AFTER = ("", ".", ",", " win", " in a row", " running", " horse", " attempt", " fight", " of the year",
          " on")
_VERBS = ("won", "wins", "landed", "claimed", "took", "has", "Have", "had", "having", "made", "boasts",
          "said")
_COUNTS = ("two", "three", "Seven", "twelve", "11", "2", "44")


def _phrase(rng: random.Random) -> str:
    lead = rng.choice(_OWNERS) + " " + rng.choice(_ORDINALS) if rng.random() < 0.6 else (
        rng.choice(_VERBS) + rng.choice(("", " now", " already")) + " " + rng.choice(_COUNTS))
    middle = rng.choice(_MIDDLES)
    return lead + (" " + middle if middle else "") + " " + rng.choice(_NOUNS) + rng.choice(_AFTER)


def _sentence(rng: random.Random) -> str:
    parts = (_phrase(rng) if rng.random() < 0.3 else rng.choice(_WORDS) for _ in range(rng.randint(1, 14)))
    return "".join(part + rng.choice(_GLUE) for part in parts).strip()


def _former(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was before perf44: a greedy owner's name and no lookahead on the verbs."""
    source = pattern.pattern.replace("[A-Z][\\w-]*+['’]s", "[A-Z][\\w-]*['’]s")
    source = source.replace("(?=(?i:[wlcthmb]))", "")
    assert source != pattern.pattern
    return re.compile(source, pattern.flags)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_SCANS = (ordinals._EVENT_NTH, ordinals._DAY_ROW, ordinals._TITLE_COUNT, ordinals._COUNTED)


@pytest.mark.parametrize("pattern", _SCANS, ids=("event_nth", "day_row", "title_count", "counted"))
def test_rewritten_scans_match_the_former_ones_on_random_sentences(pattern: re.Pattern[str]) -> None:
    rng = random.Random(44)
    former = _former(pattern)
    found = 0
    for _ in range(3000):
        text = _sentence(rng)
        new = _matches(pattern, text)
        assert new == _matches(former, text), text
        found += bool(new)
    assert found > 30  # the sentences do reach the patterns' matches


def test_ordinal_gate_never_turns_away_a_passage_the_scans_match_in() -> None:
    rng = random.Random(4404)
    turned_away = 0
    for _ in range(4000):
        text = _sentence(rng)
        former_gate = cues(text).digit or cues(text).has_ci(*ORDINAL_WORDS)
        new_gate = cues(text).ordinal
        assert former_gate or not new_gate  # the new gate only ever narrows the former one
        if former_gate and any(p.search(text) for p in _SCANS[:3]):
            assert new_gate, text
        turned_away += former_gate and not new_gate
    assert turned_away > 100  # and it does narrow it


@pytest.mark.parametrize("text, gate", [
    ("The council raised the budget to 2.4 million in 2025.", False),  # digits, no ordinal
    ("She rode her 3rd Derby winner.", True),
    ("It was his third start.", True),
    ("It is the 3RD time.", False),  # the patterns read only a lower-case suffix
    ("Seven riders finished 21st or lower.", True),
])
def test_ordinal_gate_on_plain_sentences(text: str, gate: bool) -> None:
    assert cues(text).ordinal is gate


def test_event_counts_read_owners_ordinals_and_counts_in_one_paragraph() -> None:
    text = ("Marlowe’s second Derby win came a year after her 12th ride at the course. She has now landed "
            "two Derbies and won three titles, and the stable's 2024 accounts show 4 horses.")
    got = [(text[s:e], int(q.amount), noun) for s, e, q, noun in ordinals.event_counts(text)]
    assert got == [("second Derby", 2, "derby"), ("12th ride", 12, "ride"), ("two Derbies", 2, "derby"),
                   ("three titles", 3, "title")]


# --- dates: tighter passage gates for the historic, circa and month scans; the weekday scan's lookahead ---

_DATE_WORDS = (
    "in", "In", "since", "until", "before", "after", "dated", "from", "From", "to", "till", "and", "the",
    "was", "June last year", "March of next year", "May this year", "last year",
    "c.", "ca.", "circa", "Circa", "built", "around", "about", "roughly", "minted", "hidden", "approximately",
    "1066", "1415", "1799", "1800", "1850-60", "(1850-60)", "(2010–12)", "2024", "2099", "1٣٤٥", "٢٠٢٤",
    "17", "310", "3,400", "12.5", "May", "may", "March", "Market", "Decision", "June", "December", "Dec.",
    "last", "Last", "next", "this", "This", "year", "week", "of", "Monday", "Mondays", "Tuesday", "Friday",
    "Good", "Black", "Saturday", "Sunday", "Thursday", "Wednesday", "Thurs", "Sat", "said", "on", "(", ")",
)


def _date_text(rng: random.Random) -> str:
    return "".join(rng.choice(_DATE_WORDS) + rng.choice(_GLUE) for _ in range(rng.randint(1, 16))).strip()


def test_date_gates_never_turn_away_a_passage_their_scans_match_in() -> None:
    rng = random.Random(4444)
    gated = (P.DATE_YEAR_HISTORIC, P.DATE_YEAR_HISTORIC_SPAN, P.DATE_YEAR_CIRCA, P.DATE_MONTH,
             P.DATE_MONTH_REL_YEAR, P.DATE_WEEKDAY)
    matched = dict.fromkeys(gated, 0)
    for _ in range(6000):
        text = _date_text(rng)
        c = cues(text)
        for pattern in gated:
            if pattern.search(text):
                matched[pattern] += 1
                assert dates.NEEDS[pattern](c), (pattern.pattern[:40], text)
    assert min(matched.values()) > 20, matched


def test_weekday_scan_matches_the_former_one_on_random_text() -> None:
    former = re.compile(P.DATE_WEEKDAY.pattern.replace(
        r"(?=(?:[Ll]ast|[Nn]ext|[Tt]his)\s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", "", 1))
    assert former.pattern != P.DATE_WEEKDAY.pattern
    rng = random.Random(44044)
    for _ in range(4000):
        text = _date_text(rng)
        assert _matches(P.DATE_WEEKDAY, text) == _matches(former, text), text


@pytest.mark.parametrize("text, pattern, gate", [
    ("The board approved a 3,400-page report on 17 sites.", P.DATE_YEAR_HISTORIC, False),
    ("The abbey was founded in 1132, the guide said.", P.DATE_YEAR_HISTORIC, True),
    ("The coin was minted around 1350, experts said.", P.DATE_YEAR_CIRCA, True),
    ("The coin is worth 1350 pounds.", P.DATE_YEAR_CIRCA, False),
    ("Market traders may open at 9.", P.DATE_MONTH, False),
    ("The vote is due in March.", P.DATE_MONTH, True),
])
def test_date_gates_on_plain_sentences(text: str, pattern: re.Pattern[str], gate: bool) -> None:
    assert bool(dates.NEEDS[pattern](cues(text))) is gate
