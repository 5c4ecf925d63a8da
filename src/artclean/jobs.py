"""The work done for one input file, as picklable functions for ``-j`` workers.

Each job reads its file, runs the pure pipeline and returns bytes to write or
an error message; it never writes, so the main process alone decides what
reaches disk or stdout, in input order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .config import Config
from .decode import decode
from .errors import ArtcleanError
from .files import read_input
from .language import detect_language
from .normalise import normalise
from .pipeline import decode_input, extract_text
from .render import article_record, render_json, render_markdown, render_text


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
    """What one job produced: ``output`` to emit, or an ``error`` message."""

    name: str
    output: bytes | None = None
    error: str | None = None
    encoding: str | None = None
    original: bytes | None = None
    empty_body: bool = False
    warnings: tuple[str, ...] = ()


def _failure(name: str, error: ArtcleanError) -> Outcome:
    message = str(error)
    # Messages from pure stages do not know the file; those from files.py already name it.
    if not message.startswith(f"{name}:"):
        message = f"{name}: {message}"
    return Outcome(name, error=message)


def render_article_for(name: str, data: bytes, config: Config, options: OutputOptions) -> Outcome:
    """Extract one input already read, and render it per ``options``."""
    try:
        decoded = decode_input(data, config)
        article = extract_text(decoded, config)
    except ArtcleanError as error:
        return _failure(name, error)
    if options.format in ("json", "jsonl"):
        record = article_record(article, path=name, explain=options.explain, ascii_only=options.ascii_only)
        text = render_json(record, indent=options.indent_json)
    elif options.format == "markdown":
        text = render_markdown(article, title=options.title, source=options.source, ascii_only=options.ascii_only)
    else:
        text = render_text(article, title=options.title, source=options.source, ascii_only=options.ascii_only)
    return Outcome(
        name,
        output=text.encode("utf-8"),
        encoding=decoded.encoding,
        empty_body=not article.paragraphs,
        warnings=article.warnings,
    )


def extract_job(name: str, config: Config, options: OutputOptions) -> Outcome:
    """Read and extract one file."""
    try:
        data = read_input(name, config.max_size)
    except ArtcleanError as error:
        return _failure(name, error)
    return render_article_for(name, data, config, options)


def clean_job(name: str, config: Config) -> Outcome:
    """Read one file and compute its cleaned content (``original`` kept for diff and compare)."""
    try:
        data = read_input(name, config.max_size)
    except ArtcleanError as error:
        return _failure(name, error)
    outcome = render_article_for(name, data, config, OutputOptions())
    return Outcome(
        name,
        output=outcome.output,
        error=outcome.error,
        encoding=outcome.encoding,
        original=data,
        empty_body=outcome.empty_body,
        warnings=outcome.warnings,
    )


def decode_job(name: str, config: Config, normalize: bool) -> Outcome:
    """Decode one file to UTF-8, changing only the encoding (and repairing mojibake)."""
    try:
        data = read_input(name, config.max_size)
        decoded = decode(data, encoding=config.encoding, min_confidence=config.min_confidence,
                         repair_mojibake=config.repair_mojibake)
    except ArtcleanError as error:
        return _failure(name, error)
    text = normalise(decoded.text) if normalize else decoded.text
    return Outcome(name, output=text.encode("utf-8", "surrogatepass"), encoding=decoded.encoding,
                   warnings=decoded.warnings)


def detect_record(name: str, config: Config) -> dict[str, Any] | Outcome:
    """What ``artclean detect`` reports for one file, or the failure."""
    try:
        data = read_input(name, config.max_size)
        decoded = decode(data, encoding=config.encoding, min_confidence=config.min_confidence,
                         repair_mojibake=config.repair_mojibake)
    except ArtcleanError as error:
        return _failure(name, error)
    return {
        "path": name,
        "encoding": decoded.encoding,
        "confidence": round(decoded.confidence, 3),
        "bom": decoded.had_bom,
        "mojibake_repaired": decoded.mojibake_repaired,
        "language": config.language or detect_language(decoded.text),
        "newline": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}.get(decoded.newline, decoded.newline),
        "bytes": len(data),
        "warnings": list(decoded.warnings),
    }
