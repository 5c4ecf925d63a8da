"""Everything that touches the file system: finding inputs, reading, atomic writes."""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import ArtcleanError, InputTooLargeError
from .settings import Settings, settings_from_toml

STDIN = "-"


class InputError(ArtcleanError):
    """A path cannot be read as an article file."""


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def expand_paths(paths: Sequence[str], include: Sequence[str], exclude: Sequence[str]) -> Iterator[str | InputError]:
    """Yield files to process in order: given files as they are, folders walked
    recursively for ``include`` globs minus ``exclude`` globs.

    Symbolic links inside a folder are never followed (no loops, no escaping
    the tree); a missing path is yielded as an :class:`InputError` so the batch
    goes on.
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
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not _matches(d, exclude))
            for name in sorted(files):
                full = Path(root) / name
                relative = full.relative_to(path).as_posix()
                if full.is_symlink() or not _matches(name, include):
                    continue
                if _matches(name, exclude) or _matches(relative, exclude):
                    continue
                yield str(full)


def read_input(name: str, max_size: int) -> bytes:
    """Read a file (or stdin for ``-``) as bytes, refusing what is not a regular file."""
    if name == STDIN:
        data = sys.stdin.buffer.read(max_size + 1)
        if len(data) > max_size:
            raise InputTooLargeError(f"-: input is over the {max_size:,}-byte limit; pass --max-size to raise it")
        return data
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: is a directory; pass the files in it, or use `artclean clean {name}`")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{name}: not a regular file; pass a text file")
        if info.st_size > max_size:
            raise InputTooLargeError(
                f"{name}: file is {info.st_size:,} bytes, over the {max_size:,}-byte limit; pass --max-size to raise it"
            )
        with open(name, "rb") as handle:
            return handle.read(max_size + 1)
    except OSError as error:
        raise InputError(f"{name}: cannot read ({_reason(error)}); check the path and its permissions") from None


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    return error.strerror or str(error)


def atomic_write(name: str, data: bytes) -> None:
    """Replace a file's content atomically, keeping its mode.

    The data goes to a temporary file in the same folder, is flushed to disk,
    then renamed over the original: a crash or Ctrl-C leaves either the old
    file or the new one, never half of one.  The target itself is written,
    never a file a symlink points to.
    """
    path = Path(name)
    if path.is_symlink():
        raise InputError(f"{name}: is a symbolic link; artclean does not write through links, clean the target instead")
    mode = stat.S_IMODE(os.stat(name).st_mode)
    if not os.access(name, os.W_OK):
        raise InputError(f"{name}: file is read-only; make it writable or leave it out")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".artclean-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, name)
    except BaseException as error:
        # Ctrl-C included: never leave the temporary file behind.
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise InputError(f"{name}: cannot write ({_reason(error)}); check the folder's permissions") from None
        raise


def write_output(directory: str, name: str, extension: str, data: bytes) -> str:
    """Write one output as ``DIR/<input stem>.<ext>`` (stdin is ``stdin``); returns the path."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    stem = "stdin" if name == STDIN else Path(name).stem
    target = folder / f"{stem}.{extension}"
    if name != STDIN and target.resolve() == Path(name).resolve():
        raise InputError(f"{name}: output would overwrite the input; choose another --output-dir")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".artclean-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return str(target)


def find_settings(start: str | None = None) -> tuple[Settings, str | None]:
    """Settings from the nearest ``pyproject.toml`` with ``[tool.artclean]``, upwards from ``start``."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            settings = settings_from_toml(pyproject.read_text(encoding="utf-8"), str(pyproject))
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
