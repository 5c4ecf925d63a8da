"""Counters, messages and the exit code of a run (the only place exit codes are decided)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from rich.console import Console
from rich.markup import escape


class ExitCode(enum.IntEnum):
    """Documented exit codes."""

    OK = 0
    """Success, or nothing to change."""
    WOULD_CHANGE = 1
    """``clean --check`` found a file that would change."""
    USAGE = 2
    """A usage or configuration error (reported by Click)."""
    INPUT_FAILED = 123
    """An input could not be read, decoded or cleaned; the others were still processed."""


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@dataclass
class Report:
    """Tallies one run and prints per-file lines to the stderr console.

    ``check`` (``clean --check``) makes a change an exit code 1; ``dry_run``
    (``--check`` or ``--diff``) says "would clean" rather than "cleaned".
    ``verbose`` adds unchanged and skipped files, encodings and tracebacks;
    ``quiet`` keeps errors only.
    """

    console: Console
    check: bool = False
    dry_run: bool = False
    quiet: bool = False
    verbose: bool = False
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0

    def _say(self, markup: str) -> None:
        self.console.print(markup, soft_wrap=True)

    def done(self, path: str, *, changed: bool, encoding: str | None = None) -> None:
        """A file ``clean`` processed: changed (or would be), or left as it was."""
        if changed:
            self.changed += 1
            if not self.quiet:
                verb = "would clean" if self.dry_run else "cleaned"
                self._say(f"[bold]{verb}[/bold] {escape(path)}")
        else:
            self.unchanged += 1
            if self.verbose:
                self._say(f"[dim]unchanged {escape(path)}[/dim]")
        if self.verbose and encoding:
            self._say(f"[dim]{escape(path)}: encoding {escape(encoding)}[/dim]")

    def processed(self, path: str, *, encoding: str | None = None) -> None:
        """A file read and written to the output (``extract``, ``decode``, ``detect``)."""
        self.changed += 1
        if self.verbose:
            detail = f" (encoding {escape(encoding)})" if encoding else ""
            self._say(f"[dim]done {escape(path)}{detail}[/dim]")

    def skip(self, path: str, reason: str, *, notable: bool = True) -> None:
        """A file deliberately left alone; ``notable`` ones are shown without ``-v``."""
        self.skipped += 1
        if (notable and not self.quiet) or self.verbose:
            self._say(f"[yellow]skipped[/yellow] {escape(path)}: {escape(reason)}")

    def warn(self, path: str, message: str) -> None:
        """Something the user may want to know about a file that was processed."""
        if not self.quiet:
            self._say(f"[yellow]warning:[/yellow] {escape(path)}: {escape(message)}")

    def fail(self, message: str, *, detail: str | None = None) -> None:
        """A file that could not be processed.

        ``message`` names the file and says what to do; ``detail`` (a
        traceback) is shown with ``-v`` only.
        """
        self.failed += 1
        self._say(f"[red]error:[/red] {escape(message)}")
        if detail and self.verbose:
            self.console.print(detail.rstrip("\n"), markup=False, soft_wrap=True, style="dim")

    @property
    def return_code(self) -> int:
        """123 if any input failed; else 1 when ``--check`` found changes; else 0.

        >>> from rich.console import Console
        >>> report = Report(Console(quiet=True), check=True)
        >>> report.return_code
        0
        >>> report.done("a.txt", changed=True)
        >>> report.return_code
        1
        >>> report.fail("b.txt: cannot read")
        >>> report.return_code
        123
        """
        if self.failed:
            return int(ExitCode.INPUT_FAILED)
        if self.check and self.changed:
            return int(ExitCode.WOULD_CHANGE)
        return int(ExitCode.OK)

    def clean_summary(self) -> None:
        """One line at the end of ``clean``: what changed, what was left, what failed."""
        if self.quiet:
            return
        parts = []
        if self.changed:
            verb = "would be cleaned" if self.dry_run else "cleaned"
            parts.append(f"{_count(self.changed, 'file')} {verb}")
        if self.unchanged:
            verb = "would be left unchanged" if self.dry_run else "left unchanged"
            parts.append(f"{_count(self.unchanged, 'file')} {verb}")
        self._finish(parts, empty="No files to clean.")

    def batch_summary(self, verb: str) -> None:
        """One line at the end of a batch that writes output (``extracted``, ``decoded``)."""
        if self.quiet:
            return
        parts = [f"{_count(self.changed, 'file')} {verb}"] if self.changed else []
        self._finish(parts, empty="No files processed.")

    def _finish(self, parts: list[str], *, empty: str) -> None:
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.failed:
            parts.append(f"[red]{self.failed} failed[/red]")
        self._say(", ".join(parts) + "." if parts else empty)
