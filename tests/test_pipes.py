"""The installed entry point in real subprocesses: pipes, ``| head``, terminals, stdin."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLE, CLEAN_ARTICLE

ARTCLEAN = str(Path(sys.executable).with_name("artclean"))
ENV = {
    **{key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "FORCE_COLOR")},
    "TERM": "xterm-256color",
    "COLUMNS": "80",
}


def _articles(folder: Path, count: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    names = []
    for index in range(count):
        path = folder / f"a{index:03}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        names.append(str(path))
    return names


def _run(args: list[str], *, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=input, capture_output=True, env=ENV, timeout=120, check=False)


def test_entry_point_and_module(tmp_path: Path) -> None:
    script = _run([ARTCLEAN, "--version"])
    module = _run([sys.executable, "-m", "artclean", "--version"])
    assert script.returncode == module.returncode == 0
    assert script.stdout == module.stdout == b"artclean, version 0.1.0\n"


def test_stdin_pipe_and_data_only_on_stdout(tmp_path: Path) -> None:
    result = _run(
        [
            ARTCLEAN,
            "extract",
            "-",
        ],
        input=ARTICLE.encode("utf-8"),
    )
    assert result.returncode == 0
    assert result.stdout == CLEAN_ARTICLE.encode("utf-8")
    assert result.stderr == b""
    result = _run([ARTCLEAN, "extract", *_articles(tmp_path, 1), str(tmp_path / "missing.txt")])
    assert result.returncode == 123
    assert result.stdout.startswith(b"==> ")
    assert b"error: " in result.stderr
    assert b"error: " not in result.stdout


def test_no_colour_off_a_terminal(tmp_path: Path) -> None:
    result = _run([ARTCLEAN, "clean", "--check", *_articles(tmp_path, 2), "missing.txt"])
    assert result.returncode == 123
    assert b"\x1b[" not in result.stderr
    assert result.stderr.startswith(b"would clean ")


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_output_cut_short_ends_quietly(tmp_path: Path, jobs: str) -> None:
    files = _articles(tmp_path, 300)  # far more than a pipe buffer holds
    producer = subprocess.Popen(
        [ARTCLEAN, "extract", "-j", jobs, *files],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    head = subprocess.run(["head", "-n1"], stdin=producer.stdout, capture_output=True, check=True)
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.close()
    stderr = producer.stderr.read()
    producer.stderr.close()
    assert producer.wait(timeout=120) == 1  # Click's exit code for a broken pipe
    assert head.stdout == f"==> {files[0]} <==\n".encode()
    assert stderr == b""


def _on_a_terminal(args: list[str]) -> tuple[int, bytes]:
    """Run with stderr on a pseudo-terminal; return the exit code and what the terminal got."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=follower, env=ENV)
    os.close(follower)
    received = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        received += chunk
    os.close(leader)
    return process.wait(timeout=120), received


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    files = _articles(tmp_path, 40)
    code, terminal = _on_a_terminal([ARTCLEAN, "extract", *files])
    assert code == 0
    assert b"artclean" in terminal  # the bar's label, drawn and then erased
    assert b"\x1b[" in terminal
    assert (
        terminal.rstrip().endswith(b"40 files extracted.\x1b[0m")
        or b"40 files extracted." in terminal
    )
    code, quiet = _on_a_terminal([ARTCLEAN, "extract", "-q", *files])
    assert code == 0
    assert quiet == b""
    piped = _run([ARTCLEAN, "extract", *files])
    assert piped.stderr == b"40 files extracted.\n"
