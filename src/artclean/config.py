"""All options of the pipeline, in one frozen value."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MIN_CONFIDENCE = 0.10
"""Below this chardet confidence, decoding refuses to guess (pass --encoding)."""

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
"""Inputs larger than this (bytes) are refused rather than read into memory."""


@dataclass(frozen=True)
class Config:
    """Options for :func:`artclean.extract`.

    Defaults:

    - ``encoding=None``: detect the encoding (BOM, strict UTF-8, legacy
      Vietnamese encodings, chardet); a codec name forces it.
    - ``language=None``: detect the language from the text; an ISO 639-1 code forces it.
    - ``min_confidence=0.10``: refuse to guess below this detector confidence.
    - ``max_size=52428800`` (50 MB): refuse larger inputs.
    - ``repair_mojibake=True``: undo UTF-8 text that was decoded as cp1252/latin-1/cp1258.
    - ``extra_boilerplate=()``: extra phrases (case-insensitive) whose lines are boilerplate.
    - ``extra_attribution=()``: extra cues (``"Courtesy of"``) that start an attribution line.
    - ``read_html=True``: read an HTML page as the text a browser shows; ``False``
      refuses it (``clean`` does, so as not to overwrite a page with its text).

    >>> Config().max_size
    52428800
    """

    encoding: str | None = None
    language: str | None = None
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    max_size: int = DEFAULT_MAX_SIZE
    repair_mojibake: bool = True
    extra_boilerplate: tuple[str, ...] = ()
    extra_attribution: tuple[str, ...] = ()
    read_html: bool = True
