"""The ``artclean`` command line: Click commands only, no text logic."""

from __future__ import annotations

import enum
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from . import __version__
from .config import DEFAULT_MAX_SIZE, Config
from .errors import ArtcleanError
from .files import STDIN, InputError, atomic_write, expand_paths, find_settings, load_settings_file, write_output
from .jobs import OutputOptions, Outcome, clean_job, decode_job, detect_record, extract_job
from .render import EXTENSIONS, FORMATS, render_diff
from .report import ExitCode, Report
from .settings import Settings
from .console import make_console
from .explain import explain_lines

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PROGRESS_MIN_FILES = 4
"""Fewer files than this finish too fast for a progress bar to help."""

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


class WriteBack(enum.Enum):
    """What ``clean`` does with a changed file, derived once from the flags."""

    YES = "write"
    CHECK = "check"
    DIFF = "diff"
    CHECK_DIFF = "check-diff"
    STDOUT = "stdout"

    @classmethod
    def from_flags(cls, *, check: bool, diff: bool, stdin: bool) -> WriteBack:
        if check and diff:
            return cls.CHECK_DIFF
        if diff:
            return cls.DIFF
        if check:
            return cls.CHECK
        return cls.STDOUT if stdin else cls.YES


def common_options(function: F) -> F:
    """Options every command shares: decoding, config, verbosity, colour."""
    decorators = [
        click.option("--encoding", metavar="NAME", help="Decode inputs with this codec instead of detecting it."),
        click.option("--lang", "language", metavar="CODE", help="Language (ISO 639-1) instead of detecting it."),
        click.option("--max-size", type=click.IntRange(min=1), metavar="BYTES",
                     help=f"Refuse inputs larger than this [default: {DEFAULT_MAX_SIZE}]."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Read settings from FILE instead of the nearest pyproject.toml [tool.artclean]."),
        click.option("-q", "--quiet", is_flag=True, help="Print errors only."),
        click.option("-v", "--verbose", is_flag=True, help="Also print unchanged files and detected encodings."),
        click.option("--color/--no-color", default=None, help="Force or forbid colour on stderr [default: auto, NO_COLOR]."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def jobs_option(function: F) -> F:
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
                        help="Process files in N parallel processes (output stays in input order).")(function)


def _settings(config_file: str | None) -> Settings:
    try:
        return load_settings_file(config_file) if config_file else find_settings()[0]
    except ArtcleanError as error:
        raise click.UsageError(str(error)) from None


def _config(settings: Settings, encoding: str | None, language: str | None, max_size: int | None) -> Config:
    return Config(
        encoding=encoding or settings.encoding,
        language=language or settings.language,
        max_size=max_size or settings.max_size or DEFAULT_MAX_SIZE,
        extra_boilerplate=settings.boilerplate_phrases,
        extra_attribution=settings.attribution_cues,
    )


def _inputs(files: Sequence[str], settings: Settings, *, allow_dirs: bool) -> list[str | InputError]:
    if not files:
        if sys.stdin is not None and not sys.stdin.isatty():
            return [STDIN]
        raise click.UsageError("no input: pass FILE or '-', or pipe text into artclean")
    if allow_dirs:
        return list(expand_paths(files, settings.include, settings.exclude))
    return [STDIN if name == STDIN else name for name in files]


def _run(work: Callable[[str], T], names: list[str], jobs: int, console: Console, quiet: bool) -> Iterator[T]:
    """Run ``work`` on each name in input order, in parallel with ``jobs`` > 1."""
    show_progress = len(names) >= PROGRESS_MIN_FILES and console.is_terminal and not quiet and STDIN not in names
    progress = Progress(console=console, transient=True) if show_progress else None
    task = progress.add_task("artclean", total=len(names)) if progress else None
    if progress:
        progress.start()
    try:
        if jobs > 1 and len(names) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for result in pool.map(work, names, chunksize=4):
                    if progress and task is not None:
                        progress.advance(task)
                    yield result
        else:
            for name in names:
                result = work(name)
                if progress and task is not None:
                    progress.advance(task)
                yield result
    finally:
        if progress:
            progress.stop()


def _stdout(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="artclean")
def main() -> None:
    """Turn raw article text files into clean, structured text.

    artclean decodes article files in any encoding and separates the title,
    byline, date, body paragraphs and source attribution from the boilerplate
    around them (menus, share buttons, promotions, comment forms, captions).

    \b
    Example:
      artclean extract article.txt
      cat article.txt | artclean extract - --format json | jq .source
      artclean clean --check articles/
    """


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-f", "--format", "output_format", type=click.Choice(FORMATS), default=None,
              help="Output format [default: text, or [tool.artclean] format].")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write DIR/<input stem>.<txt|json|md> per input instead of stdout.")
@click.option("--ascii", "ascii_only", is_flag=True, help="Transliterate the output to ASCII (Unidecode).")
@click.option("--no-title", is_flag=True, help="Leave the title out of text and Markdown output.")
@click.option("--no-source", is_flag=True, help="Leave the source line out of text and Markdown output.")
@click.option("--explain", is_flag=True, help="With JSON output, add each line's label and reason.")
@jobs_option
@common_options
def extract(files: tuple[str, ...], output_format: str | None, output_dir: str | None, ascii_only: bool,
            no_title: bool, no_source: bool, explain: bool, jobs: int, encoding: str | None, language: str | None,
            max_size: int | None, config_file: str | None, quiet: bool, verbose: bool, color: bool | None) -> None:
    """Extract the article from FILE(s) (or '-' for stdin) and write it to stdout.

    With several inputs, JSON output becomes JSON Lines (one object per input,
    each with its "path"), and text or Markdown articles are separated by a
    line of form feed ("\\f").

    \b
    Example:
      artclean extract article.txt
      artclean extract --format json article.txt | jq .title
      cat article.txt | artclean extract - --format jsonl
      artclean extract --output-dir out/ --format markdown articles/*.txt
    """
    settings = _settings(config_file)
    config = _config(settings, encoding, language, max_size)
    fmt = output_format or settings.format
    inputs = _inputs(files, settings, allow_dirs=False)
    many = len(inputs) > 1
    options = OutputOptions(format=fmt, title=not no_title, source=not no_source, ascii_only=ascii_only,
                            explain=explain, indent_json=fmt == "json" and not many and output_dir is None)
    console = make_console(color, quiet=False)
    report = Report(console, quiet=quiet, verbose=verbose)
    names = [item for item in inputs if isinstance(item, str)]
    for item in inputs:
        if isinstance(item, InputError):
            report.fail(str(item))
    first = True
    for outcome in _run(partial(extract_job, config=config, options=options), names, jobs, console, quiet):
        if outcome.error or outcome.output is None:
            report.fail(outcome.error or f"{outcome.name}: failed")
            continue
        for warning in outcome.warnings:
            report.warn(outcome.name, warning)
        if outcome.empty_body:
            report.warn(outcome.name, "no article body found")
        if output_dir:
            try:
                target = write_output(output_dir, outcome.name, EXTENSIONS[fmt], outcome.output)
            except (ArtcleanError, OSError) as error:
                report.fail(str(error))
                continue
            if verbose:
                console.print(f"[dim]wrote {escape(target)}[/dim]", soft_wrap=True)
        else:
            if many and not first and fmt in ("text", "markdown"):
                _stdout(b"\f\n")
            _stdout(outcome.output)
        first = False
        report.processed(outcome.name, encoding=outcome.encoding)
    sys.exit(report.return_code)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any file would change.")
@click.option("--diff", is_flag=True, help="Write nothing; print a unified diff of each change to stdout.")
@click.option("--include", multiple=True, metavar="GLOB", help="File names to clean in folders [default: *.txt].")
@click.option("--exclude", multiple=True, metavar="GLOB", help="File or folder names to skip in folders.")
@jobs_option
@common_options
def clean(paths: tuple[str, ...], check: bool, diff: bool, include: tuple[str, ...], exclude: tuple[str, ...],
          jobs: int, encoding: str | None, language: str | None, max_size: int | None, config_file: str | None,
          quiet: bool, verbose: bool, color: bool | None) -> None:
    """Rewrite article files in place as clean UTF-8 text.

    Each file becomes: title, blank line, body paragraphs separated by blank
    lines, blank line and the source line. Folders are searched recursively
    for *.txt. Writes are atomic and keep the file mode; files that would not
    change are not touched; a file whose body would come out empty is skipped.
    'clean -' reads stdin and writes the cleaned text to stdout.

    \b
    Example:
      artclean clean articles/
      artclean clean --check --diff articles/
    """
    settings = _settings(config_file)
    if include or exclude:
        settings = replace(settings, include=include or settings.include, exclude=exclude or settings.exclude)
    config = _config(settings, encoding, language, max_size)
    inputs = _inputs(paths, settings, allow_dirs=True)
    write_back = WriteBack.from_flags(check=check, diff=diff, stdin=inputs == [STDIN])
    console = make_console(color)
    report = Report(console, check=write_back in (WriteBack.CHECK, WriteBack.CHECK_DIFF, WriteBack.DIFF),
                    quiet=quiet, verbose=verbose)
    names = [item for item in inputs if isinstance(item, str)]
    for item in inputs:
        if isinstance(item, InputError):
            report.fail(str(item))
    for outcome in _run(partial(clean_job, config=config), names, jobs, console, quiet):
        _finish_clean(outcome, write_back, report)
    if write_back is not WriteBack.STDOUT:
        report.summary()
    code = report.return_code
    if write_back is WriteBack.DIFF and code == ExitCode.WOULD_CHANGE:
        code = ExitCode.OK
    sys.exit(code)


def _finish_clean(outcome: Outcome, write_back: WriteBack, report: Report) -> None:
    if outcome.error or outcome.output is None or outcome.original is None:
        report.fail(outcome.error or f"{outcome.name}: failed")
        return
    if write_back is WriteBack.STDOUT:
        _stdout(outcome.output if not outcome.empty_body else outcome.original)
        if outcome.empty_body:
            report.warn(outcome.name, "no article body found; input passed through unchanged")
        return
    if outcome.empty_body:
        report.skip(outcome.name, "no article body found; left unchanged")
        return
    changed = outcome.output != outcome.original
    if changed and write_back in (WriteBack.DIFF, WriteBack.CHECK_DIFF):
        before = outcome.original.decode("utf-8", "replace")
        _stdout(render_diff(before, outcome.output.decode("utf-8"), outcome.name).encode("utf-8"))
    if changed and write_back is WriteBack.YES:
        try:
            atomic_write(outcome.name, outcome.output)
        except ArtcleanError as error:
            report.fail(str(error))
            return
    report.done(outcome.name, changed=changed, encoding=outcome.encoding)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(allow_dash=True), required=False)
