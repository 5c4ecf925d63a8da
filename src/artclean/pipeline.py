"""The whole job as one pure function: bytes (or text) in, :class:`Article` out."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from .assemble import assemble
from .classify import classify
from .config import Config
from .decode import decode
from .errors import HtmlInputError, InputTooLargeError
from .features import measure
from .html_text import html_to_text, looks_like_html
from .kinds import refine_kinds
from .language import detect_language, stopwords
from .metadata import find_metadata
from .model import Article, Decoded
from .normalise import normalise
from .segment import segment


def decode_input(data: bytes | str, config: Config) -> Decoded:
    """Decode bytes per the config; text is taken as already decoded."""
    if isinstance(data, str):
        return Decoded(text=data, encoding="str")
    if len(data) > config.max_size:
        raise InputTooLargeError(
            f"input is {len(data):,} bytes, over the {config.max_size:,}-byte limit; "
            "pass --max-size to raise it"
        )
    return decode(
        data,
        encoding=config.encoding,
        min_confidence=config.min_confidence,
        repair_mojibake=config.repair_mojibake,
    )


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector, then restore it as it was.

    Separation allocates several small objects per line (blocks, features,
    decisions, reports) but builds no reference cycles, so the collector would
    only re-scan them, again and again as their number grows: that costs a
    few percent on a news page, over a third of the time on a 10 MB input,
    and makes the cost grow faster than the input.  Reference counting frees
    everything as usual; the collector runs again once separation is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_text(decoded: Decoded, config: Config) -> Article:
    """Separate an already decoded text."""
    with _without_cycle_collection():
        return _separate(decoded, config)


HTML_WARNING = "the input is an HTML page: its text was read as a browser shows it"


def page_text(text: str, config: Config) -> tuple[str, tuple[str, ...]]:
    """The normalised text to separate, and a warning when it was read from HTML."""
    if not looks_like_html(text):
        return normalise(text), ()
    if not config.read_html:
        raise HtmlInputError(
            "is an HTML page, not a text file; run 'artclean extract' on it instead"
        )
    return normalise(html_to_text(text)), (HTML_WARNING,)


def _separate(decoded: Decoded, config: Config) -> Article:
    text, read_as = page_text(decoded.text, config)
    blocks = segment(text)
    language = config.language or detect_language(text)
    has_stoplist = bool(language and stopwords(language))
    features = measure(blocks, language if has_stoplist else None, config.extra_boilerplate)
    decisions = refine_kinds(blocks, classify(blocks, features, has_stoplist))
    metadata = find_metadata(
        blocks, decisions, language=language, extra_attribution=config.extra_attribution
    )
    return assemble(
        blocks,
        metadata,
        language=language,
        encoding=decoded.encoding,
        warnings=decoded.warnings + read_as,
    )


def extract(data: bytes | str, *, config: Config | None = None) -> Article:
    """Decode and separate one article file.

    Raises :class:`~artclean.errors.DecodeError`,
    :class:`~artclean.errors.BinaryInputError` or
    :class:`~artclean.errors.InputTooLargeError` for input it cannot take.  An HTML
    page is read as the text a browser shows (:mod:`artclean.html_text`).
    """
    config = config or Config()
    return extract_text(decode_input(data, config), config)
