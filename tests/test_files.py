"""files.py: path expansion, reading and atomic writes, one guarantee per test.

The CLI-level view of the same guarantees (exit codes, messages, files left unchanged)
is in ``test_bad_input.py``; interruption by a real signal is in ``test_interrupt.py``.
"""

from __future__ import annotations

import io
import os
import signal
import stat
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from artclean import files
from artclean.errors import ArtcleanError, ConfigError, InputTooLargeError
from artclean.files import (
    TEMP_SUFFIX,
    InputError,
    atomic_write,
    check_lossless,
    expand_paths,
    find_settings,
    read_input,
    write_output,
)

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _temp_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"*{TEMP_SUFFIX}"))


def _nest(top: Path, depth: int) -> Path:
    """``depth`` nested folders under ``top``, made one by one (os.makedirs recurses)."""
    folder = top
    folder.mkdir()
    for _ in range(depth):
        folder = folder / "d"
        folder.mkdir()
    return folder


def _remove_nested(top: Path) -> None:
    """Delete a folder chain deeper than shutil.rmtree (which recurses) can handle."""
    chain = [top]
    while (chain[-1] / "d").is_dir():
        chain.append(chain[-1] / "d")
    for folder in reversed(chain):
        for child in folder.iterdir():
            if not child.is_dir() or child.is_symlink():
                child.unlink()
        folder.rmdir()


# -- expand_paths ------------------------------------------------------------------------


