"""Counters, messages and the exit code of a run (the only place exit codes are decided)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from rich.console import Console
from rich.markup import escape


class ExitCode(enum.IntEnum):
    """Documented exit codes."""

    OK = 0
    WOULD_CHANGE = 1
    USAGE = 2
    INPUT_FAILED = 123


@dataclass
class Report:
    """Tallies one run and prints per-file lines to the stderr console.

    ``verbose`` adds unchanged files and encodings; ``quiet`` keeps errors only.
    """

    console: Console
    check: bool = False
    quiet: bool = False
    verbose: bool = False
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0

    def _say(self, markup: str) -> None:
        self.console.print(markup, soft_wrap=True)

    def done(self, path: str, *, changed: bool, encoding: str | None = None) -> None:
        """A file processed: changed (or would be), or left as it was."""
        if changed:
            self.changed += 1
            if not self.quiet:
                verb = "would clean" if self.check else "cleaned"
                self._say(f"[bold]{verb}[/bold] {escape(path)}")
        else:
            self.unchanged += 1
            if self.verbose:
                self._say(f"[dim]unchanged {escape(path)}[/dim]")
        if self.verbose and encoding:
            self._say(f"[dim]{escape(path)}: encoding {escape(encoding)}[/dim]")

    def processed(self, path: str, *, encoding: str | None = None) -> None:
        """A file read and written to output (extract, decode, detect)."""
        self.unchanged += 1
        if self.verbose:
            detail = f" (encoding {escape(encoding)})" if encoding else ""
            self._say(f"[dim]done {escape(path)}{detail}[/dim]")

    def skip(self, path: str, reason: str) -> None:
        """A file deliberately left alone, with the reason."""
        self.skipped += 1
        if not self.quiet:
            self._say(f"[yellow]skipped[/yellow] {escape(path)}: {escape(reason)}")

    def warn(self, path: str, message: str) -> None:
        if not self.quiet:
            self._say(f"[yellow]warning:[/yellow] {escape(path)}: {escape(message)}")

    def fail(self, message: str) -> None:
        """A file that could not be processed; ``message`` names it and says what to do."""
        self.failed += 1
        self._say(f"[red]error:[/red] {escape(message)}")

    @property
    def return_code(self) -> int:
        """123 if any input failed; else 1 when ``--check`` found changes; else 0."""
        if self.failed:
            return ExitCode.INPUT_FAILED
        if self.check and self.changed:
            return ExitCode.WOULD_CHANGE
        return ExitCode.OK

    def summary(self, *, noun: str = "file") -> None:
        """One line at the end of a batch: what changed, what was left, what failed."""
        if self.quiet:
            return
        parts = []
        if self.changed:
            verb = "would be cleaned" if self.check else "cleaned"
            parts.append(f"{self.changed} {noun}{'s' if self.changed != 1 else ''} {verb}")
        if self.unchanged:
            verb = "would be left unchanged" if self.check else "left unchanged"
            parts.append(f"{self.unchanged} {noun}{'s' if self.unchanged != 1 else ''} {verb}")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.failed:
            parts.append(f"[red]{self.failed} failed[/red]")
        self._say(", ".join(parts) + "." if parts else f"No {noun}s to process.")
