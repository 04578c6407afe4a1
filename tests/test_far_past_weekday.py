"""A weekday whose clause is told in the past, its verb beyond the tense cue's reach, is a day gone by.

"The ketch went down about 18 nautical miles north-west of Tollan Head in
the early hours of Tuesday", in a Saturday paper: the place and the part of
day put "went" out of reach, the clause gave no tense, and the -3..+3 rule
sent the Tuesday before to the coming one (and with it the part of day).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff.extract import dates, times
from sourcediff.values import PartOfDay

SATURDAY = dt.date(2026, 11, 21)
LAST_TUESDAY = dt.date(2026, 11, 17)
NEXT_TUESDAY = dt.date(2026, 11, 24)


def _days(text: str) -> list[dt.date | None]:
    return [f.value.start for f in dates.find(text, SATURDAY)]


def _part_days(text: str) -> list[dt.date | None]:
    return [f.value.day for f in times.find(text, SATURDAY) if isinstance(f.value, PartOfDay)]


@pytest.mark.parametrize("text", [
    "The ketch went down about 18 nautical miles north-west of Tollan Head in the early hours of Tuesday.",
    "Police evacuated 23 homes in the lower part of Fenn Street near the old weir on Tuesday morning.",
    "One climber dislocated his shoulder in the second gully below the north ridge on Tuesday.",
    "Guests who attended a dinner at the Old Mill Barn near the river on Tuesday fell ill.",
])
def test_a_past_clause_with_its_verb_far_off_looks_back(text: str) -> None:
    assert _days(text) == [LAST_TUESDAY]


def test_the_part_of_day_follows_its_weekday() -> None:
    text = ("The ketch went down about 18 miles north-west of Tollan Head near the reef"
            " in the early hours of Tuesday.")
    assert _part_days(text) == [LAST_TUESDAY]
    text = "Police evacuated 23 homes in the lower part of Fenn Street near the old weir on Tuesday morning."
    assert _part_days(text) == [LAST_TUESDAY]


@pytest.mark.parametrize("text", [
    # a future clause, however far its verb
    "The crew will meet the owners of the fleet at the harbour office in the town on Tuesday morning.",
    "The skipper is to face an inquiry board at the hall on the quay in the early hours of Tuesday.",
    # a schedule or timeline of days to come, with no verb
    "Tuesday, 7pm: public meeting at the hall on the quay.",
    "Funeral for the drowned crewmen at the church in the harbour on Tuesday",
    # a present clause ("are asked"), a present perfect ("have signed up") or a deadline keep the rule
    "Residents of flooded homes in the lower part of the town are asked to register at the hall on Tuesday.",
    "About 300 volunteers have signed up for a clean-up of the beach below the old harbour on Tuesday.",
    "The operator suspended all sailings to the islands off the north coast until at least Tuesday.",
    # a verb that calls an event: the day is the event's
    "The association called a public meeting about the loss at the hall on the quay on Tuesday.",
])
def test_a_clause_that_looks_ahead_or_says_nothing_keeps_the_coming_day(text: str) -> None:
    assert _days(text) == [NEXT_TUESDAY]