def test_expand_order_matches_a_sorted_depth_first_walk(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "z/c.txt", "m/d.txt", "m/n/e.txt", "m/skip.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = list(expand_paths([str(tmp_path)], ["*.txt"], []))
    assert found == [
        str(tmp_path / name) for name in ("a.txt", "b.txt", "m/d.txt", "m/n/e.txt", "z/c.txt")
    ]


def test_expand_exclude_names_and_relative_paths(tmp_path: Path) -> None:
    for name in ("keep.txt", "drafts/x.txt", "m/old.txt", "m/new.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = list(expand_paths([str(tmp_path)], ["*.txt"], ["drafts", "m/old.txt"]))
    assert found == [str(tmp_path / "keep.txt"), str(tmp_path / "m/new.txt")]


def test_expand_deeply_nested_folders_without_recursion_error(tmp_path: Path) -> None:
    # os.walk recurses on Python < 3.12 and raised RecursionError here.
    depth = sys.getrecursionlimit() + 100
    deepest = _nest(tmp_path / "deep", depth)
    (deepest / "a.txt").write_bytes(b"x")
    try:
        assert list(expand_paths([str(tmp_path / "deep")], ["*.txt"], [])) == [
            str(deepest / "a.txt")
        ]
    finally:
        _remove_nested(tmp_path / "deep")


def test_expand_never_follows_links_in_folders(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_bytes(b"x")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "up").symlink_to(tmp_path, target_is_directory=True)
    assert list(expand_paths([str(tmp_path)], ["*.txt"], [])) == [str(tmp_path / "real.txt")]


def test_expand_missing_path_is_an_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x")
    found = list(expand_paths([str(tmp_path / "nope.txt"), str(tmp_path / "a.txt")], ["*"], []))
    assert isinstance(found[0], InputError)
    assert str(found[0]) == f"{tmp_path / 'nope.txt'}: no such file or directory; check the path"
    assert found[1:] == [str(tmp_path / "a.txt")]


def test_expand_unlistable_folder_is_reported_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(b"x")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if path.endswith("sub"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(files.os, "scandir", scandir)
    found = list(expand_paths([str(tmp_path)], ["*.txt"], []))
    assert found[0] == str(tmp_path / "a.txt")
    assert isinstance(found[1], InputError)
    assert str(found[1]).startswith(f"{tmp_path / 'sub'}: cannot list folder (Permission denied)")


def test_expand_symlink_loop_given_directly_is_passed_on_to_read(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert list(expand_paths([str(loop)], ["*.txt"], [])) == [str(loop)]
    with pytest.raises(InputError, match="too many levels of symbolic links"):
        read_input(str(loop), 100)


# -- read_input --------------------------------------------------------------------------


def test_read_refuses_a_larger_file_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLargeError) as caught:
        read_input(str(path), 100)
    assert str(caught.value) == (
        f"{path}: file is 101 bytes, over the 100-byte limit; pass --max-size to raise it"
    )
    assert read_input(str(path), 101) == b"x" * 101


def test_read_refuses_a_file_that_grows_while_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 10)
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str) -> io.BufferedReader:
        path.write_bytes(b"x" * 500)  # after the size check, before the read
        handle: io.BufferedReader = real_fdopen(fd, mode)
        return handle

    monkeypatch.setattr(files.os, "fdopen", fdopen)
    with pytest.raises(InputTooLargeError, match="over the 100-byte limit"):
        read_input(str(path), 100)


def test_read_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory; pass the files in it"):
        read_input(str(tmp_path), 100)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX only")
def test_read_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_input(str(fifo), 100)


def test_read_missing_file_says_it_may_have_moved(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_input(str(tmp_path / "gone.txt"), 100)
    assert str(caught.value) == (
        f"{tmp_path / 'gone.txt'}: cannot read (No such file or directory);"
        " check the path (was it moved or deleted while artclean ran?)"
    )


def test_read_permission_denied_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The OS-level check (chmod 000, also as root) is in test_bad_input.py.
    path = tmp_path / "secret.txt"
    path.write_bytes(b"x")

    def denied(*args: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files.os, "open", denied)
    with pytest.raises(InputError) as caught:
        read_input(str(path), 100)
    assert str(caught.value) == (
        f"{path}: cannot read (Permission denied); make it readable (chmod u+r) or leave it out"
    )


def test_read_stdin_limits_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, buffer: io.BytesIO) -> None:
            self.buffer = buffer

    monkeypatch.setattr(sys, "stdin", Stdin(io.BytesIO(b"x" * 50)))
    assert read_input("-", 50) == b"x" * 50
    monkeypatch.setattr(sys, "stdin", Stdin(io.BytesIO(b"x" * 51)))
    with pytest.raises(InputTooLargeError, match="over the 50-byte limit"):
        read_input("-", 50)
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="stdin is closed"):
        read_input("-", 50)

    class Broken(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise OSError(21, "Is a directory")

    monkeypatch.setattr(sys, "stdin", Stdin(Broken()))
    with pytest.raises(InputError, match=r"cannot read stdin \(Is a directory\)"):
        read_input("-", 50)


# -- atomic_write ------------------------------------------------------------------------


def test_atomic_write_replaces_content_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write(str(path), b"new", original=b"old")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert _temp_files(tmp_path) == []


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555])
def test_atomic_write_refuses_a_read_only_file_even_as_root(tmp_path: Path, mode: int) -> None:
    # As root os.access() says every file is writable, and os.replace() only needs
    # the folder to be writable: the mode bits are what marks the file read-only.
    path = tmp_path / "ro.txt"
    path.write_bytes(b"old")
    path.chmod(mode)
    with pytest.raises(InputError) as caught:
        atomic_write(str(path), b"new")
    assert str(caught.value) == f"{path}: file is read-only; make it writable or leave it out"
    assert path.read_bytes() == b"old"
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_atomic_write_refuses_to_write_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(InputError, match="is a symbolic link"):
        atomic_write(str(link), b"new")
    assert target.read_bytes() == b"old"
    assert link.is_symlink()


def test_atomic_write_does_not_recreate_a_deleted_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(InputError) as caught:
        atomic_write(str(path), b"new", original=b"old")
    assert str(caught.value) == (
        f"{path}: was moved or deleted while artclean ran; nothing was written"
    )
    assert not path.exists()
    assert _temp_files(tmp_path) == []


