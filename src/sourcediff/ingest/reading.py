"""Reading raw input safely: bounded size, no binaries, clear decoding errors.

Articles are untrusted files. The size limit is checked before a file is read
into memory, and bytes that are not text are refused with a message naming
the file, instead of producing mojibake that later stages would compare.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from sourcediff.errors import InputError
from sourcediff.ingest.builder import INVISIBLE
from sourcediff.sizes import over_limit_text, size_text

STDIN = "-"
# How standard input is named in messages and in Article.path.
STDIN_NAME = "<stdin>"
# Share of control characters (other than tab, newline, vertical tab, carriage
# return, form feed) above which a decoded file is judged binary rather than text: real
# articles have none, but a stray one should not make a file unreadable.
MAX_CONTROL_SHARE = 0.01
_CONTROLS = tuple(chr(c) for c in range(32) if chr(c) not in "\t\n\v\r\f")
# An HTML page's own charset declaration, <meta charset="..."> or the http-equiv
# form, looked for in its first 4 KB as browsers do.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
META_CHARSET_WINDOW = 4096


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


def _too_big(name: str, size: int, max_bytes: int, what: str = "file") -> InputError:
    size_said, limit = over_limit_text(size, max_bytes), size_text(max_bytes)
    return InputError(f"{what} is {size_said}, over the limit of {limit} (raise --max-bytes)", path=name)


# What a path is when it is not a regular file, for the message that refuses it.
_KINDS = ((stat.S_ISDIR, "is a directory, not {noun}"),
          (stat.S_ISFIFO, "is a named pipe (FIFO): reading it could wait forever; pipe it to - instead"),
          (stat.S_ISSOCK, "is a socket, not a file"),
          (stat.S_ISCHR, "is a device, not a file"),
          (stat.S_ISBLK, "is a device, not a file"))


def read_file_bytes(path: Path, max_bytes: int, what: str = "file", noun: str = "an article file") -> bytes:
    """The bytes of a regular file, at most ``max_bytes``; anything else is one clear InputError.

    ``noun`` says what the file should have been, for a folder given in its
    place: a folder given to ``score`` was "not an article file".

    FIFOs, sockets and devices are refused before they are opened: opening a
    FIFO blocks until a writer comes, and /dev/zero never ends. The file is
    opened without blocking and checked again through its descriptor, so a
    path swapped for a FIFO between the two looks is refused too.
    """
    name = str(path)
    try:
        info = os.stat(path)
        _refuse_special(info.st_mode, name, noun)
        if info.st_size > max_bytes:
            raise _too_big(name, info.st_size, max_bytes, what)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as fh:
            _refuse_special(os.fstat(fd).st_mode, name, noun)
            data = fh.read(max_bytes + 1)  # a file that grew is still bounded
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    except ValueError:  # a NUL byte in the name: no file system has such a file
        raise InputError("is not a valid file name", path=repr(name)) from None
    if len(data) > max_bytes:
        raise _too_big(name, len(data), max_bytes, what)
    return data


def _refuse_special(mode: int, name: str, noun: str) -> None:
    for test, problem in _KINDS:
        if test(mode):
            raise InputError(problem.format(noun=noun), path=name)


def _read_file(path: Path, max_bytes: int) -> bytes:
    return read_file_bytes(path, max_bytes)


def read_stdin_bytes(max_bytes: int) -> bytes:
    """Standard input, at most ``max_bytes`` (more is an InputError, not an endless read)."""
    return _read_stdin(max_bytes)


def _read_stdin(max_bytes: int) -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else sys.stdin.read(max_bytes + 1).encode()
    if len(data) > max_bytes:
        raise InputError(f"standard input is over the limit of {size_text(max_bytes)} (raise --max-bytes)",
                         path=STDIN_NAME)
    return bytes(data)


# Byte-order marks of the UTF-16 and UTF-32 files Windows tools save, longest first
# (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _unicode_bom(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


# The first bytes of the documents users save instead of an article's text. An
# RTF file has no NUL byte and opens with "{", so it failed as "malformed JSON";
# a PDF or a Word file failed as "a binary file" without saying which.
_EXPORT = "; save or export it as text, HTML or Markdown"
_SIGNATURES = ((b"%PDF-", "a PDF document" + _EXPORT), (b"{\\rtf", "an RTF document" + _EXPORT),
               (b"PK\x03\x04", "a ZIP archive (as Word, OpenDocument and EPUB files are)" + _EXPORT),
               (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)" + _EXPORT),
               (b"\x1f\x8b", "gzip-compressed; decompress it first (gunzip)"),
               (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
               (b"GIF8", "a GIF image"),
               (b"bplist00", "a binary property list, as a Safari .webarchive is; save the page as "
                             "Page Source (HTML) instead"))


# What a ZIP file is, by its extension: "a ZIP archive (as Word ... are)" made a user
# who gave story.docx work out that a Word file is one.
_ZIP_DOCUMENTS = {".docx": "a Word document (.docx)", ".odt": "an OpenDocument text (.odt)",
                  ".epub": "an EPUB book", ".pages": "a Pages document",
                  ".xlsx": "an Excel workbook (.xlsx)", ".pptx": "a PowerPoint file (.pptx)"}


def _document_kind(data: bytes, name: str = "") -> str | None:
    if data.startswith(b"PK\x03\x04"):
        dot = name.rfind(".")
        named = _ZIP_DOCUMENTS.get(name[dot:].lower()) if dot > name.rfind("/") else None
        if named is not None:
            return named + _EXPORT
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped), UTF-16/32 with a BOM, or a clear error; binary content is refused."""
    kind = _document_kind(data, name)
    if kind is not None:
        raise InputError(f"is not an article's text: it is {kind}", path=name)
    codec = _unicode_bom(data)
    if codec is not None:
        try:
            data = data.decode(codec).encode("utf-8")
        except UnicodeError:
            raise InputError(f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()} "
                             "text", path=name) from None
    if b"\x00" in data:
        data = _without_stray_nuls(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _decode_as_declared(data)
        if declared is None:
            declared = _undeclared_page(data, name)
        if declared is not None:
            return _checked_text(declared, name)
        raise InputError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            f"convert it, e.g. iconv -f {_legacy_charset(data)} -t utf-8", path=name) from None
    return _checked_text(text, name)


