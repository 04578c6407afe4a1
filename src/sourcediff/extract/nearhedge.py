"""Figures hedged "nearly" or "almost": approx figures whose true value lies just below the one written.

"About 900" reaches either side of 900; "nearly 900" is a writer's 892
rounded up, so another outlet's 912 is a different count, though it lies
within the tolerance of "about". The hedge is read once, here, from a
mention's own words, and kept on the value (``near``) for compat to judge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.values import APPROX, Money, Quantity

# A hedge at the start of a mention that puts the true figure just short of it ("knapp": German "almost").
_NEAR = regex(r"(?:just\s+)?(?:nearly|almost|knapp)\s", re.IGNORECASE)


def marked(m: Mention) -> Mention:
    """The mention with ``near`` set on its value when its words open with "nearly" or "almost"."""
    v = m.value
    if (isinstance(v, Money | Quantity) and v.qualifier == APPROX and v.high is None and not v.near
            and _NEAR.match(m.raw)):
        return replace(m, value=replace(v, near=True))
    return m
