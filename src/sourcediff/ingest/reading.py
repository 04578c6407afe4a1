"""Reading raw input safely: bounded size, no binaries, clear decoding errors.

Articles are untrusted files. The size limit is checked before a file is read
into memory, and bytes that are not text are refused with a message naming
the file, instead of producing mojibake that later stages would compare.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from sourcediff.errors import InputError

STDIN = "-"
# How standard input is named in messages and in Article.path.
STDIN_NAME = "<stdin>"
# Share of control characters (other than tab, newline, carriage return, form
# feed) above which a decoded file is judged binary rather than text: real
# articles have none, but a stray one should not make a file unreadable.
MAX_CONTROL_SHARE = 0.01
_CONTROLS = tuple(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f")


@dataclass(frozen=True)
class RawInput:
    """The decoded content of one input, with the name errors should use."""

    name: str
    text: str


def read_input(source: str | Path, max_bytes: int) -> RawInput:
    """Read a path ('-': standard input) as text, enforcing the size limit first."""
    if str(source) == STDIN:
        return RawInput(name=STDIN_NAME, text=decode(_read_stdin(max_bytes), STDIN_NAME))
    return RawInput(name=str(source), text=decode(_read_file(Path(source), max_bytes), str(source)))


def _too_big(name: str, size: int, max_bytes: int) -> InputError:
    return InputError(f"file is {size} bytes, over the limit of {max_bytes} (raise --max-bytes)", path=name)


def _read_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError("no such file", path=str(path))
    if path.is_dir():
        raise InputError("is a directory, not an article file", path=str(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_big(str(path), size, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # a file that grew, or a pipe, is still bounded
    except PermissionError:
        raise InputError("permission denied", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    if len(data) > max_bytes:
        raise _too_big(str(path), len(data), max_bytes)
    return data


def _read_stdin(max_bytes: int) -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else sys.stdin.read(max_bytes + 1).encode()
    if len(data) > max_bytes:
        raise InputError(f"standard input is over the limit of {max_bytes} bytes (raise --max-bytes)",
                         path=STDIN_NAME)
    return bytes(data)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped) or a clear error; binary content is refused."""
    if b"\x00" in data:
        raise InputError("looks like a binary file (it contains NUL bytes), not an article", path=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it, e.g. iconv -f latin1 -t utf-8", path=name) from None
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError("looks like a binary file (many control characters), not an article", path=name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(map(text.count, _CONTROLS))
    return controls / len(text)
