"""Report: counters, wording, verbosity and the exit code."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from artclean.report import ExitCode, Report


def _report(**kwargs: bool) -> tuple[Report, io.StringIO]:
    stream = io.StringIO()
    console = Console(file=stream, no_color=True, color_system=None, width=40, soft_wrap=True)
    return Report(console, **kwargs), stream


def test_clean_run_wording_and_summary() -> None:
    report, stream = _report()
    report.done("a.txt", changed=True)
    report.done("b.txt", changed=False)
    report.skip("c.txt", "no article body found")
    report.fail("d.txt: cannot read; check it")
    report.clean_summary()
    assert stream.getvalue() == (
        "cleaned a.txt\n"
        "skipped c.txt: no article body found\n"
        "error: d.txt: cannot read; check it\n"
        "1 file cleaned, 1 file left unchanged, 1 skipped, 1 failed.\n"
    )
    assert report.return_code == ExitCode.INPUT_FAILED == 123


def test_long_paths_are_not_wrapped_and_markup_is_escaped() -> None:
    report, stream = _report()
    path = "folder/" * 10 + "[bold]x[/bold].txt"
    report.done(path, changed=True)
    assert stream.getvalue() == f"cleaned {path}\n"


@pytest.mark.parametrize(
    ("check", "dry_run", "code", "line"),
    [
        (True, True, 1, "1 file would be cleaned.\n"),
        (False, True, 0, "1 file would be cleaned.\n"),
        (False, False, 0, "1 file cleaned.\n"),
    ],
)
def test_check_and_dry_run(check: bool, dry_run: bool, code: int, line: str) -> None:
    report, stream = _report(check=check, dry_run=dry_run)
    report.done("a.txt", changed=True)
    report.clean_summary()
    assert report.return_code == code
    assert stream.getvalue().endswith(line)


def test_quiet_keeps_errors_only() -> None:
    report, stream = _report(quiet=True)
    report.done("a.txt", changed=True)
    report.warn("a.txt", "odd")
    report.skip("b.txt", "why")
    report.fail("c.txt: bad")
    report.clean_summary()
    assert stream.getvalue() == "error: c.txt: bad\n"


def test_verbose_adds_unchanged_encodings_and_tracebacks() -> None:
    report, stream = _report(verbose=True)
    report.done("a.txt", changed=False, encoding="cp1252")
    report.skip("b.txt", "symlink", notable=False)
    report.fail("c.txt: internal error", detail="Traceback (most recent call last):\n  boom\n")
    assert stream.getvalue() == (
        "unchanged a.txt\na.txt: encoding cp1252\nskipped b.txt: symlink\n"
        "error: c.txt: internal error\nTraceback (most recent call last):\n  boom\n"
    )


def test_tracebacks_hidden_without_verbose() -> None:
    report, stream = _report()
    report.fail("c.txt: internal error", detail="Traceback ...")
    assert stream.getvalue() == "error: c.txt: internal error\n"


def test_batch_summary() -> None:
    report, stream = _report()
    report.processed("a.txt")
    report.processed("b.txt")
    report.batch_summary("extracted")
    assert stream.getvalue() == "2 files extracted.\n"
    empty, stream = _report()
    empty.clean_summary()
    assert stream.getvalue() == "No files to clean.\n"