@pytest.mark.parametrize("now", [b"old but edited", b"olx"])
def test_atomic_write_refuses_a_file_changed_since_it_was_read(tmp_path: Path, now: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(now)
    with pytest.raises(InputError, match="changed while artclean ran; left as it is now"):
        atomic_write(str(path), b"new", original=b"old")
    assert path.read_bytes() == now


def test_atomic_write_refuses_to_lose_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    original = b"caf\xff ok"
    path.write_bytes(original)
    with pytest.raises(InputError, match="1 byte sequence could not be decoded and would be lost"):
        atomic_write(str(path), "caf\ufffd ok\n".encode(), original=original)
    assert path.read_bytes() == original


def test_check_lossless_counts_only_new_replacement_characters() -> None:
    check_lossless("a", "x \ufffd".encode(), "x \ufffd\n".encode())
    check_lossless("a", b"x", b"y")
    with pytest.raises(InputError, match="2 byte sequences"):
        check_lossless("a", "\ufffd".encode(), "\ufffd\ufffd\ufffd".encode())


@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
@pytest.mark.parametrize("error", [KeyboardInterrupt, OSError])
def test_atomic_write_interrupted_leaves_old_content_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, error: type[BaseException]
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")

    def fail(*args: object, **kwargs: object) -> None:
        raise error(28, "No space left on device") if error is OSError else error()

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(InputError if error is OSError else KeyboardInterrupt) as caught:
        atomic_write(str(path), b"new" * 1000, original=b"old")
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
    assert _temp_files(tmp_path) == []
    if error is OSError:
        assert str(caught.value) == (
            f"{path}: cannot write (No space left on device); left unchanged,"
            " check the folder's permissions and free space"
        )


def test_atomic_write_cannot_create_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder the user cannot write to (root can, so it is simulated).
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")

    def denied(**kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(InputError, match=r"cannot write \(Permission denied\); left unchanged"):
        atomic_write(str(path), b"new")
    assert path.read_bytes() == b"old"


def test_atomic_write_defers_ctrl_c_until_the_file_is_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGINT that arrives mid-write is raised only once the new file is in place."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    real_fsync = os.fsync
    seen: list[bytes] = []

    def fsync_then_signal(fd: int) -> None:
        real_fsync(fd)
        signal.raise_signal(signal.SIGINT)  # recorded, not acted on yet
        seen.append(path.read_bytes())

    monkeypatch.setattr(os, "fsync", fsync_then_signal)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(str(path), b"new")
    assert seen == [b"old"]  # the signal did not interrupt the write...
    assert path.read_bytes() == b"new"  # ...which completed before it was raised
    assert _temp_files(tmp_path) == []
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_atomic_write_in_a_thread_leaves_signal_handlers_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            atomic_write(str(path), b"new")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []
    assert path.read_bytes() == b"new"


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file to another owner")
def test_atomic_write_as_root_keeps_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    os.chown(path, 65534, 65534)
    atomic_write(str(path), b"new")
    assert (path.stat().st_uid, path.stat().st_gid) == (65534, 65534)


# -- write_output, settings --------------------------------------------------------------


def test_write_output_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"input")
    with pytest.raises(InputError, match="output would overwrite the input"):
        write_output(str(tmp_path), str(source), "txt", b"output")
    assert source.read_bytes() == b"input"


def test_write_output_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(InputError) as caught:
        write_output(str(tmp_path / "file" / "out"), "a.txt", "txt", b"output")
    assert "cannot write" in str(caught.value)
    assert "check --output-dir" in str(caught.value)


def test_write_output_interrupted_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_output(str(tmp_path / "out"), "a.txt", "txt", b"output")
    monkeypatch.undo()
    assert list((tmp_path / "out").iterdir()) == []


def test_unreadable_pyproject_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"[tool.artclean]\nformat = '\xff'\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: cannot read"):
        find_settings(str(tmp_path))
    assert issubclass(ConfigError, ArtcleanError)