@click.option("-f", "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Plain/coloured lines, or JSON data.")
@common_options
def explain(file: str | None, output_format: str, encoding: str | None, language: str | None,
            max_size: int | None, config_file: str | None, quiet: bool, verbose: bool, color: bool | None) -> None:
    """Show every line of FILE with its label and the reason for it.

    Labels: title, body, source, byline, date, or the boilerplate kind
    (navigation, promotion, comments, share, related, caption, legal, other).
    Coloured by label on a terminal; --format json gives the same as data.

    \b
    Example:
      artclean explain article.txt
      artclean explain article.txt --format json | jq '.lines[] | select(.label=="body")'
    """
    settings = _settings(config_file)
    config = _config(settings, encoding, language, max_size)
    name = _inputs((file,) if file else (), settings, allow_dirs=False)[0]
    report = Report(make_console(color), quiet=quiet, verbose=verbose)
    assert isinstance(name, str)
    outcome = extract_job(name, config, OutputOptions(format="json", explain=True, indent_json=True))
    if outcome.error or outcome.output is None:
        report.fail(outcome.error or f"{name}: failed")
        sys.exit(report.return_code)
    record = json.loads(outcome.output)
    if output_format == "json":
        _stdout(outcome.output)
    else:
        out = Console(file=sys.stdout, force_terminal=color if color is not None else None,
                      no_color=bool(os.environ.get("NO_COLOR")) or color is False, highlight=False,
                      soft_wrap=True)
        for markup in explain_lines(record, styled=out.is_terminal and not out.no_color):
            out.print(markup)
    sys.exit(report.return_code)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write DIR/<input stem>.txt per input instead of stdout.")
