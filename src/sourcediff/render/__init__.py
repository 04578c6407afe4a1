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
    # Rich colour system for the terminal ("standard", "256", "truecolor");
    # None detects it from the environment. Tests pin it for stable output.
    color_system: str | None = None
    # Also list what is noise by default: vague relative spans ("this week")
    # and dates from photo captions or credits as unique details (--all).
    show_all: bool = False
    # (source id, text of its file) pairs: mentions are then located as
    # source:line:column of the file rather than of the extracted text.
    file_texts: tuple[tuple[str, str], ...] = ()
