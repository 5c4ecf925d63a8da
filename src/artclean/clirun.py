"""Shared plumbing of the ``artclean`` commands: options, the batch runner, output.

Kept apart from :mod:`artclean.cli` so that the command module holds only
commands; like it, this module may use Click and Rich (it drives the terminal).
"""

from __future__ import annotations

import enum
import errno
import functools
import os
import sys
import traceback
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import click
from rich.console import Console
from rich.progress import Progress

from .config import DEFAULT_MAX_SIZE, Config
from .console import make_console, stderr_is_interactive
from .errors import ArtcleanError
from .files import (
    STDIN,
    InputError,
    expand_paths,
    find_settings,
    load_settings_file,
)
from .jobs import (
    REPORT_HINT,
    Outcome,
    internal_error,
    run_in_order,
)
from .report import ExitCode, Report
from .settings import Settings

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

PROGRESS_MIN_FILES = 4
"""Fewer files than this finish too fast for a progress bar to help."""

VERBOSE_KEY = "artclean.verbose"
"""``ctx.meta`` key: whether ``-v`` was given, for the top-level internal-error handler."""

P = ParamSpec("P")
T = TypeVar("T")


class WriteBack(enum.Enum):
    """What ``clean`` does with a changed file, derived once from the flags."""

    YES = "write"
    CHECK = "check"
    DIFF = "diff"
    CHECK_DIFF = "check-diff"
    STDOUT = "stdout"

    @classmethod
    def from_configuration(cls, *, check: bool, diff: bool, stdin: bool) -> WriteBack:
        """``--check`` and ``--diff`` write nothing; ``clean -`` writes to stdout.

        >>> WriteBack.from_configuration(check=True, diff=True, stdin=False)
        <WriteBack.CHECK_DIFF: 'check-diff'>
        """
        if check and diff:
            return cls.CHECK_DIFF
        if diff:
            return cls.DIFF
        if check:
            return cls.CHECK
        return cls.STDOUT if stdin else cls.YES

    @property
    def check(self) -> bool:
        """Whether a change makes the run fail with exit code 1."""
        return self in (WriteBack.CHECK, WriteBack.CHECK_DIFF)

    @property
    def dry_run(self) -> bool:
        """Whether files are left as they are."""
        return self in (WriteBack.CHECK, WriteBack.DIFF, WriteBack.CHECK_DIFF)


class MainGroup(click.Group):
    """The command group; turns an unexpected exception into one line and exit code 123.

    Per-file errors are handled where the file is processed; this is the last
    resort, so that no traceback is ever printed without ``-v``.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as error:
            if error.errno == errno.EPIPE:
                raise  # Click's main exits quietly on a broken pipe.
            internal_error_exit(ctx, error)
        except Exception as error:
            internal_error_exit(ctx, error)


def internal_error_exit(ctx: click.Context, error: Exception) -> None:
    summary = f"{type(error).__name__}: {error}".splitlines()[0]
    click.echo(f"error: internal error ({summary}); {REPORT_HINT}", err=True)
    if ctx.meta.get(VERBOSE_KEY):
        click.echo("".join(traceback.format_exception(error)), err=True, nl=False)
    ctx.exit(ExitCode.INPUT_FAILED)


@dataclass(frozen=True)
class Common:
    """The options every command shares (see :func:`common_options`)."""

    encoding: str | None
    language: str | None
    max_size: int | None
    config_file: str | None
    quiet: bool
    verbose: bool
    color: bool | None

    def settings(self) -> Settings:
        """``--config FILE``, else the nearest pyproject.toml's ``[tool.artclean]``."""
        try:
            if self.config_file:
                return load_settings_file(self.config_file)
            return find_settings()[0]
        except ArtcleanError as error:
            raise click.UsageError(str(error)) from None

    def config(self, settings: Settings) -> Config:
        """The pipeline options: flags first, then settings, then defaults."""
        return Config(
            encoding=self.encoding or settings.encoding,
            language=self.language or settings.language,
            max_size=self.max_size or settings.max_size or DEFAULT_MAX_SIZE,
            extra_boilerplate=settings.boilerplate_phrases,
            extra_attribution=settings.attribution_cues,
        )

    def console(self) -> Console:
        """The stderr console for messages."""
        return make_console(self.color)

    def report(self, *, check: bool = False, dry_run: bool = False) -> Report:
        return Report(
            self.console(), check=check, dry_run=dry_run, quiet=self.quiet, verbose=self.verbose
        )