@click.option("--normalize", is_flag=True, help="Also apply artclean's text normalisation (NFC, LF, spaces).")
@jobs_option
@common_options
def decode(files: tuple[str, ...], output_dir: str | None, normalize: bool, jobs: int, encoding: str | None,
           language: str | None, max_size: int | None, config_file: str | None, quiet: bool, verbose: bool,
           color: bool | None) -> None:
    """Write FILE(s) decoded to UTF-8, changing nothing but the encoding.

    Mojibake (UTF-8 read as cp1252/latin-1/cp1258) is repaired; newlines and
    everything else stay as they are unless --normalize is given.

    \b
    Example:
      artclean decode old-cp1258.txt > utf8.txt
      artclean decode --encoding viscii tin.txt
    """
    settings = _settings(config_file)
    config = _config(settings, encoding, language, max_size)
    console = make_console(color)
    report = Report(console, quiet=quiet, verbose=verbose)
    inputs = _inputs(files, settings, allow_dirs=False)
    names = [item for item in inputs if isinstance(item, str)]
    for outcome in _run(partial(decode_job, config=config, normalize=normalize), names, jobs, console, quiet):
        if outcome.error or outcome.output is None:
            report.fail(outcome.error or f"{outcome.name}: failed")
            continue
        for warning in outcome.warnings:
            report.warn(outcome.name, warning)
        if output_dir:
            try:
                write_output(output_dir, outcome.name, "txt", outcome.output)
            except (ArtcleanError, OSError) as error:
                report.fail(str(error))
                continue
        else:
            _stdout(outcome.output)
        report.processed(outcome.name, encoding=outcome.encoding)
    sys.exit(report.return_code)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-f", "--format", "output_format", type=click.Choice(["text", "json", "jsonl"]), default="text",
              show_default=True, help="A line per file, or JSON.")
