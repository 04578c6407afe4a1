"""Issue #13's per-compare overheads on the seeds, cut with answers held to the former code.

`casesteps.clause_steps` searches only for the steps whose words the clause
holds; here it is held to every pattern searched, on random invented clauses
built from the steps' own words in mixed case, with and without letters
outside ASCII. `racefigures._RACE_WORDS` has a lookahead naming the letters its
words open with, and `patterns.KIN_NAMED_SUBJECT` two lookaheads every match implies: each
held to its former text on random sentences, as is `describednames._DESCRIBED` with its name's
words read possessively after a capital's lookahead.
"""

from __future__ import annotations

import random
import re

import pytest

from sourcediff.casesteps import STEPS, clause_steps
from sourcediff.extract import describednames, racefigures
from sourcediff.extract import patterns as P

_WORDS = (
    "Police", "FOUND", "found", "not", "guilty", "Guilty", "discovered", "arrested", "Arrest", "arrests",
    "detained", "taken", "into", "custody", "charged", "indicted", "indictment", "hearing", "hearings",
    "arraigned", "arraignment", "appeared", "appears", "in", "at", "before", "the", "district", "Court",
    "convicted", "conviction", "acquitted", "verdict", "pleaded", "pled", "sentenced", "Sentencing",
    "began", "begun", "started", "set", "off", "got", "under", "way", "underway", "dispersed", "ended",
    "broke", "up", "was", "were", "over", "Over", "on", "Tuesday", "at", "8pm", "he", "a", "jury",
    "Sentenced", "foun\u212a", "caféfound", "-", ",", "'s", "sentence", "arrestee", "setoff", "overall",
    "\u201cwe", "\u2019s", "\u2014", "\u017fentenced",
)


def _former(clause: str) -> frozenset[str]:
    """clause_steps as it was: every step's pattern searched."""
    return frozenset(name for name, pattern in STEPS.items() if pattern.search(clause))


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_gated_steps_equal_every_pattern_searched(seed: int) -> None:
    rng = random.Random(seed)
    named = 0
    for _ in range(400):
        words = rng.choices(_WORDS, k=rng.randint(1, 14))
        clause = "".join(w + rng.choice((" ", " ", "  ", "\n", ", ")) for w in words)
        assert clause_steps(clause) == _former(clause), clause
        named += bool(_former(clause))
    assert named > 100  # the clauses do name steps, so the gate is tried both ways


def test_a_letter_outside_ascii_runs_every_pattern() -> None:
    # the long s matches "s" case-insensitively: the ASCII gate would have missed "sentenced"
    assert clause_steps("he was \u017fentenced on Tuesday") == frozenset({"sentencing"})
    assert clause_steps("\u201che was \u017fentenced\u201d") == frozenset({"sentencing"})
    # typographic quotes alone keep the gate: a step is still found, and a missing one still is not
    assert clause_steps("\u201cthe crowd dispersed\u201d \u2014 police") == frozenset({"end"})


_RACE = (
    "pit", "Pits", "PITTED", "pitting", "pit-stop", "lap", "Laps", "tyre", "tyres", "tire", "Tires", "stint",
    "stints", "race", "Race", "grid", "grand", "Grand", "prix", "Prix", "safety", "car", "Safety",
    "chequered", "checkered", "podium", "Pole", "pole", "hospital", "collapse", "entire", "embrace", "races",
    "griddle", "\u017ftint", "\u017fafety", "the", "a", "on", "capital", "apole", "Spit", "-", "\u212a", ",",
)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_race_words_match_as_before(seed: int) -> None:
    pattern = racefigures._RACE_WORDS
    lookahead = "(?=(?i:[cglprst]))"
    assert lookahead in pattern.pattern
    former = re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)
    rng = random.Random(seed)
    hits = 0
    for _ in range(600):
        words = rng.choices(_RACE, k=rng.randint(1, 12))
        text = "".join(w + rng.choice(("", " ", " ", "  ", "\n", "-")) for w in words)
        new = [m.span() for m in pattern.finditer(text)]
        assert new == [m.span() for m in former.finditer(text)], text
        hits += bool(new)
    assert 100 < hits < 600


_KIN = (
    "His", "Her", "Their", "My", "Our", "his", "her", "Hiss", "Herald", "younger", "older", "sister", "dad",
    "mother", "son", "Mina", "Milo", "Jo", "MINA", "said", "watched", "flew", "home", "a", "retired", ",",
    ".", "!", "?", '"', "\u201d", "\u2019", "'", "\n", "\t", "O'Neill", "Ourselves", "Myra", "step-dad",
)
_KIN_PHRASES = (". Her dad Milo, a", "\nHis younger sister Mina watched", '." Their son Jo said',
                "! My mother Mina", ".\u201d Our step-dad Milo flew", "His sister Mina Milo")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kin_subject_matches_as_before(seed: int) -> None:
    pattern = P.KIN_NAMED_SUBJECT
    lookahead = "(?=[\\sHTMO])(?=\\s*(?:His|Her|Their|My|Our)\\s)"
    assert pattern.pattern.startswith(lookahead)
    former = re.compile(pattern.pattern.removeprefix(lookahead), pattern.flags)
    rng = random.Random(seed)
    hits = 0
    for _ in range(800):
        words = rng.choices(_KIN + _KIN_PHRASES * 4, k=rng.randint(1, 16))
        text = "".join(w + rng.choice(("", " ", " ", " ", "  ", "\n", ". ")) for w in words)
        new = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert new == [(m.span(), m.groupdict()) for m in former.finditer(text)], text
        hits += bool(new)
    assert hits > 200


_DESCRIBED = (
    "Hollow", "Quay", "Quay,", "Orrin", "O'Dell", "Band-Aid", "A&B", "Rivers", "a", "an", "A", "five-piece",
    "folk", "band", "old", "firm", "from", "based", "in", "which", "who", ",", ".", ";", "the", "The",
    "quay", "\u00c9lan", "Jo\u2019s", "-", "\n",
    "Hollow Quay, a five-piece folk band from", "The Rivers, an old firm.", "A&B Band-Aid, a band which",
)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_described_names_match_as_before(seed: int) -> None:
    pattern = describednames._DESCRIBED
    new_name = "(?=[A-Z])\\b(?P<name>[A-Z][\\w'\u2019&-]*+(?: [A-Z][\\w'\u2019&-]*+){0,3})"
    old_name = "\\b(?P<name>[A-Z][\\w'\u2019&-]*(?: [A-Z][\\w'\u2019&-]*){0,3})"
    assert pattern.pattern.startswith(new_name)
    former = re.compile(old_name + pattern.pattern.removeprefix(new_name), pattern.flags)
    rng = random.Random(seed)
    hits = 0
    for _ in range(800):
        words = rng.choices(_DESCRIBED, k=rng.randint(1, 20))
        text = "".join(w + rng.choice((" ", " ", " ", ", ", "")) for w in words)
        new = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert new == [(m.span(), m.groupdict()) for m in former.finditer(text)], text
        hits += bool(new)
    assert hits > 50
