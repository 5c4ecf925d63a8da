"""The work done for one input file, as picklable functions for ``-j`` workers.

Each job reads its file, runs the pure pipeline and returns bytes to write or
an error message; it never writes, so the main process alone decides what
reaches disk or stdout, in input order.  A job never raises: an unexpected
exception becomes a one-line "internal error" with the traceback kept for
``-v``.
"""

from __future__ import annotations

import functools
import signal
import traceback
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Concatenate, ParamSpec

from .config import Config
from .errors import ArtcleanError
from .files import read_input
from .language import detect_language
from .normalise import normalise
from .pipeline import decode_input, extract_text
from .render import article_record, render_json, render_markdown, render_text

MAX_CLEAN_PASSES = 4
"""``clean`` re-extracts its own output until it no longer changes, at most this many times.

Cleaned text must be a fixed point of extraction, or ``clean`` would not be
idempotent: once the boilerplate around the article is gone, the article's
lines have new neighbours, and a short line or a "Site – Title" first line
may be read differently.  One pass almost always settles; the limit bounds
a pathological input, which is then reported rather than written.
"""

P = ParamSpec("P")

REPORT_HINT = "this is a bug in artclean; please report it with the file and the output of -v"


@dataclass(frozen=True)
class OutputOptions:
    """How ``extract`` renders each article."""

    format: str = "text"
    title: bool = True
    source: bool = True
    ascii_only: bool = False
    explain: bool = False
    indent_json: bool = True


@dataclass(frozen=True)
class Outcome:
    """What one job produced: ``output`` to emit, or an ``error`` message.

    ``detail`` is the traceback of an internal error, shown with ``-v``;
    ``original`` is the input as read (``clean`` compares and diffs it);
    ``skip`` is why an input was deliberately left alone.
    """

    name: str
    output: bytes | None = None
    error: str | None = None
    encoding: str | None = None
    original: bytes | None = None
    empty_body: bool = False
    warnings: tuple[str, ...] = ()
    detail: str | None = None
    skip: str | None = None


def _failure(name: str, error: ArtcleanError) -> Outcome:
    message = str(error)
    # Messages from pure stages do not know the file; those from files.py already name it.
    if not message.startswith(f"{name}:"):
        message = f"{name}: {message}"
    return Outcome(name, error=message)


def internal_error(name: str, error: Exception) -> Outcome:
    """An unexpected exception as a one-line error, with the traceback kept for ``-v``."""
    summary = (
        f"{type(error).__name__}: {error}".splitlines()[0] if str(error) else type(error).__name__
    )
    return Outcome(
        name,
        error=f"{name}: internal error ({summary}); {REPORT_HINT}",
        detail="".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )


def _guarded(job: Callable[Concatenate[str, P], Outcome]) -> Callable[Concatenate[str, P], Outcome]:
    """Make ``job`` return an internal-error Outcome instead of raising.

    ``KeyboardInterrupt`` is not an ``Exception`` and still stops the run.
    The wrapper keeps the job's name, so it still pickles for ``-j`` workers.
    """

    @functools.wraps(job)
    def run(name: str, /, *args: P.args, **kwargs: P.kwargs) -> Outcome:
        try:
            return job(name, *args, **kwargs)
        except Exception as error:
            return internal_error(name, error)

    return run


def render_article_for(name: str, data: bytes, config: Config, options: OutputOptions) -> Outcome:
    """Extract one input already read, and render it per ``options``."""
    try:
        decoded = decode_input(data, config)
        article = extract_text(decoded, config)
    except ArtcleanError as error:
        return _failure(name, error)
    if options.format in ("json", "jsonl"):
        record = article_record(
            article, path=name, explain=options.explain, ascii_only=options.ascii_only
        )
        text = render_json(record, indent=options.indent_json)
    elif options.format == "markdown":
        text = render_markdown(
            article, title=options.title, source=options.source, ascii_only=options.ascii_only
        )
    else:
        text = render_text(
            article, title=options.title, source=options.source, ascii_only=options.ascii_only
        )
    return Outcome(
        name,
        output=text.encode("utf-8"),
        encoding=decoded.encoding,
        empty_body=not article.paragraphs,
        warnings=article.warnings,
    )


