"""Writing outputs safely: all at once, only as regular files, and never over an input.

The rules, each the fix for a way a report could destroy something:

* **Never over an input.** Paths are compared by file identity (device and
  inode, after following symlinks), not as typed: ``src/../src/a.txt``, a
  hard link and a symlink to an input are all the input. Every file directly
  inside an input folder counts, as do the diff and the policy of ``check``.
* **Only regular files.** A device (``/dev/null``), FIFO, socket or directory
  at the output path is refused: renaming a new file over ``/dev/null`` would
  replace the system's device.
* **Symlinks are followed.** ``-o link`` writes the file the link points to
  and leaves the link in place, as the shell's ``>`` does; the file it points
  to must itself be a regular file (or not exist yet).
* **Permissions survive.** A replaced file keeps its mode; a new file gets
  0666 minus the umask, like any file a program creates. A read-only file is
  refused rather than silently replaced.
* **All or nothing.** Each file is written to a temporary name in the folder
  it goes to, flushed to disk (fsync), and renamed into place; a set of files
  (``report``'s .json, .md and .html) is checked in full before anything is
  written, and moved into place under a lock on the folder, so concurrent
  runs into one folder leave one run's complete set, not a mix.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sourcediff.errors import InputError
from sourcediff.ingest.ownoutput import is_own_output_file

# Permission bits a new file asks for; the umask takes away what the user forbids.
NEW_FILE_MODE = 0o666
# What a path that is not a regular file is, for the message that refuses writing to it.
_NOT_REGULAR = ((stat.S_ISDIR, "is a directory, not a file to write"),
                (stat.S_ISCHR, "is a device, not a file to write"),
                (stat.S_ISBLK, "is a device, not a file to write"),
                (stat.S_ISFIFO, "is a named pipe (FIFO), not a file to write"),
                (stat.S_ISSOCK, "is a socket, not a file to write"))


@dataclass(frozen=True)
class _Target:
    """Where one output goes: the path as given, the real file behind it, and the mode to give it."""

    given: str
    real: Path
    mode: int | None  # None: a new file, created with NEW_FILE_MODE minus the umask


def write_atomic(path: str | Path, text: str, *, inputs: Iterable[str | Path] = ()) -> None:
    """Write ``text`` to ``path`` all at once; refuse when ``path`` is one of ``inputs``."""
    write_set({Path(path): text}, inputs=inputs)


def check_target(path: str | Path, *, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse, before any work, an output path write_atomic would refuse after it.

    A missing folder, an input, a directory or a read-only file as ``-o`` was
    named only once the whole comparison had run: minutes, for long inputs.
    The same checks run again when the file is written.
    """
    _target(Path(path), _identities(inputs))


def write_set(files: Mapping[Path, str], *, inputs: Iterable[str | Path] = ()) -> None:
    """Write several files as one: every target is checked before any is written.

    Raises InputError naming the first target that is an input, not a regular
    file, read-only, or in a folder that does not exist; and for any error
    the file system raises while writing.
    """
    protected = _identities(inputs)
    targets = [_target(path, protected) for path in files]
    if len({t.real for t in targets}) != len(targets):
        raise InputError("two outputs are the same file", path=targets[0].given)
    staged: list[tuple[_Target, Path]] = []
    current = targets[0].given if targets else "output"
    try:
        for target, text in zip(targets, files.values(), strict=True):
            current = target.given
            staged.append((target, _stage(target, text)))
        with _folder_lock(targets[0].real.parent if targets else Path(".")):
            for target, temp in staged:
                current = target.given
                _check_still_safe(target, protected)
                os.replace(temp, target.real)
        for folder in dict.fromkeys(t.real.parent for t in targets):
            _fsync_folder(folder)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=current) from None
    finally:
        for _, temp in staged:
            temp.unlink(missing_ok=True)


def _identities(inputs: Iterable[str | Path]) -> frozenset[tuple[int, int]]:
    """(device, inode) of every input file, and of every file directly inside an input folder.

    A report sourcediff wrote into an input folder is no input (the folder's
    listing skips it), so a re-run may replace it.
    """
    found: set[tuple[int, int]] = set()
    for source in inputs:
        if str(source) in ("-", ""):
            continue
        info = _stat(Path(source))
        if info is None:
            continue
        if stat.S_ISDIR(info.st_mode):
            try:
                with os.scandir(source) as entries:
                    for entry in entries:
                        inner = _stat(Path(entry.path))
                        if inner is not None and not (stat.S_ISREG(inner.st_mode)
                                                      and is_own_output_file(Path(entry.path))):
                            found.add((inner.st_dev, inner.st_ino))
            except OSError:
                pass
        found.add((info.st_dev, info.st_ino))
    return frozenset(found)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _target(path: Path, protected: frozenset[tuple[int, int]]) -> _Target:
    """Resolve one output path and refuse what must not be written (see the module rules)."""
    given = str(path)
    if not given or given == "-":
        # "-o -" is standard output in many tools; here leaving -o out is.
        raise InputError("not a file name to write (compare and check print to standard output "
                         "when -o is left out)", path=given or "''")
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot resolve the output path: {exc}", path=given) from None
    info = _stat(real)
    if info is None:
        folder = _stat(real.parent)
        if folder is None or not stat.S_ISDIR(folder.st_mode):
            raise InputError("the folder to write into does not exist", path=given)
        return _Target(given, real, None)
    for test, problem in _NOT_REGULAR:
        if test(info.st_mode):
            raise InputError(problem, path=given)
    if (info.st_dev, info.st_ino) in protected:
        raise InputError("refusing to write the output over an input file", path=given)
    if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise InputError("is read-only; refusing to replace it", path=given)
    return _Target(given, real, stat.S_IMODE(info.st_mode))


def _check_still_safe(target: _Target, protected: frozenset[tuple[int, int]]) -> None:
    """Look again just before the rename: the path may have changed while the report was written."""
    info = _stat(target.real)
    if info is None:
        return
    if not stat.S_ISREG(info.st_mode) or (info.st_dev, info.st_ino) in protected:
        raise InputError("changed into something that is not a file to write while writing",
                         path=target.given)


def _stage(target: _Target, text: str) -> Path:
    """Write ``text`` to a new temporary file next to the target, on disk before it returns.

    The temporary name is short and fixed-length, so a target name near the
    file system's limit does not fail on its temporary's name.
    """
    temp = target.real.parent / f".sourcediff-{secrets.token_hex(6)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), NEW_FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            if target.mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), target.mode)
            os.fsync(fh.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder while a set is moved in (where the OS offers one)."""
    try:
        import fcntl
    except ImportError:  # Windows: renames are still atomic one by one
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        with suppress(OSError):  # a file system without locks: each rename is still atomic
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable too; some systems cannot open a folder for that, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
