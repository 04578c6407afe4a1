"""News-register synonyms of the nouns a count or a span is told of: "three walkouts" are three strikes.

Outlets name one event or thing with the register's own word for it: a
tabloid's "walkouts", "blaze", "quake", "jabs" or "choppers" are a wire's
strikes, fire, earthquake, vaccinations and helicopters. A count carries its
noun ("three walkouts"), and two counts of different nouns are kept apart
(countnouns, compat.counted), so without this map the same figure told with
the two words stayed two facts, and a different figure was never a rival.

The map is small on purpose: only words that in news copy name the same
thing whatever the story, each folded to the plainer word. Words that are
synonyms only sometimes are left out ("shot" is a jab or a gunshot, "tremor"
a quake or an aftershock, "action" a strike or anything done).
"""

from __future__ import annotations

from collections.abc import Iterable

from sourcediff.terms import stem

# singular lower-case word -> the plainer word it stands for
EVENT_NOUNS: dict[str, str] = {
    "walkout": "strike",
    "stoppage": "strike",
    "blast": "explosion",
    "blaze": "fire",
    "inferno": "fire",
    "quake": "earthquake",
    "temblor": "earthquake",
    "jab": "vaccination",
    "inoculation": "vaccination",
    "chopper": "helicopter",
    "tugboat": "tug",
    # A tabloid's "90 cops" and a wire's "75 police" are counts of the officers a force sent, the
    # wire's "75 police officers" read by its first noun: all fold to "officer".
    "cop": "officer",
    "police": "officer",
    "policeman": "officer",
    "policewoman": "officer",
}

# The same map over stems, for the words around a value (evidence windows hold stems).
_STEMS: dict[str, str] = {stem(word): stem(plain) for word, plain in EVENT_NOUNS.items()}


def plain_noun(word: str) -> str:
    """The plainer word for a counted noun ("walkout": "strike"); the word itself when it has none."""
    return EVENT_NOUNS.get(word, word)


def plain_stems(stems: Iterable[str]) -> frozenset[str]:
    """Stems with each synonym's stem replaced by its plainer word's ("walkout": "strike")."""
    return frozenset(_STEMS.get(s, s) for s in stems)
