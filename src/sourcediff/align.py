"""Passages of N articles -> Claims. PLACEHOLDER: filled by the aligner."""

from __future__ import annotations

from sourcediff.model import Claim, SourceInfo


def align(sources: tuple[SourceInfo, ...]) -> tuple[Claim, ...]:
    return ()
