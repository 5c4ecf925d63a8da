"""Everything that touches the file system: finding inputs, reading, atomic writes.

The guarantees that the README promises live here: a file is read once, as bytes, and only
if it is a regular file under the size limit; a file is rewritten only through a temporary
file in the same folder that is renamed over it, so that an interruption (Ctrl-C, SIGTERM, a
full disk) leaves the old content or the new one, never half of one, and no temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .errors import ArtcleanError, ConfigError, InputTooLargeError
from .settings import Settings, settings_from_toml

STDIN = "-"

TEMP_SUFFIX = ".artclean-tmp"
"""Suffix of the temporary file an in-place write goes through (hidden: it starts with a dot)."""

REPLACEMENT = "\ufffd".encode()
"""U+FFFD in UTF-8: the decoder's mark for a byte it could not decode."""

# Signals whose default action ends the process; they wait while a file is being replaced.
_DEFERRED_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class InputError(ArtcleanError):
    """A path cannot be read as an article file, or cannot be written back."""


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def expand_paths(
    paths: Sequence[str], include: Sequence[str], exclude: Sequence[str]
) -> Iterator[str | InputError]:
    """Yield files to process in order: given files as they are, folders walked
    recursively for ``include`` globs minus ``exclude`` globs.

    Symbolic links inside a folder are never followed (no loops, no escaping
    the tree); a missing path or a folder that cannot be listed is yielded as an
    :class:`InputError` so the batch goes on.  Any depth of folders works: the
    walk keeps its own stack instead of recursing.
    """
    for given in paths:
        if given == STDIN:
            yield STDIN
            continue
        path = Path(given)
        if not path.is_dir():
            if not path.exists() and not path.is_symlink():
                yield InputError(f"{given}: no such file or directory; check the path")
            else:
                yield given
            continue
        yield from _walk(str(path), include, exclude)


def _walk(top: str, include: Sequence[str], exclude: Sequence[str]) -> Iterator[str | InputError]:
    """Files under ``top``, depth first and sorted, as ``os.walk`` would list them.

    ``os.walk`` recurses before Python 3.12 and raises RecursionError past about
    a thousand nested folders, and it hides folders it cannot list.
    """
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            yield InputError(f"{folder}: cannot list folder ({_reason(error)}); {_advice(error)}")
            continue
        subfolders = []
        for entry in entries:
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
                is_link = entry.is_symlink()
            except OSError:
                is_folder = is_link = False
            if is_folder:
                if not _matches(entry.name, exclude):
                    subfolders.append(entry.path)
                continue
            if is_link or not _matches(entry.name, include):
                continue
            relative = Path(entry.path).relative_to(top).as_posix()
            if _matches(entry.name, exclude) or _matches(relative, exclude):
                continue
            yield entry.path
        stack.extend(reversed(subfolders))


def _too_large(name: str, size: int, max_size: int) -> InputTooLargeError:
    return InputTooLargeError(
        f"{name}: file is {size:,} bytes, over the {max_size:,}-byte limit;"
        " pass --max-size to raise it"
    )


def _not_regular(name: str, mode: int) -> InputError:
    if stat.S_ISDIR(mode):
        return InputError(
            f"{name}: is a directory; pass the files in it, or use `artclean clean {name}`"
        )
    return InputError(f"{name}: not a regular file (a pipe, socket or device); pass a text file")


def read_input(name: str, max_size: int) -> bytes:
    """Read a file (or stdin for ``-``) as bytes, refusing what is not a regular file.

    At most ``max_size`` bytes are ever held: a larger file is refused from its
    size before it is read, and one that grows while it is read is refused too.
    """
    if name == STDIN:
        return _read_stdin(max_size)
    try:
        # stat first, so that a FIFO is refused before open() could block on it.
        info = Path(name).stat()
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(name, info.st_mode)
        if info.st_size > max_size:
            raise _too_large(name, info.st_size, max_size)
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        with os.fdopen(os.open(name, flags), "rb") as handle:
            # The path may have been swapped for something else since the stat.
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _not_regular(name, info.st_mode)
            data = handle.read(max_size + 1)
    except OSError as error:
        raise InputError(f"{name}: cannot read ({_reason(error)}); {_advice(error)}") from None
    if len(data) > max_size:
        raise _too_large(name, len(data), max_size)
    return data