def _legacy_charset(data: bytes) -> str:
    """The single-byte charset a text that is not UTF-8 was most likely saved in, as iconv names it.

    Windows saves text (Notepad before 2019, Word's "Plain Text", Excel's CSV)
    in Windows-1252, whose bytes 0x80-0x9F are curly quotes, dashes and the
    euro sign. Latin-1 reads those bytes as invisible control characters, so
    the conversion the error used to advise turned "\u201cyes\u201d" into
    nothing a reader sees and "\u20ac5 million" into a bare 5 million. Such
    a byte names Windows-1252 (when every byte is one it defines); text
    without one reads the same in both, and Latin-1 is named.
    """
    if not any(0x80 <= byte <= 0x9F for byte in data):
        return "latin1"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin1"
    return "windows-1252"


def _without_stray_nuls(data: bytes, name: str) -> bytes:
    """Text with a few stray NUL bytes, without them; else a clear error.

    An editor that crashed, a copy padded to a block, or a scraper's buffer
    leaves a NUL or two in a text file: refusing the whole article as "a
    binary file" for that lost it. A few NULs (no more than the share of
    other control characters tolerated) in bytes that are UTF-8 otherwise
    are dropped, like the invisible characters. Many NULs at every other
    byte are UTF-16 saved without its byte-order mark, named as such so that
    the user knows which conversion to run; anything else stays binary.
    """
    if data.count(0) <= len(data) * MAX_CONTROL_SHARE:
        cleaned = data.replace(b"\x00", b"")
        try:
            cleaned.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return cleaned
    order = _utf16_order(data)
    if order is not None:
        raise InputError(f"looks like UTF-16 text saved without a byte-order mark; convert it, "
                         f"e.g. iconv -f utf-16{order} -t utf-8", path=name)
    raise InputError("looks like a binary file (it contains NUL bytes), not an article", path=name)


def _utf16_order(data: bytes) -> str | None:
    """'le' or 'be' when NULs fill one byte of most pairs (text in a Latin script as UTF-16), else None."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    if len(data) % 2 or pairs == 0 or min(even, odd) > pairs * 0.05 or max(even, odd) < pairs * 0.3:
        return None
    order = "le" if odd > even else "be"
    try:
        data.decode(f"utf-16-{order}")
    except UnicodeDecodeError:
        return None
    return order


def _checked_text(text: str, name: str) -> str:
    """Decoded text with newlines made \\n, unless control characters show it is binary."""
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError("looks like a binary file (many control characters), not an article", path=name)
    # Invisible characters go here as well as in squash(): plain text is never squashed.
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(INVISIBLE)


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag of its head, if any."""
    match = _META_CHARSET.search(data[:META_CHARSET_WINDOW])
    return match.group(1).decode("ascii") if match else None


def _decode_as_declared(data: bytes) -> str | None:
    """A saved web page that is not UTF-8, read in the charset its <meta> declares.

    Pages saved from older sites are often Windows-1252 or Latin-1 and say so
    in their head; a browser honours that, and so does a fetched URL, so a
    saved copy of the same page must read the same. UTF-8 is always tried
    first (an editor re-saving a page leaves a stale declaration behind).
    """
    charset = meta_charset(data)
    if charset is None:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


# The head of a file where an HTML page shows it is one: a doctype or an <html> or <head> tag.
_PAGE_HEAD = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b",
                        re.IGNORECASE | re.DOTALL)
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def _undeclared_page(data: bytes, name: str) -> str | None:
    """An HTML page that is not UTF-8 and declares no charset, read as Windows-1252.

    Pages saved from older sites often lack a <meta charset>; a browser then
    reads them as Windows-1252 (the HTML standard's fallback for Western
    text), so the page showed its "caf\u00e9" and curly quotes to the user,
    and sourcediff refused it. The same rule applies here, only to a file
    that is an HTML page (by its doctype or <html> tag, or a .html name) and
    only when every byte is one Windows-1252 defines; a plain text stays
    refused with its iconv advice, as a text has no standard fallback.
    """
    if not (_PAGE_HEAD.match(data[:META_CHARSET_WINDOW]) or name.lower().endswith(_PAGE_SUFFIXES)):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def decode_lenient(data: bytes) -> str:
    """Text for line numbers (a diff, a draft's own bytes): a UTF-16/32 BOM honoured, bad bytes replaced."""
    codec = _unicode_bom(data)
    return data.decode(codec or "utf-8-sig", errors="replace")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(map(text.count, _CONTROLS))
    return controls / len(text)
