"""Claims + mentions -> Facts with verdicts. PLACEHOLDER: filled by the judge."""

from __future__ import annotations

from sourcediff.model import Claim, Fact, SourceInfo


def judge(sources: tuple[SourceInfo, ...], claims: tuple[Claim, ...]) -> tuple[Fact, ...]:
    return ()
