"""Renderers: (Report, RenderOptions) -> text. Renderers never compute results."""

from __future__ import annotations

from dataclasses import dataclass

from sourcediff.model import Verdict


@dataclass(frozen=True)
class RenderOptions:
    """What a reader asked to see."""

    only: frozenset[Verdict] = frozenset(Verdict)
    width: int | None = None
    color: bool = True
    title: str = ""
