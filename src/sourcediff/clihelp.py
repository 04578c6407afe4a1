"""What the parser shows a user: help without Python types, and its error classes.

Typer 0.12 to 0.2x depend on click; later releases vendor it as
``typer._click``. The CLI catches usage errors itself (one line, exit 2), so
it needs the exception classes from whichever one is installed.

Typer 0.29 prints each argument's Python type (``INPUTS <list[str]>``) in
``--help``, and metavars do not switch that off for arguments; older ones
wrap required arguments in braces in the usage line (``{INPUTS...}``). Help is for
readers, not for Python programmers: :class:`Command` drops the type and
shows the metavar as written.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand

try:
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
except ImportError:  # pragma: no cover - typer releases that depend on click
    from click.exceptions import (  # type: ignore[import-not-found,no-redef,assignment,unused-ignore]
        ClickException,
        NoArgsIsHelpError,
        UsageError,
    )

__all__ = ["ClickException", "Command", "NoArgsIsHelpError", "UsageError"]


class _Argument(TyperArgument):
    """An argument whose help line and usage show its metavar only."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        name = self.metavar or (self.name or "").upper()
        return [name if self.required else f"[{name}]"]


class Command(TyperCommand):
    """A typer command whose arguments are shown without Python types."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _Argument