@common_options
def detect(files: tuple[str, ...], output_format: str, encoding: str | None, language: str | None,
           max_size: int | None, config_file: str | None, quiet: bool, verbose: bool, color: bool | None) -> None:
    """Report how FILE(s) are encoded: encoding, confidence, BOM, mojibake, language, newlines, size.

    \b
    Example:
      artclean detect articles/*.txt
      artclean detect --format json old.txt
    """
    settings = _settings(config_file)
    config = _config(settings, encoding, language, max_size)
    report = Report(make_console(color), quiet=quiet, verbose=verbose)
    inputs = _inputs(files, settings, allow_dirs=False)
    records = []
    for name in inputs:
        if isinstance(name, InputError):
            report.fail(str(name))
            continue
        result = detect_record(name, config)
        if isinstance(result, Outcome):
            report.fail(result.error or f"{name}: failed")
            continue
        records.append(result)
        if output_format == "text":
            line = (f"{result['path']}: {result['encoding']} (confidence {result['confidence']:.2f}), "
                    f"bom={'yes' if result['bom'] else 'no'}, mojibake={'repaired' if result['mojibake_repaired'] else 'no'}, "
                    f"language={result['language'] or '?'}, newline={result['newline']}, {result['bytes']} bytes\n")
            _stdout(line.encode("utf-8"))
        elif output_format == "jsonl":
            _stdout((json.dumps(result, ensure_ascii=False) + "\n").encode("utf-8"))
    if output_format == "json":
        payload: Any = records[0] if len(inputs) == 1 and records else records
        _stdout((json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    sys.exit(report.return_code)