COMMON_OPTIONS = (
    click.option(
        "--encoding", metavar="NAME", help="Decode inputs with this codec instead of detecting it."
    ),
    click.option(
        "--lang",
        "language",
        metavar="CODE",
        help="Language of the articles (ISO 639-1, e.g. de) instead of detecting it.",
    ),
    click.option(
        "--max-size",
        type=click.IntRange(min=1),
        metavar="BYTES",
        help=f"Refuse inputs larger than this [default: {DEFAULT_MAX_SIZE}].",
    ),
    click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Read settings from FILE instead of the nearest pyproject.toml [tool.artclean].",
    ),
    click.option("-q", "--quiet", is_flag=True, help="Print errors only."),
    click.option(
        "-v",
        "--verbose",
        is_flag=True,
        help="Also print unchanged and skipped files, encodings and tracebacks.",
    ),
    click.option(
        "--color/--no-color",
        default=None,
        help="Force or forbid colour [default: on a terminal, unless NO_COLOR is set].",
    ),
)


def common_options(
    command: Callable[P, None],
) -> Callable[..., None]:
    """Add the shared options to a command, passed to it as one ``common`` value."""

    @functools.wraps(command)
    def wrapper(
        *args: Any,
        encoding: str | None,
        language: str | None,
        max_size: int | None,
        config_file: str | None,
        quiet: bool,
        verbose: bool,
        color: bool | None,
        **kwargs: Any,
    ) -> None:
        if quiet and verbose:
            raise click.UsageError("-q/--quiet and -v/--verbose cannot be used together")
        click.get_current_context().meta[VERBOSE_KEY] = verbose
        common = Common(encoding, language, max_size, config_file, quiet, verbose, color)
        command(*args, common=common, **kwargs)  # type: ignore[arg-type]

    decorated: Callable[..., None] = wrapper
    for option in reversed(COMMON_OPTIONS):
        decorated = option(decorated)
    return decorated


def jobs_option(command: Callable[P, T]) -> Callable[P, T]:
    """``-j/--jobs N``: process files in N worker processes."""
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        metavar="N",
        help="Process files in N parallel processes (output stays in input order).",
    )(command)


def collect_inputs(
    files: Sequence[str], settings: Settings, *, walk: bool
) -> list[str | InputError]:
    """Input names in order; no name with piped stdin means ``-``."""
    if not files:
        if sys.stdin is not None and not sys.stdin.isatty():
            return [STDIN]
        raise click.UsageError("no input: pass FILE or '-', or pipe text into artclean")
    if walk:
        return list(expand_paths(files, settings.include, settings.exclude))
    return list(files)


def show_progress(count: int, *, quiet: bool, stdin: bool) -> bool:
    """A bar helps for several files, on a terminal, and never for stdin."""
    return count >= PROGRESS_MIN_FILES and not quiet and not stdin and stderr_is_interactive()


def run_batch(
    work: Callable[[str], Outcome], names: list[str], jobs: int, console: Console, quiet: bool
) -> Generator[Outcome, None, None]:
    """Run ``work`` on each name and yield the outcomes in input order, with a progress bar.

    The bar is transient, on stderr; closing the iterator early (a broken
    pipe, Ctrl-C) cancels the files not yet started.
    """
    with closing(run_in_order(work, names, jobs)) as outcomes:
        if not show_progress(len(names), quiet=quiet, stdin=STDIN in names):
            yield from outcomes
            return
        # Started after the worker processes: never fork while the bar's thread runs.
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("artclean", total=len(names))
            for outcome in outcomes:
                progress.advance(task)
                yield outcome


def outcomes_in_order(
    inputs: Sequence[str | InputError | Outcome],
    work: Callable[[str], Outcome],
    jobs: int,
    console: Console,
    quiet: bool,
) -> Generator[Outcome, None, None]:
    """Outcomes for all inputs in input order.

    A path that cannot be found fails in its place; an :class:`Outcome`
    decided beforehand (a skipped symlink) is passed through.
    """
    names = [item for item in inputs if isinstance(item, str)]
    with closing(run_batch(work, names, jobs, console, quiet)) as outcomes:
        for item in inputs:
            if isinstance(item, InputError):
                yield Outcome(str(item).split(": ", 1)[0], error=str(item))
            elif isinstance(item, Outcome):
                yield item
            else:
                yield next(outcomes)


def write_stdout(data: bytes) -> None:
    """Write data to stdout as bytes.

    On a broken pipe (``| head``), stdout is pointed at /dev/null so that the
    final flush at exit cannot fail again, and the error goes on to Click's
    main, which exits quietly.
    """
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):  # pragma: no cover - no real stdout
            pass
        raise


@contextmanager
def per_file(report: Report, name: str) -> Iterator[None]:
    """Record an unexpected error while finishing one file, and go on with the next."""
    try:
        yield
    except BrokenPipeError:
        raise
    except Exception as error:
        outcome = internal_error(name, error)
        report.fail(outcome.error or name, detail=outcome.detail)


def report_failure(report: Report, outcome: Outcome) -> None:
    report.fail(outcome.error or f"{outcome.name}: failed", detail=outcome.detail)
