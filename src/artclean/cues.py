"""The cue words of attribution and photo credits, and the wire agencies, read from
``data/attribution_cues.txt`` (``lang<TAB>form<TAB>cue``) and ``data/agencies.txt``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .tables import LETTER, caseless_alternation, read_rows

_CUE_FILE = "attribution_cues.txt"
_AGENCY_FILE = "agencies.txt"

COLON = r"\s*[:：]\s*"
"""A colon after a cue, half- or full-width, with any spaces around it."""


@cache
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((lang, form, cue) for lang, form, cue in read_rows(_CUE_FILE))


@cache
def _agencies() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in read_rows(_AGENCY_FILE))


def cues(form: str, lang: str | None) -> list[str]:
    """The cues of a form, for ``lang`` and for English (widely quoted), or for every language."""
    rows = _cue_rows()
    if lang is not None and any(lg == lang for lg, _, _ in rows):
        return [c for lg, f, c in rows if f == form and lg in (lang, "en", "*")]
    return [c for _, f, c in rows if f == form]


def cue_pattern(words: Iterable[str]) -> str:
    """Alternation of cues, longest first, each ending on a word boundary (for a
    case-insensitive pattern: the cues are grouped by first letter, for speed)."""
    ordered = sorted(set(words), key=lambda c: (-len(c), c))
    word_end = r"(?!" + LETTER + r")"
    return caseless_alternation(
        [(cue.rstrip(":"), word_end if re.search(LETTER + r"\Z", cue) else "") for cue in ordered]
    )


def is_agency(name: str) -> bool:
    """Whether ``name`` is a known news or wire agency.

    >>> is_agency("Reuters"), is_agency("ТАСС"), is_agency("Tuổi Trẻ")
    (True, True, False)
    """
    return name.strip().casefold() in _agencies()