def _read_stdin(max_size: int) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("-: stdin is closed; pipe text into artclean or pass FILE")
    try:
        data: bytes = stream.read(max_size + 1)
    except OSError as error:
        raise InputError(
            f"-: cannot read stdin ({_reason(error)}); pipe text into artclean or pass FILE"
        ) from None
    if len(data) > max_size:
        raise InputTooLargeError(
            f"-: input is over the {max_size:,}-byte limit; pass --max-size to raise it"
        )
    return data


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    return error.strerror or str(error)


def _advice(error: OSError) -> str:
    """What the user can do about ``error``."""
    if error.errno == errno.ENOENT:
        return "check the path (was it moved or deleted while artclean ran?)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "make it readable (chmod u+r) or leave it out"
    if error.errno == errno.ELOOP:
        return "a symbolic link points to itself; fix or remove the link"
    return "check the path and its permissions"


def _is_read_only(name: str, info: os.stat_result) -> bool:
    """Whether the file is marked read-only for the user running artclean.

    ``os.access`` answers for ordinary users, but always says yes to root, who
    can write anything: for root the owner's write bit (``chmod a-w``) is the mark.
    """
    if not os.access(name, os.W_OK):
        return True
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0 and not info.st_mode & stat.S_IWUSR


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP until the block ends, then act on them as usual.

    A signal that arrives meanwhile is only recorded, and raised again on exit, once
    the file is complete: the write then finishes in milliseconds instead of leaving
    a temporary file.  Python runs signal handlers in the main thread whichever
    thread the signal reaches (``-j`` keeps a pool thread), so handlers, not a
    thread's signal mask, are what defers them; they can only be set from the main
    thread.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def record(number: int, frame: object) -> None:
        received.append(number)

    previous: dict[int, Any] = {}
    for number in _DEFERRED_SIGNALS:
        with contextlib.suppress(OSError, ValueError):
            previous[number] = signal.signal(number, record)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        for number in dict.fromkeys(received):
            signal.raise_signal(number)


def check_lossless(name: str, original: bytes, new: bytes) -> None:
    """Refuse a rewrite that would lose bytes of ``original``.

    The decoder replaces bytes it cannot decode (invalid UTF-8, bytes a legacy
    encoding does not define) with U+FFFD; writing that back would destroy them.

    >>> check_lossless("a.txt", b"caf\\xe9", "café".encode())
    >>> check_lossless("a.txt", b"caf\\xff x", "caf\\ufffd x".encode())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    artclean.files.InputError: a.txt: 1 byte sequence could not be decoded and would be lost; ...
    """
    lost = new.count(REPLACEMENT) - original.count(REPLACEMENT)
    if lost > 0:
        what = "byte sequence" if lost == 1 else "byte sequences"
        raise InputError(
            f"{name}: {lost} {what} could not be decoded and would be lost; left unchanged: "
            "fix the file, or pass --encoding NAME"
        )


