"""The ``artclean`` command line: Click commands only, no text logic.

stdout carries data only (text, JSON, diffs), written as UTF-8 bytes; every
message goes to the stderr console through :class:`~artclean.report.Report`,
which alone decides the exit code.
"""

from __future__ import annotations

import enum
import errno
import functools
import json
import os
import sys
import traceback
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.text import Text

from . import __version__
from .config import DEFAULT_MAX_SIZE, Config
from .console import make_console, make_stdout_console, stderr_is_interactive
from .errors import ArtcleanError
from .explain import explain_rows, row_parts
from .files import (
    STDIN,
    InputError,
    atomic_write,
    expand_paths,
    find_settings,
    load_settings_file,
    write_output,
)
from .jobs import (
    REPORT_HINT,
    Outcome,
    OutputOptions,
    clean_job,
    decode_job,
    detect_record,
    extract_job,
    internal_error,
    run_in_order,
)
from .render import EXTENSIONS, FORMATS, article_header, render_diff
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


class _Main(click.Group):
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
            _internal_error_exit(ctx, error)
        except Exception as error:
            _internal_error_exit(ctx, error)


def _internal_error_exit(ctx: click.Context, error: Exception) -> None:
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


_COMMON_OPTIONS = (
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
    for option in reversed(_COMMON_OPTIONS):
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


def _inputs(files: Sequence[str], settings: Settings, *, walk: bool) -> list[str | InputError]:
    """Input names in order; no name with piped stdin means ``-``."""
    if not files:
        if sys.stdin is not None and not sys.stdin.isatty():
            return [STDIN]
        raise click.UsageError("no input: pass FILE or '-', or pipe text into artclean")
    if walk:
        return list(expand_paths(files, settings.include, settings.exclude))
    return list(files)


def _show_progress(count: int, *, quiet: bool, stdin: bool) -> bool:
    """A bar helps for several files, on a terminal, and never for stdin."""
    return count >= PROGRESS_MIN_FILES and not quiet and not stdin and stderr_is_interactive()


def _run(
    work: Callable[[str], Outcome], names: list[str], jobs: int, console: Console, quiet: bool
) -> Generator[Outcome, None, None]:
    """Run ``work`` on each name and yield the outcomes in input order, with a progress bar.

    The bar is transient, on stderr; closing the iterator early (a broken
    pipe, Ctrl-C) cancels the files not yet started.
    """
    with closing(run_in_order(work, names, jobs)) as outcomes:
        if not _show_progress(len(names), quiet=quiet, stdin=STDIN in names):
            yield from outcomes
            return
        # Started after the worker processes: never fork while the bar's thread runs.
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("artclean", total=len(names))
            for outcome in outcomes:
                progress.advance(task)
                yield outcome


def _outcomes(
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
    with closing(_run(work, names, jobs, console, quiet)) as outcomes:
        for item in inputs:
            if isinstance(item, InputError):
                yield Outcome(str(item).split(": ", 1)[0], error=str(item))
            elif isinstance(item, Outcome):
                yield item
            else:
                yield next(outcomes)


def _stdout(data: bytes) -> None:
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
def _per_file(report: Report, name: str) -> Iterator[None]:
    """Record an unexpected error while finishing one file, and go on with the next."""
    try:
        yield
    except BrokenPipeError:
        raise
    except Exception as error:
        outcome = internal_error(name, error)
        report.fail(outcome.error or name, detail=outcome.detail)


def _fail(report: Report, outcome: Outcome) -> None:
    report.fail(outcome.error or f"{outcome.name}: failed", detail=outcome.detail)


@click.group(cls=_Main, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="artclean")
def main() -> None:
    """Turn raw article text files into clean, structured text.

    artclean decodes article files in any encoding and separates the title,
    byline, date, body paragraphs and source attribution from the boilerplate
    around them (menus, share buttons, promotions, comment forms, captions).

    Data goes to stdout, messages to stderr. Exit codes: 0 success or nothing
    to change; 1 'clean --check' found a file that would change; 2 usage or
    configuration error; 123 an input could not be read, decoded or cleaned
    (the other inputs are still processed).

    Settings come from [tool.artclean] in the nearest pyproject.toml, or
    --config FILE; flags override them.

    \b
    Example:
      artclean extract article.txt
      cat article.txt | artclean extract --format json | jq .source
      artclean clean --check articles/
    """


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format [default: text, or format in [tool.artclean]].",
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write DIR/<input stem>.<txt|json|jsonl|md> per input instead of stdout.",
)
@click.option(
    "--ascii", "ascii_only", is_flag=True, help="Transliterate the output to ASCII (Unidecode)."
)
@click.option("--no-title", is_flag=True, help="Leave the title out of text and Markdown output.")
@click.option(
    "--no-source", is_flag=True, help="Leave the source line out of text and Markdown output."
)
@click.option("--explain", is_flag=True, help="With JSON output, add each line's label and reason.")
@jobs_option
@common_options
def extract(
    files: tuple[str, ...],
    output_format: str | None,
    output_dir: str | None,
    ascii_only: bool,
    no_title: bool,
    no_source: bool,
    explain: bool,
    jobs: int,
    common: Common,
) -> None:
    """Extract the article from FILE(s) (or '-' for stdin) and write it to stdout.

    Text output is the title, a blank line, the paragraphs separated by blank
    lines and, when there is one, a blank line and the source line. With
    several inputs, JSON becomes JSON Lines (one object per input, each with
    its "path"), text articles each start with a '==> FILE <==' line, and
    Markdown articles are separated by '---' and start with '<!-- FILE -->'.

    \b
    Example:
      artclean extract article.txt
      artclean extract --format json article.txt | jq .title
      cat article.txt | artclean extract --format jsonl
      artclean extract --output-dir out/ --format markdown articles/*.txt
    """
    settings = common.settings()
    config = common.config(settings)
    fmt = output_format or settings.format
    inputs = _inputs(files, settings, walk=False)
    many = len(inputs) > 1
    options = OutputOptions(
        format=fmt,
        title=not no_title,
        source=not no_source,
        ascii_only=ascii_only,
        explain=explain,
        indent_json=fmt == "json" and not many and output_dir is None,
    )
    report = common.report()
    targets: dict[str, str] = {}
    first = True
    work = partial(extract_job, config=config, options=options)
    with closing(_outcomes(inputs, work, jobs, report.console, common.quiet)) as outcomes:
        for outcome in outcomes:
            if outcome.error or outcome.output is None:
                _fail(report, outcome)
                continue
            with _per_file(report, outcome.name):
                for warning in outcome.warnings:
                    report.warn(outcome.name, warning)
                if outcome.empty_body:
                    report.warn(outcome.name, "no article body found")
                if output_dir:
                    _write_to_dir(output_dir, outcome, EXTENSIONS[fmt], targets, report)
                    continue
                if many and fmt in ("text", "markdown"):
                    _stdout(article_header(fmt, outcome.name, first=first).encode("utf-8"))
                _stdout(outcome.output)
                first = False
                report.processed(outcome.name, encoding=outcome.encoding)
    if many:
        report.batch_summary("extracted")
    click.get_current_context().exit(report.return_code)


def _write_to_dir(
    output_dir: str, outcome: Outcome, extension: str, targets: dict[str, str], report: Report
) -> None:
    """Write one output file, refusing to overwrite the output of an earlier input."""
    assert outcome.output is not None
    stem = "stdin" if outcome.name == STDIN else Path(outcome.name).stem
    target = str(Path(output_dir) / f"{stem}.{extension}")
    if target in targets:
        report.fail(
            f"{outcome.name}: output {target} was already written for {targets[target]}; "
            "extract these files to separate --output-dir folders"
        )
        return
    try:
        written = write_output(output_dir, outcome.name, extension, outcome.output)
    except ArtcleanError as error:
        report.fail(str(error))
        return
    except OSError as error:
        report.fail(f"{target}: cannot write ({error.strerror or error}); check --output-dir")
        return
    targets[target] = outcome.name
    report.processed(outcome.name, encoding=outcome.encoding)
    if report.verbose:
        report.console.print(f"[dim]wrote {escape(written)}[/dim]", soft_wrap=True)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any file would change.")
@click.option(
    "--diff", is_flag=True, help="Write nothing; print a unified diff of each change to stdout."
)
@click.option(
    "--include",
    multiple=True,
    metavar="GLOB",
    help="File names to clean in folders (repeatable) [default: *.txt, or include in settings].",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="File or folder names to skip in folders (repeatable) [default: exclude in settings].",
)
@jobs_option
@common_options
def clean(
    paths: tuple[str, ...],
    check: bool,
    diff: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: int,
    common: Common,
) -> None:
    """Rewrite article files in place as clean UTF-8 text.

    Each file becomes: title, blank line, body paragraphs separated by blank
    lines, blank line and the source line (when found); LF newlines and one
    final newline. Folders are searched recursively for *.txt; symbolic links
    are neither followed nor written through. Writes are atomic and keep the
    file mode; files already clean are not touched; a file whose body would
    come out empty is left as it is and reported. Cleaning is idempotent.
    'clean -' reads stdin and writes the cleaned text to stdout.

    Exit codes: 0 done or nothing to do; 1 with --check, some file would
    change (--diff alone exits 0); 123 some input failed.

    \b
    Example:
      artclean clean articles/
      artclean clean --check --diff articles/
      artclean clean --exclude 'drafts' --include '*.txt' --include '*.text' .
    """
    settings = common.settings()
    if include or exclude:
        settings = replace(
            settings, include=include or settings.include, exclude=exclude or settings.exclude
        )
    config = common.config(settings)
    inputs = _inputs(paths, settings, walk=True)
    write_back = WriteBack.from_configuration(check=check, diff=diff, stdin=inputs == [STDIN])
    report = common.report(check=write_back.check, dry_run=write_back.dry_run)
    # A symlink named on the command line is not written through (those in folders are not
    # even listed): the file it points to may be outside the tree, or named as well.
    items = [_skip_symlink(item) for item in inputs]
    work = partial(clean_job, config=config)
    with closing(_outcomes(items, work, jobs, report.console, common.quiet)) as outcomes:
        for outcome in outcomes:
            with _per_file(report, outcome.name):
                _finish_clean(outcome, write_back, report)
    if write_back is not WriteBack.STDOUT:
        report.clean_summary()
    click.get_current_context().exit(report.return_code)


def _skip_symlink(item: str | InputError) -> str | InputError | Outcome:
    if isinstance(item, str) and item != STDIN and Path(item).is_symlink():
        return Outcome(item, skip="symbolic link; artclean does not write through links")
    return item


def _finish_clean(outcome: Outcome, write_back: WriteBack, report: Report) -> None:
    if outcome.skip:
        report.skip(outcome.name, outcome.skip)
        return
    if outcome.error or outcome.original is None:
        _fail(report, outcome)
        return
    for warning in outcome.warnings:
        report.warn(outcome.name, warning)
    if outcome.empty_body or outcome.output is None:
        if write_back is WriteBack.STDOUT:
            _stdout(outcome.original)
        report.skip(outcome.name, "no article body found; left unchanged")
        return
    changed = outcome.output != outcome.original
    if write_back is WriteBack.STDOUT:
        _stdout(outcome.output)  # a filter: the data says it all
        return
    if changed and write_back in (WriteBack.DIFF, WriteBack.CHECK_DIFF):
        before = outcome.original.decode("utf-8", "replace")
        after = outcome.output.decode("utf-8")
        _stdout(render_diff(before, after, outcome.name).encode("utf-8"))
    elif changed and write_back is WriteBack.YES:
        try:
            atomic_write(outcome.name, outcome.output, original=outcome.original)
        except ArtcleanError as error:
            report.fail(str(error))
            return
    report.done(outcome.name, changed=changed, encoding=outcome.encoding)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(allow_dash=True, readable=False), required=False)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="One line per input line, or the same as JSON data.",
)
@common_options
def explain(file: str | None, output_format: str, common: Common) -> None:
    """Show every line of FILE with its label and the reason for it.

    Labels: title, body, source, byline, date, or the boilerplate kind
    (navigation, promotion, comments, share, related, caption, legal, other).
    Each line shows the input line number, the label, the text (shortened to
    80 characters) and, after '←', the rule that decided. Coloured by label
    on a terminal; --format json gives the whole article record with a
    "lines" list of {line, text, label, rule, first_label, signals}.

    \b
    Example:
      artclean explain article.txt
      artclean explain --format json article.txt | jq '.lines[] | select(.label == "body")'
    """
    settings = common.settings()
    config = common.config(settings)
    name = _inputs((file,) if file else (), settings, walk=False)[0]
    assert isinstance(name, str)
    report = common.report()
    options = OutputOptions(format="json", explain=True, indent_json=True)
    outcome = extract_job(name, config, options)
    if outcome.error or outcome.output is None:
        _fail(report, outcome)
        click.get_current_context().exit(report.return_code)
    assert outcome.output is not None
    with _per_file(report, name):
        for warning in outcome.warnings:
            report.warn(name, warning)
        if output_format == "json":
            _stdout(outcome.output)
        else:
            _print_explain(json.loads(outcome.output), common.color)
    click.get_current_context().exit(report.return_code)