@_guarded
def extract_job(name: str, config: Config, options: OutputOptions) -> Outcome:
    """Read and extract one file."""
    try:
        data = read_input(name, config.max_size)
    except ArtcleanError as error:
        return _failure(name, error)
    return render_article_for(name, data, config, options)


def clean_content(name: str, data: bytes, config: Config) -> Outcome:
    """The cleaned form of ``data``: a fixed point of extraction (see :data:`MAX_CLEAN_PASSES`).

    The first pass decodes ``data`` as configured; later passes read the
    cleaned UTF-8 text exactly as a second ``artclean clean`` run would.
    ``output`` is only set when the text settled with a body.
    """
    # A page saved as HTML is not rewritten as its text: that would lose the page.
    config = replace(config, read_html=False)
    first = render_article_for(name, data, config, OutputOptions())
    if first.error or first.output is None:
        return first
    if first.empty_body:
        return replace(first, output=None)
    current = first.output
    for _ in range(MAX_CLEAN_PASSES):
        again = render_article_for(name, current, config, OutputOptions())
        if again.error or again.output is None or again.empty_body:
            break
        if again.output == current:
            return replace(first, output=current)
        current = again.output
    return Outcome(
        name,
        error=(
            f"{name}: the cleaned text does not settle (cleaning it again changes it); "
            f"left unchanged; {REPORT_HINT}"
        ),
        encoding=first.encoding,
    )


@_guarded
def clean_job(name: str, config: Config) -> Outcome:
    """Read one file and compute its cleaned content (``original`` kept for diff and compare)."""
    try:
        data = read_input(name, config.max_size)
    except ArtcleanError as error:
        return _failure(name, error)
    outcome = clean_content(name, data, config)
    return Outcome(
        name,
        output=outcome.output,
        error=outcome.error,
        encoding=outcome.encoding,
        original=data,
        empty_body=outcome.empty_body,
        warnings=outcome.warnings,
    )


@_guarded
def decode_job(name: str, config: Config, normalize: bool) -> Outcome:
    """Decode one file to UTF-8, changing only the encoding (and repairing mojibake)."""
    try:
        data = read_input(name, config.max_size)
        decoded = decode_input(data, config)
    except ArtcleanError as error:
        return _failure(name, error)
    text = normalise(decoded.text) if normalize else decoded.text
    return Outcome(
        name,
        output=text.encode("utf-8", "surrogatepass"),
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )


def detect_record(name: str, config: Config) -> dict[str, Any] | Outcome:
    """What ``artclean detect`` reports for one file, or the failure."""
    try:
        data = read_input(name, config.max_size)
        decoded = decode_input(data, config)
        language = config.language or detect_language(decoded.text)
    except ArtcleanError as error:
        return _failure(name, error)
    except Exception as error:
        return internal_error(name, error)
    return {
        "path": name,
        "encoding": decoded.encoding,
        "confidence": round(decoded.confidence, 3),
        "bom": decoded.had_bom,
        "mojibake_repaired": decoded.mojibake_repaired,
        "language": language,
        "newline": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}.get(decoded.newline, decoded.newline),
        "bytes": len(data),
        "warnings": list(decoded.warnings),
    }


def _ignore_sigint() -> None:  # pragma: no cover - runs in worker processes
    # Ctrl-C reaches the whole process group: only the main process handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_in_order(
    work: Callable[[str], Outcome], names: Iterable[str], jobs: int
) -> Generator[Outcome, None, None]:
    """Yield ``work(name)`` for each name, in input order, using ``jobs`` worker processes.

    The workers start before the first outcome is yielded (so before any
    progress-bar thread exists, which matters where processes are forked).
    Closing the generator early cancels the names not yet started.

    >>> list(run_in_order(str.upper, ["a", "b"], jobs=1))
    ['A', 'B']
    """
    names = list(names)
    if jobs <= 1 or len(names) <= 1:
        yield from map(work, names)
        return
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(names)), initializer=_ignore_sigint)
    try:
        results = pool.map(work, names)
        yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
