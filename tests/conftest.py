"""Test-wide settings.

Hypothesis's per-example deadline (200 ms) is a timing test in disguise: on a
machine shared with other jobs one slow example fails a correct property.
Speed is measured by the scripts in benchmarks/, so no deadline here.
"""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("sourcediff", deadline=None)
settings.load_profile("sourcediff")