def _print_explain(record: dict[str, Any], color: bool | None) -> None:
    out = make_stdout_console(color)
    rows = explain_rows(record)
    if not out.is_terminal or color is False:
        _stdout("".join("".join(row_parts(row)) + "\n" for row in rows).encode("utf-8"))
        return
    for row in rows:
        number, label, text, reason = row_parts(row)
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(number, style="dim")
        line.append(label, style=row.style)
        line.append(text, style=row.style)
        line.append(reason, style="dim")
        out.print(line)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write DIR/<input stem>.txt per input instead of stdout.",
)
@click.option(
    "--normalize", is_flag=True, help="Also apply artclean's text normalisation (NFC, LF, spaces)."
)
@jobs_option
@common_options
def decode(
    files: tuple[str, ...], output_dir: str | None, normalize: bool, jobs: int, common: Common
) -> None:
    """Write FILE(s) decoded to UTF-8, changing nothing but the encoding.

    Mojibake (UTF-8 read as cp1252/latin-1/cp1258) is repaired; newlines and
    everything else stay as they are unless --normalize is given.

    \b
    Example:
      artclean decode old-cp1258.txt > utf8.txt
      artclean decode --encoding viscii tin.txt
    """
    settings = common.settings()
    config = common.config(settings)
    report = common.report()
    inputs = _inputs(files, settings, walk=False)
    names = [item for item in inputs if isinstance(item, str)]
    targets: dict[str, str] = {}
    work = partial(decode_job, config=config, normalize=normalize)
    with closing(_run(work, names, jobs, report.console, common.quiet)) as outcomes:
        for outcome in outcomes:
            if outcome.error or outcome.output is None:
                _fail(report, outcome)
                continue
            with _per_file(report, outcome.name):
                for warning in outcome.warnings:
                    report.warn(outcome.name, warning)
                if output_dir:
                    _write_to_dir(output_dir, outcome, "txt", targets, report)
                else:
                    _stdout(outcome.output)
                    report.processed(outcome.name, encoding=outcome.encoding)
    if len(inputs) > 1:
        report.batch_summary("decoded")
    click.get_current_context().exit(report.return_code)


