"""Counts of the dead or hurt at the scene: a part of the story's toll when the article gives the whole.

A crash's dead are counted where they lie, then in the hospitals: "FIVE
people are dead ... Four victims died at the scene. A fifth died in hospital
last night" states one toll, five, and the place's four. Read as a second
toll, the scene's four kept that source out of the one-toll-per-source
comparison (divergeslots._role_pairs) and agreed with another outlet's whole
toll of four, written before the fifth death, so the earlier and the later
toll never met. When the same article gives a larger count of that role
without the scene, the scene's count is marked a part (roles.PART) and keeps
the SCENE cue, which keeps it from linking with a whole count
(factlinks._link_strength). When the article gives no larger whole ("two
people died at the scene" alone), the scene's count is the toll and loses
the cue: another outlet's "two were killed" is the same figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from sourcediff.extract.roles import PART, roles_of
from sourcediff.model import Mention
from sourcediff.values import Quantity

# Cue of a count its clause places at the scene (numberclassify._at_the_scene).
SCENE = "scene"
# Roles whose count at the scene may be a part of the story's count.
SCENE_ROLES = frozenset({"dead", "injured"})


def settle(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions with each scene count made a part of a larger whole its source gives, or a plain count."""
    ms = tuple(mentions)
    wholes: dict[tuple[str, frozenset[str]], list[Quantity]] = defaultdict(list)
    for m in ms:
        roles = roles_of(m.cues)
        if roles and SCENE not in m.cues and PART not in m.cues and isinstance(m.value, Quantity):
            wholes[(m.source, roles)].append(m.value)
    return [_settled(m, wholes) for m in ms]


def _settled(m: Mention, wholes: dict[tuple[str, frozenset[str]], list[Quantity]]) -> Mention:
    if SCENE not in m.cues or not isinstance(m.value, Quantity):
        return m
    larger = any(w.amount > m.value.amount for w in wholes.get((m.source, roles_of(m.cues)), ()))
    cues = tuple(c for c in m.cues if c != SCENE)
    if larger:
        cues = (*cues, PART, SCENE)
    return replace(m, cues=cues)
