"""The ``artclean`` command line: Click commands only, no text logic.

stdout carries data only (text, JSON, diffs), written as UTF-8 bytes; every
message goes to the stderr console through :class:`~artclean.report.Report`,
which alone decides the exit code.
"""

from __future__ import annotations

import gc
import json
from contextlib import closing
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.text import Text

from . import __version__
from .clirun import (
    CONTEXT_SETTINGS,
    Common,
    MainGroup,
    WriteBack,
    collect_inputs,
    common_options,
    jobs_option,
    outcomes_in_order,
    per_file,
    report_failure,
    run_batch,
    write_stdout,
)
from .console import make_stdout_console
from .errors import ArtcleanError
from .explain import explain_rows, row_parts
from .files import (
    STDIN,
    InputError,
    atomic_write,
    write_output,
)
from .jobs import (
    Outcome,
    OutputOptions,
    clean_job,
    decode_job,
    detect_record,
    extract_job,
)
from .render import EXTENSIONS, FORMATS, article_header, render_diff
from .report import Report


@click.group(cls=MainGroup, context_settings=CONTEXT_SETTINGS)
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
    inputs = collect_inputs(files, settings, walk=False)
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
    with closing(outcomes_in_order(inputs, work, jobs, report.console, common.quiet)) as outcomes:
        for outcome in outcomes:
            if outcome.error or outcome.output is None:
                report_failure(report, outcome)
                continue
            with per_file(report, outcome.name):
                for warning in outcome.warnings:
                    report.warn(outcome.name, warning)
                if outcome.empty_body:
                    report.warn(outcome.name, "no article body found")
                if output_dir:
                    _write_to_dir(output_dir, outcome, EXTENSIONS[fmt], targets, report)
                    continue
                if many and fmt in ("text", "markdown"):
                    write_stdout(article_header(fmt, outcome.name, first=first).encode("utf-8"))
                write_stdout(outcome.output)
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
    inputs = collect_inputs(paths, settings, walk=True)
    write_back = WriteBack.from_configuration(check=check, diff=diff, stdin=inputs == [STDIN])
    report = common.report(check=write_back.check, dry_run=write_back.dry_run)
    # A symlink named on the command line is not written through (those in folders are not
    # even listed): the file it points to may be outside the tree, or named as well.
    items = [_skip_symlink(item) for item in inputs]
    work = partial(clean_job, config=config)
    with closing(outcomes_in_order(items, work, jobs, report.console, common.quiet)) as outcomes:
        for outcome in outcomes:
            with per_file(report, outcome.name):
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
        report_failure(report, outcome)
        return
    for warning in outcome.warnings:
        report.warn(outcome.name, warning)
    if outcome.empty_body or outcome.output is None:
        if write_back is WriteBack.STDOUT:
            write_stdout(outcome.original)
        report.skip(outcome.name, "no article body found; left unchanged")
        return
    changed = outcome.output != outcome.original
    if write_back is WriteBack.STDOUT:
        write_stdout(outcome.output)  # a filter: the data says it all
        return
    if changed and write_back in (WriteBack.DIFF, WriteBack.CHECK_DIFF):
        before = outcome.original.decode("utf-8", "replace")
        after = outcome.output.decode("utf-8")
        write_stdout(render_diff(before, after, outcome.name).encode("utf-8"))
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
    name = collect_inputs((file,) if file else (), settings, walk=False)[0]
    assert isinstance(name, str)
    report = common.report()
    options = OutputOptions(format="json", explain=True, indent_json=True)
    outcome = extract_job(name, config, options)
    if outcome.error or outcome.output is None:
        report_failure(report, outcome)
        click.get_current_context().exit(report.return_code)
    assert outcome.output is not None
    with per_file(report, name):
        for warning in outcome.warnings:
            report.warn(name, warning)
        if output_format == "json":
            write_stdout(outcome.output)
        else:
            _print_explain(json.loads(outcome.output), common.color)
    click.get_current_context().exit(report.return_code)


def _print_explain(record: dict[str, Any], color: bool | None) -> None:
    out = make_stdout_console(color)
    rows = explain_rows(record)
    if not out.is_terminal or color is False:
        write_stdout("".join("".join(row_parts(row)) + "\n" for row in rows).encode("utf-8"))
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
    inputs = collect_inputs(files, settings, walk=False)
    names = [item for item in inputs if isinstance(item, str)]
    targets: dict[str, str] = {}
    work = partial(decode_job, config=config, normalize=normalize)
    with closing(run_batch(work, names, jobs, report.console, common.quiet)) as outcomes:
        for outcome in outcomes:
            if outcome.error or outcome.output is None:
                report_failure(report, outcome)
                continue
            with per_file(report, outcome.name):
                for warning in outcome.warnings:
                    report.warn(outcome.name, warning)
                if output_dir:
                    _write_to_dir(output_dir, outcome, "txt", targets, report)
                else:
                    write_stdout(outcome.output)
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
    inputs = collect_inputs(files, settings, walk=False)
    records = []
    for name in inputs:
        assert isinstance(name, str)
        result = detect_record(name, config)
        if isinstance(result, Outcome):
            report_failure(report, result)
            continue
        records.append(result)
        if output_format == "text":
            write_stdout(_detect_line(result).encode("utf-8"))
        elif output_format == "jsonl":
            write_stdout((json.dumps(result, ensure_ascii=False) + "\n").encode("utf-8"))
        report.processed(name, encoding=result["encoding"])
    if output_format == "json":
        payload: Any = records[0] if len(inputs) == 1 and records else records
        write_stdout((json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    click.get_current_context().exit(report.return_code)


__all__ = ["Common", "WriteBack", "common_options", "jobs_option", "main"]


CLI_GC_THRESHOLD = 50_000
"""Allocations between two collections of the youngest generation in a command-line run
(Python's default is 700)."""


def run() -> None:
    """The ``artclean`` command: :func:`main` in a process of its own.

    A command-line run is a batch: what is alive once the modules are loaded
    lives to the end, and the per-line caches only grow.  Freezing it and
    collecting the youngest generation less often spares the cycle collector
    re-scanning them after every file (about 5% of a batch).  Only here, in
    the command's own process: the library and :func:`main` (which tests and
    other programs call in theirs) leave the caller's collector alone.
    """
    gc.freeze()
    gc.set_threshold(CLI_GC_THRESHOLD, *gc.get_threshold()[1:])
    main(prog_name="artclean")