def _detect_line(record: dict[str, Any]) -> str:
    bom = "yes" if record["bom"] else "no"
    mojibake = "repaired" if record["mojibake_repaired"] else "no"
    return (
        f"{record['path']}: {record['encoding']} (confidence {record['confidence']:.2f}), "
        f"bom={bom}, mojibake={mojibake}, language={record['language'] or '?'}, "
        f"newline={record['newline']}, {record['bytes']} bytes\n"
    )


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="A line per file, or JSON.",
)
@common_options
def detect(files: tuple[str, ...], output_format: str, common: Common) -> None:
    """Report how FILE(s) are encoded: encoding, confidence, BOM, mojibake, language, newlines.

    \b
    Example:
      artclean detect articles/*.txt
      artclean detect --format json old.txt
    """
    settings = common.settings()
    config = common.config(settings)
    report = common.report()
    inputs = _inputs(files, settings, walk=False)
    records = []
    for name in inputs:
        assert isinstance(name, str)
        result = detect_record(name, config)
        if isinstance(result, Outcome):
            _fail(report, result)
            continue
        records.append(result)
        if output_format == "text":
            _stdout(_detect_line(result).encode("utf-8"))
        elif output_format == "jsonl":
            _stdout((json.dumps(result, ensure_ascii=False) + "\n").encode("utf-8"))
        report.processed(name, encoding=result["encoding"])
    if output_format == "json":
        payload: Any = records[0] if len(inputs) == 1 and records else records
        _stdout((json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    click.get_current_context().exit(report.return_code)


__all__ = ["Common", "WriteBack", "common_options", "jobs_option", "main"]