def atomic_write(name: str, data: bytes, *, original: bytes | None = None) -> None:
    """Replace a file's content atomically, keeping its mode (and owner, for root).

    The data goes to a temporary file in the same folder, is flushed to disk,
    then renamed over the original: a crash or Ctrl-C leaves either the old
    file or the new one, never half of one.  The target itself is written,
    never a file a symlink points to; a read-only file is refused.

    With ``original`` (the bytes the new content was made from), the write is
    refused if the file changed since it was read, or if ``data`` lost bytes
    that could not be decoded (see :func:`check_lossless`).
    """
    path = Path(name)
    try:
        info = os.lstat(name)
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise InputError(
                f"{name}: was moved or deleted while artclean ran; nothing was written"
            ) from None
        raise InputError(
            f"{name}: cannot write ({_reason(error)}); check the path and its permissions"
        ) from None
    if stat.S_ISLNK(info.st_mode):
        raise InputError(
            f"{name}: is a symbolic link; artclean does not write through links,"
            " clean the target instead"
        )
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(name, info.st_mode)
    if _is_read_only(name, info):
        raise InputError(f"{name}: file is read-only; make it writable or leave it out")
    if original is not None:
        check_lossless(name, original, data)
        if _changed_since(name, info, original):
            raise InputError(
                f"{name}: changed while artclean ran; left as it is now, run artclean again"
            )
    with _signals_deferred():
        temp_name = None
        try:
            fd, temp_name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
            )
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            Path(temp_name).chmod(stat.S_IMODE(info.st_mode))
            _keep_owner(temp_name, info)
            Path(temp_name).replace(name)
        except BaseException as error:
            # Ctrl-C included (signals are only deferred on POSIX): never leave the temporary file.
            if temp_name is not None:
                Path(temp_name).unlink(missing_ok=True)
            if isinstance(error, OSError):
                raise InputError(
                    f"{name}: cannot write ({_reason(error)}); left unchanged,"
                    " check the folder's permissions and free space"
                ) from None
            raise
    _sync_folder(path.parent)


def _changed_since(name: str, info: os.stat_result, original: bytes) -> bool:
    if info.st_size != len(original):
        return True
    try:
        with open(name, "rb") as handle:
            return handle.read(len(original) + 1) != original
    except OSError:
        return True


def _keep_owner(temp_name: str, info: os.stat_result) -> None:
    """Give the new file the old owner where allowed (root cleaning other users' files)."""
    chown = getattr(os, "chown", None)
    if chown is None:
        return
    new = Path(temp_name).stat()
    if (new.st_uid, new.st_gid) != (info.st_uid, info.st_gid):
        with contextlib.suppress(OSError):
            chown(temp_name, info.st_uid, info.st_gid)


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (POSIX); best effort, the data is already safe."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_output(directory: str, name: str, extension: str, data: bytes) -> str:
    """Write one output as ``DIR/<input stem>.<ext>`` (stdin is ``stdin``); returns the path."""
    folder = Path(directory)
    stem = "stdin" if name == STDIN else Path(name).stem
    target = folder / f"{stem}.{extension}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if name != STDIN and target.resolve() == Path(name).resolve():
            raise InputError(
                f"{name}: output would overwrite the input; choose another --output-dir"
            )
        with _signals_deferred():
            temp_name = None
            try:
                fd, temp_name = tempfile.mkstemp(
                    prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder
                )
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                Path(temp_name).replace(target)
            except BaseException:
                if temp_name is not None:
                    Path(temp_name).unlink(missing_ok=True)
                raise
    except OSError as error:
        raise InputError(
            f"{target}: cannot write ({_reason(error)}); check --output-dir and its permissions"
        ) from None
    return str(target)


def find_settings(start: str | None = None) -> tuple[Settings, str | None]:
    """Settings from the nearest ``pyproject.toml`` with ``[tool.artclean]``, upwards from
    ``start``; an unreadable one is a :class:`~artclean.errors.ConfigError`."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise ConfigError(
                    f"{pyproject}: cannot read ({error}); fix it, or pass --config FILE"
                ) from None
            settings = settings_from_toml(text, str(pyproject))
            if settings is not None:
                return settings, str(pyproject)
    return Settings(), None


def load_settings_file(name: str) -> Settings:
    """Settings from ``--config FILE``: a pyproject.toml or a plain TOML file of artclean keys."""
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{name}: cannot read config ({error}); check the --config path") from None
    settings = settings_from_toml(text, name, whole_file_is_table=True)
    assert settings is not None  # whole_file_is_table always yields a table
    return settings
