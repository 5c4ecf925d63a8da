"""The cue words of attribution and photo credits, and the wire agencies, read from
``data/attribution_cues.txt`` (``lang<TAB>form<TAB>cue``) and ``data/agencies.txt``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .tables import LETTER, caseless_alternation, read_rows

_CUE_FILE = "attribution_cues.txt"
_AGENCY_FILE = "agencies.txt"
_PLACE_FILE = "places.txt"

COLON = r"\s*[:：＝]\s*"
"""A colon after a cue, half- or full-width, with any spaces around it."""


@cache
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((lang, form, cue) for lang, form, cue in read_rows(_CUE_FILE))


@cache
def _agencies() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in read_rows(_AGENCY_FILE))


# Legal forms that end a company's name: "Hollmer Schienentechnik AG", "Acme Inc.".
_COMPANY_FORM = re.compile(
    r"\s(?:AG|GmbH|SE|KG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|plc|PLC|Corp\.?|Corporation|S\.\s?A\.?|SA"
    r"|S\.\s?L\.|S\.p\.A\.|SpA|S\.r\.l\.|SRL|SARL|SAS|N\.\s?V\.|NV|B\.\s?V\.|BV|AB|ASA|A/S|Oyj?"
    r"|Sp\.\s?z\s?o\.\s?o\.|S\.A\.S\.|Ltda\.?|a\.\s?s\.|s\.\s?r\.\s?o\.|Kft\.|Zrt\.|Nyrt\.|Tbk"
    r"|JSC)\Z"
)


def is_company(name: str) -> bool:
    """Whether ``name`` ends in a company's legal form: an issuer, not a writer.

    >>> is_company("Hollmer Schienentechnik AG"), is_company("Anna Berg")
    (True, False)
    """
    return _COMPANY_FORM.search(name.strip()) is not None


@cache
def _places() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in read_rows(_PLACE_FILE))


def is_known_place(text: str) -> bool:
    """Whether ``text`` is a province or city that sign-offs name after the writer.

    >>> is_known_place("Hà Nội"), is_known_place("Quốc Tuấn")
    (True, False)
    """
    return " ".join(text.split()).casefold() in _places()


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
